"""Anniversaries stated in more of the ways Azerbaijani writes them (our own words): a past tense of the years
gone by ("33 il ötdü"), and the jubilee noun "illiyi" only beside the event."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary


def number(text: str) -> int | None:
    found = stated_anniversary(text)
    return found.number if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O qanlı gecədən düz 33 il ötdü.", 33),
        ("20 Yanvar faciəsindən 29 il doldu.", 29),
        ("Faciədən 31 il keçdi, amma ağrı azalmayıb.", 31),
        ("20 Yanvar faciəsinin 30 ili tamam olur.", 30),
        ("Faciənin 31-ci ili tamam oldu.", 31),
        ("Qara Yanvarın 34 illiyi münasibətilə səfirlikdə tədbir keçirilib.", 34),
        ("20 Yanvar faciəsinin 30-illiyinə həsr olunmuş sərgi açılıb.", 30),
        # a jubilee of something else, or no event named
        ("Universitetin 25 illiyi münasibətilə konsert verilib.", None),
        ("Müstəqilliyin bərpasının 30 illiyi qeyd olunub.", None),
        ("Xocalı soyqırımından 30 il ötdü.", None),
        ("Tədbirdə 35 yaşlı müəllim çıxış edib.", None),
    ],
)
def test_azerbaijani_forms(text: str, expected: int | None) -> None:
    assert number(text) == expected
