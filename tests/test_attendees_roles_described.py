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
        ("The book was written by Elnur Aliyev, a retired teacher, in 2010.", "Teacher"),
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
