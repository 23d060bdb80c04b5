"""A bare title opening a sentence ("The ambassador laid flowers") is the one person the article named with that title
before it. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The consulate held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Consul General Nazim Sadigov wrote to the city's newspapers this week. " + HELD + "The consul general "
            "laid flowers at the memorial plaque.",
            [("Nazim Sadigov", "Consul General")],
        ),
        (
            "Ambassador Leyla Rustamova gave an interview on Monday. " + HELD + "The Ambassador spoke about the "
            "victims of the crackdown.",
            [("Leyla Rustamova", "Ambassador")],
        ),
        # named with a title and present already: one person, as the text places them
        (
            HELD + "Ambassador Leyla Rustamova opened the evening. The ambassador then laid flowers.",
            [("Leyla Rustamova", "Ambassador")],
        ),
    ],
)
def test_a_bare_title_is_the_person_named_with_it_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two people named with the title: which one is unknown
        "Ambassador Leyla Rustamova and Ambassador Tom Hale wrote articles. " + HELD + "The ambassador spoke.",
        # named only after the bare title
        HELD + "The ambassador spoke at the evening. Ambassador Leyla Rustamova later wrote an article.",
        # the title with its complement is someone else's post; the plural is a group
        "Ambassador Leyla Rustamova wrote an article. " + HELD + "The ambassador of Georgia spoke at the evening.",
        "Ambassador Leyla Rustamova wrote an article. " + HELD + "The ambassadors laid flowers.",
        # remembered, not present
        "Soviet President Ayaz Huseynli ordered the troops in. " + HELD + "The President laid flowers.",
        # no one named with it at all
        HELD + "The ambassador laid flowers at the memorial plaque.",
    ],
)
def test_a_bare_title_without_one_person_before_it_is_no_one(text: str) -> None:
    assert found(text) == []
