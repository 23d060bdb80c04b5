"""What a number's own words say of it, for the casualty extractor (`casualties`):

* an elided casualty word: a number with only its people or "more" after it, then a preposition or the
  clause's end (or with nothing but a place after it), in a clause joined to a figure of the same sentence,
  counts what that figure counts ("134 killed in Baku and 13 more in other towns", "погибли 21 человек, а в
  районах 8 человек", "131 killed in Baku, 8 in Lankaran"); and the other way round, as a verb-final language
  says it once at the end ("Bakıda 131 nəfər, rayonlarda isə 8 nəfər həlak olub") (`elided`, `gapped`);
* whether it counts people at all (`no_count`: not an age, not "0 people");
* whose figure it is (`who_of`, `who_before`; a bare number shares the people said once after the number it is
  joined to, "killed 137 and wounded 744 civilians", "убиты 137 и ранены 744 гражданских лиц": `shared_who`), and
  whether it is an age (`an_age`).

(What a sentence says of all its figures is `_casualty_context`.)
"""

from __future__ import annotations

import itertools

from ._casualty_phrases import Tok, keyword_at, matches, word_at
from ._casualty_words import (
    AGE_QUALIFIER_WORDS,
    AND,
    AUX,
    BE,
    BOUNDS,
    BREAKDOWN,
    MODIFIERS,
    MONTHS,
    PARTITIVE_WHO,
    PEACEFUL,
    PERSON,
    WHO,
    Qualifier,
    Who,
    phrases,
    word_set,
)

_ELIDED_AFTER = word_set("elided_after") | {""}
_ELIDED_BEFORE = word_set("elided_before")
_GAP_AND = word_set("gap_and")  # "və", "ve": joins a number and its people to the next, the verb said once after both
_AGE_AFTER = word_set("age_after")  # "the dead were under 30 years": an age
_SOVIET_ARMY = word_set("soviet_army")  # "21 Soviet soldiers": 1990's, never a later war's
_ARMY_WORDS = 3  # words before a number that may name its army ("Sovyet ordusu 21 askerini")
_SHARED_WORDS = 5  # words from a bare number to the number whose people it shares ("137 were killed and wounded 744")
_ELIDED_WORDS = 3  # the people and "more" after a number whose casualty word is elided; the place before it


def gapped(toks: list[Tok], last: int, starts: frozenset[int], labelled: bool = False) -> list[Tok] | None:
    """The people of a number whose casualty word may come after the next number, as a verb-final language
    says it once for both ("Bakıda 131 nəfər, rayonlarda isə 8 nəfər həlak olub", "Bakıda 131 nəfər və rayonlarda 8
    nəfər həlak olub"): its people, a comma (or "and", `gap_and`), and the
    next number within a few words; a number labelled by an event's name right before it needs no people
    ("Tbilisi faciəsində 21, Qara Yanvarda 147, Xocalıda 613 nəfər həlak olub"). None if the number is not so."""
    x = last + 1
    while x < len(toks) and x <= last + _ELIDED_WORDS and (toks[x].norm in PERSON or toks[x].norm in MODIFIERS):
        x += 1
    if (x == last + 1 and not labelled) or (word_at(toks, x) != "," and word_at(toks, x) not in _GAP_AND):
        return None
    if any(matches(toks, x + 1, p) for p in _OTHERS_NEXT):
        return None  # ("147 человек, из них 20 погибли", "147 people, another 20 were wounded": others, or a part)
    return toks[last + 1 : x] if any(y in starts for y in range(x + 1, x + _ELIDED_WORDS + 2)) else None


# The words that open a figure of a part of the people before the comma ("из них", "of whom"), or, where a language
# says so (`others_next`), of other people ("another", "ещё"): its casualty word is its own, not said once for both.
_OTHERS_NEXT = (*BREAKDOWN, *phrases("others_next"))


