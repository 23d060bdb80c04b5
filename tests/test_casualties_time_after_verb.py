"""A number right after a casualty verb is its object ("the army killed two people": the number before is its subject),
but not when it counts a time ("744 wounded two years after the Sumgait pogrom", "two days later"): the figure before
the verb keeps it (README, "Extraction"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def values(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "In Baku 147 people were killed and 744 wounded two years after the Sumgait pogrom.",
        "147 residents of Baku died and 744 wounded two years later, in January 1990.",
        "The toll was 147 killed and 744 wounded three weeks after the rallies began.",
    ],
)
def test_a_time_after_the_verb_is_no_object(text: str) -> None:
    assert values(text) == [("killed", 147), ("injured", 744)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 26,000 troops killed 147.", [("killed", 147)]),
        ("Five soldiers killed two people that night.", [("killed", 2)]),
    ],
)
def test_a_count_after_the_verb_is_its_object(text: str, expected: list[tuple[str, int]]) -> None:
    assert values(text) == expected
