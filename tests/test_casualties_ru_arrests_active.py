"""Russian arrests stated with the active verb before the number ("войска задержали 841 человека", "арестовали
более 800 человек") as well as the passive forms read before, and a count of things held ("задержали 12
грузовиков") that is no one's arrest. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier) for c in extract_casualties(text)]


ACTIVE: list[tuple[str, list[Row]]] = [
    ("Той ночью войска задержали 841 человека.", [("arrested", 841, "exact")]),
    ("В течение недели военные арестовали более 800 человек.", [("arrested", 800, "at_least")]),
    ("Комендатура задержала свыше 800 жителей столицы.", [("arrested", 800, "at_least")]),
    ("Армия арестовала 841 человека, многих из них избили.", [("arrested", 841, "exact")]),
    ("Задержали около 800 бакинцев.", [("arrested", 800, "approx")]),
    ("Солдаты задержали 841 человека и ранили 744.", [("arrested", 841, "exact"), ("injured", 744, "exact")]),
]

PASSIVE: list[tuple[str, list[Row]]] = [
    ("В городе были задержаны 841 человек.", [("arrested", 841, "exact")]),
    ("Всего задержано свыше 800 человек.", [("arrested", 800, "at_least")]),
    ("Более 800 человек были арестованы.", [("arrested", 800, "at_least")]),
]

THINGS: list[str] = [
    "На въезде в город патруль задержал 12 грузовиков.",
    "Полиция задержала 5 машин с беженцами.",
    "Рейс задержали на 3 часа.",
    "Его арестовали 5 лет спустя.",
    "Его задержали 20 января 1990 года.",
]


@pytest.mark.parametrize(("text", "expected"), ACTIVE + PASSIVE)
def test_arrests_are_read(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", THINGS)
def test_things_held_are_no_arrests(text: str) -> None:
    assert rows(text) == []
