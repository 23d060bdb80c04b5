"""A Russian headline's count right before a past clause of the troops' entry into (or seizure of) Baku, with no
"назад" and no "как": "29 лет советские войска захватили Баку". The clause itself names the event, so the count is
its anniversary; a count before any other clause, or a span of history ("через 70 лет"), is none. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import infer_year, stated_anniversary

STATED = [
    ("29 лет советские войска захватили Баку", 29),
    ("Тридцать лет советские танки вошли в Баку\n\nВ городе почтили память погибших.", 30),
    ("Уже 33 года советская армия ворвалась в Баку", 33),
    ("31 год войска вторглись в Баку", 31),
    ("Тридцать пять лет советская армия устроила бойню в Баку", 35),
    # a word of a span of history before a full stop is another sentence's, and quote marks are no words
    ("Было холодно. 29 лет советские войска вошли в Баку", 29),
    ("«32 года советские войска вошли в Баку»", 32),
]

NONE = [
    "30 лет он работал в Баку.",
    "30 лет советские войска находились в Баку.",
    "35 лет советские войска стояли в Германии.",
    "Через 70 лет советские войска снова вошли в Баку.",
    "Ему было 19 лет советские войска вошли в Баку и он вышел на улицу.",
    # a span of history or an age in quote marks, or a few words before the count
    "«Через 70 лет советские войска вошли в Баку»",
    "“Всего 40 лет армия ворвалась в Баку”",
    "Мне было почти 19 лет советские войска вошли в Баку",
    "В свои 19 лет солдат вошёл в Баку",
    "Ей было всего 18 лет солдаты ворвались в Баку",
]


@pytest.mark.parametrize(("text", "number"), STATED)
def test_count_before_the_entry_is_stated(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None
    assert found.number == number


@pytest.mark.parametrize("text", NONE)
def test_count_before_another_clause_is_none(text: str) -> None:
    assert stated_anniversary(text) is None


def test_undated_page_year_follows() -> None:
    assert infer_year(None, "29 лет советские войска захватили Баку\n\nВ Баку прошли траурные мероприятия.") == 2019
