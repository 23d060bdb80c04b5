"""An estimate before a figure governs the figure coordinated with it in its clause (`_casualty_spread`)."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]


def read(text: str) -> list[Row]:
    return [(f.category, f.value, f.qualifier) for f in extract_casualties(text)]


def two(first: Row, second_value: int, second: str = "approx", category: str = "injured") -> list[Row]:
    """The first figure, then the second: approximate too unless said."""
    return [first, (category, second_value, second)]


ABOUT_90 = ("killed", 90, "approx")
ABOUT_60 = ("killed", 60, "approx")
OVER_90 = ("killed", 90, "at_least")


SHARED = [
    # English: the estimate reaches the elliptical second figure
    ("Witnesses counted an estimated 90 dead and 400 injured that night.", two(ABOUT_90, 400)),
    ("About 60 people were shot dead and 250 wounded on the avenue.", two(ABOUT_60, 250)),
    ("Roughly 75 died, 310 injured.", two(("killed", 75, "approx"), 310)),
    ("Approximately 40 demonstrators were detained and 12 injured.", two(("arrested", 40, "approx"), 12)),
    # Russian
    ("По подсчётам врачей, около 90 убитых и 400 раненых.", two(ABOUT_90, 400)),
    ("Тогда насчитали примерно 60 убитых и 250 раненых.", two(ABOUT_60, 250)),
    # Azerbaijani and Turkish: a list with no verb of its own
    ("Həkimlərin sözlərinə görə, təxminən 90 ölü və 400 yaralı var idi.", two(ABOUT_90, 400)),
    ("Resmi olmayan rakamlara göre yaklaşık 90 ölü ve 400 yaralı vardı.", two(ABOUT_90, 400)),
]

KEPT = [
    # a bound is its own number's in a list of items, before a number with its own people, or after its number
    ("Over 90 killed, 400 injured.", two(OVER_90, 400, "exact")),
    ("Over 90 people were killed and 400 people injured.", two(OVER_90, 400, "exact")),
    ("Свыше 90 человек погибли и 400 были ранены.", two(OVER_90, 400, "exact")),
    ("90-dan çox insan həlak olub, 400 nəfər yaralanıb.", two(OVER_90, 400, "exact")),
    ("90'dan fazla kişi öldü ve 400 kişi yaralandı.", two(OVER_90, 400, "exact")),
    # another sentence
    ("About 90 people were killed. 400 were injured.", two(ABOUT_90, 400, "exact")),
    ("Около 90 человек погибли. Ранены 400 человек.", two(ABOUT_90, 400, "exact")),
    ("Təxminən 90 nəfər həlak olub. 400 nəfər yaralanıb.", two(ABOUT_90, 400, "exact")),
    ("Yaklaşık 90 kişi öldü. 400 kişi yaralandı.", two(ABOUT_90, 400, "exact")),
    # a clause of its own
    ("An estimated 90 people died and 400 were wounded.", two(ABOUT_90, 400, "exact")),
    ("About 90 people were killed and 400 people were hurt.", two(ABOUT_90, 400, "exact")),
    # a finite verb of its own after the second figure: a clause of its own in every language
    ("O gecə təxminən 90 nəfər həlak olub, 400 nəfər yaralanıb.", two(ABOUT_90, 400, "exact")),
    ("Təqribən 60 nəfər öldürülüb və 250 nəfər yaralanıb.", two(ABOUT_60, 250, "exact")),
    ("O gece yaklaşık 90 kişi hayatını kaybetti, 400 kişi yaralandı.", two(ABOUT_90, 400, "exact")),
    ("Tahminen 60 kişi öldü ve 250 kişi yaralandı.", two(ABOUT_60, 250, "exact")),
    (
        "Yaklaşık 500 kişi yaralandı, 620 kişi gözaltına alındı.",
        [("injured", 500, "approx"), ("arrested", 620, "exact")],
    ),
    (
        "Təxminən 500 nəfər yaralanıb, 620 nəfər həbs edilib.",
        [("injured", 500, "approx"), ("arrested", 620, "exact")],
    ),
    ("Тогда погибли примерно 60 человек и 250 получили ранения.", two(ABOUT_60, 250, "exact")),
    ("Около 60 человек были ранены, 251 человек арестован.", [("injured", 60, "approx"), ("arrested", 251, "exact")]),
    ("Около 60 человек погибли, 250 человек ранено.", two(ABOUT_60, 250, "exact")),
    # the second figure's own qualifier stands
    ("About 90 were killed and more than 400 injured.", two(ABOUT_90, 400, "at_least")),
    # an estimate inside a list is its item's own
    (
        "He said 150 were killed, about 600 injured and 800 detained.",
        [("killed", 150, "exact"), ("injured", 600, "approx"), ("arrested", 800, "exact")],
    ),
    # too far apart, or a number between them
    (
        "About 90 people were killed in the centre of the old city during the first night of the raid and 400 injured.",
        two(ABOUT_90, 400, "exact"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED + KEPT)
def test_estimate_governs_coordinated_figure(text: str, expected: list[Row]) -> None:
    assert read(text) == expected
