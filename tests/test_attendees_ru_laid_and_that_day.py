"""Russian reports of laying flowers with "положил" as well as "возложил" ("Посол X положил цветы к мемориальной
доске", "Гвоздики к памятнику положили студенты и профессор Y"), and a subject that holds "в этот день", "в тот же
день" before its verb ("Посол X в тот же день посетил Аллею шехидов"). Not placed: one who laid a book, one whose bust
it is. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people

TITLE = "Память шехидов\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TITLE + "В посольстве прошел вечер памяти. Посол Ариф Мамедов положил цветы к мемориальной доске и к "
            "бюсту общенационального лидера Гейдара Алиева.",
            [("Ариф Мамедов", "Ambassador")],
        ),
        (TITLE + "Гвоздики к памятнику положили студенты и профессор Ариф Мамедов.", [("Ариф Мамедов", "Professor")]),
        (
            TITLE + "Посол Норвегии Ула Хансен в тот же день посетил Аллею шехидов.",
            [("Ула Хансен", "Ambassador of Norway")],
        ),
        (
            TITLE + "Посол Норвегии Ула Хансен тоже в этот день посетил Аллею шехидов и положил цветы к могилам.",
            [("Ула Хансен", "Ambassador of Norway")],
        ),
    ],
)
def test_placed(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_a_book_laid_places_no_one() -> None:
    assert people(TITLE + "Этот день Ариф Мамедов помнит всю жизнь: он положил книгу на стол.") == []
