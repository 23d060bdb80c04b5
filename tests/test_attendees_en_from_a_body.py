"""English: a speaker's body after the name, with "from" ("Professor X from Riverside University spoke about ..."),
no longer cuts the name off from its verb; a name right after "from" is still no subject ("a wreath from President
X"). The sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the consulate on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Professor Helen Marsh from Riverside University spoke about the tragedy.", {"Helen Marsh": "Professor"}),
        (
            "Speaking at the evening, Professor Helen Marsh from the University of Vienna recalled the curfew.",
            {"Helen Marsh": "Professor"},
        ),
        ("Historian Owen Pryce from the Caspian Institute gave a lecture on those days.", {"Owen Pryce": "Historian"}),
    ],
)
def test_a_body_with_from_after_the_name(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A wreath from President Ilham Aliyev was laid at the memorial by Consul General Rauf Aliyev.",
            {"Rauf Aliyev": "Consul General"},
        ),
        (
            "Letters from Ilham Aliyev and Recep Erdogan were read, and Consul General Rauf Aliyev laid flowers.",
            {"Rauf Aliyev": "Consul General"},
        ),
        ("Guests from Turkey and Georgia laid flowers at the memorial.", {}),
    ],
)
def test_a_name_after_from_is_no_subject(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
