"""A speech told in the present tense, as photo captions and leads write it ("Ambassador X gives a presentation",
"Y delivers a speech"), places the speaker at the event a report tells of, as the past tense does. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The embassy held a commemorative evening on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador Rashad Aslanov gives a presentation about the tragedy.", {"Rashad Aslanov": "Ambassador"}),
        ("Professor Leyla Mammadli delivers a lecture on the events of 1990.", {"Leyla Mammadli": "Professor"}),
        ("Consul General Ilgar Ahmadov makes a speech to the guests.", {"Ilgar Ahmadov": "Consul General"}),
    ],
)
def test_a_speech_in_the_present_tense_places_the_speaker(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
