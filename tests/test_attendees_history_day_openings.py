"""A sentence that opens with a time of 1990 named by its day, night or month tells history and places nobody at
the commemoration: "В тот день 1990 года X возложил цветы", "1990-cı ilin həmin günü X …", "1990 yılının o gününde
X …", "That night of January 1990, X …". Not a day of another year, a day of the report ("В тот день посол X …"),
the victims of 1990 ("В день памяти жертв 1990 года посол X"), nor those who died that day ("1990 yılının o gecesi
şehit olanların anısına …"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


HISTORY = [
    "В тот день 1990 года Ариф Гасанов возложил цветы к памятнику.",
    "В тот январский день 1990 года Ариф Гасанов пришёл на площадь.",
    "Той ночью 1990 года Ариф Гасанов вышел на улицы.",
    "В ночь с 19 на 20 января 1990 года Ариф Гасанов вышел на улицы.",
    "Тогда, в январе 1990 года, Ариф Гасанов возложил цветы.",
    "В тот день, 20 января 1990 года, Ариф Гасанов возложил цветы.",
    "1990-cı ilin həmin günü Arif Həsənov Şəhidlər xiyabanını ziyarət edib.",
    "1990 yılının 20 Ocak gecesinde Arif Hasanov Şehitler Hıyabanı'nı ziyaret etti.",
    "On that day in 1990 Arif Hasanov laid flowers at the square.",
    "On that day of 1990, Ambassador Arif Hasanov laid flowers at the square.",
    "That night of January 1990, Arif Hasanov laid flowers at the square.",
    "1990-cı ilin 20 yanvarında Arif Həsənov Şəhidlər xiyabanını ziyarət edib.",
    "1990-cı il yanvarın 20-si gecəsi Arif Həsənov meydanı ziyarət edib.",
    "1990 yılının Ocak ayında Arif Hasanov Şehitler Hıyabanı'nı ziyaret etti.",
    "20 Ocak 1990 gecesi Arif Hasanov Şehitler Hıyabanı'nı ziyaret etti.",
]


@pytest.mark.parametrize("text", HISTORY)
def test_a_day_of_1990_opening_the_sentence_places_nobody(text: str) -> None:
    assert names(text) == []


PRESENT = [
    ("В этот день посол Ариф Гасанов возложил цветы к памятнику.", ["Ариф Гасанов"]),
    ("20 января 2024 года посол Ариф Гасанов возложил цветы.", ["Ариф Гасанов"]),
    ("В день памяти жертв 1990 года посол Ариф Гасанов возложил цветы.", ["Ариф Гасанов"]),
    ("Посол Ариф Гасанов возложил цветы к памятнику жертвам трагедии 1990 года.", ["Ариф Гасанов"]),
    (
        "1990-cı ilin həmin gecəsi şəhid olanların xatirəsini anmaq üçün səfir Arif Həsənov Şəhidlər xiyabanını "
        "ziyarət edib.",
        ["Arif Həsənov"],
    ),
    (
        "1990 yılının o gecesi şehit olanların anısına Büyükelçi Arif Hasanov Şehitler Hıyabanı'nı ziyaret etti.",
        ["Arif Hasanov"],
    ),
    ("Ambassador Arif Hasanov laid flowers in memory of those killed in 1990.", ["Arif Hasanov"]),
    (
        "Ambassador Arif Hasanov laid flowers in memory of those killed on the night of January 1990.",
        ["Arif Hasanov"],
    ),
    ("A memorial evening was held. Professor Arif Hasanov spoke about the days of January 1990.", ["Arif Hasanov"]),
    ("On the anniversary day of the tragedy, Ambassador Arif Hasanov laid flowers at the monument.", ["Arif Hasanov"]),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT)
def test_the_day_of_the_report_or_the_dead_of_1990_still_place_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected
