"""A living National Hero who holds an office, the office written before the honorary title's comma ("Milli
Məclisin deputatı, Milli Qəhrəman X", "millət vəkili, Milli Qəhrəman X") or after it ("Milli Qəhrəman, deputat X"):
the office is the role, the honour describes the holder, as a degree does. A group before the comma gives the hero
no role of its own. Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə Milli Məclisin deputatı, Milli Qəhrəman Rövşən Tağıyev çıxış edib.", "Member of Parliament"),
        ("Milli Məclisin deputatı, Milli Qəhrəman Rövşən Tağıyev xiyabanı ziyarət edib.", "Member of Parliament"),
        ("Sonra millət vəkili, Milli Qəhrəman Rövşən Tağıyev gənclərlə görüşüb çıxış edib.", "Member of Parliament"),
        ("Milli Qəhrəman, deputat Rövşən Tağıyev tədbirdə çıxış edib.", "Member of Parliament"),
        ("Tədbirdə universitetin rektoru, Azərbaycanın Milli Qəhrəmanı Rövşən Tağıyev çıxış edib.", "Rector"),
    ],
)
def test_the_office_before_the_honour_is_the_role(text: str, expected: str) -> None:
    assert people(EVENT + text) == [("Rövşən Tağıyev", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə tələbələr, Milli Qəhrəman Rövşən Tağıyev çıxış ediblər.",
        "Tədbirdə veteranlar, Milli Qəhrəman Rövşən Tağıyev iştirak ediblər.",
        "Tədbirdə Milli Qəhrəman Rövşən Tağıyev çıxış edib.",
    ],
)
def test_with_no_office_before_it_the_hero_is_a_national_hero(text: str) -> None:
    assert people(EVENT + text) == [("Rövşən Tağıyev", "National Hero")]
