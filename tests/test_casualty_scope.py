"""Casualty figures of issue 16: other events, later protests, parts of a toll (by place, before and after the
curfew), soldiers, and Russian, Azerbaijani and Turkish wordings. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_casualties import Row, rows


@pytest.mark.parametrize(
    "text",
    [
        # an earlier event, named by its year, with no word of 1990
        "Two years before, in Sumgait in February 1988, 32 people died.",
        "In the clashes of 1988 some 30 people were killed in the region.",
        "В феврале 1988 года в Сумгаите погибли 32 человека.",
        "1988-ci ildə Sumqayıtda 32 nəfər həlak olub.",
        "1988'de Sumgayıt'ta 32 kişi hayatını kaybetti.",
        "The Sumgait pogrom left 26 people dead.",
        # activists detained at a later protest (the anniversary day), not in 1990
        "Police later detained 12 activists near the metro station, their lawyers said.",
        "Police detained 7 protesters at the rally on Monday.",
        "Позднее полиция задержала 5 активистов у станции метро.",
        "Polis 6 aktivisti həbs edib.",
        "Polis 9 eylemciyi gözaltına aldı.",
    ],
)
def test_figures_of_other_events_are_left_out(text: str) -> None:
    assert rows(text) == []


def test_activists_arrested_in_1990_and_sumgait_in_1990_are_kept() -> None:
    assert rows("The troops arrested about 40 activists of the Popular Front.") == [
        ("arrested", 40, "approx", "total", None)
    ]
    # kept, and a part: a town outside Baku bounds the figure (tests/test_casualty_figures2.py)
    assert rows("In Sumgait, 5 people were killed on 20 January.") == [("killed", 5, "exact", "partial", None)]


def test_a_1990_figure_beside_an_earlier_year_is_kept() -> None:
    assert rows("As in 1988, the troops shot at crowds: in January 1990, 147 people were killed.") == [
        ("killed", 147, "exact", "total", None)
    ]
    assert rows("In January 1990, 841 people were arrested by the troops.") == [
        ("arrested", 841, "exact", "total", None)
    ]


PARTS_BY_PLACE_AND_CURFEW: list[tuple[str, list[Row]]] = [
    (
        "By our count 131 were killed in Baku and 16 more in other towns.",
        [("killed", 131, "exact", "partial", None), ("killed", 16, "exact", "partial", None)],
    ),
    (
        "Before the curfew was declared, soldiers had killed 80 people; a further 20 died after it.",
        [("killed", 80, "exact", "partial", None), ("killed", 20, "exact", "partial", None)],
    ),
    (
        "После объявления комендантского часа погибли еще 20 человек.",
        [("killed", 20, "exact", "partial", None)],
    ),
    (
        "До введения комендантского часа погибли 80 человек, а в районах 9 человек.",
        [("killed", 80, "exact", "partial", None), ("killed", 9, "exact", "partial", None)],
    ),
    (
        "Komendant saatı elan olunana qədər 80 nəfər həlak olub.",
        [("killed", 80, "exact", "partial", None)],
    ),
    (
        "Sokağa çıkma yasağından önce 80 kişi hayatını kaybetti.",
        [("killed", 80, "exact", "partial", None)],
    ),
    (
        "In all, 147 people were killed across the city.",
        [("killed", 147, "exact", "total", None)],
    ),
]


OTHER_LANGUAGES: list[tuple[str, list[Row]]] = [
    ("По данным командования, погиб 19 военнослужащий.", [("killed", 19, "exact", "total", "soldiers")]),
    ("Погибли 25 военнослужащих.", [("killed", 25, "exact", "total", "soldiers")]),
    ("Тогда 140 невинных жертв погибли от пуль.", [("killed", 140, "exact", "total", None)]),
    ("Əsgərlər 25 nəfəri ağır yaralayıb.", [("injured", 25, "exact", "total", None)]),
    (
        "Resmi verilere göre 130 ile 160 arasında kişi öldü.",
        [("killed", 130, "range", "total", None)],
    ),
    ("Bazı kaynaklar 290'a yakın ölüden söz ediyor.", [("killed", 290, "at_most", "total", None)]),
    ("O gece 140 kişi şehit oldu.", [("killed", 140, "exact", "total", None)]),
    ("Yaklaşık 700 kişi yaralandı.", [("injured", 700, "approx", "total", None)]),
    ("800'den fazla kişi gözaltına alındı.", [("arrested", 800, "at_least", "total", None)]),
]


TIMED_AGAINST_THE_ANNOUNCEMENT: list[tuple[str, list[Row]]] = [
    (
        "Fövqəladə vəziyyət elan olunanadək əsgərlər 80 nəfəri qətlə yetirib.",
        [("killed", 80, "exact", "partial", None)],
    ),
    (
        "Fövqəladə vəziyyət elan edildikdən sonra daha 20 nəfər öldürülüb.",
        [("killed", 20, "exact", "partial", None)],
    ),
    ("Ordu, yasak ilan edilmeden önce 80 kişiyi öldürdü.", [("killed", 80, "exact", "partial", None)]),
    ("Yasağın ilanından sonra 20 kişi daha öldürüldü.", [("killed", 20, "exact", "partial", None)]),
    ("Fövqəladə vəziyyət elan olunub, 140 nəfər həlak olub.", [("killed", 140, "exact", "total", None)]),
]


CITY_BY_CITY_AND_SOLDIERS: list[tuple[str, list[Row]]] = [
    # city by city: parts, whether or not the second number repeats its people
    (
        "130 people were killed in Baku, 9 in Neftchala and Lankaran.",
        [("killed", 130, "exact", "partial", None), ("killed", 9, "exact", "partial", None)],
    ),
    (
        "In Baku 125 people were killed, and 12 in Sumgait.",
        [("killed", 125, "exact", "partial", None), ("killed", 12, "exact", "partial", None)],
    ),
    (
        "В Баку погибли 130 человек, а в Нефтечале 6 человек.",
        [("killed", 130, "exact", "partial", None), ("killed", 6, "exact", "partial", None)],
    ),
    # not a place, not parts
    (
        "Troops killed 140 people on 20 January and 5 on January 21.",
        [("killed", 140, "exact", "total", None)],
    ),
    # soldiers are their own toll, in every language
    ("25 hərbçi həlak olub.", [("killed", 25, "exact", "total", "soldiers")]),
    ("25 Sovyet askeri hayatını kaybetti.", [("killed", 25, "exact", "total", "soldiers")]),
    ("Askerlerden 25'i hayatını kaybetti.", [("killed", 25, "exact", "total", "soldiers")]),
    ("Sovyet askerlerinden ise 25'i hayatını kaybetti.", [("killed", 25, "exact", "total", "soldiers")]),
    ("Hərbçilərdən 25-i həlak olub.", [("killed", 25, "exact", "total", "soldiers")]),
    ("Siviller ve 25 kişi hayatını kaybetti.", [("killed", 25, "exact", "total", None)]),
    (
        "140 people were killed and 25 soldiers died.",
        [("killed", 140, "exact", "total", None), ("killed", 25, "exact", "total", "soldiers")],
    ),
]


SAID_ONCE_AFTER_TWO_NUMBERS: list[tuple[str, list[Row]]] = [
    (
        "Bakıda 125 nəfər, rayonlarda isə 9 nəfər həlak olub.",
        [("killed", 125, "exact", "partial", None), ("killed", 9, "exact", "partial", None)],
    ),
    (
        "Bakü'de 125 kişi, diğer şehirlerde 9 kişi hayatını kaybetti.",
        [("killed", 125, "exact", "partial", None), ("killed", 9, "exact", "partial", None)],
    ),
    # the first number is too far from the second
    (
        "Onda 125 nəfər, sonrakı illərdə isə qəzetlərin yazdığına görə 9 nəfər həlak olub.",
        [("killed", 9, "exact", "total", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *PARTS_BY_PLACE_AND_CURFEW,
        *OTHER_LANGUAGES,
        *TIMED_AGAINST_THE_ANNOUNCEMENT,
        *CITY_BY_CITY_AND_SOLDIERS,
        *SAID_ONCE_AFTER_TWO_NUMBERS,
    ],
)
def test_figures(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
