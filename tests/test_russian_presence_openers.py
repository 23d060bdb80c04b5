"""Russian ways of saying who was at an event and spoke there, in several tenses and forms: the people after a verb
of being there and a colon, an event that opened with someone's speech or words (the speaker in the genitive after
it), someone who addressed those present; and the same words about another time or no event. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT = "В посольстве прошло памятное мероприятие, посвященное годовщине трагедии 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В мероприятии участвовали: посол Тимур Рзаев, депутат Верховной Рады Украины Олег Бондар, профессор "
            "Нина Ткач.",
            ["Тимур Рзаев", "Олег Бондар", "Нина Ткач"],
        ),
        ("Присутствовали: председатель общины Рауф Агаев и историк Ирина Соколова.", ["Рауф Агаев", "Ирина Соколова"]),
        ("На вечер были приглашены: журналист Анар Гасымлы, студентка Лала Мусаева.", ["Анар Гасымлы", "Лала Мусаева"]),
        ("Вечер начался с выступления посла Тимура Рзаева.", ["Тимура Рзаева"]),
        ("Мероприятие открылось вступительным словом председателя общины Рауфа Агаева.", ["Рауфа Агаева"]),
        (
            "Церемония началась с выступлений консула Самира Мамедова и профессора Ирины Соколовой.",
            ["Самира Мамедова", "Ирины Соколовой"],
        ),
        ("С приветственным словом к участникам обратился посол Тимур Рзаев.", ["Тимур Рзаев"]),
        ("Председатель общины Рауф Агаев обратился к собравшимся с речью.", ["Рауф Агаев"]),
        ("Затем к гостям обратилась профессор Нина Ткач.", ["Нина Ткач"]),
    ],
)
def test_present_and_speaking(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an address to the people at large in another year, no event of the report
        "В 1990 году Гейдар Алиев обратился к народу с заявлением.",
        # a rally of 1990 that opened with a speech, in a text that places no event
        "Митинг начался с выступления Этибара Мамедова.",
        # a colon after a verb of being there, with no names after it
        "Участвовали: представители диаспоры и студенты.",
    ],
)
def test_nobody_placed(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Модератором вечера была журналист Гюнай Алиева.", ["Гюнай Алиева"]),
        ("Ведущей мероприятия стала студентка Лейла Мамедова.", ["Лейла Мамедова"]),
        ("Информацию о событиях той ночи представил историк Тофик Ахмедов.", ["Тофик Ахмедов"]),
        ("О трагедии рассказал посол Тимур Рзаев.", ["Тимур Рзаев"]),
        ("Консул Эмиль Гасанов предоставил гостям подробную информацию о трагедии.", ["Эмиль Гасанов"]),
    ],
)
def test_ran_it_or_told_about_it(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # told in an interview, given to an agency: no event placed
        "О трагедии рассказал в интервью посол Тимур Рзаев.",
        "Посол Тимур Рзаев сообщил информацию агентству в 2019 году.",
    ],
)
def test_told_elsewhere(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "К траурной акции присоединились посол Турции Кемаль Озтюрк и мэр Тбилиси Гиви Абашидзе.",
            ["Кемаль Озтюрк", "Гиви Абашидзе"],
        ),
        ("Позднее к церемонии присоединилась депутат Севиль Гулиева.", ["Севиль Гулиева"]),
        ("Приветствуя гостей, консул Эмиль Гасанов поблагодарил их за память.", ["Эмиль Гасанов"]),
    ],
)
def test_joined_or_greeted(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


def test_joined_a_strike_in_1990() -> None:
    # joined a strike of that year, in a text that places no event
    assert names("В январе 1990 года к забастовке присоединился инженер Ариф Гасанов.") == []


def test_a_staff_body_in_capitals_is_no_name() -> None:
    text = (
        "В парке прошел митинг памяти. К акции присоединились начальник Генштаба Вооруженных сил Эрмек Садыков "
        "и посол Турции Кемаль Озтюрк."
    )
    assert names(text) == ["Эрмек Садыков", "Кемаль Озтюрк"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the namesake of a body or place, right after its noun in capitals, is no one present
        (
            "Затем выступила сотрудница представительства Фонда Гейдара Алиева в Москве Нигяр Алиева.",
            ["Нигяр Алиева"],
        ),
        ("Цветы к бюсту возложили работники Дворца Гейдара Алиева и посол Тимур Рзаев.", ["Тимур Рзаев"]),
        # a centre's people after its noun in capitals are present
        ("Затем выступили волонтеры Центра Айтен Керимова и Тофик Мусаев.", ["Айтен Керимова", "Тофик Мусаев"]),
        # a foundation's director, its noun in lower case: a person
        ("Затем выступил директор фонда Анар Алиев.", ["Анар Алиев"]),
    ],
)
def test_a_namesake_is_not_present(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected
