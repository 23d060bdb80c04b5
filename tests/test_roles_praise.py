"""Words of praise before a post are no part of the role (`[roles] praise`, in each language): "famous scientist",
"a renowned poet", "the well-known journalist" are a Scientist, a Poet, a Journalist, with the title as written kept.
A title of honour the words make with a capitalised post stays whole ("Honoured Artist", "Distinguished
Professor"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("famous scientist", "Scientist"),
        ("renowned poet", "Poet"),
        ("the prominent poet", "Poet"),
        ("well-known composer", "Composer"),
        ("distinguished scientist", "Scientist"),
        ("honoured teacher", "Teacher"),
        ("Renowned poet", "Poet"),
        ("eminent academician", "Academician"),
        ("ünlü şair", "Poet"),
        ("tanınmış gazeteci", "Journalist"),
        ("görkəmli şair", "Poet"),
        ("tanınmış yazıçı", "Writer"),
        ("известный журналист", "Journalist"),
        ("выдающийся профессор", "Professor"),
        ("известного журналиста", "Journalist"),
    ],
)
def test_praise_is_no_part_of_the_role(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(("written", "role"), [("Honoured Artist", "Honoured Artist")])
def test_a_title_of_honour_stays_whole(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 January famous scientist Elnur Aliyev and renowned poet Kamran Huseynov attended the ceremony "
            "at the Alley of Martyrs.",
            {"Elnur Aliyev": "Scientist", "Kamran Huseynov": "Poet"},
        ),
        (
            "The well-known journalist Nigar Karimova and the distinguished scientist Rauf Mammadov laid flowers at "
            "the memorial on 20 January.",
            {"Nigar Karimova": "Journalist", "Rauf Mammadov": "Scientist"},
        ),
        (
            "On 20 January Elnur Aliyev, a well-known composer, visited the Alley of Martyrs.",
            {"Elnur Aliyev": "Composer"},
        ),
        (
            "20 Ocak anma törenine ünlü şair Elnur Aliyev ve tanınmış gazeteci Kamran Hüseyinov katıldı.",
            {"Elnur Aliyev": "Poet", "Kamran Hüseyinov": "Journalist"},
        ),
    ],
)
def test_praised_attendees(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


def test_the_title_as_written_keeps_the_praise() -> None:
    text = "On 20 January prominent poet Elnur Aliyev visited the Alley of Martyrs."
    assert [(a.role_as_written, a.role) for a in extract_attendees(text)] == [("prominent poet", "Poet")]
