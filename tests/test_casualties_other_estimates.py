"""Another estimate of the figure before it in its sentence, its casualty word elided ("officially 133 people were
killed, unofficially over 300", "по неофициальным — около 300", "qeyri-rəsmi məlumata görə isə 300-dən çox",
"gayriresmi rakamlara göre ise 300'den fazla"): the same category and people, its own qualifier. Texts written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January 1990 officially 133 civilians lost their lives in Baku, unofficially more than 300.",
            [("killed", 133, "exact", "total", "civilians"), ("killed", 300, "at_least", "total", "civilians")],
        ),
        (
            "Officially 744 people were wounded in Baku in January 1990; unofficially, the number was nearer to 1000.",
            [("injured", 744, "exact", "total", None), ("injured", 1000, "approx", "total", None)],
        ),
        (
            "По официальным данным, в январе 1990 года погибли 133 человека, по неофициальным — около 300.",
            [("killed", 133, "exact", "total", None), ("killed", 300, "approx", "total", None)],
        ),
        (
            "Rəsmi məlumata görə, 1990-cı ilin yanvarında 133 nəfər həlak olub, "
            "qeyri-rəsmi məlumata görə isə 300-dən çox.",
            [("killed", 133, "exact", "total", None), ("killed", 300, "at_least", "total", None)],
        ),
        # both elided after a colon, each with its attribution and a dash
        (
            "В январе 1990 года в Баку погибли: по официальным данным — 133, по неофициальным — около 300.",
            [("killed", 133, "exact", "total", None), ("killed", 300, "approx", "total", None)],
        ),
        (
            "Resmi rakamlara göre Ocak 1990'da 133 kişi öldü, gayriresmi rakamlara göre ise 300'den fazla.",
            [("killed", 133, "exact", "total", None), ("killed", 300, "at_least", "total", None)],
        ),
    ],
)
def test_an_elided_second_estimate_is_a_figure_of_the_same_toll(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number after the word of another estimate counts something else
        (
            "In January 1990 officially 133 people were killed in Baku; an independent group of 12 lawyers "
            "disputed it.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "In January 1990 officially 133 people were killed in Baku, while unofficially 300 people "
            "attended funerals.",
            [("killed", 133, "exact", "total", None)],
        ),
        # no figure before it: mourners counted twice
        ("In 2020, officially 500 people attended the ceremony, unofficially over 1000.", []),
        # mourners counted by two sources, each after a dash
        (
            "20 января 2020 года на Аллею шехидов пришли: по данным полиции — 5000 человек, по неофициальным — 10000.",
            [],
        ),
        # another sentence
        (
            "In January 1990 officially 133 people were killed in Baku. Unofficially, over 300.",
            [("killed", 133, "exact", "total", None)],
        ),
    ],
)
def test_no_second_estimate_without_its_figure_before_it(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
