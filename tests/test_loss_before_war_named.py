"""An army's loss of its soldiers in a sentence that names neither 20 January nor 1990 is another war's when the next
sentence, in its line, opens by pointing back and names that war ("… the army lost about ten thousand soldiers.
This was during the Karabakh war."). Conservative: a next sentence that does not point back, a line break, or a
sentence naming 1990 leave the figure. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def rows(text: str) -> list[tuple[str, int, str | None]]:
    return [(c.category, c.value, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The troops killed 147 civilians on 20 January 1990. Years later the attacking army lost about ten"
            " thousand soldiers. This was during the Karabakh war.",
            [("killed", 147, "civilians")],
        ),
        ("Ordu 21 askerini kaybetti. Bu, Karabağ savaşı sırasında oldu.", []),
        ("Армия потеряла около десяти тысяч военнослужащих. Это было во время Карабахской войны.", []),
        ("Ordu təxminən on min hərbçisini itirdi. Bu, Qarabağ müharibəsi zamanı olub.", []),
    ],
)
def test_loss_told_before_its_war_is_that_wars(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Soviet army lost 21 soldiers in Baku. The Karabakh war began soon after.",
        "The Soviet army lost 21 soldiers.\nThis was during the Karabakh war.",
        "On 20 January 1990 the Soviet army lost 21 soldiers. This was during the Karabakh war.",
    ],
)
def test_loss_stays_when_not_pointed_back_to(text: str) -> None:
    assert rows(text) == [("killed", 21, "soldiers")]
