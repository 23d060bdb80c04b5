"""Shares of the wounded in Azerbaijani reporting of 20 January (read on agency and commemoration pages): those left
disabled or crippled are a part of the injured, never their whole, however the verb says it ("əlilliyə düçar olub",
"şikəst olub"), and a number after a casualty word in the ablative is taken from those people ("Yaralananlardan 40
nəfəri əlil olub": 40 of the wounded). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(text: str) -> list[tuple[str, int, str]]:
    return [(f.category, f.value, f.scope) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qanlı Yanvar gecəsi yaralananlardan 40 nəfəri ömürlük əlil olub.", [("injured", 40, "partial")]),
        ("Yaralananlardan 40 nəfər sonralar əlil qalıb.", [("injured", 40, "partial")]),
        ("Həmin gecə yaralılardan 40 nəfəri şikəst olub.", [("injured", 40, "partial")]),
        ("Həlak olanlardan 20 nəfəri qadın olub.", [("killed", 20, "partial")]),
        (
            "Faciədə 744 nəfər yaralanıb, yaralananlardan 40 nəfəri əlil olub.",
            [("injured", 744, "total"), ("injured", 40, "partial")],
        ),
    ],
)
def test_a_number_taken_from_the_wounded_is_a_part(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "20 Yanvar faciəsi zamanı 744 nəfər yaralanıb, 40 nəfər əlilliyə düçar olub.",
            [("injured", 744, "total"), ("injured", 40, "partial")],
        ),
        ("Qanlı Yanvar hadisələrində 40 nəfər şikəst oldu.", [("injured", 40, "partial")]),
        ("1990-cı ilin yanvar faciəsində 40 nəfər əlilliyə düçar olmuşdur.", [("injured", 40, "partial")]),
        (
            "O gecə 147 nəfər həlak olub, 744 nəfər yaralanıb, 40 nəfər isə şikəst qalıb.",
            [("killed", 147, "total"), ("injured", 744, "total"), ("injured", 40, "partial")],
        ),
    ],
)
def test_the_disabled_and_crippled_are_a_part_of_the_injured(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert figures(text) == expected


def test_a_whole_in_the_ablative_of_no_casualty_word_is_no_part() -> None:
    assert figures("Tələbələrdən 40 nəfər tədbirdə iştirak edib.") == []
