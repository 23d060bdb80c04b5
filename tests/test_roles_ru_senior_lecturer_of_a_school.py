"""A Russian senior lecturer with the school after the post ("старший преподаватель Бакинской музыкальной академии,
кандидат искусствоведения X выступила с докладом": "Senior Lecturer of the Baku Music Academy"): the head of two words
is `[roles.body_heads]` in ru.toml and the school's words are `[roles.body_english_words]`; a school named after
someone ("академии имени Узеира Гаджибекова") keeps the post before its comma, and its capitalised adjective
("Бакинской") is no person of its own. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

RU = "В музее прошёл вечер памяти жертв 20 Января.\n"


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(RU + text)}


@pytest.mark.parametrize(
    "text",
    [
        "Старший преподаватель Бакинской музыкальной академии, кандидат искусствоведения Нигяр Рзаева выступила "
        "с докладом о музыке тех лет.",
        "С докладом о событиях той ночи выступила старший преподаватель Бакинской музыкальной академии Нигяр Рзаева.",
        "Старший преподаватель Бакинской музыкальной академии имени Узеира Гаджибекова, кандидат искусствоведения "
        "Нигяр Рзаева рассказала о песнях, написанных в память о шехидах.",
    ],
)
def test_a_senior_lecturer_of_a_named_school(text: str) -> None:
    assert roles(text) == {"Нигяр Рзаева": "Senior Lecturer of the Baku Music Academy"}


def test_a_senior_lecturer_of_a_conservatory() -> None:
    text = "Затем выступил старший преподаватель Азербайджанской национальной консерватории Эмиль Кязимов."
    assert roles(text) == {"Эмиль Кязимов": "Senior Lecturer of the Azerbaijani National Conservatory"}


def test_a_senior_lecturer_alone() -> None:
    assert roles("Затем выступил старший преподаватель Эмиль Кязимов.") == {"Эмиль Кязимов": "Senior Lecturer"}
