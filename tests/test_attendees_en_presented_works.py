"""English: a speaker who presents their own book or film at the event is there ("Professor X presented her book on
the tragedy"); a book presented, with its author named after "by", places nobody. The sentences are written for these
tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the cultural centre on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Professor Dilara Rustamova presented her book on the tragedy.", {"Dilara Rustamova": "Professor"}),
        ("Journalist Kenan Orujov presented his new documentary about those days.", {"Kenan Orujov": "Journalist"}),
        ("The book by Professor Dilara Rustamova was presented at the evening.", {}),
    ],
)
def test_presenting_ones_work(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
