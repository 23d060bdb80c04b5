"""A word of the remembered before a dash is still right before the names it introduces ("the martyrs – A and B
shared their memories" is about the martyrs' families: A and B are remembered, not present)."""

import pytest

from ._helpers import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A memorial evening was held at the university. The relatives of the former students, the martyrs –"
            " Elvin Aliyev and Kamil Azizli shared their memories about them.",
            [],
        ),
        ("The families of the martyrs — Elvin Aliyev and Kamil Azizli — laid flowers at the memorial.", []),
        ("The families of the shahid - Elvin Aliyev laid flowers at the memorial.", []),
        # a dash after a title is no remembering
        ("The guest of honour – Ambassador Tahir Bagirov laid flowers at the memorial.", ["Tahir Bagirov"]),
    ],
)
def test_martyrs_before_a_dash(text: str, expected: list[str]) -> None:
    assert names(text) == expected
