"""A war named by no name is another event; a decimal comma before a scale word is read (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]


def read(text: str) -> list[Row]:
    return [(f.category, f.value, f.qualifier) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Müharibədə 30 mindən çox insan həlak olub.",
        "Müharibə illərində 25 min nəfər şəhid olub.",
        "В войне погибли более 30 тысяч человек.",
        "В ходе войны погибли около 25 тысяч человек.",
        "In the war more than 30,000 people died.",
        "During the war some 25,000 people were killed.",
        "Savaşta 30 binden fazla insan hayatını kaybetti.",
        "Savaş sırasında 25 bin kişi öldü.",
    ],
)
def test_a_war_named_by_no_name_gives_no_figure(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the war against the people is 20 January itself
        ("In the war against its own people, the army killed 147 civilians.", [("killed", 147, "exact")]),
        ("Halka karşı savaşta 147 kişi öldü.", [("killed", 147, "exact")]),
        ("Xalqa qarşı müharibədə 147 nəfər həlak olub.", [("killed", 147, "exact")]),
        # each figure of its own event when both are named
        (
            "During the war 20,000 died, while on 20 January 147 were killed.",
            [("killed", 147, "exact")],
        ),
        ("20 Yanvarda 147 nəfər, müharibədə isə 3000 nəfər həlak olub.", [("killed", 147, "exact")]),
        # "war" that is no time or place of deaths
        ("The army, which made war on its own city, killed 147 people.", [("killed", 147, "exact")]),
    ],
)
def test_this_events_figures_beside_a_war(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 января были ранены 1,5 тысячи человек.", [("injured", 1500, "exact")]),
        ("Тогда было задержано около 2,5 тыс. человек.", [("arrested", 2500, "approx")]),
        ("20 Ocak'ta 1,5 bin kişi yaralandı.", [("injured", 1500, "exact")]),
        ("20 Yanvarda 1,5 min nəfər yaralanıb.", [("injured", 1500, "exact")]),
        ("About 1.5 thousand people were wounded.", [("injured", 1500, "approx")]),
        # no scale after it: the decimal is no count, nor its first digit a figure of a thousand
        ("Раненых было в 1,5 раза больше.", []),
    ],
)
def test_a_decimal_before_a_scale(text: str, expected: list[Row]) -> None:
    assert read(text) == expected
