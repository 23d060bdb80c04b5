"""Small rows (issue #16): a Turkish "konuştu" at the event, a Russian participle opener ("Выступившие A и B …"),
and a school's director in its other spellings. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people

TR = "Ankara'da 20 Ocak anma töreni yapıldı. "


@pytest.mark.parametrize(
    "text",
    [
        TR + "Törende Vali Selim Aydın ve Başkan Murat Koç konuştu.",
        TR + "Törende Vali Selim Aydın ve Başkan Murat Koç konuştular.",
        TR + "Törende Vali Selim Aydın ile Başkan Murat Koç konuşmuştur.",
    ],
)
def test_turkish_spoke_at_the_event(text: str) -> None:
    assert [m for m, _ in people(text)] == ["Selim Aydın", "Murat Koç"]


@pytest.mark.parametrize(
    "text",
    [
        TR + "Törende Vali Selim Aydın telefonda konuştu.",
        TR + "Törenden sonra Vali Selim Aydın basına konuştu.",
        TR + "Törende Vali Selim Aydın, Başkan Murat Koç ile konuştu.",
        TR + "Törende Vali Selim Aydın, Başkan Murat Koç'la konuştu.",
        TR + "Törende Vali Selim Aydın ve Başkan Murat Koç konuşacak.",
    ],
)
def test_turkish_talked_elsewhere_or_later_places_nobody(text: str) -> None:
    assert people(text) == []


RU = "В Берлине прошла церемония памяти жертв 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            RU + "Выступившие Олег Смирнов и Нина Орлова напомнили гостям о той ночи.",
            [("Олег Смирнов", None), ("Нина Орлова", None)],
        ),
        (RU + "Выступившая Нина Орлова рассказала о погибших.", [("Нина Орлова", None)]),
        (RU + "Выступивший на церемонии посол Олег Смирнов отметил значение даты.", [("Олег Смирнов", "Ambassador")]),
    ],
)
def test_russian_participle_opener_places_the_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        RU + "Выступивший против ввода войск Олег Смирнов был арестован в 1990 году.",
        RU + "Выступившие за независимость Олег Смирнов и Нина Орлова погибли той ночью.",
        "В журнале вышла статья. Выступившие Олег Смирнов и Нина Орлова напомнили о трагедии.",
    ],
)
def test_russian_participle_without_the_event_places_nobody(text: str) -> None:
    assert people(text) == []


EN = "A remembrance evening took place in Vilnius. "


@pytest.mark.parametrize(
    "text",
    [
        RU + "Выступил директор лицея Олег Смирнов.",
        RU + "Выступила директор средней школы Нина Орлова.",
        RU + "Выступила директор гимназии Нина Орлова.",
        EN + "The director of the school, Clara Booth, spoke at the ceremony.",
        EN + "Clara Booth, the director of the local school, spoke at the ceremony.",
        EN + "The school's principal Clara Booth spoke at the ceremony.",
    ],
)
def test_a_school_director_in_other_words(text: str) -> None:
    assert [r for _, r in people(text)] == ["School Director"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (RU + "Выступил директор музея Олег Смирнов.", "Director of the Museum"),
        (EN + "The head of the department, Clara Booth, spoke at the ceremony.", "Head of Department"),
    ],
)
def test_a_director_of_something_else_is_no_school_director(text: str, role: str) -> None:
    assert [r for _, r in people(text)] == [role]
