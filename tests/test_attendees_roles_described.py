"""A post in apposition after its article, with words in lower case that describe it before its head ("Elnur
Aliyev, a young historian,", "X, a retired teacher,"): the post is the head the data knows, and so it is where the
text gives it, or in another sentence for an attendee named there without a title (the README's rule: an untitled
attendee keeps the title given elsewhere). A word the data knows as no role gives none ("a witness of the
tragedy", "an eyewitness"), and a phrase that adds or links people is no description ("a friend of the
ambassador"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import roles

EVENT = "On 20 January Elnur Aliyev and students visited the Alley of Martyrs."


@pytest.mark.parametrize(
    ("elsewhere", "role"),
    [
        ("Elnur Aliyev, a young historian, has written three books about those days.", "Historian"),
        ("The book was written by Elnur Aliyev, a retired teacher, in 2010.", "Former Teacher"),
        ("Elnur Aliyev, a well-known journalist, was born in Baku.", "Journalist"),
        ("In an interview, Elnur Aliyev, a former student of the university, recalled that night.", None),
        ("Elnur Aliyev, an experienced lecturer, teaches at the academy.", "Lecturer"),
        ("Elnur Aliyev, a gifted pianist, gave a concert last year.", "Pianist"),
    ],
)
def test_a_described_post_given_elsewhere_is_the_attendees(elsewhere: str, role: str | None) -> None:
    found = roles(f"{elsewhere} {EVENT}")
    assert list(found) == ["Elnur Aliyev"]
    if role is not None:
        assert found["Elnur Aliyev"] == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 January Elnur Aliyev, a young historian, and Kamran Huseynov, a young poet, laid flowers at the "
            "Eternal Flame.",
            {"Elnur Aliyev": "Historian", "Kamran Huseynov": "Poet"},
        ),
        (
            "At the ceremony on 20 January, Nigar Karimova, an honoured teacher, spoke about the martyrs.",
            {"Nigar Karimova": "Teacher"},
        ),
    ],
)
def test_a_described_post_where_the_text_places_them(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Elnur Aliyev, a witness of the tragedy, wrote a book.",
        "Elnur Aliyev, an eyewitness, wrote a book.",
        "Elnur Aliyev, a close friend of the ambassador, wrote a book.",
        "Elnur Aliyev, who is a historian, wrote a book.",
    ],
)
def test_no_role_the_data_does_not_know(elsewhere: str) -> None:
    assert roles(f"{elsewhere} {EVENT}") == {"Elnur Aliyev": None}


@pytest.mark.parametrize(
    "text",
    [
        "Ali Aliyev, a murdered student, was remembered as guests laid flowers at the Alley of Martyrs.",
        "On 20 January the guests laid flowers at the grave of Ali Aliyev, a martyred student.",
        "Ali Aliyev, a young murdered student, was remembered on 20 January when wreaths were laid.",
        "On 20 January Kamran Huseynov and Ali Aliyev, a martyred poet, were honoured at the Eternal Flame.",
        "At the ceremony on 20 January, Ali Aliyev, a fallen soldier, was remembered with a minute of silence.",
        "On 20 January wreaths were laid for Ali Aliyev, a killed student, at the Alley of Martyrs.",
    ],
)
def test_one_described_as_killed_is_no_attendee(text: str) -> None:
    # a word of the killed or remembered among the words that describe the post: no post, and nobody present
    assert "Ali Aliyev" not in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 20 January Elnur Aliyev and Ali Aliyev, a murdered student, laid flowers at the Alley of Martyrs.",
        "On 20 January Elnur Aliyev and Ali Aliyev, the late poet, visited the Alley of Martyrs.",
        # (nor is the post of the one remembered the next name's, read before it)
        "On 20 January Ali Aliyev, a murdered student, and Elnur Aliyev laid flowers at the Alley of Martyrs.",
        "On 20 January Ali Aliyev, a martyred young poet, and Elnur Aliyev visited the Alley of Martyrs.",
    ],
)
def test_the_killed_described_leaves_the_others(text: str) -> None:
    assert roles(text) == {"Elnur Aliyev": None}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("On 20 January Ali Aliyev, a retired teacher, laid flowers at the Alley of Martyrs.", "Former Teacher"),
        ("On 20 January Ali Aliyev, a young retired teacher, laid flowers at the Eternal Flame.", "Former Teacher"),
        ("On 20 January Ali Aliyev, a former teacher, laid flowers at the Alley of Martyrs.", "Former Teacher"),
        (
            "At the ceremony on 20 January, Ali Aliyev, a retired historian, spoke about the victims.",
            "Former Historian",
        ),
    ],
)
def test_a_past_post_stays_a_past_one(text: str, role: str) -> None:
    assert roles(text) == {"Ali Aliyev": role}


def test_a_past_word_away_from_the_head_gives_no_present_post() -> None:
    # ("retired" then another word: the post read after it would lose that it is a past one)
    assert roles("On 20 January Ali Aliyev, a retired young teacher, laid flowers.") == {"Ali Aliyev": None}
