"""Casualty phrasings read from real reporting of 20 January 1990 (issue #16), in sentences written for these tests:
the event named in several words between a casualty word and its number ("the death toll of the January 1990 tragedy
was 147", "число жертв январской трагедии 1990 года составило 147"), every part of a breakdown counting the people
of the whole ("147 civilians, including 20 women and 7 children", "bunların 20'si kadın, 7'si çocuk": both parts are
civilians), the Azerbaijani copula after digits ("sayı 147-dir") and Russian thousands after digits ("20 тысяч").
Negative cases stay empty: another event named so, a count of troops, mourners."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties
from jan20.text.numbers import find_numbers

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officially, the death toll of the January 1990 tragedy was 147.", 147),
        ("The death toll of the Black January events eventually reached 147 people.", 147),
        ("The number of those killed in the January tragedy was later put at 131.", 131),
        ("The death toll of the tragedy of 20 January 1990 stands at 147.", 147),
        ("The toll of the massacre in Baku in January 1990 rose to 133.", 133),
        ("Число жертв январской трагедии 1990 года составило 147 человек.", 147),
        ("Число погибших во время событий 20 января 1990 года составило 147 человек.", 147),
        ("Şəhid olanların sayı 147-dir.", 147),
        ("Rəsmi məlumata görə, faciə zamanı həlak olanların sayı 131-dir.", 131),
        ("20 Ocak 1990 katliamında hayatını kaybedenlerin sayı 147'dir.", 147),
    ],
)
def test_event_named_between_word_and_number(text: str, value: int) -> None:
    assert rows(text) == [("killed", value, "exact", "total", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll of the Khojaly massacre of 1992 was 613.",  # another event
        "The death toll of the earthquake of 1988 was 25,000.",  # no word of this event
        "The death toll of the 26,000 troops was never published.",  # no event, and a count of troops
        "Число жертв Ходжалинской трагедии 1992 года составило 613 человек.",
        "Xocalı soyqırımı zamanı həlak olanların sayı 613-dür.",
        "Hocalı katliamında hayatını kaybedenlerin sayı 613'tür.",
    ],
)
def test_other_event_named_so_gives_nothing(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops killed 147 civilians, including 20 women and 7 children.",
        "147 civilians were killed, of whom 20 were women and 7 were children.",
        "Погибли 147 мирных жителей, из них 20 женщин и 7 детей.",
        "147 mülki şəxs həlak oldu, onlardan 20-si qadın, 7-si uşaq idi.",
        "Sovet qoşunları 147 dinc sakini qətlə yetirdi, onlardan 20-si qadın, 7-si uşaq.",
        "Sovyet askerleri 147 sivili öldürdü, bunların 20'si kadın, 7'si çocuktu.",
    ],
)
def test_every_part_of_a_breakdown_counts_the_whole_people(text: str) -> None:
    assert rows(text) == [
        ("killed", 147, "exact", "total", "civilians"),
        ("killed", 20, "exact", "partial", "civilians"),
        ("killed", 7, "exact", "partial", "civilians"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole names no side: neither do its parts
        (
            "147 people were killed, among them 20 women and 7 children.",
            [("killed", 147, None), ("killed", 20, None), ("killed", 7, None)],
        ),
        (
            "147 nəfər həlak oldu, onlardan 20-si qadın, 7-si uşaq.",
            [("killed", 147, None), ("killed", 20, None), ("killed", 7, None)],
        ),
        # a part that names its own side keeps it
        (
            "147 civilians were killed, including 3 policemen and 7 children.",
            [("killed", 147, "civilians"), ("killed", 3, "police"), ("killed", 7, "civilians")],
        ),
        # the soldiers' toll is the whole of the parts after it
        (
            "Troops killed 131 civilians and lost 21 soldiers, including 5 officers and 2 conscripts.",
            [
                ("killed", 131, "civilians"),
                ("killed", 21, "soldiers"),
                ("killed", 5, "soldiers"),
                ("killed", 2, "soldiers"),
            ],
        ),
    ],
)
def test_parts_take_the_side_of_their_own_whole(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert [(c.category, c.value, c.who) for c in extract_casualties(text)] == expected


def test_russian_thousands_after_digits() -> None:
    assert [(n.text, n.value) for n in find_numbers("погибли более 20 тысяч человек")] == [("20 тысяч", 20000)]
    assert [(n.text, n.value) for n in find_numbers("в городе 2 тысячи жителей")] == [("2 тысячи", 2000)]


@pytest.mark.parametrize(
    "text",
    [
        "В Карабахской войне погибли более 20 тысяч человек, а 20 января 1990 года — 147 человек.",
        "В 44-дневной войне погибли 20 тысяч человек, а 20 января 1990 года — 147 человек.",
    ],
)
def test_another_wars_thousands_leave_this_events_figure(text: str) -> None:
    assert rows(text) == [("killed", 147, "exact", "total", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Более 20 тысяч человек пришли почтить память погибших.",
        "Мемориал в тот день посетили 10 тысяч человек.",
        "More than 2,000 people came to pay tribute to the victims.",
        "Şəhidlər xiyabanını 10 min nəfər ziyarət edib.",
        "Şehitler Hıyabanı'nı 10 bin kişi ziyaret etti.",
    ],
)
def test_mourners_are_no_figure(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "В ту ночь 147 человек были убиты, 744 - получили тяжёлые ранения.",
        "В ту ночь 147 человек были убиты, 744 получили тяжелые ранения.",
        "В ту ночь 147 человек были убиты, 744 — получили лёгкие ранения.",
    ],
)
def test_russian_wounds_written_with_yo_or_ye(text: str) -> None:
    assert rows(text) == [("killed", 147, "exact", "total", None), ("injured", 744, "exact", "total", None)]


def test_hundreds_wounded_are_no_figure_in_russian() -> None:
    assert rows("Сотни людей были убиты, ранены и пропали без вести.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faciə zamanı 131 azərbaycanlı həlak olub.", [("killed", 131, "exact", "total", None)]),
        (
            "Qarabağ müharibəsində 20 mindən çox azərbaycanlı həlak olub, 20 Yanvarda isə 147 nəfər.",
            [("killed", 147, "exact", "total", None)],
        ),
        ("Qarabağ müharibəsində 20 mindən çox azərbaycanlı həlak olub.", []),
    ],
)
def test_azerbaijanis_counted_in_azerbaijani(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "21 soldiers were killed. Among the dead were 20 women and 7 children.",
        "Армия потеряла 21 военнослужащего. Среди погибших 20 женщин и 7 детей.",
        "Ordu 21 hərbçisini itirdi. Həlak olanların arasında 20 qadın və 7 uşaq var idi.",
    ],
)
def test_a_breakdown_in_the_next_sentence_takes_no_side_from_the_one_before(text: str) -> None:
    assert [(c.value, c.who) for c in extract_casualties(text)] == [(21, "soldiers"), (20, None), (7, None)]
