"""Turkish number words as a page typed without Turkish letters writes them ("yuz kirk yedi", "dort yuz"), and
written glued together ("üçyüz", "ucyuz", "yüzkırkyedi"): read as the same numbers, in casualty figures too. Read
only where the text has Turkish letters near, as the number words are, or Turkish words typed without them
(`[numbers] read_where_words`: "kisi", "hayatini"). The sentences are written for these tests."""

from __future__ import annotations

import re

import pytest

from jan20.extract.casualties import extract_casualties
from jan20.text.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("Bakü'de yuz kirk yedi kisi", 147, "yuz kirk yedi"),
        ("Bakü'de dort yuz elli kisi", 450, "dort yuz elli"),
        ("Bakü'de altmis bes kisi", 65, "altmis bes"),
        ("Bakü'de ucyuz kisi", 300, "ucyuz"),
        ("Bakü'de üçyüz kişi", 300, "üçyüz"),
        ("Bakü'de yüzkırkyedi kişi", 147, "yüzkırkyedi"),
        ("Bakü'de yediyuzden fazla kisi", 700, "yediyuz"),  # the ending left after the number
        ("Bakü'de ikiyuz kirk dort kisi", 244, "ikiyuz kirk dort"),
    ],
)
def test_plain_and_glued_number_words(text: str, value: int, written: str) -> None:
    words = [(n.value, n.text) for n in find_numbers(text) if n.kind == "words"]
    assert words == [(value, written)]


@pytest.mark.parametrize(
    "text",
    [
        "Bakü'de yüzde on",  # "yüzde" is a percentage, no glued number
        "Bakü'de onbeşinci",  # an ordinal's ending is no case ending
        "Bakü'de beşik",  # a word that only opens with a number's stem
        "Baku yuz kirk yedi",  # no Turkish letter near, nor a Turkish word typed without them: not read
        "He waited on the square for a min before ten more came.",  # English words
    ],
)
def test_no_number_made_of_other_words(text: str) -> None:
    assert [n.value for n in find_numbers(text) if n.kind == "words"] in ([], [10])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "20 Ocak 1990'da Bakü'de yuz kirk yedi kisi hayatini kaybetti, yediyuzden fazla kisi yaralandi.",
            [("killed", 147, "exact"), ("injured", 700, "at_least")],
        ),
        ("Sovyet ordusu Bakü'de yuzkirkyedi sivili katletti.", [("killed", 147, "exact")]),
        ("O gece Bakü'de ucyuz kisi tutuklandi.", [("arrested", 300, "exact")]),
        # a page with no Turkish letter at all
        (
            "20 Ocak 1990 gecesi Baku'de yuz kirk yedi kisi hayatini kaybetti, yedi yuz kisi yaralandi.",
            [("killed", 147, "exact"), ("injured", 700, "exact")],
        ),
        ("O gece Baku'de ucyuz kisi tutuklandi.", [("arrested", 300, "exact")]),
    ],
)
def test_casualty_figures_in_plain_number_words(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(c.category, c.value, c.qualifier) for c in extract_casualties(text)] == expected


def test_words_of_the_language_are_searched_only_in_a_text_that_holds_one() -> None:
    from jan20.text.numbers import _Letters

    near = _Letters(re.compile("[ığş]", re.IGNORECASE), 5, re.compile(r"\bkisi\b", re.IGNORECASE))
    text = "on the square. yuz kirk yedi kisi"
    assert near.near(text, 15, 28) and not near.near(text, 0, 5)  # (within reach of the word, or not)
    assert not near.near("on the square", 0, 13) and near.last == ("on the square", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma after a word, its space left out: the number after it is read
        ("kaybetti,700 kişi", [700]),
        ("were killed,700 were wounded", [700]),
        # a comma between digits groups them or marks a decimal, and one after a space opens no number
        ("1,500 people", [1500]),
        ("In January 1990,147 people", [1990]),
        ("a ,700 b", []),
    ],
)
def test_digits_after_a_comma_with_no_space(text: str, expected: list[int]) -> None:
    assert [n.value for n in find_numbers(text) if n.kind != "words"] == expected


def test_a_figure_after_a_comma_with_no_space_is_read() -> None:
    text = "Saldırıda 137 kişi hayatını kaybetmiş,700'den fazla insan ise yaralanmıştı."
    assert [(c.category, c.value, c.qualifier) for c in extract_casualties(text)] == [
        ("killed", 137, "exact"),
        ("injured", 700, "at_least"),
    ]
