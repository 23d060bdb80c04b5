"""Titles a name's post is read from beside it: a title in the plural ended by a colon before a list ("veterans of
the independence movement: A and B"), a parliament's name with a plural word that is its members' title only there
("the Saeima representatives A and B"), and a body named in the genitive right before the head of its post ("ABİ-nin
sədri": an office of that body, `_names._an_office`)."""

from __future__ import annotations

from itertools import pairwise

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._envoys import parliament_country
from ._name_words import GENITIVE_ENDING, acronym, capital_non_name, is_word
from ._title_before import title_before
from ._title_words import is_role_head


def plural_before_colon(toks: list[sx.Token], first: int) -> tuple[int, int] | None:
    """A title in the plural ended by a colon right before the name ("the Saeima members: A, B and C", "veterans of
    the independence movement: A and B"): the title of the list it opens, as (np_first, role_first); None else."""
    if first < 2 or toks[first - 1].text != ":":
        return None
    np_before, role_before = title_before(toks, first - 1)
    if role_before < first - 1 and any(plural_title(toks, i) for i in range(role_before, first - 1)):
        return np_before, role_before
    if (k := parliament_plural(toks, first - 1)) is not None:
        return k, k
    return _plural_of(toks, first - 1)


# Words that are a plural title only right after a parliament's own name (`[roles.parliaments]`: "the Saeima
# representatives: A and B", each a member of the Saeima; not "the Turkish representatives A and B").
_AFTER_PARLIAMENT = lang.words("attendees.parliament_plural_titles")


def parliament_plural(toks: list[sx.Token], end: int) -> int | None:
    """Where a parliament's name and such a plural word right after it, ending at `end`, start ("Saeima
    representatives"); None when the words before `end` are not so."""
    if end >= 2 and toks[end - 1].low in _AFTER_PARLIAMENT and parliament_country(toks[end - 2].text) is not None:
        return end - 2
    return None


def plural_title(toks: list[sx.Token], i: int) -> bool:
    """The word at i is a title in the plural that the names joined after it share (`[attendees] plural_titles`, or
    one of `parliament_plural_titles` after a parliament's name)."""
    return toks[i].low in cue.PLURAL_TITLES or parliament_plural(toks, i + 1) is not None


_OF_WORDS = 6  # the words of a plural title's complement in lower case ("of the independence movement")


def _plural_of(toks: list[sx.Token], colon: int) -> tuple[int, int] | None:
    """A plural title whose complement, after "of", is in words no title is made of, before the colon ("veterans of
    the independence movement: A and B"): the span from the plural title, as (np_first, role_first); None else."""
    for k in range(colon - 2, max(-1, colon - 2 - _OF_WORDS), -1):
        if toks[k].low in cue.PLURAL_TITLES and toks[k + 1].low in cue.COMPLEMENT_OF:
            return k, k
        if not (is_word(toks[k]) and (toks[k].text.islower() or capital_non_name(toks[k].text))):
            return None
    return None


def named_in_genitive(toks: list[sx.Token]) -> bool:
    """A body named in the genitive, by its abbreviation or a capitalised word no name is made of, right before the
    head of the post it has ("ABİ-nin sədri", "Birliyin sədri"): the post is that body's office."""
    return any(
        (acronym(a.text) or capital_non_name(a.text))
        and GENITIVE_ENDING.search(a.text) is not None
        and is_role_head(b.text)
        for a, b in pairwise(toks)
    )
