"""A district's or town's share of the dead, told as the place giving martyrs or losing its sons ("in those days the
district gave three martyrs", "Qusar rayonu üç şəhid verdi", "Ленкорань потеряла пятерых своих сынов"), is a part
of the toll, not the total; the country's, the people's and Baku's own ("Azərbaycan 147 şəhid verdi") stay the
total, as a place's figure does in the `[casualties] partial_where` data. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.test_casualties import Row, k, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Həmin günlərdə Qusar rayonu üç şəhid verdi.", [k(3, scope="partial")]),
        ("1990-cı ilin yanvar hadisələri zamanı Göyçay rayonu 2 şəhid verib.", [k(2, scope="partial")]),
        ("20 Yanvar faciəsində Lənkəran 5 şəhid vermişdir.", [k(5, scope="partial")]),
        ("Qanlı Yanvarda Sumqayıt şəhəri dörd şəhid verib.", [k(4, scope="partial")]),
        ("In those days the Goychay district gave three martyrs.", [k(3, scope="partial")]),
        ("During the January 1990 events, Lankaran lost five of its sons.", [k(5, scope="partial")]),
        ("That night the town of Sumgait gave 4 martyrs to the cause of freedom.", [k(4, scope="partial")]),
        ("В те январские дни Ленкорань потеряла пятерых своих сынов.", [k(5, scope="partial")]),
        ("В январе 1990 года Гянджа потеряла 3 своих сынов.", [k(3, scope="partial")]),
        ("В январские дни 1990 года Гёйчайский район потерял двух своих сыновей.", [k(2, scope="partial")]),
    ],
)
def test_a_places_share_of_the_dead_is_partial(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Həmin gün Azərbaycan 147 şəhid verdi.", [k(147)]),
        ("Xalqımız 147 şəhid verdi.", [k(147)]),
        ("20 Yanvar faciəsində Bakı 131 şəhid verdi.", [k(131)]),
        ("In January 1990 Azerbaijan lost 147 of its sons.", [k(147)]),
        ("The nation gave 147 martyrs that night.", [k(147)]),
        ("В январе 1990 года Азербайджан потерял 147 своих сынов.", [k(147)]),
    ],
)
def test_the_countrys_or_bakus_dead_stay_the_total(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Baku named as a city ("Bakı şəhəri", "the city of Baku", "город Баку") is still the event's own place
        ("O gecə Bakı şəhəri 131 şəhid verdi.", [k(131)]),
        ("That night the city of Baku lost 131 of its sons.", [k(131)]),
        ("В ту ночь город Баку потерял 131 своих сынов.", [k(131)]),
    ],
)
def test_baku_named_as_a_city_is_no_share(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole toll beside a place's share in one sentence stays the whole: only the place's figure is a part
        (
            "On 20 January 1990, 147 civilians were killed; the Goychay district gave three martyrs.",
            [k(147, who="civilians"), k(3, scope="partial")],
        ),
        (
            "Той ночью Ленкорань потеряла 4 своих сынов, а всего погибли 147 человек.",
            [k(4, scope="partial"), k(147)],
        ),
        (
            "Sovet qoşunları 147 nəfəri qətlə yetirdi, Qusar rayonu isə üç şəhid verdi.",
            [k(147), k(3, scope="partial")],
        ),
    ],
)
def test_the_whole_toll_beside_a_places_share_stays_the_whole(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
