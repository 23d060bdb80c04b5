"""English posts told by a clause after a name ("X, who heads the Y Centre,"): the verb names the post, the
capitalised words after it its body; a clause with a body in lower case or left open tells no post. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role, clause_post

HELD = "The embassy held a commemoration on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guests included Samira Guliyeva, who heads the Azerbaijani Culture House, and students.",
            {"Samira Guliyeva": "Head of the Azerbaijani Culture House"},
        ),
        (
            "The ceremony was attended by Elchin Mammadov, who chairs the Azerbaijani Community of Latvia.",
            {"Elchin Mammadov": "Chairman of the Azerbaijani Community of Latvia"},
        ),
        (
            "Among those present was Nigar Aliyeva, who leads the Friends of Azerbaijan Society in Riga, and guests.",
            {"Nigar Aliyeva": "Head of the Friends of Azerbaijan Society in Riga"},
        ),
    ],
)
def test_a_clause_after_a_name_tells_its_post(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Guests included Samira Guliyeva, who leads a children's choir, and students.",
        "Guests included Samira Guliyeva, who heads home after the visit, and students.",
    ],
)
def test_a_clause_with_no_capitalised_body_tells_none(text: str) -> None:
    assert found(text)["Samira Guliyeva"] is None


def test_the_verb_becomes_the_post_of_the_body() -> None:
    assert clause_post("directs the Music School") == "director of the Music School"
    assert clause_post("Director of the Music School") is None
    assert canonical_role("heads the Youth Union") == "Head of the Youth Union"
