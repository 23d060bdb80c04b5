"""A post in the possessive of a body's abbreviation turns round as the possessive of a body's noun does ("the
Centre's director": "Director of the Centre"): "CCAG's executive director X" is the "Executive Director of CCAG",
before the name or in apposition after it, and so with the apostrophe typed as another mark ("CCAG`s", "UNEC´s",
"CCAG‘s", "CCAGʹs"), the title as written kept as typed. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize("mark", ["'", "’", "`", "´", "‘", "ʹ"])
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "On 20 January CCAG{m}s executive director Elnur Aliyev visited the Alley of Martyrs.",
            "Executive Director of CCAG",
        ),
        (
            "On 20 January Elnur Aliyev, CCAG{m}s executive director, laid flowers at the memorial.",
            "Executive Director of CCAG",
        ),
        ("The ADA{m}s chairman Elnur Aliyev attended the ceremony on 20 January.", "Chairman of ADA"),
        ("On 20 January UNEC{m}s rector Elnur Aliyev visited the Alley of Martyrs.", "Rector of UNEC"),
    ],
)
def test_the_post_of_an_abbreviation_turns_round(mark: str, text: str, role: str) -> None:
    written = text.format(m=mark)
    found = extract_attendees(written)
    assert [(a.mention, a.role) for a in found] == [("Elnur Aliyev", role)]
    assert found[0].role_as_written is not None and mark in found[0].role_as_written


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("CCAG's Executive Director", "Executive Director of CCAG"),
        ("the Centre's director", "Director of the Centre"),
        ("Azerbaijan's ambassador", "Ambassador of Azerbaijan"),
    ],
)
def test_roles_in_the_possessive(written: str, role: str) -> None:
    assert canonical_role(written) == role
