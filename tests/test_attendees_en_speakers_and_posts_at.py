"""English: "Also speaking at the evening were A and B" opens a list of speakers; a post "at" a body after a name is
kept with it ("X, senior researcher at the Institute of History,"); "Studies" ends a centre's name, never a person's
("director of the Center for Caspian Studies"). The sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the library on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Also speaking at the evening were Elnur Talibov, chairman of the Friendship Society, and Sara Lind, head "
            "of the history department.",
            {"Elnur Talibov": "Chairman of the Friendship Society", "Sara Lind": "Head of the History Department"},
        ),
        ("Also speaking during the commemoration was Professor Sara Lind.", {"Sara Lind": "Professor"}),
        (
            "Elnur Talibov, senior researcher at the Institute of History, gave a lecture on the events.",
            {"Elnur Talibov": "Senior Researcher at the Institute of History"},
        ),
        (
            "The evening was moderated by Sara Lind, director of the Center for Caspian Studies.",
            {"Sara Lind": "Director of the Center for Caspian Studies"},
        ),
        # an academic post keeps to its canonical form, whatever the university
        ("Among the speakers was Sara Lind, a professor at Riverside University.", {"Sara Lind": "Professor"}),
    ],
)
def test_speakers_and_their_posts(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after the name is no post
        ("Elnur Talibov, Consul General in 2019, spoke at the evening.", {"Elnur Talibov": None}),
        # speaking elsewhere, on another day
        ("Also speaking at the conference in Paris last year was Professor Sara Lind.", {}),
    ],
)
def test_no_post_or_speaker_made_up(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Owen Pryce, senior fellow at the Caspian Policy Centre, spoke at the evening.",
            {"Owen Pryce": "Senior Fellow at the Caspian Policy Centre"},
        ),
        ("Political analyst Owen Pryce spoke at the evening.", {"Owen Pryce": "Political Analyst"}),
        # "fellow" as an adjective is no post
        (
            "Our fellow compatriots Owen Pryce and Elnur Talibov laid flowers.",
            {"Owen Pryce": None, "Elnur Talibov": None},
        ),
    ],
)
def test_fellows_and_analysts(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
