"""A speaker at the event named with the word in lower case ("the speaker X", "keynote speaker X") is no Speaker of a
parliament: no role; "Speaker X" and "speaker of parliament X" still are. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the consulate on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The speaker Emre Polat talked about the events of that night.", {"Emre Polat": None}),
        ("The keynote speaker Emre Polat addressed the evening.", {"Emre Polat": None}),
        ("Guest speaker Emre Polat also addressed the evening.", {"Emre Polat": None}),
        ("Speaker Sahiba Gafarova addressed the evening.", {"Sahiba Gafarova": "Speaker of the Milli Majlis"}),
        (
            "The evening was attended by speaker of parliament Sahiba Gafarova.",
            {"Sahiba Gafarova": "Speaker of the Milli Majlis"},
        ),
    ],
)
def test_a_speaker_in_lower_case_has_no_office(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
