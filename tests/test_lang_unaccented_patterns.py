"""Cue patterns written as regular expressions match a page typed without a language's accents, as the words of its
lists do (`[language] unaccented`, `jan20.lang.unaccented_pattern`): "çelenk bıraktı" typed "celenk birakti", "anma
törenine katıldı" typed "anma torenine katildi", "çıxış edib" typed "cixis edib"; a run of four literal letters or
more outside a character class in both spellings, all at once as the words of the lists are (and any run inside a
negative lookaround, which then excludes more; a lookbehind keeps its width). The
sentences are written for these tests, in the plain letters pages typed on a keyboard without them use."""

from __future__ import annotations

import re

import pytest

from jan20 import lang

from ._helpers import names

TR = {ord("ç"): "c", ord("ş"): "s", ord("ı"): "i", ord("ü"): "u"}


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (r"çelenk\s+bırak\w*", r"(?:çelenk|celenk)\s+(?:bırak|birak)\w*"),
        (r"(?<!hazırlayıp\s)sundu", r"(?<!(?:hazırlayıp|hazirlayip)\s)sundu"),
        # a class lists its letters itself; a run shorter than four letters keeps its accents ("baş", "iş")
        (r"[a-zçğıöşü]+\s+baş\w*|iş", r"[a-zçğıöşü]+\s+baş\w*|iş"),
        # an escape is no letter of a run
        (r"\bşehit\w*", r"\b(?:şehit|sehit)\w*"),
        # ... but inside a negative lookaround any run excludes its plain spelling too
        (r"et(?!mış|ecek)", r"et(?!(?:mış|mis)|ecek)"),
    ],
)
def test_a_pattern_matches_its_plain_letters(written: str, read: str) -> None:
    assert lang.unaccented_pattern(written, TR) == read
    re.compile(read)


def test_a_language_without_unaccented_letters_is_as_written() -> None:
    assert lang.unaccented_pattern(r"возложил\s+цветы", {}) == r"возложил\s+цветы"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emre Aydin sehitlik anitina cicek birakti.", ["Emre Aydin"]),
        ("Emre Aydin anita celenk birakti.", ["Emre Aydin"]),
        ("Toren, Vali Emre Aydin'in katilimiyla gerceklesti.", ["Emre Aydin"]),
        ("Tedbirde sefir Ramin Qasimov cixis edib.", ["Ramin Qasimov"]),
    ],
)
def test_cues_typed_without_accents_place_their_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected
