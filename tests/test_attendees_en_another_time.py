"""English reports (issue 16): a person of the story of 1990 named after the event's paragraph ("X noted that …"),
and a speech told as given at another time ("Earlier, X shared his memories", "In 2015, X spoke about"), place
nobody; the speakers of this event still do. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names

HELD = "The Embassy of Azerbaijan in Norway held a memorial evening on the anniversary of the tragedy.\n"
# The same report of the 34th anniversary (2024): a year is another only beside the report's own
# (`extract/_another_year.py`, as for the cues of being there).
RU_HELD_2024 = "В Осло прошло мероприятие по случаю 34-й годовщины трагедии 20 Января.\n"
HELD_2024 = "The Embassy of Azerbaijan in Norway held a memorial evening on the 34th anniversary of the tragedy.\n"


@pytest.mark.parametrize(
    "text",
    [
        HELD + "Mikhail Gorbachev noted that the troops had been sent to restore order.",
        HELD + "Gorbachev later admitted that it had been a grave mistake.",
        HELD + "Dmitry Yazov stressed at the time that the army had acted lawfully.",
        HELD + "Ayaz Mutalibov recalled that he had learned of the assault at night.",
        HELD + "Vadim Bakatin said the decision had been taken in Moscow.",
    ],
)
def test_people_of_the_story_of_1990_are_not_placed(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        HELD + "Earlier, veteran Ali Kaya shared his memories of the events.",
        HELD_2024 + "In 2012, Ali Kaya shared his memories of that night at a similar evening.",
        HELD_2024 + "In January 2016 Professor Ali Kaya spoke about the curfew.",
        HELD + "Two years ago, Ali Kaya gave a lecture on the events.",
        HELD + "Last year Ali Kaya noted that the truth must be known.",
        HELD + "Back then, Ali Kaya talked about the victims.",
    ],
)
def test_a_speech_of_another_time_places_nobody(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HELD + "Veteran Ali Kaya shared his memories of the events.", ["Ali Kaya"]),
        (HELD + "Then, Ali Kaya spoke about the events of January 1990.", ["Ali Kaya"]),
        (HELD + "Ambassador Rauf Karimov noted that the day is sacred.", ["Rauf Karimov"]),
        (HELD + "Ali Kaya, a historian, noted that Gorbachev had ordered the assault.", ["Ali Kaya"]),
    ],
)
def test_the_speakers_of_this_event_are_still_placed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        HELD_2024 + "In 2024, Ali Kaya noted that the truth must be known.",
        HELD_2024 + "On 20 January 2024 Professor Ali Kaya spoke about the curfew.",
        "Commemoration in Oslo, 2024\n" + HELD + "In January 2024, Ali Kaya shared his memories of the events.",
        # with no year of its own, the first year the report names is its own: never another's
        HELD + "In 2012, Ali Kaya shared his memories of that night.",
    ],
)
def test_a_speech_in_the_reports_own_year_places_the_speaker(text: str) -> None:
    assert names(text) == ["Ali Kaya"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            RU_HELD_2024 + "В 2024 году профессор Али Кая выступил с докладом.",
            ["Али Кая"],
        ),
        (RU_HELD_2024 + "В 2015 году профессор Али Кая выступил с докладом.", []),
    ],
)
def test_a_russian_speech_is_timed_by_the_reports_own_year(text: str, expected: list[str]) -> None:
    assert names(text) == expected
