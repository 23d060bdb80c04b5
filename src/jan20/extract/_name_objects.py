"""A word of a verb's object that ends a run of capitalised words after a name in a verb-final sentence ("İmam Ömer
Çelik Kur'an-ı Kerim okudu": the name is "Ömer Çelik"): no part of the name."""

from __future__ import annotations

import re

from jan20.text import sentences as sx

from .. import lang
from ._name_shapes import not_in_name
from ._name_words import is_given

_OBJECTS = lang.words("names.verb_objects")


def without_trailing_object(toks: list[sx.Token], i: int, j: int) -> int:
    """The end of the run from i to j before a word of a verb's object (`[names] verb_objects`) right after two
    name words, the rest of the run being such words or given names ("İmam X Y Kur'an-ı Kerim okudu"; not a body's
    or a place's name: "X Y Orta Okulu", "X Y Kanlı Ocak Parkı"); j when the run is not so."""
    objects = [_object_word(toks[k]) for k in range(i, j)]
    for k in range(i + 2, j):
        if objects[k - i] and not not_in_name(toks, k - 2) and not not_in_name(toks, k - 1):
            rest = all(objects[m - i] or is_given(toks, m) for m in range(k, j))
            return k if rest else j
    return j


def _object_word(tok: sx.Token) -> bool:
    low = tok.low.split("-")[0]  # ("Kur'an-ı", "Kuran'ı")
    return low in _OBJECTS or _APOSTROPHES.split(low)[0] in _OBJECTS


_APOSTROPHES = re.compile(r"['’]")  # (compiled once: asked of every word of every name's run)
