"""Kinds of English commemoration reporting the attendee walk misread (ren40: Pakistani, university and agency
pages). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import roles

SEMINAR = "A seminar on the 34th anniversary of the January 20 tragedy was held at the university.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a campus is a place, never a person: its words after a post are no name
        (
            SEMINAR + "Speakers included Dr. Sadia Rauf, In-Charge Female Campus, Riphah University; and "
            "Dr. Omar Latif, Chairperson.",
            {"Sadia Rauf": None, "Omar Latif": "Chairperson"},
        ),
        (
            SEMINAR + "The guests were Dr. Hina Qadir, Director Main Campus; and Professor Bilal Zafar.",
            {"Hina Qadir": None, "Bilal Zafar": "Professor"},
        ),
        (
            SEMINAR + "Ms. Farah Javed, Coordinator City Campus, also spoke at the seminar.",
            {"Farah Javed": "Coordinator City Campus"},
        ),
    ],
)
def test_a_campus_is_no_name(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


HELD = "A memorial event on the January 20 tragedy was held at the university with its teachers and students.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two speakers, each after a long post of a department, whose words tell of that time after "that"
        (
            HELD + "Professor Rauf Aliyev spoke about those days. Sharing their memories, Professor of the "
            "Department of History Leyla Gasimova and Associate Professor of the Department Tural Huseynov stressed "
            "that the independence of the country was born at that time.",
            {"Rauf Aliyev": "Professor", "Leyla Gasimova": "Professor", "Tural Huseynov": "Associate Professor"},
        ),
        (
            HELD + "Associate Professor of the Department of Law Samir Babayev recalled that at that time he was a "
            "first-year student.",
            {"Samir Babayev": "Associate Professor"},
        ),
        (
            HELD + "Dean Nigar Mammadova noted that the people stood up for their freedom at that time.",
            {"Nigar Mammadova": "Dean"},
        ),
        # a date of 1990 after "that" stays history, as before
        (
            HELD + "Dean Nigar Mammadova noted that in January 1990 the people stood up for their freedom.",
            {},
        ),
        # a time before the verb is still the sentence's own: history told, nobody placed
        (
            HELD + "At that time, Professor Samir Babayev said that the army had entered the city.",
            {},
        ),
        (
            HELD + "In January 1990, Professor Samir Babayev stated that the massacre was a crime.",
            {},
        ),
    ],
)
def test_a_time_in_what_a_speaker_said(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's abbreviation in brackets after the name a post in apposition gives: the post goes on to its comma
        (
            SEMINAR + "Dr. Salman Qureshi, Executive Director of the Centre for Regional Studies (CRS), delivered a "
            "speech.",
            {"Salman Qureshi": "Executive Director of the Centre for Regional Studies (CRS)"},
        ),
        (
            SEMINAR + "Professor Asad Karim, Dean of the Faculty of Languages, and Noman Rafiq, Director of the Policy "
            "Forum (PF), delivered speeches.",
            {"Asad Karim": "Dean of the Faculty of Languages", "Noman Rafiq": "Director of the Policy Forum (PF)"},
        ),
        (
            SEMINAR + "Ayesha Malik, Chairperson of the Friendship Society (AFS), laid flowers at the monument.",
            {"Ayesha Malik": "Chairperson of the Friendship Society (AFS)"},
        ),
    ],
)
def test_a_bodys_abbreviation_inside_an_apposition(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "His Excellency" written without its last full stop is an honorific all the same
        (
            SEMINAR + "Ambassador of Kyrgyzstan H.E Erlan Abdyldaev, Ambassador of Tajikistan H.E Sherali Jononov "
            "and other diplomats also attended the seminar.",
            {"Erlan Abdyldaev": "Ambassador of Kyrgyzstan", "Sherali Jononov": "Ambassador of Tajikistan"},
        ),
        (
            SEMINAR + "H.E Tural Rzayev, Ambassador of Azerbaijan to Pakistan, addressed the seminar.",
            {"Tural Rzayev": "Ambassador of Azerbaijan to Pakistan"},
        ),
    ],
)
def test_his_excellency_without_its_last_stop(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname ending as an English plural of another language's word is a name ("hal", a Turkish modifier)
        (
            "Ambassador Pieter Hals visited the Alley of Martyrs on the anniversary of the January 20 tragedy.",
            {"Pieter Hals": "Ambassador"},
        ),
        (SEMINAR + "Professor Anneke Hals delivered a speech at the seminar.", {"Anneke Hals": "Professor"}),
        # an English plural of a body's or title's word is still no name
        (SEMINAR + "Ambassadors Commissions and others attended the seminar.", {}),
    ],
)
def test_a_plural_only_of_its_own_languages_words(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected
