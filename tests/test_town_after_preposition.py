"""A town named after "in", "from" or "в" is no person, whatever its two capitalised words ("local officials in
Krasnaya Sloboda, including …", "в Красной Слободе"): the data knows the words of such places (`roles.non_name`,
`[places]`). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def people(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The commemoration of the victims of 20 January was attended by local officials in Krasnaya Sloboda,"
            " including the head of the district Ali Mammadov.",
            ["Ali Mammadov"],
        ),
        (
            "Local officials from Krasnaya Sloboda, including the head of the community Ali Mammadov, laid flowers at"
            " the 20 January memorial.",
            ["Ali Mammadov"],
        ),
        (
            "Residents of Novaya Sloboda and teacher Leyla Huseynova laid flowers at the memorial to the victims of"
            " 20 January.",
            ["Leyla Huseynova"],
        ),
    ],
)
def test_town_is_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_russian_town_in_locative_is_no_person() -> None:
    found = people(
        "В мероприятии, посвящённом 20 января, приняли участие чиновники в Красной Слободе и глава общины Али Мамедов."
    )
    assert not any("Слобод" in mention for mention in found)
