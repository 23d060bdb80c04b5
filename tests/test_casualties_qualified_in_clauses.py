"""A qualified figure ("nearly", "almost", "около", "təxminən", "yaklaşık", "150'ye yakın") inside a clause about the
event, in every language, next to another event's figure in the same sentence, and "the massacre of N". The sentences
are written for these tests."""

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
            "The assault, in which nearly 150 civilians lost their lives, is remembered.",
            [("killed", 150, "at_most", "total", "civilians")],
        ),
        (
            "The night, when almost 150 people died, became a day of mourning.",
            [("killed", 150, "at_most", "total", None)],
        ),
        (
            "Операция, во время которой погибло около 150 человек, потрясла республику.",
            [("killed", 150, "approx", "total", None)],
        ),
        (
            "Операция, жертвами которой стали около 150 человек, потрясла республику.",
            [("killed", 150, "approx", "total", None)],
        ),
        ("Təxminən 150 nəfərin qətlə yetirildiyi gecə unudulmur.", [("killed", 150, "approx", "total", None)]),
        ("Hücumda təxminən 150 nəfər küçələrdə həlak olub.", [("killed", 150, "approx", "total", None)]),
        ("Saldırıda yaklaşık 150 kişi sokaklarda can verdi.", [("killed", 150, "approx", "total", None)]),
        ("150'ye yakın kişinin hayatını kaybettiği baskın unutulmadı.", [("killed", 150, "at_most", "total", None)]),
        # "the massacre of N"
        ("Black January saw the massacre of 150 people in Baku.", [("killed", 150, "exact", "total", None)]),
        ("The crackdown ended in the massacre of more than 130 people.", [("killed", 130, "at_least", "total", None)]),
        # this event's clause beside another event's, in one sentence: this event's figure only
        (
            "Unlike the Khojaly massacre, which killed 613 civilians, Black January, which killed nearly 150 "
            "civilians, happened in the capital.",
            [("killed", 150, "at_most", "total", "civilians")],
        ),
        (
            "Black January, which killed nearly 150 civilians, was followed by the Khojaly massacre, which killed 613.",
            [("killed", 150, "at_most", "total", "civilians")],
        ),
        (
            "Qara Yanvar zamanı təxminən 150 nəfər həlak olub, Xocalı soyqırımında isə 613 nəfər qətlə yetirilib.",
            [("killed", 150, "approx", "total", None)],
        ),
    ],
)
def test_a_qualified_figure_in_a_clause(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


NOT_FIGURES = [
    # another event's clause, however qualified or attributed
    "The Khojaly massacre, which killed nearly 613 civilians, came two years later.",
    "The Sumgait pogroms, which killed about 32 people, preceded the crackdown.",
    "Sumqayıt hadisələrində təxminən 32 nəfər küçələrdə həlak olub.",
    "Hocalı katliamında yaklaşık 613 kişi Ermeni askerlerinin elinde can verdi.",
    "В Сумгаите в 1988 году погибли, по официальным данным, около 32 человек.",
    # "the massacre of" a day or a year is no count
    "The massacre of 20 January is remembered every year.",
    "The massacre of 1990 left deep wounds.",
    "He wrote about the murder of 3 journalists in 2005.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_no_figure_of_another_event_or_a_date(text: str) -> None:
    assert rows(text) == []
