"""A department's or faculty's name of two fields joined by "and" ("of Physics and Chemistry", "истории и права") is
the title's, before the name as after it: the second field is never the first word of the person's name, and the name
is not lost. In Azerbaijani, the event named first as the object ("Tədbiri … X açıb") is opened by the name however
long the title between them."""

from __future__ import annotations

import pytest

from tests._helpers import people

_HELD = "The Embassy of Azerbaijan held a commemoration of the victims of 20 January. "


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Head of the Department of Physics and Chemistry", "Head of the Department of Physics and Chemistry"),
        ("Head of the Department of Law and Economics", "Head of the Department of Law and Economics"),
        ("Dean of the Faculty of Finance and Accounting", "Dean of the Faculty of Finance and Accounting"),
        ("Head of the Department of History and Law", "Head of the Department of History and Law"),
        ("the head of the Department of International Relations and Diplomacy", None),
    ],
)
def test_an_english_unit_of_two_fields_before_the_name(title: str, role: str | None) -> None:
    found = people(_HELD + f"{title} John Smith addressed the audience.")
    assert [name for name, _ in found] == ["John Smith"]
    if role is not None:
        assert found == [("John Smith", role)]


def test_the_name_after_and_with_no_unit_before_is_a_person() -> None:
    # (the "and" after a unit's field that joins a person of two words: no field, a list)
    found = people("Professor Anna Brown of the Department of History and John Smith visited the Alley of Martyrs.")
    assert [name for name, _ in found] == ["Anna Brown", "John Smith"]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("заведующий кафедрой истории и права", "Head of the Department of History and Law"),
        ("декан факультета истории и права", "Dean of the Faculty of History and Law"),
        ("заведующий кафедрой физики и химии", "Head of Department"),
    ],
)
def test_a_russian_unit_of_two_fields(title: str, role: str) -> None:
    assert people(f"На вечере памяти выступил {title} Иван Петров.") == [("Иван Петров", role)]


@pytest.mark.parametrize(
    "text",
    [
        "Tədbiri universitetin Mədəniyyət və turizm iş şöbəsinin müdiri Aygün Əliyeva açıb.",
        "Tədbiri universitetin Tərbiyə və Gənclər iş şöbəsinin müdiri Aygün Əliyeva açaraq faciədən danışıb.",
        "Tədbiri kollecin Tədris və Tərbiyə iş şöbəsinin müdiri Aygün Əliyeva açmışdır.",
        "Tədbiri Tədris iş şöbəsinin müdiri Aygün Əliyeva açmış, sonra şəhidlərin xatirəsi yad olunmuşdur.",
    ],
)
def test_an_azerbaijani_event_opened_by_a_head_of_a_long_title(text: str) -> None:
    assert people(text) == [("Aygün Əliyeva", "Head of Department")]


def test_an_event_opened_by_no_one_named_places_nobody() -> None:
    # (the hall's name is no opener: "Tədbir … zalında açılıb" is passive, no subject)
    assert people("Tədbir universitetin Mədəniyyət və Turizm zalında açılıb.") == []


def test_a_unit_of_two_fields_in_apposition_after_the_name() -> None:
    found = people(_HELD + "John Smith, Dean of the Faculty of Physics and Chemistry, spoke at the event.")
    assert found == [("John Smith", "Dean of the Faculty of Physics and Chemistry")]


def test_a_unit_of_two_fields_before_its_university() -> None:
    found = people(_HELD + "Head of the Chair of Law and Economics of BSU John Smith spoke at the event.")
    assert found == [("John Smith", "Head of the Chair of Law and Economics of BSU")]


def test_a_person_after_the_and_of_an_apposition_is_the_next_item() -> None:
    found = people(_HELD + "John Smith, Dean of the Faculty of Law and Mary Jones spoke at the event.")
    assert found == [("John Smith", "Dean of the Faculty of Law"), ("Mary Jones", None)]
