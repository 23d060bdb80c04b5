"""Parts of the toll taken from the whole in Azerbaijani, the whole named in the ablative or the genitive before the
number ("Şəhidlərdən 20 nəfəri qadın idi", "Xəsarət alanlardan 40 nəfəri uşaq idi", "xəsarət alanların 40 nəfəri"):
each number is a part (partial) of the toll, never a new total; an age after such a whole ("Şəhidlərdən 17 yaşlı
X") counts nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

HEAD = "1990-cı il yanvarın 20-də Bakıda 147 nəfər həlak olub, 744 nəfər yaralanıb.\n\n"
TOTALS = [("killed", 147, "total"), ("injured", 744, "total")]


def rows(text: str) -> list[tuple[str, int, str]]:
    return [(f.category, f.value, f.scope) for f in extract_casualties(HEAD + text)]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Şəhidlərdən 20 nəfəri qadın idi.", [("killed", 20, "partial")]),
        ("Şəhidlərimizdən 20 nəfəri qadın idi.", [("killed", 20, "partial")]),
        ("Şəhidlərdən 20-si qadın, 7-si uşaq idi.", [("killed", 20, "partial"), ("killed", 7, "partial")]),
        (
            "Şəhidlərdən 20 nəfəri qadın, 7 nəfəri uşaq, 3 nəfəri isə qoca idi.",
            [("killed", 20, "partial"), ("killed", 7, "partial"), ("killed", 3, "partial")],
        ),
        ("Xəsarət alanlardan 40 nəfəri uşaq idi.", [("injured", 40, "partial")]),
        ("Xəsarət alanların 40 nəfəri uşaq idi.", [("injured", 40, "partial")]),
        ("O gecə xəsarət alanlardan 40 nəfəri ömürlük əlil olub.", [("injured", 40, "partial")]),
    ],
)
def test_a_number_taken_from_the_whole_is_a_part(text: str, parts: list[tuple[str, int, str]]) -> None:
    assert rows(text) == TOTALS + parts


@pytest.mark.parametrize(
    "text",
    [
        "Şəhidlərdən 17 yaşlı Ramil Həsənov ən gənci idi.",
        "Həlak olanlardan 17 yaşlı Ramil Həsənov ən gənci idi.",
        "Şəhidlərdən biri 16 yaşında idi.",
    ],
)
def test_an_age_after_the_whole_counts_nobody(text: str) -> None:
    assert rows(text) == TOTALS


def test_the_injured_before_their_number_are_still_a_total() -> None:
    assert extract_casualties("O gecə xəsarət alan 744 nəfər xəstəxanalara aparılıb.")[0].scope == "total"
