"""A martyr's kin named in Azerbaijani after the martyr's genitive (read on school, university and district pages of
20 January commemorations: "şəhidin anası X çıxış edib", "şəhid Y-in qardaşı X"): the kin is there with the kin's
title as the English rules name the kin of a post ("Daughter of the Ambassador"): "Mother of the Martyr", "Brother of
the Martyr"; the martyr is never placed. The kin of anyone else keeps no such title. The sentences are written for
these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə şəhidin anası Gülnarə Əliyeva çıxış edib.", [("Gülnarə Əliyeva", "Mother of the Martyr")]),
        ("Tədbirdə şəhidimizin anası Gülnarə Əliyeva çıxış edib.", [("Gülnarə Əliyeva", "Mother of the Martyr")]),
        ("Sonra şəhidin bacısı Nigar Həsənova xatirələrini bölüşüb.", [("Nigar Həsənova", "Sister of the Martyr")]),
        (
            "Tədbirdə şəhid Əlövsət Nəsirovun qardaşı Elnur Nəsirov çıxış edib.",
            [("Elnur Nəsirov", "Brother of the Martyr")],
        ),
        (
            "Tədbirdə şəhid Əlövsət Nəsirov-un qardaşı Elnur Nəsirov çıxış edib.",
            [("Elnur Nəsirov", "Brother of the Martyr")],
        ),
        (
            "Tədbirdə 20 Yanvar şəhidi Əlövsət Nəsirovun oğlu Ramil Nəsirov çıxış edib.",
            [("Ramil Nəsirov", "Son of the Martyr")],
        ),
        (
            "Tədbirdə şəhid jurnalist Tofiq Bayramovun qardaşı Elnur Bayramov çıxış edib.",
            [("Elnur Bayramov", "Brother of the Martyr")],
        ),
        (
            "Şəhid Elvin Həsənlinin atası Rauf Həsənli və rektor Kamal Əhmədli Şəhidlər xiyabanını ziyarət ediblər.",
            [("Rauf Həsənli", "Father of the Martyr"), ("Kamal Əhmədli", "Rector")],
        ),
        (
            "Tədbirdə rektor Kamal Əhmədli və şəhidin qızı Sevinc Bayramlı çıxış ediblər.",
            [("Kamal Əhmədli", "Rector"), ("Sevinc Bayramlı", "Daughter of the Martyr")],
        ),
    ],
)
def test_a_martyrs_kin_is_there_with_the_kins_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sonra jurnalist Tofiq Bayramlının qızı Sevinc Bayramlı xatirələrini bölüşüb.", [("Sevinc Bayramlı", None)]),
        ("Tədbirdə Ramil Əlövsət oğlu Nəsirov çıxış edib.", [("Ramil Əlövsət oğlu Nəsirov", None)]),
        ("Tədbirdə şəhidin anası, müəllim Gülnarə Əliyeva çıxış edib.", [("Gülnarə Əliyeva", "Teacher")]),
    ],
)
def test_no_martyrs_kin_title_for_anyone_else(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected
