"""An arrest count phrased as people being subjected to arrests (or arrests and detentions together), in four
languages: "were subjected to arrests", "подверглись арестам", "həbslərə və saxlamalara məruz qalıb",
"tutuklamalara maruz kaldı". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier) for c in extract_casualties(text)]


CASES: list[tuple[str, list[Row]]] = [
    ("During the January 1990 events, 841 residents were subjected to arrests.", [("arrested", 841, "exact")]),
    (
        "In Baku in January 1990, 147 civilians were killed, 744 wounded and 841 were subjected to arrests.",
        [("killed", 147, "exact"), ("injured", 744, "exact"), ("arrested", 841, "exact")],
    ),
    ("Over 800 people were later subjected to arrest in January 1990.", [("arrested", 800, "at_least")]),
    ("В январе 1990 года 841 житель Баку подвергся арестам.", [("arrested", 841, "exact")]),
    ("В те январские дни 1990 года более 800 человек подверглись арестам.", [("arrested", 800, "at_least")]),
    ("Тогда, в январе 1990 года, 841 человек были подвергнуты арестам и задержаниям.", [("arrested", 841, "exact")]),
    ("1990-cı ilin yanvarında 841 nəfər həbslərə və saxlamalara məruz qalıb.", [("arrested", 841, "exact")]),
    (
        "Yanvar faciəsi zamanı 147 nəfər həlak olub, 841 vətəndaş isə saxlamalara və həbslərə məruz qalmışdır.",
        [("killed", 147, "exact"), ("arrested", 841, "exact")],
    ),
    ("20 Ocak 1990'da 841 kişi tutuklamalara maruz kaldı.", [("arrested", 841, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subjected_to_arrests(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