def elided(
    toks: list[Tok], q_at: int, last: int, joiners: frozenset[str] = frozenset(), named: bool = False
) -> list[Tok] | None:
    """The people of a number whose casualty word is elided ("and 13 more in other towns"), or None; `joiners` may
    join its clause besides `elided_before`; `named`: an event's name labels the number right before it, as a dash
    would stand for the verb ("In Tbilisi 21 died, in Black January 147")."""
    before = _ELIDED_BEFORE | joiners
    if all(word_at(toks, x) not in before for x in range(q_at - _ELIDED_WORDS - 1, q_at)):
        return None  # (the joiner may come before a place: "а в районах 8 человек")
    x = last + 1
    while x < len(toks) and x <= last + _ELIDED_WORDS and (toks[x].norm in PERSON or toks[x].norm in MODIFIERS):
        x += 1
    if word_at(toks, x) not in _ELIDED_AFTER:
        return None
    # Without its people, the number needs a place after it: "and 8 in Neftchala" (not "and 5 on January 21"), or a
    # dash right before it that stands for the verb ("а в январе 1990 года — 147.")
    place = x + 1 < len(toks) and toks[x + 1].cap and toks[x + 1].norm.isalpha() and toks[x + 1].norm not in MONTHS
    dashed = word_at(toks, q_at - 1) in joiners or (named and bool(joiners))
    return toks[last + 1 : x] if x > last + 1 or place or dashed else None


def who_before(toks: list[Tok], q_at: int) -> Who:
    """Whose a number is when it counts some of a group named before it ("askerlerinden ise 21'i")."""
    k = q_at - 1
    while k >= 0 and (toks[k].norm in AUX or toks[k].norm == ","):
        k -= 1
    return PARTITIVE_WHO.get(word_at(toks, k))


def shared_who(toks: list[Tok], last: int) -> Who:
    """Whose a bare number ending at `last` is when "and" right after it joins it to a number whose people are said
    after it, only its casualty word and auxiliaries between them: two parallel clauses, each a verb then its
    number, sharing the people said once ("killed 137 and wounded 744 civilians", "были убиты 137 и ранены 744
    гражданских лиц"); not a number before its own verb, a clause of its own ("137 убиты и ранены 744 гражданских
    лиц", "137 were killed and 744 civilians wounded": the civilians are the 744 alone)."""
    if word_at(toks, last + 1) not in AND:
        return None
    k = last + 2
    while k < len(toks) and k <= last + _SHARED_WORDS:
        w = toks[k].norm
        if w == "#":
            np = list(itertools.takewhile(lambda t: t.norm in PERSON or t.norm in MODIFIERS, toks[k + 1 : k + 4]))
            return who_of(np)
        if (hit := keyword_at(toks, k, "L", ending=False)) is not None:
            k = hit[3] + 1
        elif w in AUX:
            k += 1
        else:
            return None
    return None


def who_of(np: list[Tok]) -> Who:
    """Whose figure it is, when its people's words say: civilians, soldiers or police."""
    words = [t.norm for t in np]
    found = {WHO[w] for w in words if w in WHO}
    found |= {"civilians" for a, b in itertools.pairwise(words) if a in PEACEFUL and b in PERSON}
    return found.pop() if len(found) == 1 else None


def no_count(toks: list[Tok], qualifier: Qualifier, q_at: int, last: int) -> bool:
    """The number phrase from q_at to last counts no people: an age, a bound after a people's word ("children under
    16", "men over 60"; not "Əsgərlər 130-dan çox insanı öldürdü"), or as `an_age` reads one; or nobody ("0 people
    were killed")."""
    num = toks[last].num
    if num is not None and num.value == 0:
        return True
    if qualifier in BOUNDS and word_at(toks, q_at - 1) in PERSON and word_at(toks, last + 1) not in PERSON | MODIFIERS:
        return True
    return an_age(toks, q_at, last)


def an_age(toks: list[Tok], q_at: int, last: int) -> bool:
    """ "The dead were under 30", "most of them were over 40": an age limit after a copula, not a count."""
    num = toks[last].num
    return (
        word_at(toks, q_at) in AGE_QUALIFIER_WORDS
        and word_at(toks, q_at - 1) in BE
        and num is not None
        and num.value < 100
        and (word_at(toks, last + 1) in {"", ".", ",", ";"} or word_at(toks, last + 1) in _AGE_AFTER)
    )


def soviet_army(toks: list[Tok], np: list[Tok], q_at: int, last: int) -> bool:
    """Whether a number's people (`np`, after its last word at `last`), the word after them or those right before it
    (from q_at) name them as the Soviet army's ("21 Soviet soldiers", "21 военнослужащий СССР", "Sovyet ordusu 21
    askerini"): 1990's, never a later war's."""
    near = [*range(q_at - _ARMY_WORDS, q_at), *range(last + 1, last + len(np) + 2)]
    return any(word_at(toks, x) in _SOVIET_ARMY for x in near)
