"""Fact boxes copied as text with a blank line between a bare label and its value (an encyclopedia's infobox:
"Погибших", a blank line, "от 131[1] до 170[2]"): the label and its value are read together, as on one line. And
what stays apart: a sentence before a blank line, a label with no casualty word, a long line. The texts are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, int, str]  # category, low, high, qualifier


def rows(text: str) -> list[Row]:
    return [(c.category, c.low, c.high, c.qualifier) for c in extract_casualties(text)]


BOXES = [
    (
        "Дата\n\n20 января 1990 года\n\nПогибших\n\nот 131[1] до 170[2]\n\nПострадавших\n\n700-800[3]\n",
        [("killed", 131, 170, "range"), ("injured", 700, 800, "range")],
    ),
    (
        "Убитых\n\n147\n\nРаненых\n\n744\n\nАрестованных\n\n841",
        [("killed", 147, 147, "exact"), ("injured", 744, 744, "exact"), ("arrested", 841, 841, "exact")],
    ),
    ("Deaths\n\n133–137 [1]\n\nInjuries\n\n700–800", [("killed", 133, 137, "range"), ("injured", 700, 800, "range")]),
    (
        "Həlak olanlar\n \n• 147 nəfər\n\nYaralananlar\n\n• 744 nəfər",
        [("killed", 147, 147, "exact"), ("injured", 744, 744, "exact")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOXES)
def test_a_label_and_its_value_parted_by_a_blank_line_are_read_together(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


APART = [
    # a sentence that ends before the blank line, not a label
    "Многие погибли.\n\n147 страниц архива открыты для читателей.",
    # a label that names no casualty
    "Участников\n\n300 человек",
    # a line longer than a label
    "В ту ночь в городе погибли многие жители, и об этом помнят все\n\n147 книг издано о тех днях",
]


@pytest.mark.parametrize("text", APART)
def test_what_is_no_label_stays_apart_from_the_number_after_it(text: str) -> None:
    assert rows(text) == []
