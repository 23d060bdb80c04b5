"""English: a state's honorary title written before a name ("Honoured Cultural Worker X", "Honored Artist Y") is no
part of the name, and like a degree it leaves the role to the post before its comma ("the director of the museum,
Honoured Cultural Worker X,"). The sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the museum on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The director of the museum, Honoured Cultural Worker Lala Shirinova, spoke about the day.",
            {"Lala Shirinova": "Director of the Museum"},
        ),
        (
            "The head of the gallery, Honored Cultural Worker Lala Shirinova, opened the evening.",
            {"Lala Shirinova": "Head of the Gallery"},
        ),
        ("Honoured Cultural Worker Lala Shirinova spoke about the day.", {"Lala Shirinova": None}),
        ("Honored Artist Lala Shirinova performed songs of those years.", {"Lala Shirinova": "Honored Artist"}),
    ],
)
def test_an_honorary_title_is_no_part_of_the_name(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
