"""An estimate written before a figure governs the figure coordinated with it in the same clause.

"an estimated 130 dead and 700 injured", "about 130 people were killed and 700 wounded", "около 130 убитых и 700
раненых", "təxminən 130 nəfər həlak olub, 700 nəfər yaralanıb": the second figure, which has no qualifier of its
own, is approximate too. A bound is its number's own: "more than 100 killed, 700 injured" leaves 700 exact. Only when

* the qualifier stands before the first number (a qualifier after it, "130-dan çox", "700'den fazla", "147 or
  more", is the number's own);
* the two figures are of different categories, in one sentence, and between them stand only a few words without
  a number, one of them a coordinator (`casualties.coordinators`: "and", "и", "və", "ve") or a comma;
* the estimated figure opens its list: in "147 killed, around 800 injured and 841 arrested" the estimate is 800's;
* the second figure does not open a clause of its own: no auxiliary follows it or its people's word
  (`casualties.own_clause`: "638 were injured" keeps its own reading, exact), nor a finite casualty verb of its own
  (a keyword marked "v" or "f": "yaklaşık 700 kişi yaralandı, 841 kişi tutuklandı", "около 60 человек погибли и 250
  получили ранения" leave the second exact). Only a second figure whose verb is elided (shared with the first: "about
  60 were shot dead and 250 wounded") or that has none ("an estimated 130 dead and 700 injured", "yaklaşık 130 ölü ve
  700 yaralı") shares its estimate.
"""

from __future__ import annotations

import re
from typing import Protocol

from ._casualty_phrases import keyword_at, tokenize
from ._casualty_words import MODIFIERS, PERSON, QUALIFIERS, Category, Qualifier, word_set

__all__ = ["Figure", "spread_to"]

_COORDINATORS = word_set("coordinators")
_OWN_CLAUSE = word_set("own_clause")
_ESTIMATE: Qualifier = "approx"  # the qualifier that spreads (a category of `Qualifier`, no word of a language)
_EXACT: Qualifier = "exact"
_MAX_GAP_WORDS = 6
_VERB_REACH = 4  # words after the second figure's people in which its own finite verb may stand ("841 kişi Bakü'de
# tutuklandı")
_FINITE = ("v", "f")  # the keyword marks of a casualty verb in a finite form
_WORD = re.compile(r"[^\W\d_]+|~")
_SENTENCE_END = re.compile(r"[.!?;:]\s")


class Figure(Protocol):
    """What the spread reads of a casualty figure (`casualties.CasualtyFigure`)."""

    @property
    def category(self) -> Category: ...
    @property
    def qualifier(self) -> Qualifier: ...
    @property
    def quote(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _phrase_matches(phrase: tuple[str, ...], words: list[str]) -> bool:
    if len(words) < len(phrase):
        return False
    tail = words[len(words) - len(phrase) :]
    return all(w == p or (p.endswith("*") and w.startswith(p[:-1])) for p, w in zip(phrase, tail, strict=True))


def _qualified_before(text: str, fig: Figure) -> bool:
    """The figure's qualifier is written before its number ("about 130"), not after it ("130-dan çox")."""
    before = [w.lower() for w in _WORD.findall(text[max(0, fig.start - 40) : fig.start])]
    return any(q == fig.qualifier and _phrase_matches(p, before) for p, q in QUALIFIERS)


def _coordinated(gap: str) -> bool:
    if any(c.isdigit() for c in gap) or _SENTENCE_END.search(gap + " "):
        return False
    words = [w.lower() for w in _WORD.findall(gap)]
    return len(words) <= _MAX_GAP_WORDS and ("," in gap or not _COORDINATORS.isdisjoint(words))


def _own_clause(text: str, fig: Figure) -> bool:
    after = [w.lower() for w in _WORD.findall(text[fig.end : fig.end + 40])[:2]]
    if after and after[0] in PERSON:  # "638 people were injured": the word after its people
        after = after[1:]
    return (bool(after) and after[0] in _OWN_CLAUSE) or _own_verb(text, fig)


def _own_verb(text: str, fig: Figure) -> bool:
    """A finite casualty verb of the figure's own follows it, within its clause ("841 kişi tutuklandı", "250 получили
    ранения"): the figure is a clause of its own."""
    toks = tokenize(text, fig.end, min(len(text), fig.end + 80), [])
    k = 0
    while k < len(toks) and (toks[k].norm in PERSON or toks[k].norm in MODIFIERS):
        k += 1
    for x in range(k, min(len(toks), k + _VERB_REACH)):
        if not toks[x].norm[:1].isalpha() and toks[x].norm not in ("'", "’"):
            return False  # a mark ends its clause
        if any(keyword_at(toks, x, side, ending=False) is not None for side in _FINITE):
            return True
    return False


def _listed_after(text: str, figures: list[Figure], k: int) -> bool:
    """The figure at k follows another of its list ("147 killed, around 800 injured and 841 arrested"): its estimate is
    its own, not the list's."""
    if k == 0:
        return False
    before, fig = figures[k - 1], figures[k]
    return before.quote == fig.quote and before.end <= fig.start and _coordinated(text[before.end : fig.start])


def spread_to(text: str, figures: list[Figure]) -> set[int]:
    """The indices of the exact figures coordinated with an estimated one just before them: they are estimates too."""
    found: set[int] = set()
    for k in range(1, len(figures)):
        first, second = figures[k - 1], figures[k]
        if (
            first.qualifier == _ESTIMATE
            and second.qualifier == _EXACT
            and first.category != second.category
            and first.quote == second.quote
            and first.end <= second.start
            and _coordinated(text[first.end : second.start])
            and not _own_clause(text, second)
            and _qualified_before(text, first)
            and not _listed_after(text, figures, k - 1)
        ):
            found.add(k)
    return found
