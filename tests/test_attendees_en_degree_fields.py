"""English: a degree with its field between a post's comma and the name ("Associate Professor of the Centre of
Languages, PhD in History X") leaves the role to the post before the comma, as an honorific there does. The sentences
are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial meeting was held at the academy on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Associate Professor of the Centre of Foreign Languages, PhD in History Samira Guliyeva gave a report on "
            "the events.",
            "Associate Professor",
        ),
        (
            "Head of the Department of Archives, PhD in Political Science Samira Guliyeva spoke about the curfew.",
            "Head of the Department of Archives",
        ),
        (
            "Associate Professor of the Oil and Gas Institute, PhD in History Samira Guliyeva "
            "made a report on those days.",
            "Associate Professor",
        ),
    ],
)
def test_the_post_before_a_degree_with_its_field_is_the_role(text: str, expected: str) -> None:
    assert found(text) == {"Samira Guliyeva": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PhD in History Samira Guliyeva gave a report on the events.", {"Samira Guliyeva": None}),
        ("Guests, PhD in History Samira Guliyeva and students laid flowers.", {"Samira Guliyeva": None}),
    ],
)
def test_no_post_before_the_degree_no_role(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
