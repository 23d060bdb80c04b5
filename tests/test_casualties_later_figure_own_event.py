"""A later figure of a sentence that names 20 January and another event is the event its own words name right after
it: the soldiers of the 2020 war or the dead of Khojaly told after 1990's toll ("…, and 2,908 soldiers were martyred
in the 44-day war", "2908 hərbçi isə Vətən müharibəsində şəhid olub") are none, and 1990's figure after another
event's ("the Tbilisi tragedy that killed 21 people, … killed 147 people in Baku on 20 January 1990") is kept; an
elided figure of another event ("…, Ходжалинский геноцид — 613") leaves 1990's the total. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who

TOLL: list[Row] = [("killed", 147, "exact", "total", None)]


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a later war's soldiers, named after their figure
        "On 20 January 1990 147 people were killed, and 2,908 soldiers were martyred in the 44-day war.",
        "The alley keeps the graves of 147 victims of January 1990 and of 2,908 men who fell in the Patriotic War.",
        "20 Yanvarda 147 nəfər həlak olub, 2908 hərbçi isə Vətən müharibəsində şəhid olub.",
        "Здесь покоятся 147 жертв 20 января и 2908 военнослужащих, погибших в Отечественной войне.",
        "20 Ocak'ta 147 kişi öldü, 2908 asker de Vatan Muharebesi'nde şehit oldu.",
        # another tragedy's dead, named after their figure
        "147 people died on 20 January and 613 civilians were massacred in Khojaly.",
        "20 января погибли 147 человек, а в Ходжалы были убиты 613 мирных жителей.",
        # another event's figure first, 1990's named after its own
        "After the Tbilisi tragedy that killed 21 people, Soviet troops killed 147 people in Baku on 20 January 1990.",
        "After the Khojaly massacre, in which 613 civilians died, the 147 killed on 20 January were remembered too.",
        # another event's figure elided after 1990's: 1990's stays the total
        "Трагедия 20 Января унесла жизни 147 человек, Ходжалинский геноцид — 613 человек.",
        "Black January took 147 lives and the Khojaly genocide 613 more.",
    ],
)
def test_another_events_figure_beside_the_toll(text: str) -> None:
    assert rows(text) == TOLL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1990's second figure names no event after it: both figures are the toll's
        (
            "On 20 January 1990, 147 people were killed and 744 wounded, two years after the Sumgait pogrom.",
            [("killed", 147, "exact", "total", None), ("injured", 744, "exact", "total", None)],
        ),
        # the other event's figure first, 1990's named after it
        ("In Khojaly 613 were killed, and 147 died on 20 January.", TOLL),
        # 1990's first figure keeps the event named before it, whatever follows
        ("On 20 January 1990, 147 people died in Baku, two years after the Sumgait events.", TOLL),
        # a part of the toll, its people from another event's place, stays a part
        (
            "147 died on 20 January, including 5 refugees from Khojaly.",
            [("killed", 147, "exact", "total", None), ("killed", 5, "exact", "partial", None)],
        ),
        # two elided figures of this event's places stay its parts
        (
            "On 20 January 1990, 134 people were killed in Baku and 13 more in other towns.",
            [("killed", 134, "exact", "partial", None), ("killed", 13, "exact", "partial", None)],
        ),
    ],
)
def test_this_events_figures_stay(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
