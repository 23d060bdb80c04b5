"""English: a kin word after the possessive of the one it is of ("the martyr's daughter") is one of the subject with
the names before it, as "the daughter of the martyr" is: the names joined to it are there; the one the kin is of
places nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import names

HELD = "A memorial evening was held at the school on the anniversary of the 20 January tragedy.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rauf Guliyev and the martyr's daughter laid flowers at the memorial.", ["Rauf Guliyev"]),
        ("Rauf Guliyev and the shahid's mother placed carnations at the monument.", ["Rauf Guliyev"]),
        ("Rauf Guliyev and a young martyr's widow spoke at the event.", ["Rauf Guliyev"]),
        ("Rauf Guliyev and the martyr’s sons visited the Alley of Martyrs.", ["Rauf Guliyev"]),
        (
            "Rauf Guliyev, Nigar Aliyeva and the martyr's family laid flowers at the memorial.",
            ["Rauf Guliyev", "Nigar Aliyeva"],
        ),
    ],
)
def test_names_before_a_possessive_kin_are_there(text: str, expected: list[str]) -> None:
    assert names(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The martyr's daughter laid flowers at the memorial.",
        "Rauf Guliyev's daughter laid flowers at the memorial.",
    ],
)
def test_the_one_a_kin_is_of_is_not_placed(text: str) -> None:
    assert names(HELD + text) == []
