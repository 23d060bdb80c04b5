"""English reports (issue 16): paragraphs run together without a blank ("… the event.In his remarks"), an event
or a group led by someone, a rally held by a group, bodies at the end of a list of those present, and a scientist's
title. Each phrasing has sentences that must place nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.text import sentences as sx

from ._helpers import names
from ._helpers import people as roles

HELD = "The Embassy of Azerbaijan in Chile held a memorial ceremony on the anniversary of the tragedy.\n"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("the staff attended the event.In his remarks, the envoy spoke.", 2),
        ("Wreaths were laid at the monument.Then the guests left.", 2),
        ("It was a cold day.Students read poems.", 2),
        # not a sentence's end: a site's name, an abbreviation of capitals, a domain, a decimal
        ("He wrote for News.Az on the matter.", 1),
        ("The envoy to the U.S. Tom Reed spoke.", 1),
        ("Read it on www.example.az today.", 1),
        ("The toll rose by 3.5 percent.", 1),
        ("Towns, e.g.Ganja and Shaki, held vigils.", 1),
    ],
)
def test_a_full_stop_glued_to_the_next_sentence_ends_it_after_a_lower_case_word(text: str, parts: int) -> None:
    assert len(sx.sentences(text)) == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Diplomats and students attended the event.In his remarks, Ambassador Rauf Karimov said the day "
            "is sacred.",
            ["Rauf Karimov"],
        ),
        (
            HELD + "A minute of silence was observed.In her speech, Consul Lala Huseynova recalled the night.",
            ["Lala Huseynova"],
        ),
        (HELD + "Flowers were laid.Then Ambassador Rauf Karimov addressed the guests.", ["Rauf Karimov"]),
    ],
)
def test_a_speech_after_a_glued_full_stop_places_its_speaker(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The event, led by Ambassador Rauf Karimov, included embassy staff and guests.", ["Rauf Karimov"]),
        ("A candlelight vigil led by Mayor Anna Pike was held in the square.", ["Anna Pike"]),
        ("The commemoration, hosted by Consul Lala Huseynova, drew many guests.", ["Lala Huseynova"]),
        (
            "The opposition, led by party chairman Ali Rustamli, attempted to hold a mourning procession.",
            ["Ali Rustamli"],
        ),
        ("Activists led by Orkhan Safarli tried to hold a march to the Alley of Martyrs.", ["Orkhan Safarli"]),
        ("Ali Rustamli and Orkhan Safarli staged a silent rally at the memorial.", ["Ali Rustamli", "Orkhan Safarli"]),
    ],
)
def test_an_event_or_group_led_by_someone_places_its_leader(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # led by someone, but no event of theirs: an army, a state, an operation of 1990
        "The troops, led by General Ivan Petrov, entered the city in January 1990.",
        "The country, led by President Ilham Aliyev, won the war.",
        "The opposition, led by Ali Rustamli, criticised the budget.",
        # a rally not held, or to come
        "Ali Rustamli will hold a rally next week.",
        "Ali Rustamli did not hold a rally this year.",
        # a rally held long ago
        "In 1990 Ali Rustamli held a rally at the square.",
    ],
)
def test_a_leader_without_an_event_held_is_not_placed(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador Rauf Karimov, Mayor Anna Pike, members of the city council, political parties and "
            "non-governmental organizations attended the panel.",
            ["Rauf Karimov", "Anna Pike"],
        ),
        (
            "Consul Lala Huseynova, representatives of local associations and communities took part in the ceremony.",
            ["Lala Huseynova"],
        ),
        (
            "Mayor Anna Pike, Professor Tom Reed, officials and NGOs laid flowers at the monument.",
            ["Anna Pike", "Tom Reed"],
        ),
    ],
)
def test_bodies_that_end_a_list_of_those_present_keep_its_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_organizations_alone_place_nobody() -> None:
    assert names("Political parties and organizations attended the panel.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Speaking at the event, the well-known scientist Tom Reed explained the crime.",
            [("Tom Reed", "Scientist")],
        ),
        (HELD + "Researcher Anna Pike spoke at the event.", [("Anna Pike", "Researcher")]),
        (HELD + "Political scientist Tom Reed also spoke at the event.", [("Tom Reed", "Political Scientist")]),
    ],
)
def test_a_scientist_or_researcher_is_a_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert roles(text) == expected


SYMPOSIUM = "A scientific symposium was held at the university of Van.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a diplomat's title names the embassy they serve at: they spoke here
        (
            SYMPOSIUM + "Welcoming speeches were delivered by MP Orkhan Babayev, Education Attaché of the "
            "Azerbaijani Embassy in Türkiye Sevda Nasirli, and other guests.",
            ["Orkhan Babayev", "Sevda Nasirli"],
        ),
        (
            SYMPOSIUM + "Counsellor of the Embassy in Ankara Tural Huseynov also attended the symposium.",
            ["Tural Huseynov"],
        ),
    ],
)
def test_an_embassy_named_in_a_title_is_no_event_elsewhere(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        SYMPOSIUM + "The embassy in Rome also held a ceremony attended by Ambassador Tural Huseynov.",
        SYMPOSIUM + "Azerbaijan's embassy in Rome held an event attended by Ambassador Tural Huseynov.",
        SYMPOSIUM + "Its representation in Geneva held a vigil attended by Tural Huseynov.",
        SYMPOSIUM + "Embassy in Rome: Ambassador Tural Huseynov laid flowers.",
    ],
)
def test_an_event_at_an_embassy_elsewhere_places_nobody(text: str) -> None:
    assert names(text) == []
