"""Places of several words that read as a person's name ("Rio de Janeiro", "Papua New Guinea", "Sao Tome") are no
attendees, nor part of the name after them; names with particles ("Pedro de Souza") still are people. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A remembrance evening took place at the embassy on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Students who came from Rio de Janeiro attended the evening.", {}),
        ("Guests from Papua New Guinea and Trinidad and Tobago took part in the evening.", {}),
        ("Members of the University of Rio de Janeiro attended the evening.", {}),
        ("Diplomats of Sao Tome and Sri Lanka attended the evening.", {}),
        (
            "Ambassador of Azerbaijan to New Zealand Rufat Guliyev attended the evening.",
            {"Rufat Guliyev": "Ambassador of Azerbaijan to New Zealand"},
        ),
        ("Pedro de Souza and Ana da Costa attended the evening.", {"Pedro de Souza": None, "Ana da Costa": None}),
        # (a place's last word that is a given name too stays one: Tome)
        ("Tome Bakalov and Vera Ilic attended the evening.", {"Tome Bakalov": None, "Vera Ilic": None}),
    ],
)
def test_places_are_no_people(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
