"""A living National Hero at an Azerbaijani commemoration, named with the honorary title in the nominative ("Milli
Qəhrəman X çıxış edib", "Azərbaycanın Milli Qəhrəmanı X iştirak edib"; read on school, university and military
pages): the title is the hero's role, "National Hero". A hero named in the genitive, whose grave is visited or whose
memory is honoured, stays no attendee. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milli Qəhrəman Tahir Vəliyev tədbirdə çıxış edib.", [("Tahir Vəliyev", "National Hero")]),
        ("Tədbirdə Azərbaycanın Milli Qəhrəmanı Tahir Vəliyev çıxış edib.", [("Tahir Vəliyev", "National Hero")]),
        ("Azərbaycanın Milli Qəhrəmanı Tahir Vəliyev tədbirdə iştirak edib.", [("Tahir Vəliyev", "National Hero")]),
        (
            "Tədbirdə rektor Kamal Əhmədli və Milli Qəhrəman Tahir Vəliyev çıxış ediblər.",
            [("Kamal Əhmədli", "Rector"), ("Tahir Vəliyev", "National Hero")],
        ),
        (
            "Milli Qəhrəman Tahir Vəliyev və deputat Sevda Nəbiyeva Şəhidlər xiyabanını ziyarət ediblər.",
            [("Tahir Vəliyev", "National Hero"), ("Sevda Nəbiyeva", "Member of Parliament")],
        ),
    ],
)
def test_a_living_hero_is_there_as_national_hero(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rektor Kamal Əhmədli Milli Qəhrəman Tahir Vəliyevin məzarını ziyarət edib.",
        "Tələbələr Milli Qəhrəman Tahir Vəliyev-in məzarını ziyarət etdilər.",
        "Tədbirdə Milli Qəhrəman Tahir Vəliyevin xatirəsi yad edilib.",
    ],
)
def test_a_hero_in_the_genitive_is_no_attendee(text: str) -> None:
    assert "Tahir Vəliyev" not in names(EVENT + text)


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə Milli Qəhrəmanlar Tahir Vəliyev və Nazim Quliyev çıxış ediblər.",
        "Azərbaycanın Milli Qəhrəmanları Tahir Vəliyev və Nazim Quliyev tədbirdə iştirak ediblər.",
    ],
)
def test_the_plural_title_is_each_heros_role(text: str) -> None:
    assert people(EVENT + text) == [("Tahir Vəliyev", "National Hero"), ("Nazim Quliyev", "National Hero")]


def test_a_given_name_qahraman_gets_no_heros_role() -> None:
    assert people(EVENT + "Tədbirdə Qəhrəman Əliyev çıxış edib.") == [("Qəhrəman Əliyev", None)]
