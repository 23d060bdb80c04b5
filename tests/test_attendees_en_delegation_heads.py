"""The head of a delegation or a mission written in lower case, before or after the name ("the head of the EU
delegation, X,", "X, the head of the delegation,"): the post is the role, not none. Written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The head of the EU delegation, Ivo Marek, laid flowers at the Eternal Flame.",
            [("Ivo Marek", "Head of the EU Delegation")],
        ),
        (
            "Ivo Marek, the head of the EU delegation, visited the Alley of Martyrs.",
            [("Ivo Marek", "Head of the EU Delegation")],
        ),
        (
            "The head of the delegation, Ivo Marek, visited the Alley of Martyrs.",
            [("Ivo Marek", "Head of the Delegation")],
        ),
        (
            "The head of the OSCE mission, Ivo Marek, visited the Alley of Martyrs.",
            [("Ivo Marek", "Head of the OSCE Mission")],
        ),
    ],
)
def test_delegation_head_in_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected
