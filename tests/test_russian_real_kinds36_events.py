"""Russian reports of a commemoration held at a mission, a school or a society, or by one: the anniversary marked
there ("В посольстве отметили 36-ю годовщину трагедии"), the dead honoured there or by it ("В генконсульстве почтили
память шехидов", "Посольство почтило память жертв") is an event, so who spoke after it, in that paragraph or the next,
was there; and the words of a talk told by what it did ("говорил о", "вспомнила", "коснулся темы", "остановилась на").
Not a nation's or a town's commemoration, nor a post in social networks, nor words of another time. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import roles

MARKED = [
    "В посольстве Азербайджана в Грузии почтили память шехидов 20 Января.",
    "В посольстве Азербайджана в Казахстане отметили 36-ю годовщину трагедии 20 Января.",
    "Посольство Азербайджана в Мексике почтило память жертв трагедии 20 Января.",
    "В генеральном консульстве Азербайджана в Батуми почтили память жертв Черного января.",
    "В Бакинском государственном университете почтили память погибших 20 января 1990 года студентов.",
    "Общество азербайджанцев Латвии отметило 35-ю годовщину январской трагедии.",
    "В здании посольства Азербайджана во Франции скромно отметили очередную годовщину трагедии 20 Января.",
    # an exhibition opened or held there is an event too
    "В посольстве Азербайджана в Грузии открылась фотовыставка, посвященная трагедии 20 Января.",
    "В генконсульстве была организована выставка, посвященная 36-й годовщине трагедии 20 Января.",
]

HELD = "В посольстве прошло мероприятие, посвященное 20 Января."

SPEAKERS = [
    ("Профессор Тамаз Гогия рассказал о событиях той ночи.", {"Тамаз Гогия": "Professor"}),
    ("Историк Рауф Алиев напомнил о событиях той ночи.", {"Рауф Алиев": "Historian"}),
    ("Доцент Лейла Ахмедова говорила о значении этой даты.", {"Лейла Ахмедова": "Associate Professor"}),
]


@pytest.mark.parametrize("marked", MARKED)
@pytest.mark.parametrize(("said", "expected"), SPEAKERS)
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_commemoration_at_a_body_is_an_event(marked: str, said: str, expected: dict[str, str], between: str) -> None:
    assert roles(marked + between + said) == expected


@pytest.mark.parametrize(
    "text",
    [
        HELD + " Доцент Лейла Ахмедова вспомнила о событиях той ночи.",
        HELD + " Доцент Лейла Ахмедова коснулась темы справедливости.",
        HELD + " Доцент Лейла Ахмедова остановилась на итогах расследования.",
        HELD + " Доцент Лейла Ахмедова высоко оценила мужество народа.",
        HELD + "\n\nДоцент Лейла Ахмедова говорила о значении этой даты.",
    ],
)
def test_the_words_of_a_talk(text: str) -> None:
    assert roles(text) == {"Лейла Ахмедова": "Associate Professor"}


@pytest.mark.parametrize(
    "text",
    [
        # a nation's or a town's commemoration is no event held
        "В Грузии почтили память шехидов 20 Января. Профессор Тамаз Гогия рассказал о событиях той ночи.",
        "В Азербайджане отметили 36-ю годовщину трагедии 20 Января. Историк Рауф Алиев напомнил о событиях той ночи.",
        "Азербайджан отмечает годовщину трагедии 20 Января. Историк Рауф Алиев напомнил о событиях той ночи.",
        # a post of the mission's, no event
        "Посольство Азербайджана в Мексике почтило память жертв трагедии в социальных сетях. Посол Рауф Алиев "
        "напомнил о событиях той ночи.",
        "Посольство почтило память жертв публикацией на своем сайте. Посол Рауф Алиев напомнил о событиях той ночи.",
        # words of another time, of a remembered leader, of a Soviet leader
        "В посольстве почтили память шехидов. Ранее профессор Тамаз Гогия говорил о значении этой даты.",
        "В посольстве почтили память шехидов. Общенациональный лидер Гейдар Алиев говорил, что это наша гордость.",
        "В посольстве почтили память шехидов. Горбачев говорил, что войска наведут порядок.",
        "В посольстве почтили память шехидов. В 1990 году академик Зия Буниятов осудил ввод войск.",
    ],
)
def test_nobody_is_placed(text: str) -> None:
    assert roles(text) == {}


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Об истории трагедии рассказал профессор Рауф Алиев.", {"Рауф Алиев": "Professor"}),
        ("Об истории трагедии рассказала доцент Лейла Ахмедова.", {"Лейла Ахмедова": "Associate Professor"}),
        (
            "Об итогах расследования рассказал научный сотрудник Института истории Фуад Насибов.",
            {"Фуад Насибов": "Research Fellow"},
        ),
        (
            "Затем слово было предоставлено сотруднице посольства Гюнай Ахмедовой.",
            {"Гюнай Ахмедовой": "Embassy Staff Member"},
        ),
        # the words of a source, not a speech at the event
        ("Об этом рассказал профессор Рауф Алиев.", {}),
        ("Обо всем этом рассказала доцент Лейла Ахмедова.", {}),
    ],
)
def test_a_talk_told_by_its_topic_first(said: str, expected: dict[str, str]) -> None:
    assert roles(HELD + " " + said) == expected
