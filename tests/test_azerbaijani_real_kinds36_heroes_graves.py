"""National Heroes whose graves are visited in Azerbaijani reports of 20 January commemorations (read on school,
university and ministry pages): "Milli Qəhrəman" (National Hero) is an honorary title whose last word is a given name
too, so it is no part of the hero's name and ends the name before it: the visitors named before it are there, the hero
in the genitive, glued or after a hyphen ("X-in", "X-un məzarını"), is the grave's owner, no attendee. The sentences
are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rektor Kamal Əhmədli Milli Qəhrəman Tahir Vəliyevin məzarını ziyarət edib.",
            [("Kamal Əhmədli", "Rector")],
        ),
        (
            "Rektor Kamal Əhmədli və prorektor Sevda Nəbiyeva Milli Qəhrəman Tahir Vəliyev-in məzarını ziyarət "
            "ediblər.",
            [("Kamal Əhmədli", "Rector"), ("Sevda Nəbiyeva", "Vice-Rector")],
        ),
        (
            "Rektor Kamal Əhmədli, prorektor Sevda Nəbiyeva və tələbələr Milli Qəhrəman Tahir Vəliyevin məzarını "
            "ziyarət ediblər.",
            [("Kamal Əhmədli", "Rector"), ("Sevda Nəbiyeva", "Vice-Rector")],
        ),
        (
            "Səfir Orxan Rəhimli Azərbaycanın Milli Qəhrəmanı Tahir Vəliyevin məzarını ziyarət edərək önünə gül "
            "dəstəsi qoyub.",
            [("Orxan Rəhimli", "Ambassador")],
        ),
        ("Kamal Əhmədli Milli Qəhrəman Tahir Vəliyev-un məzarını ziyarət edib.", [("Kamal Əhmədli", None)]),
    ],
)
def test_the_visitors_before_a_heros_grave_are_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tələbələr Milli Qəhrəman Tahir Vəliyev-in məzarını ziyarət etdilər.",
        "Daha sonra Milli Qəhrəmanlar Tahir Vəliyevin və Nazim Quliyevin məzarlarını ziyarət etdilər.",
        "Kollektiv Milli Qəhrəman Tahir Vəliyev-un büstünü ziyarət edib.",
        "Müəllimlər Milli Qəhrəman Tahir Vəliyevin xatirəsini yad ediblər.",
    ],
)
def test_a_hero_named_in_the_genitive_is_no_attendee(text: str) -> None:
    assert names(EVENT + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Milli Qəhrəman Tahir Vəliyev tədbirdə çıxış edib.",
        "Tədbirdə Azərbaycanın Milli Qəhrəmanı Tahir Vəliyev çıxış edib.",
    ],
)
def test_the_title_is_no_part_of_the_heros_own_name(text: str) -> None:
    assert names(EVENT + text) == ["Tahir Vəliyev"]


def test_the_given_name_qahraman_is_still_a_name() -> None:
    assert names(EVENT + "Tədbirdə Qəhrəman Əliyev çıxış edib.") == ["Qəhrəman Əliyev"]
