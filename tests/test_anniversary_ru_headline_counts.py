"""A Russian headline that states the count as "N лет <clause>" with no "назад" or "с тех пор": "29 лет, как
советские войска вошли в Баку" (anchored: only beside the event or the troops' entry into Baku), "Черному январю —
30 лет" (the event's name in the dative); the year of an undated page follows from it."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import infer_year, stated_anniversary

STATED = [
    ("31 год, как советские войска вошли в Баку", 31),
    ("Двадцать девять лет, как советская армия вошла в Баку\n\nВ ту ночь погибли люди.", 29),
    ("Уже 32 года, как войска ворвались в Баку. Мы помним.", 32),
    ("34 года, как танки вошли в Баку", 34),
    ("Кровавому январю — 33 года\n\nВ Баку почтили память шехидов.", 33),
    ("Черному Январю 35 лет", 35),
    ("Январской трагедии – 36 лет", 36),
    ("Трагедии 20 Января - 28 лет", 28),
    ("20 января — 27 лет", 27),
    ("Черный январь — 34 года", 34),
    ("Черный январь: 36 лет", 36),
    # already read: "со дня трагедии"
    ("Тридцать лет со дня трагедии", 30),
]

NONE = [
    # not counted from the event: another clause, or no event named
    "30 лет, как он работает в Баку.",
    "25 лет, как открылась школа.",
    "Ему было 30 лет, когда советские войска вошли в Баку.",
    # a year, not a count
    "Жертвы январской трагедии 90 года.",
    "События 20 января 90 года.",
    "Черного января 90 года никто не забыл.",
    "Черный январь 90 года.",
]


@pytest.mark.parametrize(("text", "number"), STATED)
def test_headline_count_states_the_anniversary(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize("text", NONE)
def test_no_anniversary(text: str) -> None:
    assert stated_anniversary(text) is None


def test_undated_page_takes_its_year_from_the_headline() -> None:
    assert infer_year(None, "29 лет, как советские войска вошли в Баку\n\nВ Баку прошли траурные мероприятия.") == 2019
    assert infer_year(None, "Черному январю — 30 лет\n\nЛюди идут на Аллею шехидов.") == 2020
