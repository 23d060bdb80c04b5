"""A bound before a first figure, and its people, reach a bare second figure with no verb of its own
(`_casualty_spread`): "more than 130 civilians killed and 700 wounded by the troops"."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str | None]


def read(text: str) -> list[Row]:
    return [(f.category, f.value, f.qualifier, f.who) for f in extract_casualties(text)]


REACHED = [
    # English: participles with no finite verb, or the verb of the first figure elided for the second
    (
        "That night over 120 civilians killed and 650 wounded by the soldiers, the report says.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "at_least", "civilians")],
    ),
    (
        "In Baku more than 125 unarmed civilians were shot dead and 690 injured by the army in January 1990.",
        [("killed", 125, "at_least", "civilians"), ("injured", 690, "at_least", "civilians")],
    ),
    (
        "At least 110 civilians dead and 600 hurt, said the human rights group.",
        [("killed", 110, "at_least", "civilians"), ("injured", 600, "at_least", "civilians")],
    ),
    # one group's list: its people reach each bare item in turn
    (
        "Over 120 civilians killed, 650 wounded and 40 arrested, the report says.",
        [
            ("killed", 120, "at_least", "civilians"),
            ("injured", 650, "exact", "civilians"),
            ("arrested", 40, "exact", "civilians"),
        ],
    ),
    (
        "Fewer than 200 killed and 900 wounded, by the official count.",
        [("killed", 200, "at_most", None), ("injured", 900, "at_most", None)],
    ),
    (
        "About 120 civilians killed and 650 wounded by the troops.",
        [("killed", 120, "approx", "civilians"), ("injured", 650, "approx", "civilians")],
    ),
    # Russian: nouns and instrumental participles, no verb of the second figure's own
    (
        "Итог той ночи: более 120 убитых и 650 раненых.",
        [("killed", 120, "at_least", None), ("injured", 650, "at_least", None)],
    ),
]

KEPT = [
    # a list's items: a comma, no coordinator
    ("More than 120 killed, 650 wounded.", [("killed", 120, "at_least", None), ("injured", 650, "exact", None)]),
    # the second figure's own people
    (
        "More than 120 civilians were killed and 650 people injured.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "exact", None)],
    ),
    # a verb of the second figure's own, in every language (a Russian short participle is one)
    (
        "More than 120 civilians were killed, and 650 were wounded.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "exact", None)],
    ),
    (
        "Более 120 мирных жителей убиты и 650 ранены.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "exact", None)],
    ),
    (
        "В ту ночь свыше 120 мирных жителей были убиты и 650 ранены солдатами.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "exact", None)],
    ),
    (
        "120-dən çox dinc sakin həlak olub, 650 nəfər yaralanıb.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "exact", None)],
    ),
    (
        "120'den fazla sivil öldürüldü ve 650 kişi yaralandı.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "exact", None)],
    ),
    # an active verb of its own right before the second number (a qualifier of either kind)
    (
        "The soldiers opened fire, killing more than 120 people and injuring 650.",
        [("killed", 120, "at_least", None), ("injured", 650, "exact", None)],
    ),
    (
        "The troops killed about 120 civilians and wounded 650.",
        [("killed", 120, "approx", "civilians"), ("injured", 650, "exact", None)],
    ),
    # a bound after its number is the number's own (Turkish and Azerbaijani)
    (
        "Resmi rakamlara göre 120'den fazla ölü ve 650 yaralı vardı.",
        [("killed", 120, "at_least", None), ("injured", 650, "exact", None)],
    ),
    # a bare figure after a list of several groups of people is none of theirs
    (
        "Over 120 civilians and 18 soldiers were killed and 650 wounded in the city.",
        [
            ("killed", 120, "at_least", "civilians"),
            ("killed", 18, "exact", "soldiers"),
            ("injured", 650, "exact", None),
        ],
    ),
    (
        "About 120 civilians and 18 soldiers died and 650 injured that night.",
        [("killed", 120, "approx", "civilians"), ("killed", 18, "exact", "soldiers"), ("injured", 650, "exact", None)],
    ),
    # the second figure's noun followed by an auxiliary of its own opens a clause of its own
    (
        "More than 120 people died, and 650 wounded were brought to the hospitals.",
        [("killed", 120, "at_least", None), ("injured", 650, "exact", None)],
    ),
    (
        "Around 120 people lost their lives and 650 injured were treated by doctors.",
        [("killed", 120, "approx", None), ("injured", 650, "exact", None)],
    ),
    # another sentence
    (
        "More than 120 civilians were killed. 650 injured.",
        [("killed", 120, "at_least", "civilians"), ("injured", 650, "exact", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED + KEPT)
def test_bound_and_people_reach_a_bare_second_figure(text: str, expected: list[Row]) -> None:
    assert read(text) == expected
