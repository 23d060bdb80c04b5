"""A colon right after a figure opens its breakdown (README, "Extraction"): the numbers listed after it, with no
casualty word of their own, are parts of that figure, and the figure stays the whole ("132 died in all: 120 men, 8
women and 4 children"). Not a label's colon ("Killed: 147, injured: 744"), nor one after other words. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]


def rows(text: str) -> list[Row]:
    return [(f.category, f.value, f.scope) for f in extract_casualties("Anniversary\n\n" + text)]


_PARTS = [("killed", 132, "total"), ("killed", 120, "partial"), ("killed", 8, "partial"), ("killed", 4, "partial")]


@pytest.mark.parametrize(
    "text",
    [
        "In all, 132 people lost their lives that night: 120 men, 8 women and 4 children.",
        "The troops killed 132 people in total: 120 men, 8 women, 4 children.",
        "За ту ночь в Баку погибли 132 человека: 120 мужчин, 8 женщин и 4 ребенка.",
        "Həmin gecə cəmi 132 nəfər həlak olub: 120 kişi, 8 qadın və 4 uşaq.",
        "O gece toplam 132 kişi hayatını kaybetti: 120 erkek, 8 kadın ve 4 çocuk.",
    ],
)
def test_listed_after_colon_are_parts_of_the_whole(text: str) -> None:
    assert rows(text) == _PARTS


def test_the_wounded_broken_down_after_a_colon() -> None:
    assert rows("В ту ночь были ранены 744 человека: 25 женщин и 20 детей.") == [
        ("injured", 744, "total"),
        ("injured", 25, "partial"),
        ("injured", 20, "partial"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labels, each with its own casualty word
        ("Killed: 147, injured: 744.", [("killed", 147, "total"), ("injured", 744, "total")]),
        # a colon after other words than the figure's
        (
            "Officially 133 people were killed; by other counts: 300.",
            [("killed", 133, "total")],
        ),
    ],
)
def test_other_colons_open_no_breakdown(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
