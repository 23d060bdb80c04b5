"""Two English shapes of casualty figures. A relative clause opened right after this event's name ("the tragedy of 20
January, in which 147 people died and 744 were wounded, …") holds this event's figures, though a later year is named
after the clause ("… on 18 October 1991"). And a sentence that opens with the whole a number is part of ("Of our 400
students, 20 were killed") counts the part only: the whole is no figure. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def rows(text: str) -> list[tuple[str, int]]:
    return [(c.category, c.value) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the tragedy of 20 January, in which 147 people died and 744 were wounded, Azerbaijan proclaimed "
            "its independence on 18 October 1991.",
            [("killed", 147), ("injured", 744)],
        ),
        (
            "Black January, when 147 civilians were killed, was followed by the act of independence of 18 October "
            "1991.",
            [("killed", 147)],
        ),
        (
            "The bloody night of 20 January, during which 131 people lost their lives, opened the way to the "
            "independence restored in 1991.",
            [("killed", 131)],
        ),
    ],
)
def test_a_relative_clause_of_the_event_keeps_its_figures(text: str, expected: list[tuple[str, int]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Khojaly tragedy, in which 613 people were killed, took place in 1992.",
        "In 1992, 613 people were killed in Khojaly.",
    ],
)
def test_another_event_stays_another(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of our 400 students, 20 were killed that night.", [("killed", 20)]),
        ("Out of 250 workers of the plant, 12 were shot dead.", [("killed", 12)]),
        ("Of the 60 residents of the street, 9 were wounded.", [("injured", 9)]),
        ("Out of our 300 pupils, 7 were killed and 15 were wounded.", [("killed", 7), ("injured", 15)]),
        ("Of the 147 killed, 20 were children.", [("killed", 147), ("killed", 20)]),
    ],
)
def test_the_whole_a_sentence_opens_with_is_no_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert rows(text) == expected
