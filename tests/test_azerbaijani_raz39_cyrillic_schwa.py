"""Azerbaijani typed with the Cyrillic schwa among Latin letters ("nәfәr", U+04D9, as some news services type the
language): a word with a Latin letter reads "ә" and "Ә" as the Latin "ə" and "Ə", so its figures and people are found
as in the same text typed with the Latin letter, and what is shown (the quote, the name) stays as the page writes it;
a word of Cyrillic letters only keeps its letter. The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.casualties import extract_casualties
from jan20.text.fold import read_apostrophes


def cyrillic(text: str) -> str:
    return text.replace("ə", "\u04d9").replace("Ə", "\u04d8")


@pytest.mark.parametrize(
    "text",
    [
        "1990-cı il yanvarın 20-də Sovet qoşunları Bakıda 147 nəfəri qətlə yetirdi, 744 nəfəri yaraladı.",
        "Faciə nəticəsində 137 nəfər həlak olub, 744 nəfər yaralanıb, 841 nəfər həbs edilib.",
    ],
)
def test_figures_read_as_with_the_latin_letter(text: str) -> None:
    latin = [(f.category, f.value, f.scope) for f in extract_casualties(text)]
    typed = extract_casualties(cyrillic(text))
    assert latin and [(f.category, f.value, f.scope) for f in typed] == latin
    assert all("\u04d9" in f.quote for f in typed)  # (the quote as the page writes it)


def test_people_read_as_with_the_latin_letter() -> None:
    text = "20 Yanvar faciəsinin 31-ci ildönümü.\nSəfir Rəşad Əhmədli Şəhidlər xiyabanını ziyarət edib."
    found = extract_attendees(cyrillic(text))
    assert [(a.mention, a.role) for a in found] == [(cyrillic("Rəşad Əhmədli"), "Ambassador")]


def test_a_cyrillic_word_keeps_its_letter() -> None:
    assert read_apostrophes("Рәсул Әзимов, Rәsul") == "Рәсул Әзимов, Rəsul"
