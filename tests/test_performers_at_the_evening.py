"""Performers at a commemoration evening are present: English "a concert program(me) by X" (the concert part of the
event; a concert alone is still another event), Azerbaijani "X-in ifasında mahnılar səsləndi", Russian performers'
titles ("в исполнении пианистки X", "выступления таристов A и B"). Texts written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import roles

EN = "A commemoration of the victims of 20 January took place at the embassy in Oslo. "
AZ = "Oslo şəhərində 20 Yanvar faciəsinin qurbanlarının xatirəsinə anım gecəsi keçirilib. "
RU = "В Осло прошел вечер памяти жертв трагедии 20 января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The evening closed with a concert program by pianist Nigar Valiyeva.", {"Nigar Valiyeva": "Pianist"}),
        (
            EN + "A concert programme by singers Nigar Valiyeva and Samir Huseynov followed the speeches.",
            {"Nigar Valiyeva": "Singer", "Samir Huseynov": "Singer"},
        ),
        (EN + "Samir Huseynov performed songs about Baku.", {"Samir Huseynov": None}),
        (AZ + "Sonra Nigar Vəliyevanın ifasında mahnılar səsləndi.", {"Nigar Vəliyeva": None}),
        (AZ + "Gecədə xanəndə Samir Hüseynovun ifasında muğam səsləndirildi.", {"Samir Hüseynov": None}),
        (
            RU + "В исполнении скрипачки Нигяр Велиевой прозвучали пьесы азербайджанских композиторов.",
            {"Нигяр Велиевой": "Violinist"},
        ),
        (
            RU + "Вечер украсили выступления таристов Самира Гусейнова и Рамина Алиева.",
            {"Самира Гусейнова": "Musician", "Рамина Алиева": "Musician"},
        ),
        (RU + "Затем выступила певица Нигяр Велиева.", {"Нигяр Велиева": "Singer"}),
    ],
)
def test_performers_are_present(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a concert of its own, past or to come, and a recording listened to
        EN + "Last spring Nigar Valiyeva gave a concert in Rome.",
        EN + "Nigar Valiyeva will give a concert program by Chopin in Bergen next month.",
        EN + "In 1990 a concert program by Nigar Valiyeva was cancelled.",
        AZ + "Qonaqlar Nigar Vəliyevanın ifasında mahnını dinlədilər.",
        AZ + "Sonra Nigar Vəliyevanın ifasında mahnının lent yazısı səsləndirildi.",
        AZ + "Samir Hüseynovun ifasında marşın video yazısı səsləndirilib.",
    ],
)
def test_other_concerts_place_nobody(text: str) -> None:
    assert roles(text) == {}
