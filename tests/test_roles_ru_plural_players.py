"""Russian players named after their occupation in the plural, in the genitive before a list ("в исполнении
таристов A и B", "кеманчистов A, B", "пианистов A и B"): each has the occupation in the singular. The words are
`[roles] heads`, `[attendees] plural_titles` and the rows of `[roles.patterns]` in ru.toml. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

RU = "В музее прошёл вечер памяти жертв 20 Января.\n"


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(RU + text)}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Траурные мугамы прозвучали в исполнении кеманчистов Джейхуна Аббасова и Вугара Мамедли.", "Musician"),
        ("В исполнении музыкантов Джейхуна Аббасова, Вугара Мамедли прозвучали народные мелодии.", "Musician"),
        ("Реквием прозвучал в исполнении пианистов Джейхуна Аббасова и Вугара Мамедли.", "Pianist"),
        ("Песни о родине прозвучали в исполнении певцов Джейхуна Аббасова и Вугара Мамедли.", "Singer"),
        ("Элегию сыграли в исполнении скрипачей Джейхуна Аббасова, Вугара Мамедли.", "Violinist"),
    ],
)
def test_each_player_of_a_plural_occupation(text: str, role: str) -> None:
    assert roles(text) == {"Джейхуна Аббасова": role, "Вугара Мамедли": role}


def test_a_kamancha_player_after_a_tar_player() -> None:
    text = "Мугам прозвучал в исполнении тариста Джейхуна Аббасова и кеманчиста Вугара Мамедли."
    assert roles(text) == {"Джейхуна Аббасова": "Musician", "Вугара Мамедли": "Musician"}
