"""Performers named by a descriptor noun before the name ("the composer X", "musician Y", "the renowned singer Z") are
placed by what they did at the event ("performed at the ceremony", "sang at the evening", "played the tar", "read
his verses"), with the descriptor as their role (praise dropped); a performance at another time places nobody. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was organised by the embassy on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The composer Tural Safarov performed at the ceremony.", {"Tural Safarov": "Composer"}),
        ("Musician Orkhan Guliyev played the kamancha at the evening.", {"Orkhan Guliyev": "Musician"}),
        ("The renowned singer Nigar Jafarova sang at the evening.", {"Nigar Jafarova": "Singer"}),
        ("The famous poet Sabir Rustamkhanli read his verses at the event.", {"Sabir Rustamkhanli": "Poet"}),
        ("Pianist Aysel Karimova also played at the evening.", {"Aysel Karimova": "Pianist"}),
    ],
)
def test_a_performer_is_placed(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Musician Orkhan Guliyev played a key role in organising the evening.",
        "In 1990 the singer Nigar Jafarova sang at the funeral of the martyrs.",
    ],
)
def test_no_performance_at_the_event_places_nobody(text: str) -> None:
    assert found(text) == {}
