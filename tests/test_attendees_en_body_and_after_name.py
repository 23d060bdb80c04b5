"""A body's capitalised name with "and" inside it, in a title written after the name ("X, Head of the Centre for
Strategic and International Studies"): the whole name is the title's, up to a word of a body ("Studies",
"Research"); "and" before a person, a post or an honorific still parts two people. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A commemorative evening was held at the embassy on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guests included Lena Vogt, Head of the Centre for Strategic and International Studies.",
            {"Lena Vogt": "Head of the Centre for Strategic and International Studies"},
        ),
        (
            "Paul Klein, Chairman of the Western Institute for Balkan and Caspian Studies, addressed the evening.",
            {"Paul Klein": "Chairman of the Western Institute for Balkan and Caspian Studies"},
        ),
        (
            "Paul Klein, Chairman of the Western Institute for Balkan and Caspian Studies gave a talk at the evening.",
            {"Paul Klein": "Chairman of the Western Institute for Balkan and Caspian Studies"},
        ),
        (
            "The evening was attended by Ines Roth, Director of the Foundation for Energy and Climate Research, "
            "and students.",
            {"Ines Roth": "Director of the Foundation for Energy and Climate Research"},
        ),
    ],
)
def test_the_whole_body_name_is_the_title(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The evening was attended by Ines Roth, Director of the Heritage Society and Ambassador Omar Said.",
            {"Ines Roth": "Director of the Heritage Society", "Omar Said": "Ambassador"},
        ),
        (
            "The evening was attended by Ines Roth, Director of the Institute of History and Marta Weiss.",
            {"Ines Roth": "Director of the Institute of History", "Marta Weiss": None},
        ),
    ],
)
def test_and_before_a_person_still_parts_them(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director of the Centre for Peace and Democracy Kamran Safarli addressed the evening.",
            {"Kamran Safarli": "Director of the Centre for Peace and Democracy"},
        ),
        (
            "Kamran Safarli, Director of the Institute for Peace and Democracy, addressed the evening.",
            {"Kamran Safarli": "Director of the Institute for Peace and Democracy"},
        ),
        (
            "The evening was attended by the Director of the Centre for Law and Marta Weiss.",
            {"Marta Weiss": None},
        ),
    ],
)
def test_fields_of_a_centre_joined_by_and(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
