"""Titles a name's post is read from beside it: a title in the plural ended by a colon before a list ("veterans of
the independence movement: A and B"), and a body named in the genitive right before the head of its post ("ABİ-nin
sədri": an office of that body, `_names._an_office`)."""

from __future__ import annotations

from itertools import pairwise

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._name_words import acronym, capital_non_name, is_word
from ._title_before import title_before
from ._title_words import is_role_head


def plural_before_colon(toks: list[sx.Token], first: int) -> tuple[int, int] | None:
    """A title in the plural ended by a colon right before the name ("the Saeima members: A, B and C", "veterans of
    the independence movement: A and B"): the title of the list it opens, as (np_first, role_first); None else."""
    if first < 2 or toks[first - 1].text != ":":
        return None
    np_before, role_before = title_before(toks, first - 1)
    if role_before < first - 1 and any(t.low in cue.PLURAL_TITLES for t in toks[role_before : first - 1]):
        return np_before, role_before
    return _plural_of(toks, first - 1)


_OF = lang.words("attendees.complement_of")
_OF_WORDS = 6  # the words of a plural title's complement in lower case ("of the independence movement")


def _plural_of(toks: list[sx.Token], colon: int) -> tuple[int, int] | None:
    """A plural title whose complement, after "of", is in words no title is made of, before the colon ("veterans of
    the independence movement: A and B"): the span from the plural title, as (np_first, role_first); None else."""
    for k in range(colon - 2, max(-1, colon - 2 - _OF_WORDS), -1):
        if toks[k].low in cue.PLURAL_TITLES and toks[k + 1].low in _OF:
            return k, k
        if not (is_word(toks[k]) and (toks[k].text.islower() or capital_non_name(toks[k].text))):
            return None
    return None


_GENITIVE = lang.pattern("names.genitive_ending", r"(?:{})$")  # "ABİ-nin", "Birliyin": a body in the genitive


def named_in_genitive(toks: list[sx.Token]) -> bool:
    """A body named in the genitive, by its abbreviation or a capitalised word no name is made of, right before the
    head of the post it has ("ABİ-nin sədri", "Birliyin sədri"): the post is that body's office."""
    return any(
        (acronym(a.text) or capital_non_name(a.text)) and _GENITIVE.search(a.text) is not None and is_role_head(b.text)
        for a, b in pairwise(toks)
    )
