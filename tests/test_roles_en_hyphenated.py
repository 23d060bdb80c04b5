"""English: each part of a hyphenated word of an unknown title is capitalised ("Vice-President", "Co-Founder"),
small words kept ("Editor-in-Chief"); a second post after "and" is the next name's ("head of the department and deputy
dean Y"). The sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the embassy on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kamran Safarli, head of the department and deputy dean Lale Orucova laid flowers.",
            {"Kamran Safarli": "Head of Department", "Lale Orucova": "Deputy Dean"},
        ),
        (
            "Kamran Safarli, vice-president of the Latvian-Azerbaijani Friendship Society, spoke at the evening.",
            {"Kamran Safarli": "Vice-President of the Latvian-Azerbaijani Friendship Society"},
        ),
        (
            "Kamran Safarli, co-founder of the Caspian Friendship Society, spoke at the evening.",
            {"Kamran Safarli": "Co-Founder of the Caspian Friendship Society"},
        ),
        (
            "Kamran Safarli, editor-in-chief of the Caspian Review, spoke at the evening.",
            {"Kamran Safarli": "Editor-in-Chief of the Caspian Review"},
        ),
    ],
)
def test_joined_and_hyphenated_titles(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
