"""A list of speakers that runs through a post in brackets after one of them ("выступили A (директор школы) и B"): the
people after the bracket are found too, in every language; what follows a bracket but is no further name is not.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

_RU = "В Киеве прошел вечер памяти жертв 20 Января. "


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


@pytest.mark.parametrize(
    "text",
    [
        _RU + "Выступили Рамиз Кулиев (директор школы) и Севиль Мамедова.",
        _RU + "Затем выступили Рамиз Кулиев (директор школы) и Севиль Мамедова.",
        _RU + "На мероприятии выступили Рамиз Кулиев (директор школы) и Севиль Мамедова.",
    ],
)
def test_russian_list_after_the_verb_goes_on_past_the_bracket(text: str) -> None:
    assert found(text) == [("Рамиз Кулиев", "School Director"), ("Севиль Мамедова", None)]


def test_russian_list_of_three_with_two_bracketed_posts() -> None:
    text = _RU + "Выступили Рамиз Кулиев (историк), Севиль Мамедова (директор школы) и Анар Гусейнов."
    assert [name for name, _ in found(text)] == ["Рамиз Кулиев", "Севиль Мамедова", "Анар Гусейнов"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bakıda anım mərasimi keçirildi. Anar Quliyev (tarix müəllimi) və Səbinə Məmmədova çıxış ediblər.",
            ["Anar Quliyev", "Səbinə Məmmədova"],
        ),
        (
            "İzmir'de anma töreni düzenlendi. Törende Kemal Yıldız (öğretmen) ve Ayşe Demir birer konuşma yaptı.",
            ["Kemal Yıldız", "Ayşe Demir"],
        ),
        (
            "A memorial evening was held in Kyiv. Speakers included Martin Hale (teacher) and Olga Berg.",
            ["Martin Hale", "Olga Berg"],
        ),
    ],
)
def test_other_languages_keep_both(text: str, expected: list[str]) -> None:
    assert [name for name, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the verb goes on after the bracket: the one thanked did not speak
        _RU + "Выступил Рамиз Кулиев (директор школы) и поблагодарил Севиль Мамедову.",
        # a group, not a name, after the bracket
        _RU + "Выступили Рамиз Кулиев (директор школы) и ученики лицея.",
        # the sentence ends with the bracket
        _RU + "Выступил Рамиз Кулиев (директор школы). Севиль Мамедова не смогла приехать.",
    ],
)
def test_nobody_past_the_bracket_but_a_listed_name(text: str) -> None:
    assert found(text) == [("Рамиз Кулиев", "School Director")]


_EN = "A memorial evening was held in Kyiv. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_EN + "Martin Hale (a teacher) and Olga Berg spoke at the ceremony.", ["Martin Hale", "Olga Berg"]),
        (
            _EN + "Martin Hale (teacher), Anna Roe (historian) and Olga Berg spoke at the ceremony.",
            ["Martin Hale", "Anna Roe", "Olga Berg"],
        ),
        (
            _RU + "Рамиз Кулиев (директор школы) и Севиль Мамедова возложили цветы к памятнику.",
            ["Рамиз Кулиев", "Севиль Мамедова"],
        ),
    ],
)
def test_list_before_the_verb_goes_back_past_the_bracket(text: str, expected: list[str]) -> None:
    assert [name for name, _ in found(text)] == expected


def test_the_object_of_another_verb_before_the_bracket_is_not_a_speaker() -> None:
    assert [
        name for name, _ in found(_EN + "He thanked Martin Hale (a teacher) and Olga Berg spoke at the ceremony.")
    ] == ["Olga Berg"]
