"""A surname written in capitals after a given name ("Selim KAYA", "Ali ÖZTÜRK", "Mr John SMITH") is part of the
person's name, kept as written; an abbreviation that opens a body's name after a full name is not. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Board member Selim KAYA laid flowers at the monument to the victims of 20 January.",
        [("Selim KAYA", "Member of the Board")],
    ),
    ("Mr John SMITH attended the ceremony marking the anniversary of the 20 January tragedy.", [("John SMITH", None)]),
    (
        "Ambassador Ivan PETROV laid a wreath at the memorial to the martyrs of 20 January.",
        [("Ivan PETROV", "Ambassador")],
    ),
    (
        "Yönetim kurulu üyesi Selim KAYA, 20 Ocak şehitleri anıtına karanfil bıraktı.",
        [("Selim KAYA", "Member of the Board")],
    ),
    ("20 Ocak şehitlerini anma törenine Genel Başkan Ali ÖZTÜRK de katıldı.", [("Ali ÖZTÜRK", "Chairman")]),
    (
        "Tədbirdə idarə heyətinin üzvü Səlim QAYA 20 Yanvar faciəsindən danışıb.",
        [("Səlim QAYA", "Member of the Board")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_surname_in_capitals_is_read_whole(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_abbreviation_after_a_full_name_is_no_surname() -> None:
    found = people("Rector Elmar Hasanov ADA University staff laid flowers at the 20 January memorial.")
    assert all("ADA" not in mention for mention, _ in found)
