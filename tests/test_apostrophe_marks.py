"""An apostrophe typed as another mark before a case ending (´ U+00B4, ʼ U+02BC, ′ U+2032, ` U+0060, and the
typographic ’) is read as the straight one, for numbers and names, by every extractor (`fold.read_apostrophes`);
quotes keep the marks as typed. All texts are our own words."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.attendees import extract_attendees
from jan20.extract.casualties import extract_casualties
from jan20.text.fold import as_written, read_apostrophes

MARKS = ["'", "’", "´", "ʼ", "′", "`"]


@pytest.mark.parametrize("mark", MARKS)
def test_numbers_with_a_case_ending(mark: str) -> None:
    text = f"Ocak 1990 gecesi Bakü sokaklarında 600{mark}den fazla kişi yaralandı ve 130 kişi öldürüldü."
    figures = [(f.category, f.value, f.qualifier) for f in extract_casualties(text)]
    assert ("injured", 600, "at_least") in figures
    assert ("killed", 130, "exact") in figures
    assert all(f.quote == text for f in extract_casualties(text))  # quoted as typed


@pytest.mark.parametrize("mark", MARKS)
def test_a_part_of_the_dead(mark: str) -> None:
    text = f"Ocak 1990'da 130 kişi öldürüldü, bunların 18{mark}i kadındı."
    figures = {(f.value, f.scope) for f in extract_casualties(text)}
    assert (18, "partial") in figures


@pytest.mark.parametrize("mark", MARKS)
def test_names_with_a_case_ending(mark: str) -> None:
    text = f"Anma töreni, Büyükelçi Kenan Ağaoğlu{mark}nun katılımıyla düzenlendi."
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [("Kenan Ağaoğlu", "Ambassador")]


@pytest.mark.parametrize("mark", MARKS)
def test_an_ordinal_year(mark: str) -> None:
    text = f"Kanlı Ocak faciasının 33{mark}üncü yıl dönümünde şehitler anıldı."
    assert [a.number for a in find_stated_anniversaries(text)] == [33]


def test_marks_elsewhere_are_left_alone() -> None:
    # a prime after digits (minutes, feet), an accent alone, a grave accent as an opening quote: no apostrophe
    for text in ("Tören 14′ sürdü.", "Bir ´ işareti.", "``Kara Ocak'' adlı film", "5ʼ 7 ölçüsü"):
        assert read_apostrophes(text) == text
    assert read_apostrophes("Aliyev´in 20ʼsi Bakı′da Azerbaijan`s") == "Aliyev’in 20’si Bakı’da Azerbaijan’s"


def test_a_piece_is_given_back_as_written() -> None:
    written = "Törende 750´den  fazla\nkişi vardı."
    read = read_apostrophes(written)
    assert len(read) == len(written)
    assert as_written("Törende 750’den fazla kişi vardı.", read, written) == "Törende 750´den fazla kişi vardı."
    assert as_written("kişi vardı.", read, written) == "kişi vardı."
