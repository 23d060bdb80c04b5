"""Kinds of English reporting the figure and anniversary walks misread (issue 36): the missing told as people of
whom nothing has been heard since, the toll told as the memory of the dead, and an anniversary written "N years'
anniversary" or with its word misspelt by one letter. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary
from jan20.extract.casualties import extract_casualties


def figures(text: str) -> set[tuple[str, int, str]]:
    return {(f.category, f.value, f.scope) for f in extract_casualties(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January 1990, 147 people were killed, 744 were wounded and 4 people, of whom nothing has been heard "
            "since.",
            {("killed", 147, "total"), ("injured", 744, "total"), ("missing", 4, "total")},
        ),
        (
            "The troops killed 147 civilians in Baku in January 1990; 5 others, of whom nothing has since been heard, "
            "are still sought.",
            {("killed", 147, "total"), ("missing", 5, "total")},
        ),
        (
            "In January 1990 the army killed 131 people. Nothing has been heard of 4 people since that night.",
            {("killed", 131, "total"), ("missing", 4, "total")},
        ),
        (
            "The Soviet troops killed 147 people in Baku in January 1990, and nothing was ever heard of 5 others.",
            {("killed", 147, "total"), ("missing", 5, "total")},
        ),
        (
            "On 20 January 1990 the troops killed 147 people. Six residents of Baku have never been heard from since.",
            {("killed", 147, "total"), ("missing", 6, "total")},
        ),
        # the toll as the memory of the dead
        (
            "The guests honoured the memory of 147 people who died on the night of 20 January 1990.",
            {("killed", 147, "total")},
        ),
        (
            "A minute of silence was kept for the memory of the 131 people who lost their lives in January 1990.",
            {("killed", 131, "total")},
        ),
        # the number's people after "of our": they are the ones it counts, no part of others
        (
            "The embassy honoured the memory of 147 of our compatriots who died on the night of 20 January 1990.",
            {("killed", 147, "total")},
        ),
        (
            "In January 1990 the troops killed 147 of our compatriots and wounded 744 of our citizens.",
            {("killed", 147, "total"), ("injured", 744, "total")},
        ),
    ],
)
def test_missing_and_remembered(text: str, expected: set[tuple[str, int, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no figure: a count of the living, of whom something is known
        "Of the 400 guests, 20 of whom came from Ganja, many spoke.",
        "The 30 students, of whom the rector spoke warmly, laid flowers.",
    ],
)
def test_no_missing(text: str) -> None:
    assert not [f for f in extract_casualties(text) if f.category == "missing"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The 33 years' anniversary of the 20 January tragedy was marked at the embassy.", 33),
        ("Embassy marks 34 years’ anniversary of Black January", 34),
        ("This year marks the 33rd anniversdary of the tragedy of 20 January.", 33),
        ("Students marked the 30th annivresary of the 20 January tragedy.", 30),
        ("The 31st anniverary of Black January was observed in Riga.", 31),
        ("The embassy commemorated the 35th anniversarry of the tragedy.", 35),
    ],
)
def test_anniversary_spelt_otherwise(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "text",
    [
        "The 31st anniversaries of two events were marked.",  # the plural: more than one edit
        "The 31st universary of the tragedy",  # two edits away
        "The 33 years' service of the ambassador was praised.",
    ],
)
def test_no_anniversary(text: str) -> None:
    assert stated_anniversary(text) is None
