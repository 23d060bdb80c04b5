"""Figures told as rumours, for the casualty extractor (`casualties`): a sentence that names rumours ("Rumours spread
that 15,000 had died", "Ходили слухи, что погибли 15 тысяч человек", "şayiələr", "söylentiler") gives none, nor does
the sentence right after it in its paragraph when it tells what some asserted ("Some claimed that 15,000 were
killed", "Одни утверждали, что погибли 15 тысяч человек"; not "Officials insisted that 147 were killed") (`[casualties]
rumours`, `rumour_claims`, `rumour_claimants`)."""

from __future__ import annotations

import re

from .. import lang
from ._casualty_words import word_set

_RUMOURS = lang.pattern("casualties.rumours", "(?:{})")
_CLAIMS = word_set("rumour_claims")
_CLAIMANTS = word_set("rumour_claimants")  # "some", "одни": not "Officials insisted that 147 were killed"
_WORD = re.compile(r"\w+")


def rumoured(text: str, prev: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether the figures of the sentence text[start:end] are told as rumours (`prev`: the sentence before it)."""
    if _RUMOURS.search(text, start, end) is not None:
        return True
    if prev is None or "\n" in text[prev[1] : start] or _RUMOURS.search(text, *prev) is None:
        return False
    words = {w.lower() for w in _WORD.findall(text, start, end)}
    return not words.isdisjoint(_CLAIMS) and not words.isdisjoint(_CLAIMANTS)
