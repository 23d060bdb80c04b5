"""A kin word and its "of" before a name with its own title ("the daughter of Ambassador X", "the son of Professor
Y") names the kin, as "the son of X" does: the one named is not placed; a name of its own after a comma is the kin's
("the wife of Ambassador X, Y, laid flowers": Y)."""

import pytest

from ._helpers import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The daughter of Ambassador Rashad Aliyev laid flowers at the monument.", []),
        ("The son of Professor Aliyev laid a wreath at the Eternal Flame.", []),
        ("The wife of Consul General Elvin Guliyev visited the Alley of Martyrs.", []),
        ("The grandson of Dr. Kamran Huseynov took part in the ceremony.", []),
        ("The wife of Ambassador Rashad Aliyev, Leyla Aliyeva, laid flowers at the monument.", ["Leyla Aliyeva"]),
        ("The mother of the martyr Ilgar Mammadov, Sevda Mammadova, spoke at the ceremony.", ["Sevda Mammadova"]),
        # not kin: a title's own "of"
        ("The Ambassador of Turkey Mehmet Demir laid flowers at the monument.", ["Mehmet Demir"]),
        ("The Rector of the University of Bonn Anna Weber laid flowers at the monument.", ["Anna Weber"]),
    ],
)
def test_kin_of_a_titled_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
