"""Who a Russian report of a commemoration names and does not place there (issue 16, Russian attendees and roles):
people quoted from an interview, a talk with a correspondent or a statement; the dead whose graves are visited, even
with a word of the dead between ("могилы шехидов A и B"); the victims listed; leaders remembered. And, beside them,
the one who was there. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

EVENT = "В посольстве прошел вечер памяти жертв трагедии 20 Января. "


def names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(EVENT + text)]


@pytest.mark.parametrize(
    "text",
    [
        # quoted from an interview, a talk or a statement
        "В интервью агентству председатель общины Фуад Керимов рассказал, что вечер собрал много гостей.",
        "В беседе с корреспондентом посол Тимур Гасанов отметил, что память о шехидах жива.",
        "Посол Тимур Гасанов рассказал корреспонденту агентства, что вечер прошел достойно.",
        "Как рассказал журналистам председатель общины Фуад Керимов, гостей было много.",
        "«Мы помним каждого», — сказал в интервью депутат Госдумы Олег Смирнов.",
        "Об этом говорится в заявлении председателя Общины азербайджанцев Самары Эльчина Мамедова.",
        "По словам очевидца тех событий Арифа Мамедова, танки вошли в город ночью.",
        # remembered at a grave
        "Участники посетили могилы шехидов Ильгара Гасанова и Фариза Алиева.",
        "Участники возложили цветы к могиле погибшего Ильгара Гасанова.",
        "Участники церемонии возложили цветы к могиле Ильгара Гасанова и почтили память Веры Бессоновой.",
        # listed as victims
        "Среди погибших были студент Ильгар Гасанов, врач Александр Мархевка и школьница Лариса Мамедова.",
        "Жертвами той ночи стали Ильгар Гасанов, Фариз Алиев и Вера Бессонова.",
        "На вечере вспоминали шехидов Ильгара Гасанова и Фариза Алиева.",
        # a leader quoted
        "Посол процитировал слова общенационального лидера Гейдара Алиева.",
    ],
)
def test_named_but_not_there(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who was there beside the dead and the quoted
        ("Посол Тимур Гасанов посетил могилы шехидов Ильгара Гасанова и Фариза Алиева.", ["Тимур Гасанов"]),
        ("Студентка Лала Керимова прочитала стихи, посвященные погибшему Ильгару Гасанову.", ["Лала Керимова"]),
        # a correspondent who speaks at the event is there (a correspondent's word is no interview)
        ("Затем выступил корреспондент газеты «Бакинский рабочий» Рамиз Алиев.", ["Рамиз Алиев"]),
    ],
)
def test_there_beside_those_named(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_night_of_the_dead_a_participle_names_is_no_history() -> None:
    # (a sentence of that night tells history; the night a dead man's participle names does not make it so)
    assert names("Посол Тимур Гасанов возложил цветы к могиле Ильгара Гасанова, погибшего в ту ночь.") == [
        "Тимур Гасанов"
    ]
    assert names("Он рассказал, как в ту ночь Ильгар Гасанов пришел на площадь.") == []
