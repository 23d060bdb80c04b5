"""A subject that opens after a phrase setting the scene up to its comma ("Before the ceremony,", "At the start of
the event,"), with a person set off by commas and then groups, one of them with a participle's clause of its own
("the families of students killed in the war"), before the verb: the person is found; the participle is the group's,
no verb of the sentence. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role_as_written) for a in extract_attendees(text)]


CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Before the ceremony, the rector, Professor Nurlan Bayramov, the staff of the university and the families of"
        " students killed in the war visited the memorial.",
        [("Nurlan Bayramov", "rector")],
    ),
    (
        "On 20 January, the rector, Professor Nurlan Bayramov, the staff of the university and the families of"
        " students killed in the war visited the memorial.",
        [("Nurlan Bayramov", "rector")],
    ),
    (
        "After the service, the rector, Professor Nurlan Bayramov, the lecturers and the relatives of those killed"
        " in January 1990 laid flowers at the monument.",
        [("Nurlan Bayramov", "rector")],
    ),
    (
        "At the start of the event, the dean, Dr. Gunel Rzayeva, the teachers and the relatives of pupils martyred"
        " in the tragedy visited the alley.",
        [("Gunel Rzayeva", "dean")],
    ),
    (
        "Before the ceremony, the rector, Professor Nurlan Bayramov, the staff and the students visited the memorial.",
        [("Nurlan Bayramov", "rector")],
    ),
]

NONE = [
    "Professor Nurlan Bayramov said students killed in the war visited the memorial in 1989.",
    "Students killed in the war, Rector Nurlan Bayramov said, were remembered.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_person_before_groups_is_found(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NONE)
def test_participle_clause_places_nobody(text: str) -> None:
    assert found(text) == []
