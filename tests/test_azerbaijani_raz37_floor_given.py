"""A presenter who opens an Azerbaijani commemoration and gives the floor in the active ("Aparıcı X sözü direktor
Y-ə verib", "Tədbiri giriş sözü ilə açan X …, sonra sözü Y-ə verdi"): the presenter and the one given the floor were
there, after an intervening clause too, the latter named in the dative as in the nominative. A promise ("söz verdi
ki …") or the floor to come gives none. Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.people import canonical_names

HELD = "Kollecdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(HELD + text)]


@pytest.mark.parametrize(
    ("text", "expected", "given"),
    [
        (
            "Aparıcı Səbinə Vəliyeva sözü kollecin direktoru Fuad Abbaslıya verib.",
            [("Səbinə Vəliyeva", "Host"), ("Fuad Abbaslıya", "Director")],
            "Fuad Abbaslı",
        ),
        (
            "Tədbiri giriş sözü ilə açan dosent Səbinə Vəliyeva faciənin tarixindən danışdı, sonra sözü professor "
            "Elçin Qafarova verdi.",
            [("Səbinə Vəliyeva", "Associate Professor"), ("Elçin Qafarova", "Professor")],
            "Elçin Qafarov",
        ),
        (
            "Direktor Fuad Abbaslı tədbiri açaraq faciənin mahiyyətindən bəhs etdi, daha sonra isə sözü tarix "
            "müəllimi Aygün Rəhimovaya verdi.",
            [("Fuad Abbaslı", "Director"), ("Aygün Rəhimovaya", "Teacher of History")],
            "Aygün Rəhimova",
        ),
        (
            "Tədbiri giriş sözü ilə açan rektor Kamal Həşimli şəhidlərin xatirəsini yad etdikdən sonra sözü "
            "prorektor Leyla Sultanovaya verib.",
            [("Kamal Həşimli", "Rector"), ("Leyla Sultanovaya", "Vice-Rector")],
            "Leyla Sultanova",
        ),
    ],
)
def test_the_presenter_and_the_one_given_the_floor_were_there(
    text: str, expected: list[tuple[str, str | None]], given: str
) -> None:
    people = found(text)
    assert people == expected
    assert canonical_names([people[-1][0], given])[people[-1][0]] == given


@pytest.mark.parametrize(
    "text",
    [
        "Şəhidin bacısı Aygün Rəhimova qardaşının xatirəsini yaşadacağına söz verdi.",
        "Direktor Fuad Abbaslı sözü gələn həftə tələbə Nicat Rəhimova verəcək.",
    ],
)
def test_a_promise_or_the_floor_to_come_places_nobody_more(text: str) -> None:
    assert "Nicat Rəhimova" not in [n for n, _ in found(text)]
    assert "Aygün Rəhimova" not in [n for n, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moderator Elvin Sadıqlı sözü növbə ilə müəllim Aynur Qasımovaya və tələbə Nicat Əliyevə verib.",
            [("Elvin Sadıqlı", "Moderator"), ("Aynur Qasımovaya", "Teacher"), ("Nicat Əliyevə", "Student")],
        ),
        ("Tədbiri moderator Elvin Sadıqlı aparıb.", [("Elvin Sadıqlı", "Moderator")]),
        ("Panel müzakirəsinin moderatoru Elvin Sadıqlı çıxış edib.", [("Elvin Sadıqlı", "Moderator")]),
    ],
)
def test_the_moderator_and_a_list_given_the_floor(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbiri giriş sözü ilə açan prorektor Aytən Həsənli universitetdə silsilə tədbirlərin keçirildiyini "
            "bildirib.",
            [("Aytən Həsənli", "Vice-Rector")],
        ),
        ("Seminarı açan direktor Aytən Həsənli iştirakçıları salamladı.", [("Aytən Həsənli", "Director")]),
        (
            "Anım mərasimini çıxış sözü ilə açan səfir Aytən Həsənli qonaqları salamlayıb.",
            [("Aytən Həsənli", "Ambassador")],
        ),
    ],
)
def test_the_one_who_opened_the_event_was_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prorektor Aytən Həsənli ADU-da çıxış edib.",
        "Tədbiri açan prorektor Aytən Həsənli UNEC-də silsilə tədbirlərin keçirildiyini bildirib.",
        "Tədbirdə prorektor Aytən Həsənli ADPU-nun adından çıxış edib.",
    ],
)
def test_a_bodys_abbreviation_in_a_case_after_the_name_is_no_part_of_it(text: str) -> None:
    assert [n for n, _ in found(text)] == ["Aytən Həsənli"]
