"""English: a martyr's kin who speaks at the event is there, written in apposition after the martyr's name ("the
mother of martyr X, Y, shared her memories"): the martyr is remembered, the kin after the comma is no next item of a
list of the remembered; a list of martyrs ("the families of martyrs A and B") still places none of them. The
sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the school on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mother of martyr Elvin Hasanli, Gulnara Hasanli, shared her memories.", ["Gulnara Hasanli"]),
        (
            "At the end, the sister of the 20 January martyr Elvin Hasanli, Nigar Hasanli made a speech.",
            ["Nigar Hasanli"],
        ),
        ("The brother of the martyr Elvin Hasanli, Rufat Hasanli, laid flowers at the memorial.", ["Rufat Hasanli"]),
        (
            "The mother of martyr Elvin Hasanli, Gulnara Hasanli, and the father of martyr Tural Rzayev, Ali Rzayev, "
            "shared their memories.",
            ["Gulnara Hasanli", "Ali Rzayev"],
        ),
    ],
)
def test_the_kin_after_a_martyrs_name_is_there(text: str, expected: list[str]) -> None:
    assert list(found(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The families of martyrs Elvin Hasanli and Tural Rzayev attended the evening.",
        "Guests laid flowers at the graves of martyrs Elvin Hasanli, Tural Rzayev and Orkhan Aliyev.",
        "The names of martyrs Elvin Hasanli, Tural Rzayev and Orkhan Aliyev were read at the evening.",
    ],
)
def test_a_list_of_martyrs_places_none_of_them(text: str) -> None:
    assert found(text) == {}


def test_the_alley_of_martyrs_is_no_martyr() -> None:
    assert found("At the Alley of Martyrs Ali Asadov laid flowers.") == {"Ali Asadov": None}
