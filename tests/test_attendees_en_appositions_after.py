"""English titles in apposition: a title after a name's comma is that name's, not the next graded name's ("Prof. A,
head of the department, Prof. B"); a dash opens and closes one as a comma does ("X – Director of Y"). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The institute held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speakers included Prof. Kamal Nuriyev, head of the Department of History, Prof. Lala Huseynova and "
            "students.",
            {"Kamal Nuriyev": "Head of the Department of History", "Lala Huseynova": "Professor"},
        ),
        (
            "Dr. Kamal Nuriyev, Dean of the Faculty, Professor Lala Huseynova and students attended the evening.",
            {"Kamal Nuriyev": "Dean", "Lala Huseynova": "Professor"},
        ),
        # with no name before the comma, the office is still the graded name's
        (
            "Speakers were the Dean of the Faculty, Professor Lala Huseynova, and guests.",
            {"Lala Huseynova": "Dean"},
        ),
    ],
)
def test_an_office_after_a_names_comma_is_that_names(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The evening was attended by Dr. Selim Aksoy – General Director of TODAIE, and guests.",
            {"Selim Aksoy": "General Director of TODAIE"},
        ),
        (
            "Kamal Nuriyev - Chairman of the Azerbaijani Community - spoke at the evening.",
            {"Kamal Nuriyev": "Chairman of the Azerbaijani Community"},
        ),
        (
            "Kamal Nuriyev — Ambassador of Azerbaijan to Korea — opened the evening.",
            {"Kamal Nuriyev": "Ambassador of Azerbaijan to Korea"},
        ),
        # no title after the dash: none
        ("The evening was attended by Kamal Nuriyev - who flew in from Berlin - and guests.", {"Kamal Nuriyev": None}),
    ],
)
def test_a_dash_sets_off_a_title_as_a_comma_does(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


def test_an_office_after_and_is_the_next_names() -> None:
    text = "The Counsellor, Nigar Talibova, and the Defence Attaché, Colonel Elnur Qasimov, laid flowers."
    assert found(text) == {"Nigar Talibova": "Counsellor of the Embassy", "Elnur Qasimov": "Defence Attaché"}
