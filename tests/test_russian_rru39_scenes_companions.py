"""Russian reports of a commemoration abroad or at the graves: a sentence that opens in a capital abroad places who
laid flowers or honoured the dead there ("В Тбилиси венок к памятнику возложил председатель X"), not the story of
1990 told of that city ("В Москве Гейдар Алиев пришел в постпредство"); the town after "в" before a post in lower
case is the scene's, no part of the title; a titled subject after a word of the dead is no object of it ("На Аллее
шехидов посол X возложил цветы"); and a sentence that opens with companions ("Совместно с послом X") places the
subject after its verb as well. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "В посольстве прошел вечер памяти жертв 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Тбилиси венок к памятнику возложил председатель Конгресса Тофик Бабаев.",
            [("Тофик Бабаев", "Chairman of the Congress")],
        ),
        ("В Киеве цветы возложила депутат Севиль Керимова.", [("Севиль Керимова", "Member of Parliament")]),
        ("В Москве память шехидов почтил посол Рахман Мустафаев.", [("Рахман Мустафаев", "Ambassador")]),
        (
            "В Берлине посол Нурлан Гасымов и студенты почтили память жертв минутой молчания.",
            [("Нурлан Гасымов", "Ambassador")],
        ),
        ("В Лондоне в мероприятии участвовал профессор Ариф Рзаев.", [("Ариф Рзаев", "Professor")]),
    ],
)
def test_an_act_of_memory_in_a_capital_abroad(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "В Москве на следующий день Гейдар Алиев пришел в постпредство и выступил с заявлением.",
        "В Москве Гейдар Алиев вместе с семьей пришел в постпредство.",
        "В Москве 22 января Гейдар Алиев выступил с заявлением в постпредстве.",
    ],
)
def test_the_story_of_1990_in_a_capital_places_nobody(text: str) -> None:
    assert names(EVENT + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вчера в Москве председатель Конгресса Тофик Бабаев возложил цветы.",
            ("Тофик Бабаев", "Chairman of the Congress"),
        ),
        ("20 января в Киеве посол Эйнулла Рзаев возложил цветы к памятнику.", ("Эйнулла Рзаев", "Ambassador")),
        (
            "В Тбилиси директор музея Лейла Гасанова возложила цветы к памятнику.",
            ("Лейла Гасанова", "Director of the Museum"),
        ),
    ],
)
def test_the_town_of_the_scene_is_no_part_of_the_title(text: str, expected: tuple[str, str]) -> None:
    assert people(EVENT + text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На Аллее шехидов посол Рахман Мустафаев возложил цветы.", ["Рахман Мустафаев"]),
        ("К могилам шехидов посол Фаиг Гулиев возложил венок.", ["Фаиг Гулиев"]),
        (
            "На Аллее шехидов председатель общины Тофик Бабаев и депутат Севиль Керимова возложили цветы.",
            ["Тофик Бабаев", "Севиль Керимова"],
        ),
    ],
)
def test_a_titled_subject_after_a_word_of_the_dead(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_dead_one_before_the_verb_is_still_no_subject() -> None:
    text = EVENT + "От имени семьи шехида Рахмана Мустафаева выступил его брат Тогрул Мустафаев."
    assert names(text) == ["Тогрул Мустафаев"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Совместно с послом Фаигом Гулиевым цветы к памятнику возложил председатель общины Тофик Бабаев.",
            ["Фаигом Гулиевым", "Тофик Бабаев"],
        ),
        (
            "Вместе с послом Фаигом Гулиевым венок возложил председатель Конгресса Тофик Бабаев.",
            ["Фаигом Гулиевым", "Тофик Бабаев"],
        ),
        (
            "Совместно с генеральным консулом Анаром Рзаевым память шехидов почтили депутат Севиль Керимова и "
            "профессор Ариф Рзаев.",
            ["Анаром Рзаевым", "Севиль Керимова", "Ариф Рзаев"],
        ),
        (
            "Вместе с послом Фаигом Гулиевым председатель общины Тофик Бабаев возложил цветы.",
            ["Фаигом Гулиевым", "Тофик Бабаев"],
        ),
        (
            "Совместно с послом Фаигом Гулиевым цветы к могиле поэта Самеда Вургуна возложил председатель общины "
            "Тофик Бабаев.",
            ["Фаигом Гулиевым", "Тофик Бабаев"],
        ),
    ],
)
def test_the_subject_after_the_verb_of_a_sentence_opened_by_companions(text: str, expected: list[str]) -> None:
    assert names(text) == expected
