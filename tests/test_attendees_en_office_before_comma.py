"""English: an office of a body set off by a comma before the name is the name's role whether or not a comma closes
the name, when a verb follows it ("Chairman of the committee, X spoke": "Chairman of the Committee"), as it is with a
second post between ("Chairman of the committee, a member of the Milli Majlis, X spoke"). Not a group's words, a
kin's, a word of no body, nor a title after a word that makes it another's. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from tests._helpers import people

HELD = "A commemoration of the 20 January victims took place at the cultural centre.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chairman of the committee, Samir Huseynov spoke about that night.", "Chairman of the Committee"),
        ("Chairman of the committee, Samir Huseynov, spoke about that night.", "Chairman of the Committee"),
        (
            "The chairman of the society, Samir Huseynov noted that the victims are remembered.",
            "Chairman of the Society",
        ),
        ("The director of the museum, Samir Huseynov welcomed the guests.", "Director of the Museum"),
        ("The head of the community, Samir Huseynov laid a wreath at the monument.", "Head of the Community"),
    ],
)
def test_an_office_before_the_comma_is_the_role(text: str, expected: str) -> None:
    assert people(HELD + text) == [("Samir Huseynov", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Members of the community, Samir Huseynov spoke about that night.",
        "The grandson of the director of the institute, Samir Huseynov spoke about that night.",
        "After the chairman of the society, Samir Huseynov spoke about that night.",
        "The veteran, Samir Huseynov spoke about that night.",
    ],
)
def test_no_office_of_a_body_before_the_comma_gives_none(text: str) -> None:
    assert people(HELD + text) == [("Samir Huseynov", None)]
