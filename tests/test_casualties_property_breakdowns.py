"""A breakdown stays with the noun it follows: after a count of property ("200 cars, including 40 ambulances") it is
no part of a casualty figure, of its sentence or of the one before (`_casualty_parts.things_counted_before`,
`casualties.not_people`)."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str]


def read(text: str) -> list[Row]:
    return [(f.category, f.value, f.qualifier, f.scope) for f in extract_casualties(text)]


ARRESTS = [("arrested", 800, "at_least", "total")]
ARRESTS_EXACT = [("arrested", 800, "exact", "total")]

PROPERTY = [
    # Russian: "в том числе", "из них" after a count of cars, houses, buses
    ("Тогда были задержаны более 800 человек. Танки раздавили 150 машин, в том числе 30 машин скорой помощи.", ARRESTS),
    ("Тогда были задержаны более 800 человек. Огнём были уничтожены 60 домов, в том числе 9 жилых.", ARRESTS),
    ("Тогда были задержаны более 800 человек. Пострадали 70 автобусов, из них 25 были полностью сожжены.", ARRESTS),
    (
        "Тогда были задержаны более 800 человек. Войска повредили десятки автомобилей, в том числе 30 машин скорой "
        "помощи.",
        ARRESTS,
    ),
    ("Были задержаны 800 человек и сожжены 150 автомобилей, в том числе 30 машин скорой помощи.", ARRESTS_EXACT),
    # English
    ("More than 800 people were detained. The tanks crushed 150 vehicles, including 30 ambulances.", ARRESTS),
    ("More than 800 people were detained. Some 60 houses burned down, 9 of them on one street.", ARRESTS),
    # Azerbaijani and Turkish
    ("O gecə 800 nəfər həbs olundu. Tanklar 150 avtomobili, o cümlədən 30 təcili yardım maşınını əzdi.", ARRESTS_EXACT),
    ("O gecə 800 nəfər həbs olundu. 150 maşın yandırıldı, onlardan 30-u təcili yardım maşını idi.", ARRESTS_EXACT),
    ("O gece 800 kişi gözaltına alındı. 150 araç ezildi, bunlardan 30'u ambulanstı.", ARRESTS_EXACT),
]

# the breakdown's own nouns are property, after a whole with no number
OWN_NOUNS = [
    (
        "В ту ночь 841 человек был арестован. Огонь уничтожил много имущества, в том числе 200 квартир и 80 "
        "автомобилей, включая машины скорой помощи.",
        [("arrested", 841, "exact", "total")],
    ),
    (
        "That night 841 people were arrested. Much property burned, including 200 apartments and 80 vehicles.",
        [("arrested", 841, "exact", "total")],
    ),
    (
        "O gecə 841 nəfər həbs olunub. Çoxlu əmlak, o cümlədən 200 mənzil və 80 avtomobil məhv edilib.",
        [("arrested", 841, "exact", "total")],
    ),
    (
        "O gece 841 kişi tutuklandı. Pek çok mülk, bunlardan 200 daire ve 80 araç yok edildi.",
        [("arrested", 841, "exact", "total")],
    ),
]

PEOPLE = [
    # a breakdown of people stays one
    (
        "Тогда были задержаны 800 человек, в том числе 40 женщин.",
        [("arrested", 800, "exact", "total"), ("arrested", 40, "exact", "partial")],
    ),
    (
        "В ночь на 20 января погибли 147 человек, из них 20 женщин.",
        [("killed", 147, "exact", "total"), ("killed", 20, "exact", "partial")],
    ),
    (
        "147 were killed. Among them were 20 women.",
        [("killed", 147, "exact", "total"), ("killed", 20, "exact", "partial")],
    ),
    (
        "147 nəfər həlak olub, o cümlədən 20 qadın.",
        [("killed", 147, "exact", "total"), ("killed", 20, "exact", "partial")],
    ),
    (
        "147 kişi öldü, bunlardan 20'si kadındı.",
        [("killed", 147, "exact", "total"), ("killed", 20, "exact", "partial")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROPERTY + OWN_NOUNS + PEOPLE)
def test_breakdown_stays_with_its_noun(text: str, expected: list[Row]) -> None:
    assert read(text) == expected
