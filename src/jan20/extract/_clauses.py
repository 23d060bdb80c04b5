"""The clauses of a verb-final sentence, each with the subject that opens it: "Törende Başkonsolos X konuştu, ardından
Vali Y katılımcılara hitap etti" has two verbs and two subjects. A clause ends at its verb: where a comma follows a
verb (a cue's match) right away, the next clause opens after it, and its subject is the names that open it. A subject
is also no longer than its case: "X, Y ve Z'ye teşekkür etti" has X alone for its subject."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._name_runs import is_cap
from ._name_words import oblique
from ._title_words import is_non_name_word

_COMMA = re.compile(r"\s*,")
# A surname's endings in the dative (`[names] dative_endings`: "Əliyevə"), whom a verb of thanks or saying is to.
_DATIVE = tuple(sorted(lang.words("names.dative_endings")))


def clause_openings(body: str, verbs: Iterable[re.Match[str]]) -> list[int]:
    """Offsets in `body` just after each comma that follows a verb at once, in order."""
    return sorted({found.end() for verb in verbs if (found := _COMMA.match(body, verb.end()))})


def clause_of(openings: list[int], pos: int) -> int:
    """The offset where the clause that holds `pos` opens (0: the sentence's first clause)."""
    at = bisect_right(openings, pos)
    return openings[at - 1] if at else 0


def without_object(toks: list[sx.Token], linked: set[int], walked: list[int]) -> list[int]:
    """The subject without the names joined after its comma to one in a case ending: a case ending written once
    marks the whole conjunction ("Başkonsolos X, Vali Y ve Rektör Z'ye teşekkür etti": Y and Z are thanked)."""
    names = [i for i in walked if i in linked]
    if names and not oblique(toks[names[-1]].text):
        return _without_declined_object(toks, linked, walked, names[-1])
    if not names:
        return walked
    comma = next((i for i in range(walked[0], names[-1]) if toks[i].text == ","), None)
    return walked if comma is None else [i for i in walked if i < comma]


def _without_declined_object(toks: list[sx.Token], linked: set[int], walked: list[int], last: int) -> list[int]:
    """The subject without the name that ends it when that name is in the dative by its surname's ending
    (`_DATIVE`: "Əliyevə"), with its title: the verb's object, after the subject and no list joiner
    or comma between ("Cəmiyyətin sədri X Prezident İlham Əliyevə təşəkkür etdi": the President is thanked, not
    there)."""
    if last < 1 or not toks[last].low.endswith(_DATIVE) or not is_cap(toks[last - 1].text):
        return walked
    start = last
    while start - 1 in linked and start - 1 in walked:
        start -= 1  # (its title and given name)
    before = [i for i in walked if i < start]
    if any(toks[i].text == "," or toks[i].low in cue.LIST_JOINERS for i in before):
        return walked  # (a case ending written once may mark a whole list: "X, Y ve Z'ye")
    return before


def owned_list_end(
    toks: list[sx.Token], linked: set[int], k: int, joiners: frozenset[str], owned: frozenset[str]
) -> int:
    """The end of the run of linked tokens from `k`; or of the list of names that goes on from it ("A, B və C"), when a
    word of what they own follows its last name ("A, B və C-nin məzarlarını ziyarət ediblər": the graves of all three,
    none of them a subject)."""
    end = next((e for e in range(k, len(toks)) if e not in linked), len(toks))
    e = end
    while e + 1 < len(toks) and (toks[e].text == "," or toks[e].low in joiners) and e + 1 in linked:
        e += 1
        while e < len(toks) and e in linked:
            e += 1
    return e if e > end and e < len(toks) and toks[e].low in owned else end


def named_before_owner(toks: list[sx.Token], k: int, end: int, inside: frozenset[str] = frozenset()) -> bool:
    """The run of linked tokens k..end, whose last is in a case ending, opens with a name of its own before the title
    of the owner: "Tələbə A şair B-nin şeirini oxuyub" (A read B's poem; A the subject, B the owner). A name is two
    capitalised words or more, in no case ending and no title's, right before a lower-case word of the run (not one of
    `inside`, the list joiners and name particles: "A B və C D-nin məzarları", "A B C oğlu və D E F oğlunun
    məzarları", the graves of both)."""
    return any(
        toks[j].text[:1].islower()
        and toks[j].text[:1].isalpha()
        and toks[j].low not in inside
        and all(is_cap(toks[i].text) and not oblique(toks[i].text) for i in (j - 2, j - 1))
        and not is_non_name_word(toks[j - 1].text)
        for j in range(k + 2, end - 1)
    )


class ClauseEnds:
    """Where the clause that holds a position ends: the start of the first CLAUSE_END match at or after it (or the
    end of the body). Positions asked in increasing order reuse the last search while it still answers, so a
    sentence of many cues and no clause end is searched once, not once per cue."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._asked = -1
        self._found = len(body)

    def after(self, pos: int) -> int:
        if not self._asked <= pos <= self._found:
            stop = cue.CLAUSE_END.search(self._body, pos)
            self._asked, self._found = pos, stop.start() if stop else len(self._body)
        return self._found
