"""Azerbaijani: a body's name whose first words are joined to the rest by "və" ("Azaflı Sosial Yardım və Mədəniyyət
Dərnəyinin təşkilatçılığı ilə") is one body, and its first words no person, when they hold no given name the data
knows and no title; a person before "və" and the next one's body and title stay two. The sentences are written for
these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "Ankarada 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tədbir Oğuzlu Sosial Yardım və Mədəniyyət Dərnəyinin təşkilatçılığı ilə keçirilib.", []),
        ("Mərasim Qaraçay Təhsil və İnkişaf Cəmiyyətinin təşkilatçılığı ilə təşkil olunub.", []),
        (
            "Tədbirdə Oğuzlu Sosial Yardım və Mədəniyyət Dərnəyinin sədri Namiq Oğuzlu çıxış edib.",
            [("Namiq Oğuzlu", "Chairman")],
        ),
    ],
)
def test_the_first_words_of_a_joined_body_are_no_person(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tədbirdə səfir Tərlan Qasımlı və Mədəniyyət Mərkəzinin direktoru Samir Quliyev çıxış ediblər.",
            ["Tərlan Qasımlı", "Samir Quliyev"],
        ),
        (
            "Tədbirdə Samir Quliyev və Mədəniyyət Mərkəzinin direktoru Tərlan Qasımlı çıxış ediblər.",
            ["Samir Quliyev", "Tərlan Qasımlı"],
        ),
        (
            "Daha sonra komitənin müavini Adil Qasımlı və Diaspora Dəstək Fondunun (DDF) direktoru Samir Quliyev "
            "çıxış ediblər.",
            ["Adil Qasımlı", "Samir Quliyev"],
        ),
    ],
)
def test_a_person_before_the_next_ones_body_stays(sentence: str, expected: list[str]) -> None:
    assert [name for name, _ in people(EVENT + sentence)] == expected


def test_two_people_before_a_hall_are_no_body() -> None:
    """A surname's ending on either side of "və" makes them people ("A B və C D Milli Kitabxanada")."""
    sentence = "Tədbirdə Nərmin Qasımova və Samir Quliyev Milli Kitabxanada çıxış ediblər."
    assert [name for name, _ in people(EVENT + sentence)] == ["Nərmin Qasımova", "Samir Quliyev"]
