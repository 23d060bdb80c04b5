"""English: a visit told as a noun ("X paid a visit to the Alley", "X commemorated the day with a visit to the
Alley") puts its subject there; "at that time" as the topic of a speech at the event ("X spoke about the processes
under way at that time") no longer hides the speaker, while a sentence that tells the story of those days still
places nobody. The sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

MARKS = "The country marks the anniversary of the 20 January tragedy.\n\n"
HELD = "A commemorative evening was held at the cultural centre.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MARKS + "President Ilham Aliyev paid a visit to the Alley of Martyrs.", {"Ilham Aliyev": "President"}),
        (
            MARKS + "Minister Anar Karimov made a short visit to the Eternal Flame memorial.",
            {"Anar Karimov": "Minister"},
        ),
        (
            MARKS
            + "Azerbaijan's President Ilham Aliyev commemorated the victims with a visit to the Alley of Martyrs.",
            {"Ilham Aliyev": "President"},
        ),
        (
            MARKS + "Mayor Ruth Blake honoured the martyrs of Black January with a visit to the monument.",
            {"Ruth Blake": "Mayor"},
        ),
    ],
)
def test_a_visit_told_as_a_noun_places_its_subject(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a visit planned, or someone else's
        MARKS + "President Ilham Aliyev will pay a visit to the Alley of Martyrs on Monday.",
        MARKS + "The delegation was received by Ilham Aliyev, who paid a visit to Ankara in 2019.",
    ],
)
def test_no_visit_here(text: str) -> None:
    assert found(text) == {}


def test_at_that_time_as_a_speech_topic_keeps_the_speaker() -> None:
    text = HELD + (
        "Speaking at the evening, Ambassador Rena Aliyeva gave an overview of history and spoke about the protests "
        "taking place at that time."
    )
    assert found(text) == {"Rena Aliyeva": "Ambassador"}


def test_at_that_time_in_the_story_places_nobody() -> None:
    text = HELD + "Heydar Aliyev, who lived in Moscow at that time, came to the mission and condemned the crime."
    assert found(text) == {}
