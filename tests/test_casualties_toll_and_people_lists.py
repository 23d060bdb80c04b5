""" "The toll" alone for the death toll ("the toll rose to 147", "put the toll at around 300"), and a list of nouns of
people before the verb ("147 men, women and children were killed"), with what stays no figure or keeps its reading
(a toll on generations, a toll-free line, another event's toll, an aside of attribution, two numbers each with its
people). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By February the toll had risen to 147.", [("killed", 147, "exact", "total", None)]),
        ("The official toll stood at 131.", [("killed", 131, "exact", "total", None)]),
        ("Unofficial estimates put the toll at around 300.", [("killed", 300, "approx", "total", None)]),
        ("That night 147 men, women and children were killed.", [("killed", 147, "exact", "total", None)]),
        (
            "In Baku 131 young men, women and elderly people lost their lives.",
            [("killed", 131, "exact", "total", None)],
        ),
        # mixed sides: no side is said
        ("147 civilians and soldiers were killed.", [("killed", 147, "exact", "total", None)]),
        # an aside of attribution is still one
        ("150 people, soldiers said, were killed.", [("killed", 150, "exact", "total", None)]),
        # two numbers, each with its people, are two parts
        (
            "93 Azerbaijanis and 29 soldiers were killed.",
            [("killed", 93, "exact", "partial", None), ("killed", 29, "exact", "partial", "soldiers")],
        ),
    ],
)
def test_toll_and_lists(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


NOT_FIGURES = [
    "The tragedy took its toll on 3 generations.",
    "A toll-free line 800 was opened for the families.",
    "The Khojaly toll stood at 613.",
    "500 students and teachers came to the ceremony.",
    "500 students, teachers and veterans laid flowers.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_no_figure(text: str) -> None:
    assert rows(text) == []
