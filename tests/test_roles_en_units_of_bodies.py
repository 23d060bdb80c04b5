"""An English post of a unit of a body the data knows (a department, a press service, a sector) is the unit's, never
the body's head: "Head of the Press Service of the State Committee for …" is no Chairman of the Committee. The title
is kept as written, with its body. The titles and sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people

UNITS = [
    (
        "Head of the Press Service of the State Committee for Work with Religious Associations",
        "Head of the Press Service of the State Committee for Work with Religious Associations",
    ),
    (
        "head of the international relations department of the State Committee for Work with the Diaspora",
        "Head of the International Relations Department of the State Committee for Work with the Diaspora",
    ),
    (
        "Head of the Protocol Sector of the Heydar Aliyev Foundation",
        "Head of the Protocol Sector of the Heydar Aliyev Foundation",
    ),
]

BODIES = [
    # the body's own head, and a deputy's, stay the body's
    (
        "Chairman of the State Committee for Work with the Diaspora",
        "Chairman of the State Committee for Work with the Diaspora",
    ),
    (
        "Head of the Heydar Aliyev Foundation Office in Georgia",
        "Head of the Representative Office of the Heydar Aliyev Foundation in Georgia",
    ),
]


@pytest.mark.parametrize(("written", "role"), UNITS + BODIES)
def test_unit_post_is_not_the_body_head(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_unit_head_attendee_keeps_the_unit() -> None:
    text = (
        "Head of the Press Service of the State Committee for Work with Religious Associations Lale Mammadova "
        "visited the Alley of Martyrs."
    )
    assert people(text) == [
        ("Lale Mammadova", "Head of the Press Service of the State Committee for Work with Religious Associations")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The seminar was attended by Head of the Youth Projects Sector at the Science Foundation Kamran Aliyev.",
            [("Kamran Aliyev", "Head of the Youth Projects Sector at the Science Foundation")],
        ),
        (
            "Director of the Caucasus Centre at the University of Graz Anna Huber visited the Alley of Martyrs.",
            [("Anna Huber", "Director of the Caucasus Centre at the University of Graz")],
        ),
        (
            "Head of the Protocol Department at the State Committee for Work with the Diaspora Elvin Rzayev laid "
            "flowers at the Eternal Flame.",
            [("Elvin Rzayev", "Head of the Protocol Department at the State Committee for Work with the Diaspora")],
        ),
    ],
)
def test_unit_at_its_body_before_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected
