"""English titles and names: a deputy mayor's post is no "mayor" rank, and a country's word that is a name too
("German") is a name's after a title or beside a name's word. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

HELD = "The community held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(HELD + text)]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Deputy Mayor", "Deputy Mayor"),
        ("deputy mayor", "Deputy Mayor"),
        ("First Deputy Mayor", "First Deputy Mayor"),
        ("Deputy Mayor of Ganja", "Deputy Mayor of Ganja"),
        ("Mayor", "Mayor"),
        ("Deputy Governor", "Deputy Governor"),
    ],
)
def test_a_deputy_mayor_is_the_mayors_deputy(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Mayor Laura Finch laid flowers at the monument.",
        "The deputy mayor, Laura Finch, laid flowers at the monument.",
        "Flowers were laid by Deputy Mayor Laura Finch and residents.",
    ],
)
def test_a_bare_deputy_mayor_keeps_the_mayor(text: str) -> None:
    assert found(text) == [("Laura Finch", "Deputy Mayor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guests included Lord German, a member of the House of Lords.", [("German", "Member of the House of Lords")]),
        (
            "Lord German and Lady Holt spoke at the evening.",
            [("German", "Member of the House of Lords"), ("Holt", "Lady")],
        ),
        ("Mr German Gref attended the evening.", [("German Gref", None)]),
        ("Ambassador German Lopez addressed the evening.", [("German Lopez", "Ambassador")]),
    ],
)
def test_a_country_word_that_is_a_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The German Ambassador Hans Brandt addressed the evening.", [("Hans Brandt", "Ambassador of Germany")]),
        ("The Ambassador, German diplomats and students attended the evening.", []),
        ("French and German guests attended the evening.", []),
    ],
)
def test_a_country_word_before_a_title_or_group_stays_a_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Members of the community Tural Safarov and Aynur Qasimova read poems.", "Member of the Community"),
        ("Community members Tural Safarov and Aynur Qasimova read poems.", "Community Member"),
        ("Members of the diaspora club Tural Safarov and Aynur Qasimova read poems.", "Member of the Diaspora Club"),
    ],
)
def test_a_title_in_the_plural_is_each_names_in_the_singular(text: str, role: str) -> None:
    assert found(text) == [("Tural Safarov", role), ("Aynur Qasimova", role)]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Chair of the Azerbaijani Students Society", "Chair of the Azerbaijani Students Society"),
        ("Member of the community", "Member of the Community"),
    ],
)
def test_a_bodys_plural_after_the_link_stays(written: str, role: str) -> None:
    assert canonical_role(written) == role
