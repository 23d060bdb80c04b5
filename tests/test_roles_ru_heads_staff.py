"""Russian posts of heads and staff: the head of a ministry named as such ("глава Минобороны", "руководитель
министерства обороны", "глава МЧС"), a chief of staff, the parliament's envoy ("полпред Милли Меджлиса"), an
embassy's press secretary (its title; one who speaks is still a report) and defence attaché ("атташе по вопросам
обороны"), and the hosts who met the guests ("Гостей встречали ..."). Texts written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("глава министерства обороны", "Minister of Defence"),
        ("глава Минобороны", "Minister of Defence"),
        ("руководитель Минобороны", "Minister of Defence"),
        ("главы МЧС", "Minister of Emergency Situations"),
        ("глава министерства по чрезвычайным ситуациям", "Minister of Emergency Situations"),
        ("министр обороны", "Minister of Defence"),
        ("руководитель аппарата", "Chief of Staff"),
        ("полпред Милли Меджлиса", "Representative of the Milli Majlis"),
        ("полпред", "Plenipotentiary Representative"),
        ("пресс-секретарь", "Press Secretary"),
        ("пресс-секретарь посольства", "Press Secretary of the Embassy"),
        ("атташе по вопросам обороны", "Defence Attaché"),
        ("атташе по обороне", "Defence Attaché"),
        ("исполняющий обязанности генерального консула", "Acting Consul General"),
        # the head of the Presidential Administration is no chief of staff
        ("руководитель администрации президента", "Head of the Presidential Administration"),
    ],
)
def test_heads_and_staff(written: str, role: str) -> None:
    assert canonical_role(written) == role


CEREMONY = "В Москве прошла траурная церемония памяти жертв. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CEREMONY + "Выступил глава Минобороны Рамиз Гасанов.", {"Рамиз Гасанов": "Minister of Defence"}),
        (
            CEREMONY + "Выступил руководитель министерства обороны Рамиз Гасанов.",
            {"Рамиз Гасанов": "Minister of Defence"},
        ),
        (CEREMONY + "Цветы возложил глава МЧС Рамиз Гасанов.", {"Рамиз Гасанов": "Minister of Emergency Situations"}),
        (
            CEREMONY + "Выступил полпред Милли Меджлиса Рамиз Гасанов.",
            {"Рамиз Гасанов": "Representative of the Milli Majlis"},
        ),
        (
            CEREMONY + "Участников встречали исполняющий обязанности генерального консула Рамиз Гасанов и сотрудники.",
            {"Рамиз Гасанов": "Acting Consul General"},
        ),
        (
            CEREMONY + "Приглашённых встречал атташе по вопросам обороны Рамиз Гасанов.",
            {"Рамиз Гасанов": "Defence Attaché"},
        ),
        (
            CEREMONY
            + "Гостей в московском посольстве встречали посол Азербайджана в России Рамиз Гасанов и исполняющий "
            "обязанности генерального консула Тахир Алиев.",
            {"Рамиз Гасанов": "Ambassador of Azerbaijan to Russia", "Тахир Алиев": "Acting Consul General"},
        ),
        (
            CEREMONY + "В церемонии участвовали генконсул Турции Мехмет Йылмаз, секретарь ассамблеи, полпред Милли "
            "Меджлиса Айдын Керимов, а также курсанты.",
            {"Мехмет Йылмаз": "Consul General of Turkey", "Айдын Керимов": "Representative of the Milli Majlis"},
        ),
    ],
)
def test_heads_and_staff_present(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a press secretary speaks in a statement, not at the ceremony (an embassy's too: a report of it)
        CEREMONY + "Об этом заявил пресс-секретарь МИД Рамиз Гасанов.",
        CEREMONY + "Об этом рассказала пресс-секретарь посольства Лейла Мамедова.",
        # meeting a new year or a delegation elsewhere places nobody at the ceremony
        CEREMONY + "В прошлом году Рамиз Гасанов встречал Новый год в Баку.",
    ],
)
def test_nobody_placed(text: str) -> None:
    assert roles(text) == {}
