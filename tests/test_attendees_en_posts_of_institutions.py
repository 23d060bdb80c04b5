"""English posts of a museum, a library, a gallery or a local body written around a name in lower case ("the director
of the museum, X,", "X, director of the city library,"), and a title after a name that ends at a verb of saying where
a comma would stand ("Prof. X, head of the history department noted that ..."). The sentences are written for these
tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the centre on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The director of the museum, Nargiz Alakbarova, spoke about the exhibits.", "Director of the Museum"),
        ("At the evening, the director of the library, Tahir Safarov, recalled that night.", "Director of the Library"),
        (
            "Opening the evening, the head of the local archive, Tahir Safarov, greeted the guests.",
            "Head of the Local Archive",
        ),
        (
            "Tahir Safarov, director of the city museum, said at the evening that the date is sacred.",
            "Director of the City Museum",
        ),
        (
            "Tahir Safarov, the director of the regional gallery, laid flowers at the memorial.",
            "Director of the Regional Gallery",
        ),
        (
            "The head of the local diaspora organisation, Tahir Safarov, laid flowers at the memorial.",
            "Head of the Local Diaspora Organisation",
        ),
        (
            "Tahir Safarov, director of the city hospital, took part in the evening.",
            "Director of the City Hospital",
        ),
    ],
)
def test_a_post_of_a_museum_or_local_body_around_a_name_is_its_role(text: str, expected: str) -> None:
    assert list(found(text).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Professor Ilkin Mammadli, head of the history department noted that the names live on.",
            "Ilkin Mammadli",
            "Head of the History Department",
        ),
        (
            "Professor Ilkin Mammadli, head of the Social Studies department stressed that the day unites the nation.",
            "Ilkin Mammadli",
            "Head of the Social Studies Department",
        ),
        (
            "Ilkin Mammadli, chairman of the Azerbaijani community of Tartu said that the nation remembers.",
            "Ilkin Mammadli",
            "Chairman of the Azerbaijani Community of Tartu",
        ),
        (
            "Ilkin Mammadli, head of the Friendship Society recalled the curfew of those days.",
            "Ilkin Mammadli",
            "Head of the Friendship Society",
        ),
    ],
)
def test_a_title_after_a_name_ends_at_a_verb_of_saying(text: str, name: str, expected: str) -> None:
    assert found(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" still joins the next name: the post is not read past it
        (
            "Professor Ilkin Mammadli, head of the department and Professor Sabina Orujova spoke at the evening.",
            {"Ilkin Mammadli": "Professor", "Sabina Orujova": "Professor"},
        ),
        # no head noun after the comma: no role
        ("Ilkin Mammadli, a friend of the museum said that he was moved.", {"Ilkin Mammadli": None}),
        # a museum named as a place, not a post: nobody's title
        (
            "Guests of the museum, Ilkin Mammadli and Sabina Orujova, laid flowers.",
            {"Ilkin Mammadli": None, "Sabina Orujova": None},
        ),
    ],
)
def test_no_post_is_made_up(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tahir Safarov, program director at the Baltic Heritage Foundation, said at the evening that the day "
            "matters.",
            "Program Director at the Baltic Heritage Foundation",
        ),
        (
            "Tahir Safarov, managing director of Caspian Energy, noted at the evening that the date matters.",
            "Managing Director of Caspian Energy",
        ),
        ("Artistic director of the theatre Tahir Safarov opened the evening.", "Artistic Director of the Theatre"),
    ],
)
def test_a_director_of_a_kind_keeps_the_kind(text: str, expected: str) -> None:
    assert list(found(text).values()) == [expected]
