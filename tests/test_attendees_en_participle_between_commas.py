"""A subject that opens with a person set off by commas and then groups, the last group with nouns joined by "and"
("the families of students and graduates") and a participle's clause of its own, set off by commas or not ("…, killed
in the war, visited"): the person is found; the participle is the group's, no verb of the sentence. A person after
whose name the clause stands is one remembered, and the verb of others places nobody. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role_as_written) for a in extract_attendees(text)]


CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Before the ceremony, the rector, Professor Adil Karimov, the staff of the university and the families of"
        " students and graduates, killed in the war, visited the memorial.",
        [("Adil Karimov", "rector")],
    ),
    (
        "Before the ceremony, the rector, Professor Adil Karimov, the staff of the university and the families of"
        " students and graduates killed in the war visited the memorial.",
        [("Adil Karimov", "rector")],
    ),
    (
        "On 20 January, the dean, Dr. Sevda Huseynova, the lecturers and the relatives of soldiers and civilians,"
        " killed on 20 January, laid flowers at the monument.",
        [("Sevda Huseynova", "dean")],
    ),
    (
        "After the minute of silence, the director, Mr. Tural Aliyev, the teachers and the parents of pupils and"
        " alumni, martyred in the tragedy, visited the Alley of Martyrs.",
        [("Tural Aliyev", "director")],
    ),
    (
        "During the commemoration, the rector, Professor Adil Karimov, the staff and the families of students,"
        " killed in the war, laid wreaths.",
        [("Adil Karimov", "rector")],
    ),
]

COMMA_BEFORE_AND = [
    "The rector, Professor Adil Karimov, and the staff visited the memorial.",
    "Before the ceremony, the rector, Professor Adil Karimov, and the staff of the university visited the memorial.",
    "On 20 January, the rector, Professor Adil Karimov, and the students laid flowers at the monument.",
]

NONE = [
    "Professor Adil Karimov, killed in 1990, was remembered as students visited the memorial.",
    "Professor Adil Karimov, killed in 1990, was remembered as students and graduates visited the memorial.",
    "Professor Adil Karimov said students and graduates, killed in the war, visited the memorial in 1989.",
    "Professor Adil Karimov said students and graduates killed in the war visited the memorial in 1989.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_person_before_groups_with_a_participle_is_found(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", COMMA_BEFORE_AND)
def test_person_set_off_by_commas_before_and(text: str) -> None:
    assert found(text) == [("Adil Karimov", "rector")]


@pytest.mark.parametrize("text", NONE)
def test_participle_clause_places_nobody(text: str) -> None:
    assert found(text) == []
