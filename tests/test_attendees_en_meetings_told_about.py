"""A meeting of mourning or remembrance, or people gathered in a hall, is an event (`[attendees] event`, en), and a
speaker who "told about" or "talked of" something there spoke at it (`speech_cue`); the fixtures are our own."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

_EVENTS = [
    "The mourning meeting of the Haifa society was dedicated to the victims of January 1990.",
    "A commemorative meeting of the diaspora took place in Riga.",
    "Members of the community gathered in the hall of the city library.",
    "The remembrance meeting brought together students and teachers.",
]
_SPEAKERS = [
    ("A member of the Writers' Union, Dina Rubina, told about the night of the tragedy.", "Dina Rubina"),
    ("The chairman of the society, Mark Abramov, talked about his childhood in Baku.", "Mark Abramov"),
    ("Teacher Rena Guliyeva told of her brother, who was wounded that night.", "Rena Guliyeva"),
]


@pytest.mark.parametrize("event", _EVENTS)
@pytest.mark.parametrize(("speech", "name"), _SPEAKERS)
def test_a_speaker_at_a_meeting_of_mourning_is_present(event: str, speech: str, name: str) -> None:
    assert name in [a.mention for a in extract_attendees(f"{event} {speech}")]


@pytest.mark.parametrize(
    "text",
    [
        # no event in the text: an account is no presence
        "Dina Rubina told about the night of the tragedy in an interview.",
        # a meeting of another kind is no ceremony
        "The board meeting approved the budget. Dina Rubina told about the plans for next year.",
        # told about it by someone else: the one told was not speaking
        "A memorial meeting was held in Riga. Dina Rubina was told about the tragedy by her father.",
    ],
)
def test_no_event_or_no_speaker(text: str) -> None:
    assert "Dina Rubina" not in [a.mention for a in extract_attendees(text)]
