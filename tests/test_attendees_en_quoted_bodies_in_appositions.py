"""A post in apposition after a name whose body's own name is quoted ("X, editor-in-chief of the newspaper “Kaspi”,",
"X, chairman of the "Vatan" society,") is that name's post: the quotation marks do not end the title. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The embassy held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Speaking at the event, Tahir Aliyev, editor-in-chief of the newspaper "Ses", shared his memories.',
            {"Tahir Aliyev": "Editor-in-Chief"},
        ),
        (
            "Speaking at the event, Tahir Aliyev, editor-in-chief of the “Ses” weekly, shared his memories.",
            {"Tahir Aliyev": "Editor-in-Chief"},
        ),
        (
            "Gulnara Safarova, chairwoman of the society “Odlar Yurdu”, and Kamal Rzayev, a teacher, laid flowers at "
            "the monument.",
            {"Gulnara Safarova": "Chairwoman of the Society “Odlar Yurdu”", "Kamal Rzayev": "Teacher"},
        ),
    ],
)
def test_a_quoted_body_keeps_the_post(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
