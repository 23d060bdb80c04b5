"""A name described in apposition as one who died ("X, a murdered student,", "X, killed in 1990,") is remembered, not
present; one described as wounded may well be there and speak ("X, a wounded veteran, spoke")."""

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ceremony was held at the embassy. Elchin Aliyev, a wounded veteran, spoke about the night of 1990.",
            [("Elchin Aliyev", "Veteran")],
        ),
        (
            "An evening was held at the consulate. Samira Huseynova, an injured survivor, shared her memories.",
            [("Samira Huseynova", None)],
        ),
    ],
)
def test_one_wounded_in_1990_may_be_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Professor Adil Karimov, killed in 1990, and the students visited the memorial.", []),
        (
            "Professor Adil Karimov, martyred on 20 January, and the rector Elnur Aliyev visited the memorial.",
            [("Elnur Aliyev", "Rector")],
        ),
        ("Ali Aliyev, a murdered student, was remembered as guests laid flowers at the Alley of Martyrs.", []),
        ("The poet Vagif Samadoglu, slain in the square, and the pupils laid flowers at the monument.", []),
    ],
)
def test_one_described_as_dead_is_remembered_not_present(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
