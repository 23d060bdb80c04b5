"""A Russian teacher's word that opens a sentence with its capital ("Учитель X", "Учительница Y", "Учителя A и B")
is no word of the name after it (like "Писатель X"; the committed reports give such a teacher no role). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "В школе № 12 прошёл вечер памяти жертв 20 января.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Учитель Нигяр Алиева выступила перед учениками.", ["Нигяр Алиева"]),
        ("Учительница Севда Гасанова рассказала о тех днях.", ["Севда Гасанова"]),
        ("Учителя Рауф Мамедов и Анар Алиев возложили цветы.", ["Рауф Мамедов", "Анар Алиев"]),
    ],
)
def test_a_teacher_word_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert [a.mention for a in extract_attendees(HELD + text)] == expected
