"""English titles of offices (issue 16): a department of the Presidential Administration is not the Administration,
the Foreign Ministry's spokesperson in either word order, a party member written before the title. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


def role_of(text: str) -> str | None:
    found = extract_attendees(text)
    assert len(found) == 1, found
    return found[0].role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The event was attended by Head of the Department for Foreign Policy Affairs of Azerbaijan's "
            "Presidential Administration Anar Bayramli.",
            "Head of the Foreign Policy Affairs Department of the Presidential Administration",
        ),
        (
            "Anar Bayramli, head of the Foreign Policy Affairs Department of the Presidential Administration, "
            "visited the Alley.",
            "Head of the Foreign Policy Affairs Department of the Presidential Administration",
        ),
        (
            "Anar Bayramli, head of the Public Affairs Department of the Presidential Administration, visited the "
            "Alley.",
            "Head of Department of the Presidential Administration",
        ),
        (
            "Head of the Presidential Administration Anar Bayramli visited the Alley.",
            "Head of the Presidential Administration",
        ),
        (
            "Foreign Ministry Spokesperson Lale Guliyeva attended the event.",
            "Spokesperson of the Ministry of Foreign Affairs",
        ),
        (
            "Spokesman for the Ministry of Foreign Affairs Emin Rzayev attended the ceremony.",
            "Spokesperson of the Ministry of Foreign Affairs",
        ),
        (
            "MFA spokeswoman Lale Guliyeva laid flowers at the monument.",
            "Spokesperson of the Ministry of Foreign Affairs",
        ),
        ("Popular Front Party member Ali Kaya attended the ceremony.", "Member of the Popular Front Party"),
        ("Musavat Party member Ali Kaya attended the ceremony.", "Member of the Musavat Party"),
    ],
)
def test_offices_get_their_canonical_role(text: str, expected: str) -> None:
    assert role_of(text) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Minister of Foreign Affairs", "Minister of Foreign Affairs"),  # the minister is no spokesperson
        ("Member of Parliament", "Member of Parliament"),
        ("Chairman of the Popular Front Party", "Chairman of the Popular Front Party"),
    ],
)
def test_neighbouring_offices_keep_theirs(written: str, expected: str) -> None:
    assert canonical_role(written) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's place written before it, as translated word for word from Turkish
        ("Keçiören Mayor Turgut Kaya attended the panel.", [("Turgut Kaya", "Mayor of Keçiören")]),
        (
            "Ambassador Rauf Aliyev, Atakum Mayor Serkan Demir and students attended the panel.",
            [("Rauf Aliyev", "Ambassador"), ("Serkan Demir", "Mayor of Atakum")],
        ),
        ("The ceremony was attended by Yozgat Governor Ayla Demir.", [("Ayla Demir", "Governor of Yozgat")]),
        ("Kars Mayor Ali Kaya attended the ceremony.", [("Ali Kaya", "Mayor of Kars")]),  # a place the data knows
        # no place before the post: the post alone
        ("Mayor Ali Kaya attended the ceremony.", [("Ali Kaya", "Mayor")]),
        ("The ceremony was attended by the mayor, Ali Kaya.", [("Ali Kaya", "Mayor")]),
    ],
)
def test_a_place_written_before_a_mayor_or_governor_is_the_posts(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(a.mention, a.role) for a in extract_attendees(text)] == expected
