"""A subject that opens, after the words that set the scene (a date with its numbers, a weekday, "yesterday"), with
a person whose post is set off by commas and goes on with groups before the verb: "On 20 January, the rector,
Professor X, the teaching staff and the families of the martyrs visited the Alley". The person is found, as he is
alone or with no date before him; the groups stay groups. A clause before the person is no scene ("Praising X, the
guests laid flowers"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 January the rector, Professor Adil Mammadov, the teaching staff and the families of the martyrs "
            "visited the Alley of Martyrs.",
            [("Adil Mammadov", "Rector")],
        ),
        (
            "On January 20, the rector, Professor Adil Mammadov, the teaching staff and the families of the martyrs "
            "visited the Alley of Martyrs.",
            [("Adil Mammadov", "Rector")],
        ),
        (
            "On 19 January 2024, the dean, Associate Professor Leyla Hasanova, lecturers and students laid flowers "
            "at the Eternal Flame.",
            [("Leyla Hasanova", "Dean")],
        ),
        (
            "The dean, Associate Professor Leyla Hasanova, lecturers and pupils of the lyceum laid flowers at the "
            "memorial.",
            [("Leyla Hasanova", "Dean")],
        ),
        (
            "On 20 January, Ambassador Rashad Aliyev, embassy staff and members of the diaspora visited the memorial.",
            [("Rashad Aliyev", "Ambassador")],
        ),
        (
            "On 20 January Ambassador Rashad Aliyev, embassy staff and students laid wreaths at the monument.",
            [("Rashad Aliyev", "Ambassador")],
        ),
        (
            "On the 20th, the head of the school, Nigar Karimova, teachers and pupils honoured the memory of the "
            "martyrs.",
            [("Nigar Karimova", "School Director")],
        ),
    ],
)
def test_the_person_opening_a_subject_of_groups_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Praising Rashad Aliyev, the guests laid flowers at the memorial.",
        "Thanking Rashad Aliyev, embassy staff and students visited the memorial.",
    ],
)
def test_a_clause_before_the_name_is_no_scene(text: str) -> None:
    assert "Rashad Aliyev" not in [name for name, _ in people(text)]
