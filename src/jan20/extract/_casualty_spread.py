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
  получили ранения" leave the second exact), nor one right before its number (a keyword marked "L": "killing
  more than 130 people and injuring 700", "killed about 130 and wounded 700"). Only a second figure whose verb is
  elided (shared with the first: "about 60 were shot dead and 250 wounded") or that has none ("an estimated 130 dead
  and 700 injured", "yaklaşık 130 ölü ve 700 yaralı") shares its estimate.

A bound written before its number ("more than", "over", "более", `BOUNDS`) reaches the second figure on the same
terms, and only when that one is a bare number (no people's word of its own) joined by a coordinator, not a comma:
"more than 130 civilians killed and 700 wounded by the troops", "more than 130 were killed and 700 wounded" (its
verb elided), "более 130 убитых и 700 раненых" make 700 at_least; "more than 100 killed, 700 injured" (a list's
items), "более 130 убиты и 700 ранены" (a Russian short participle is a predicate of its own, as "погибли" is) leave
it exact. In Turkish and Azerbaijani a bound follows its number ("130-dan çox") and is the number's own.

The first figure's people reach a second figure that names none of its own on the same terms (no verb of its own):
"more than 130 civilians killed and 700 wounded", "130 civilians were killed and 700 wounded", "130 мирных жителей
убитых и 700 раненых" make 700 the civilians' (`who`) too; "130 civilians were killed and 700 people injured", "150
civilians were killed, 744 were wounded", "130 мирных жителей убиты и 700 ранены" do not, nor does a list naming
several groups ("130 civilians and 21 soldiers were killed and 700 wounded": 700 is neither's). A second figure whose
casualty noun is followed by an auxiliary ("and 700 injured were taken to hospitals") is a clause of its own too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ._casualty_phrases import Tok, keyword_at, tokenize
from ._casualty_words import BOUNDS, MODIFIERS, PEACEFUL, PERSON, QUALIFIERS, WHO, Category, Qualifier, Who, word_set

__all__ = ["Figure", "Spread", "spread_to"]

_COORDINATORS = word_set("coordinators")
_OWN_CLAUSE = word_set("own_clause")
_ESTIMATE: Qualifier = "approx"  # the qualifier that spreads (a category of `Qualifier`, no word of a language)
_EXACT: Qualifier = "exact"
_MAX_GAP_WORDS = 6
# The words after the second figure's number are read once, `_READ` characters of them (`_following`); its tests each
# look as far as their own reach: whether it names people of its own, `_BARE_REACH`; whether its casualty noun is
# followed by an auxiliary, `_NOUN_REACH`; whether a finite verb of its own follows it, all of them.
_READ = 80
_NOUN_REACH = 60
_BARE_REACH = 40
_VERB_REACH = 4  # words after the second figure's people in which its own finite verb may stand ("841 kişi Bakü'de
# tutuklandı")
_FINITE = ("v", "f")  # the keyword marks of a casualty verb in a finite form
_BEFORE_NUMBER = "L"  # the keyword mark of a casualty word before its number ("injuring 700")
_AFTER_NUMBER = "R"  # the keyword mark of a casualty word after its number ("700 injured")
_WORD = re.compile(r"[^\W\d_]+|~")
_SENTENCE_END = re.compile(r"[.!?;:]\s")


@dataclass(frozen=True)
class Spread:
    """What a figure takes from the one coordinated before it: its qualifier and whose it is."""

    qualifier: Qualifier
    who: Who


class Figure(Protocol):
    """What the spread reads of a casualty figure (`casualties.CasualtyFigure`)."""

    @property
    def category(self) -> Category: ...
    @property
    def qualifier(self) -> Qualifier: ...
    @property
    def who(self) -> Who: ...
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


def _following(text: str, fig: Figure) -> list[Tok]:
    """The tokens of the `_READ` characters after the figure's number, read once for the tests of its clause."""
    return tokenize(text, fig.end, min(len(text), fig.end + _READ), [])


def _within(text: str, toks: list[Tok], fig: Figure, reach: int) -> list[Tok]:
    """The tokens after the figure within `reach` characters of its number, as a read of those characters alone
    gives them: a word the reach cuts is read cut, its part within the reach ("были" cut after "был")."""
    limit = min(len(text), fig.end + reach)
    kept = [t for t in toks if t.end <= limit]  # (the tokens are in order: a prefix)
    if len(kept) < len(toks) and toks[len(kept)].start < limit:
        kept += tokenize(text, toks[len(kept)].start, limit, [])
    return kept


def _past_people(toks: list[Tok]) -> int:
    """Where the words after a figure's people ("700 civilians", "700 мирных жителей") start."""
    k = 0
    while k < len(toks) and (toks[k].norm in PERSON or toks[k].norm in MODIFIERS):
        k += 1
    return k


def _own_clause(text: str, fig: Figure, before: Figure, following: list[Tok]) -> bool:
    after = [w.lower() for w in _WORD.findall(text[fig.end : fig.end + 40])[:2]]
    if after and after[0] in PERSON:  # "638 people were injured": the word after its people
        after = after[1:]
    return (
        (bool(after) and after[0] in _OWN_CLAUSE)
        or _own_verb(following)
        or _verb_before(text, before, fig)
        or _noun_then_auxiliary(_within(text, following, fig, _NOUN_REACH))
    )


def _noun_then_auxiliary(toks: list[Tok]) -> bool:
    """The figure's casualty noun is followed by an auxiliary of its own ("over 130 people died, and 700 injured were
    taken to hospitals"): the figure opens a clause of its own."""
    k = _past_people(toks)
    noun = keyword_at(toks, k, _AFTER_NUMBER, ending=False) if k < len(toks) else None
    return noun is not None and noun[3] + 1 < len(toks) and toks[noun[3] + 1].norm in _OWN_CLAUSE


def _verb_before(text: str, before: Figure, fig: Figure) -> bool:
    """A casualty verb of the figure's own stands right before its number ("killing more than 130 people and
    injuring 700", "killed about 130 and wounded 700"): the figure is a clause of its own."""
    toks = tokenize(text, before.end, fig.start, [])
    return bool(toks) and keyword_at(toks, len(toks) - 1, _BEFORE_NUMBER, ending=True) is not None


def _own_verb(toks: list[Tok]) -> bool:
    """A finite casualty verb of the figure's own follows it, within its clause ("841 kişi tutuklandı", "250 получили
    ранения"): the figure is a clause of its own."""
    k = _past_people(toks)
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


def _one_of_groups(text: str, figures: list[Figure], k: int) -> bool:
    """The figure at k names people of its own and follows another of its list ("130 civilians and 21 soldiers were
    killed and 700 wounded"): the list names several groups, none of which a bare figure after it is."""
    return figures[k].who is not None and _listed_after(text, figures, k)


def _bare(toks: list[Tok]) -> bool:
    """The figure names no people of its own ("700 wounded", "700 ранены"; not "700 people", "700 мирных жителей"):
    of the tokens after it, within `_BARE_REACH`."""
    return not toks or (toks[0].norm not in PERSON and toks[0].norm not in WHO and toks[0].norm not in PEACEFUL)


def _joined(text: str, first: Figure, second: Figure) -> bool:
    """Two figures of different categories coordinated in one clause, the first not an item after another's."""
    return (
        first.category != second.category
        and first.quote == second.quote
        and first.end <= second.start
        and _coordinated(text[first.end : second.start])
    )


def _qualifier_reaches(text: str, figures: list[Figure], k: int, bare: bool) -> bool:
    first, second = figures[k - 1], figures[k]
    if second.qualifier != _EXACT or first.qualifier not in BOUNDS | {_ESTIMATE}:
        return False
    if first.qualifier in BOUNDS:
        gap = [w.lower() for w in _WORD.findall(text[first.end : second.start])]
        if _COORDINATORS.isdisjoint(gap) or not bare:
            return False  # "more than 100 killed, 700 injured": a list's items; "and 700 people": its own
    return _qualified_before(text, first) and not _listed_after(text, figures, k - 1)


def spread_to(text: str, figures: list[Figure]) -> dict[int, Spread]:
    """The figures coordinated with a qualified one or one of named people just before them, by index, with what they
    take from it: an exact one its estimate or bound, one of no people its people."""
    found: dict[int, Spread] = {}
    whos = [fig.who for fig in figures]  # a list's people reach each of its bare items in turn
    for k in range(1, len(figures)):
        first, second = figures[k - 1], figures[k]
        estimate = second.qualifier == _EXACT and first.qualifier in BOUNDS | {_ESTIMATE}
        if not estimate and (second.who is not None or whos[k - 1] is None):
            continue  # (nothing to take: the quick test first)
        if not _joined(text, first, second):
            continue
        following = _following(text, second)  # (the words after the second figure, read once for every test)
        if _own_clause(text, second, first, following):
            continue  # "744 were seriously wounded": a clause of its own, its own reading
        bare = _bare(_within(text, following, second, _BARE_REACH))
        qualifier = first.qualifier if _qualifier_reaches(text, figures, k, bare) else second.qualifier
        reach = second.who is None and bare and not _one_of_groups(text, figures, k - 1)
        who = whos[k] = whos[k - 1] if reach else second.who
        if (qualifier, who) != (second.qualifier, second.who):
            found[k] = Spread(qualifier, who)
    return found
