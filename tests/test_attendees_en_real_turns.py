"""English reports of commemorations (issue 16): more turns of a speaker or guest that agencies and embassies write,
often word for word from Azerbaijani ("gave an excursion into the recent history"), a guest of honour, a prayer read
by a cleric, words addressed to "those gathered", and a speaker named after another's turn ("After the ambassador,
Professor X addressed the audience": the ambassador's title is not X's). Each kind has sentences that must place
nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The Embassy of Azerbaijan in Germany held a memorial evening in Bonn on the 20 January anniversary.\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


TURNS = [
    (
        "Speaking at the event, Ambassador Nasimi Aghayev gave an excursion into the recent history of the country.",
        {"Nasimi Aghayev": "Ambassador of Azerbaijan to Germany"},
    ),
    ("Gerd Keller gave a brief excursion into the history of the city.", {"Gerd Keller": None}),
    ("Professor Ute Lang gave an insight into the days of the curfew.", {"Ute Lang": "Professor"}),
    ("Senator Anna Berg was the guest of honour.", {"Anna Berg": "Senator"}),
    ("Mayor Ralf Heinen and Senator Anna Berg were guests of honor.", {"Ralf Heinen": "Mayor", "Anna Berg": "Senator"}),
    ("A prayer for the victims was recited by Imam Ali Hasan.", {"Ali Hasan": "Imam"}),
    ("Prayers were led by Bishop Karl Wendt and Imam Ali Hasan.", {"Karl Wendt": "Bishop", "Ali Hasan": "Imam"}),
    ("Professor Ute Lang then addressed those gathered.", {"Ute Lang": "Professor"}),
    # another's title before the comma is no part of the speaker's
    ("After the ambassador, Professor Ute Lang addressed the audience.", {"Ute Lang": "Professor"}),
    ("Following the ambassador, Professor Ute Lang addressed the audience.", {"Ute Lang": "Professor"}),
    ("After the consul, Ute Lang addressed the audience.", {"Ute Lang": None}),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_turns_of_speakers_and_guests(text: str, expected: dict[str, str | None]) -> None:
    assert found(HELD + text) == expected


def test_a_title_before_a_comma_is_still_the_names() -> None:
    # (the rule above leaves the ordinary apposition before a name alone)
    assert found(HELD + "The Ambassador of Sweden, Lars Berg, addressed the audience.") == {
        "Lars Berg": "Ambassador of Sweden to Germany"  # (a guest of our embassy there: accredited there)
    }


@pytest.mark.parametrize(
    "text",
    [
        # with no event placed, none of these turns places anyone
        "Gerd Keller gave an insight into the history of the city in his new book.",
        "Senator Anna Berg was the guest of honour at a business dinner in Washington.",
        "A prayer was recited by Imam Ali Hasan in the mosque on Friday.",
    ],
)
def test_turns_with_no_event_place_nobody(text: str) -> None:
    assert extract_attendees(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a speech the sentence places in the press, however far after its verb
        "Werner Gruber, Ph.D., gave an in-depth analysis of the events in an article for a Frankfurt daily.",
        "Professor Ute Lang spoke about the curfew and the night of the invasion in an interview with the agency.",
        "Gerd Keller shared his memories of those days in a long column for the city's newspaper.",
    ],
)
def test_speech_in_the_press_places_nobody(text: str) -> None:
    assert extract_attendees(HELD + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the same speeches given at the event, with no word of the press after them)
        ("Werner Gruber, Ph.D., gave an in-depth analysis of the events of that night.", {"Werner Gruber": None}),
        ("Professor Ute Lang spoke about the curfew and the night of the invasion.", {"Ute Lang": "Professor"}),
        # a publisher's title before the name
        (
            "Many guests attended the evening, including Publisher Kim Min-ho of The Seoul Herald.",
            {"Kim Min-ho": "Publisher of The Seoul Herald"},
        ),
    ],
)
def test_speech_at_the_event_and_a_publisher(text: str, expected: dict[str, str | None]) -> None:
    assert found(HELD + text) == expected
