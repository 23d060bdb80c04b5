"""A casualty phrase anchors the prefilter (`_casualty_words.anchor`) on a word of its own that is rare in ordinary
text: a phrase made for a row's noun ("fell victim to the tragedy", "faciənin qurbanı olub") on the row's own words,
never on the noun ("tragedy", "troops"), and a phrase with a casualty word outside ASCII on that word, not on an
auxiliary of most sentences ("həbs olunub": not "olunub"). Sentences of ordinary news with none of those are no
cue; the phrases are still read. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract._casualty_text import cue_positions
from jan20.extract.casualties import extract_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds gathered at the memorial to remember the tragedy.",
        "Soviet troops entered the city and the crackdown began at night.",
        "The invasion and the assault were condemned by the parliament.",
        "Mərasim keçirilib, abidə ziyarət olunub.",
        "Tədbir çox maraqlı olub, qonaqlar sevinib.",
    ],
)
def test_ordinary_words_are_no_casualty_cue(text: str) -> None:
    assert cue_positions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 20 January 1990, 147 people fell victim to the tragedy.", ("killed", 147)),
        ("That night 147 civilians fell victim to the Soviet troops.", ("killed", 147)),
        ("That night 147 civilians became victims of the massacre.", ("killed", 147)),
        ("1990-cı il yanvarın 20-də 147 nəfər faciənin qurbanı olub.", ("killed", 147)),
        ("1990-cı il yanvarın 20-də Bakıda 147 nəfər həlak olub.", ("killed", 147)),
        ("1990-cı il yanvarın 20-də Bakıda 841 nəfər həbs olunub.", ("arrested", 841)),
    ],
)
def test_phrases_anchored_on_their_own_words_are_read(text: str, expected: tuple[str, int]) -> None:
    assert [(f.category, f.value) for f in extract_casualties(text)] == [expected]
