"""English: a body "under the President" is part of its head's post ("Executive Director of the Youth Foundation under
the President"), with "under" kept in lower case; a year of 1990 after "in remembrance of", "in honour of" or "in
tribute to" is that of those remembered, not history told. The sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the youth centre on the anniversary of the 20 January tragedy.\n\n"
MARKS = "The country marks the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "The Executive Director of the Science Foundation under the President, Orkhan Talibli, spoke at "
            "the evening.",
            "Executive Director of the Science Foundation under the President",
        ),
        (
            HELD + "Orkhan Talibli, chairman of the Youth Agency under the President of Azerbaijan, said at the "
            "evening that the date unites the nation.",
            "Chairman of the Youth Agency under the President",
        ),
        (
            HELD + "Director of the Heritage Foundation under the Ministry of Culture Orkhan Talibli made a speech.",
            "Director of the Heritage Foundation under the Ministry of Culture",
        ),
    ],
)
def test_a_body_under_the_president_is_part_of_the_post(text: str, expected: str) -> None:
    assert found(text) == {"Orkhan Talibli": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HELD + "Orkhan Talibli spoke at the evening under the auspices of the embassy.", {"Orkhan Talibli": None}),
        (MARKS + "President Ilham Aliyev laid a wreath under heavy rain.", {"Ilham Aliyev": "President"}),
    ],
)
def test_under_elsewhere_makes_no_post(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        MARKS + "President Ilham Aliyev visited the Alley of Martyrs in remembrance of the victims of the assault of "
        "January 1990.",
        MARKS + "President Ilham Aliyev laid flowers in honour of the civilians killed in January 1990.",
        MARKS + "President Ilham Aliyev laid a wreath at the Eternal Flame in tribute to those who died in 1990.",
    ],
)
def test_the_year_of_those_remembered_is_no_history_told(text: str) -> None:
    assert found(text) == {"Ilham Aliyev": "President"}


def test_history_told_still_places_nobody() -> None:
    assert found(MARKS + "Ilham Aliyev came to Moscow in January 1990 and laid flowers in honour of the dead.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Opening the evening, the Head of the staff of the Science Foundation under the President of the "
            "Republic of Azerbaijan, Professor Orkhan Talibli spoke about the causes of the tragedy.",
            "Head of the Staff of the Science Foundation under the President",
        ),
        (
            HELD + "Head of the apparatus of the Youth Foundation Orkhan Talibli spoke about the tragedy.",
            "Head of the Apparatus of the Youth Foundation",
        ),
    ],
)
def test_the_staff_of_a_named_body_is_part_of_the_post(text: str, expected: str) -> None:
    assert found(text) == {"Orkhan Talibli": expected}
