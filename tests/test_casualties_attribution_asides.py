"""A figure set apart from its casualty word by an aside naming who gives it, in every language ("the death toll,
according to official figures, was 147", "Погибли, по официальным данным, 133 человека", "Ölənlərin sayı, rəsmi
məlumata görə, 147 nəfər olub", "147 kişi, resmi rakamlara göre, hayatını kaybetti"), and a breakdown across such an
aside still a part. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the casualty word first, the aside, then the number
        ("The death toll, according to official figures, was 147.", [("killed", 147, "exact", "total", None)]),
        ("The number of the dead, the commission said, reached 131.", [("killed", 131, "exact", "total", None)]),
        ("Погибли, по официальным данным, 133 человека.", [("killed", 133, "exact", "total", None)]),
        ("Число погибших, по подсчётам комиссии, составило 131 человек.", [("killed", 131, "exact", "total", None)]),
        ("Число погибших, по официальной версии, составило 133 человека.", [("killed", 133, "exact", "total", None)]),
        ("Погибли, по разным данным, от 131 до 170 человек.", [("killed", 131, "range", "total", None)]),
        ("Ölənlərin sayı, rəsmi məlumata görə, 147 nəfər olub.", [("killed", 147, "exact", "total", None)]),
        ("Ölü sayı, resmi rakamlara göre, 147 oldu.", [("killed", 147, "exact", "total", None)]),
        # the number first, the aside, then a verb-final verb
        ("O gecə 147 nəfər, rəsmi məlumata görə, həlak olub.", [("killed", 147, "exact", "total", None)]),
        ("O gece 147 kişi, resmi rakamlara göre, hayatını kaybetti.", [("killed", 147, "exact", "total", None)]),
        ("Тогда 133 человека, по словам очевидцев, погибли на улицах.", [("killed", 133, "exact", "total", None)]),
        # a breakdown across an aside is still a part
        ("Among the dead, according to witnesses, were 20 children.", [("killed", 20, "exact", "partial", None)]),
        ("Of those killed, the report said, 20 were children.", [("killed", 20, "exact", "partial", None)]),
    ],
)
def test_an_aside_of_attribution_between_word_and_number(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


NOT_FIGURES = [
    # the aside leads to no figure of people
    "The army killed, the report said, dozens of people in 3 days.",
    "Погибшие, по словам очевидцев, 3 дня лежали на улицах.",
    # an aside that names no source is no bridge
    "The death toll, a grim subject for the 3 speakers, was discussed at length.",
    # another event's toll, however attributed
    "The Khojaly death toll, according to official figures, was 613.",
    "Xocalı faciəsində ölənlərin sayı, rəsmi məlumata görə, 613 nəfər olub.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_no_figure_across_an_aside(text: str) -> None:
    assert rows(text) == []
