"""A degree or an honorific written between a post of a named body and the name ("Director of the Heritage Council Dr.
X", "Dean of the Faculty of History PhD X") is the name's: the post keeps every word of its body (not "Director of the
Heritage", as a military rank's branch is cut), and the degree is no part of it. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The university held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking at the event, Director of the Heritage Council Dr. Anar Safarli recalled that night.",
            {"Anar Safarli": "Director of the Heritage Council"},
        ),
        (
            "The evening was opened by President of the Azerbaijani-American Council Dr. Lala Hasanova.",
            {"Lala Hasanova": "President of the Azerbaijani-American Council"},
        ),
        (
            "Speaking at the event, Dean of the Faculty of History PhD Rauf Mirzayev spoke of the curfew.",
            {"Rauf Mirzayev": "Dean of the Faculty of History"},
        ),
        (
            "Head of the Department of Law PhD Sevda Guliyeva and Rector Prof. Dr. Kamal Abdullayev laid flowers at "
            "the monument.",
            {"Sevda Guliyeva": "Head of the Department of Law", "Kamal Abdullayev": "Rector"},
        ),
    ],
)
def test_a_degree_before_the_name_is_no_part_of_the_post(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector of Azerbaijan University of Technology Yusif Karimli made the opening speech.",
            {"Yusif Karimli": "Rector of Azerbaijan University of Technology"},
        ),
        (
            "The evening was attended by Vice-Rector of Azerbaijan University of Architecture and Construction Leyla "
            "Qasimova.",
            {"Leyla Qasimova": "Vice-Rector of Azerbaijan University of Architecture and Construction"},
        ),
        (
            "Rector of Khazar University Elmar Hasanli laid flowers at the monument.",
            {"Elmar Hasanli": "Rector of Khazar University"},
        ),
    ],
)
def test_a_university_keeps_its_field_after_of(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chairman of the Culture Committee, Doctor of Philological Sciences, Professor Samira Huseynova opened "
            "the evening.",
            {"Samira Huseynova": "Chairman of the Culture Committee of the Milli Majlis"},
        ),
        (
            "Member of Parliament, Doctor of Historical Sciences, and Professor Anar Valiyev delivered a speech.",
            {"Anar Valiyev": "Member of Parliament"},
        ),
        (
            "The evening was attended by the parents of the students, and Professor Anar Valiyev.",
            {"Anar Valiyev": "Professor"},
        ),
    ],
)
def test_honours_of_four_words_and_their_serial_comma(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
