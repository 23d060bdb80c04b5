"""The victims as the dead, then the wounded in a clause of their own, each figure keeping its own category: the
Russian "жертвами … стали N" with a time or a place between its words ("Жертвами той ночи в Баку стали 147 человек,
ещё 744 получили ранения"), "fell victim", and the verb-final "qurbanı oldu", "kurbanı oldu" with the agent of the
deaths before it; people of no casualty before a comma do not take the category of a part of them or of others
after it ("Тогда пришли 147 человек, из них 20 погибли"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]  # category, value, qualifier


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier) for c in extract_casualties(text)]


CASES: list[tuple[str, list[Row]]] = [
    (
        "Жертвами той ночи в Баку стали 147 человек, ещё 744 получили ранения.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
    (
        "Жертвами январской трагедии стали 147 человек, 744 были ранены.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
    (
        "Жертвами той страшной январской ночи стали более 130 человек, свыше 700 были ранены.",
        [("killed", 130, "at_least"), ("injured", 700, "at_least")],
    ),
    (
        "Жертвами стали 147 человек; 744 человека были ранены, 841 арестованы.",
        [("killed", 147, "exact"), ("injured", 744, "exact"), ("arrested", 841, "exact")],
    ),
    (
        "The victims numbered 147, another 744 were wounded.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
    (
        "That night 147 people fell victim to the troops, another 744 were injured.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
    (
        "147 nəfər faciənin qurbanı oldu, 744 nəfər isə yaralandı.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
    (
        "Həmin gecə 147 nəfər sovet ordusunun qurbanı olub, 744 nəfər yaralanıb.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
    (
        "O gece 147 kişi Sovyet ordusunun kurbanı oldu, 744 kişi yaralandı.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
    (
        "147 kişi hayatını kaybetti, 744 kişi de yaralandı.",
        [("killed", 147, "exact"), ("injured", 744, "exact")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_figure_keeps_its_category(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


NEGATIVES: list[tuple[str, list[Row]]] = [
    # victims with no number: only the wounded are a figure
    ("Жертвами событий стали мирные жители, 744 человека получили ранения.", [("injured", 744, "exact")]),
    # the victims of another clause do not reach a number far after them
    ("Жертвами стали мирные жители, а через неделю в город вошли 5 тысяч солдат.", []),
    ("Bu gün 147 tələbə faciənin qurbanlarını andı.", []),
    # people of no casualty before a comma, then a part of them or others with a verb of their own: the casualty word
    # is the later figure's alone, not said once for both as a verb-final language does
    ("Тогда пришли 147 человек, из них 20 погибли.", [("killed", 20, "exact")]),
    ("Тогда пришли 147 человек, ещё 744 получили ранения.", [("injured", 744, "exact")]),
    ("On the square were 147 people, another 20 were wounded.", [("injured", 20, "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_no_figure_without_its_own_number(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
