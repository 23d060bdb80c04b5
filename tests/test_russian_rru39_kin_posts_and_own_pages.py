"""Russian kin of a titled relative, and people placed by their own post on a social network. A kin word in the
nominative before a post in the genitive makes the name after it the kin's in the nominative, whose role is the kin
of that post ("Внук основателя фонда X": "Grandson of the Founder", not the Founder; a spouse's "Spouse"), and the
relative's in the genitive, who is not there ("Внук основателя фонда Тимура Алиева": the founder). One who wrote on
their own page or account that they visited or laid flowers ("написал на своей странице в Facebook, что посетил
Аллею шехидов") is there; whoever the clause after "что" names does it instead. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from ._helpers import names, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Внук основателя фонда Тимур Алиев возложил цветы к мемориалу.", ("Тимур Алиев", "Grandson of the Founder")),
        ("Аллею шехидов посетил внук основателя компании Рауф Мамедов.", ("Рауф Мамедов", "Grandson of the Founder")),
        ("Дочь посла Лейла Керимова возложила цветы к стенду.", ("Лейла Керимова", "Daughter of the Ambassador")),
        (
            "Сын министра культуры Али Алиев возложил венок к памятнику.",
            ("Али Алиев", "Son of the Minister of Culture"),
        ),
        ("Внук академика Рауф Мамедов почтил память шехидов.", ("Рауф Мамедов", "Grandson of the Academician")),
        ("Жена посла Севиль Гасанова возложила цветы к стенду.", ("Севиль Гасанова", "Spouse")),
    ],
)
def test_the_kin_of_a_post_has_the_kins_role(text: str, expected: tuple[str, str]) -> None:
    assert people(text) == [expected]


def test_the_kin_in_a_list_after_another() -> None:
    text = "На церемонии присутствовали посол Рахман Мустафаев и внук основателя фонда Тимур Алиев."
    assert people(text) == [("Рахман Мустафаев", "Ambassador"), ("Тимур Алиев", "Grandson of the Founder")]


@pytest.mark.parametrize(
    "text",
    [
        "Внук основателя фонда Тимура Алиева возложил цветы к мемориалу.",
        "Дочь посла Анны Петровой возложила цветы к стенду.",
        "Сын министра культуры Абульфаса Гараева возложил венок к памятнику.",
    ],
)
def test_the_relative_named_in_the_genitive_is_not_there(text: str) -> None:
    assert names(text) == []


def test_a_kin_of_the_dead_is_as_before() -> None:
    assert people("Мать шехида Сабина Керимова возложила цветы к стенду.") == [("Сабина Керимова", None)]
    assert names("Отец шехида Фикрета Гасанова возложил цветы к стенду.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Посол Великобритании Фергюс Олд написал на своей странице в Facebook, что посетил Аллею шехидов.",
            ["Фергюс Олд"],
        ),
        (
            "Депутат Севиндж Фаталиева сообщила в своем аккаунте в Instagram, что возложила цветы к могилам шехидов.",
            ["Севиндж Фаталиева"],
        ),
        ("Посол Анн Буйон написала в Twitter, что почтила память шехидов на Аллее шехидов.", ["Анн Буйон"]),
        ("Посол Анн Буйон написала в социальной сети X, что сегодня посетила Аллею шехидов.", ["Анн Буйон"]),
    ],
)
def test_one_who_wrote_on_their_own_page_that_they_went(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause names who did it: they, not the writer
        ("Посол Анн Буйон написала в Twitter, что посол Ральф Хорлеманн посетил Аллею шехидов.", ["Ральф Хорлеманн"]),
        # nothing done there, or not done
        ("Посол Анн Буйон написала в Twitter, что скорбит вместе с народом Азербайджана.", []),
        ("Посол Анн Буйон написала на своей странице, что не смогла посетить Аллею шехидов.", []),
        # a post of something else
        ("Вице-президент Мехрибан Алиева разместила на странице в Instagram публикацию о трагедии.", []),
    ],
)
def test_a_post_that_places_the_writer_nowhere(text: str, expected: list[str]) -> None:
    assert names(text) == expected
