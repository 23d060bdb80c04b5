"""A school's director has one canonical role in every language ("School Director"): "директор школы",
"məktəbin direktoru", "okul müdürü", "school director". A director of anything else keeps its own. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def roles(text: str) -> list[str | None]:
    return [a.role for a in extract_attendees(text)]


@pytest.mark.parametrize(
    "text",
    [
        "В Киеве прошел вечер памяти жертв 20 Января. Выступил директор школы Рамиз Кулиев.",
        "В Киеве прошел вечер памяти жертв 20 Января. Выступили Рамиз Кулиев (директор школы) и Севиль Мамедова.",
        "Bakıda anım mərasimi keçirildi. Məktəbin direktoru Anar Quliyev çıxış etdi.",
        "İzmir'de anma töreni düzenlendi. Törende okul müdürü Kemal Yıldız bir konuşma yaptı.",
        "A memorial evening was held in Kyiv. School director Martin Hale spoke at the ceremony.",
    ],
)
def test_a_school_director_is_one_role(text: str) -> None:
    assert roles(text)[0] == "School Director"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "В Киеве прошел вечер памяти жертв 20 Января. Выступил директор музея Рамиз Кулиев.",
            "Director of the Museum",
        ),
        ("В Киеве прошел вечер памяти жертв 20 Января. Выступил директор Рамиз Кулиев.", "Director"),
        ("İzmir'de anma töreni düzenlendi. Törende yüksekokul müdürü Kemal Yıldız bir konuşma yaptı.", "Director"),
    ],
)
def test_other_directors_keep_their_own_role(text: str, role: str) -> None:
    assert roles(text) == [role]
