"""English reports that place a person only by their own post on a social network: the one who wrote that they went
to the memorial was there, with their title ("X wrote on his Facebook page that he had visited the Alley of
Martyrs", "Y shared photos of the wreath-laying on social media"); a post about the day, someone else's visit or a
visit at another time places nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people

PLACED = [
    (
        "Ambassador Nora Quist wrote on her Facebook page that she had visited the Alley of Martyrs on 20 January.",
        [("Nora Quist", "Ambassador")],
    ),
    (
        "Swiss Ambassador Urs Brenner wrote on X (Twitter) that he laid a wreath at the Eternal Flame monument.",
        [("Urs Brenner", "Ambassador of Switzerland")],
    ),
    (
        "The ambassador of Chile, Ana Reyes, posted on Instagram that together with the embassy staff she paid "
        "tribute to the victims of Black January.",
        [("Ana Reyes", "Ambassador of Chile")],
    ),
    (
        "Dutch Ambassador Dirk Jansen wrote on X that he honoured the memory of the martyrs of 20 January.",
        [("Dirk Jansen", "Ambassador of the Netherlands")],
    ),
    (
        "Lena Vogt, the Austrian Ambassador, tweeted that she had also visited the graves of the martyrs.",
        [("Lena Vogt", "Ambassador of Austria")],
    ),
    (
        "Polish Ambassador Jan Nowicki shared photos of the wreath-laying at the Alley of Martyrs on social media.",
        [("Jan Nowicki", "Ambassador of Poland")],
    ),
    (
        "Ambassador Kai Lund posted pictures from his visit to the Alley of Martyrs on his Facebook page.",
        [("Kai Lund", "Ambassador")],
    ),
    # the writer with companions, and a delegation's head in lower case
    (
        "The head of the EU delegation, Ivo Marek, wrote on X that he and the EU ambassadors laid flowers at the "
        "Alley of Martyrs.",
        [("Ivo Marek", "Head of the EU Delegation")],
    ),
    (
        "Ambassador Lena Vogt wrote on Instagram that we laid a wreath at the Alley of Martyrs this morning.",
        [("Lena Vogt", "Ambassador")],
    ),
]

NOBODY = [
    # the post is about the day, not a visit
    "Ambassador Nora Quist wrote on her Facebook page that the tragedy of 20 January must never be forgotten.",
    # someone else went
    "Ambassador Nora Quist wrote on X that the President visited the Alley of Martyrs.",
    # another time, told before the pronoun
    "Ambassador Urs Brenner wrote on his Twitter page that at the start of his mission in 2019 he visited the Alley "
    "of Martyrs.",
    # photos of someone else's wreath-laying
    "Journalist Kai Lund shared photos of the wreath-laying by the delegation on social media.",
    # others went: "they" in the post are not its writer ("we" are)
    "Ambassador Nora Quist wrote on X that they laid flowers at the Alley of Martyrs with the students.",
    "Consul Ivo Marek wrote on his Facebook page that they had visited the graves of the martyrs.",
    # a network's name in a sentence with no visit of the writer's own
    "Ambassador Kai Lund shared the embassy's statement on social media.",
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_own_post_places_its_writer(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", NOBODY)
def test_post_without_own_visit_places_nobody(text: str) -> None:
    assert people(text) == []
