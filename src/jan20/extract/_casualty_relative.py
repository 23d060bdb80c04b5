"""Victims named by a relative clause about what made them (by `_casualty_scan`): "the tragedy, whose victims
numbered 147", "трагедия, жертвами которой стали 147 человек", "the massacre, of which 147 people fell victim",
"qurbanları 147 nəfər olan faciə". Victims are the dead of a killing, so such a clause counts them only when its
antecedent, the noun it is about, is the event or a killing (`[casualties] relative_nouns`), as "fell victim to the
_" and "жертвами _ стали" count them only with one of their `nouns`; not "the repressions, whose victims numbered
40,000", "депортации, жертвами которых стали 100 тысяч человек", "qurbanları 40 min nəfər olan repressiyalar".

A casualty phrase marked "r" is such a clause's: before the number, its first word opens the clause after the
antecedent and a comma ("whose victims", "жертвами которых стали"); after the number, a relative opener
(`relative_open`: "of which", "to which") stands before the number. A weak word of victims before a number (marked
"w") whose people a participle follows (`relative_participles`: "qurbanları 147 nəfər olan", "kurbanları 147 kişiyi
bulan") is one too, its antecedent the noun after the participle (or, the participle's clause set off by commas,
the one before the victims word).

The same holds of any clause that counts the dead or wounded of another event (`other_antecedent`): opened by a word
of `relative_links` after a noun of `relative_other_nouns` ("the repressions, which claimed 40,000 victims",
"репрессии, унёсшие 40 тысяч жизней"), or, in a verb-final language, a casualty phrase after the number whose
participle (`relative_claim_participles`) goes on to one ("40 min nəfərin ölümünə səbəb olan sürgün"): no figure of
1990's."""

from __future__ import annotations

from jan20.text.event import EVENT_YEAR

from ._casualty_phrases import Tok, matches, word_at
from ._casualty_words import OTHER_EVENT, PERSON, Stemmed, phrases, word_set

RELATIVE_NOUNS = Stemmed.of(word_set("relative_nouns"))  # "tragedy", "трагеди*", "faciə*": a stem ends in "*"
RELATIVE_OPEN = phrases("relative_open")  # "of which", "to which"
RELATIVE_PARTICIPLES = word_set("relative_participles")  # "olan", "bulan"
OTHER_NOUNS = Stemmed.of(word_set("relative_other_nouns"))  # "repressions", "депортаци*", "sürgün*": another event's
_LINKS = Stemmed.of(word_set("relative_links"))  # "which", "котор*", "унёсш*": open a clause after its antecedent
_PREPOSITIONS = word_set("relative_prepositions")  # "in", "during": before a link, "the pogrom, in which"
_CLAIM_PARTICIPLES = word_set("relative_claim_participles")  # "olan", "açan": go on to the clause's antecedent
_OPEN_REACH = 6  # words from a clause's opener to its number ("which claimed the lives of some 40,000")
_SPAN = 6  # words of an antecedent before its comma ("трагедии 20 января 1990 года в Баку,")
_HEAD = 4  # words from a participle to the noun it goes on to ("olan 20 Yanvar faciəsindən")


def _noun(toks: list[Tok], k: int) -> bool:
    return RELATIVE_NOUNS.holds(word_at(toks, k))


def other_antecedent(toks: list[Tok], q_at: int, j: int) -> bool:
    """Whether the number phrase from q_at to j counts the dead or wounded of a clause about another event (see the
    module docstring): its opener a few words before it, after the antecedent (and a comma), or its participle a few
    words after it, before the antecedent; the nearest noun of the event or another event decides."""
    for k in range(q_at - 1, max(-1, q_at - 1 - _OPEN_REACH), -1):
        w = word_at(toks, k)
        if _LINKS.holds(w):
            k -= word_at(toks, k - 1) in _PREPOSITIONS  # ("the pogrom, in which 32 died")
            a = k - 1 if word_at(toks, k - 1) == "," else k
            return _antecedent_other(toks, a) and not _dated_here(toks, j)
        if not w[:1].isalpha():
            break
    for k in range(j + 1, min(len(toks), j + 1 + _OPEN_REACH)):
        w = word_at(toks, k)
        if w in _CLAIM_PARTICIPLES:
            return next(
                (OTHER_NOUNS.holds(word_at(toks, x)) for x in range(k + 1, k + 1 + _HEAD) if _head(toks, x)), False
            )
        if not w[:1].isalpha():
            break
    return False


def _dated_here(toks: list[Tok], j: int) -> bool:
    """Whether the clause going on after the number ending at j names the event's year, which makes it this event's
    whatever its noun: "the Soviet repression that claimed 147 lives on this date in 1990"."""
    for t in toks[j + 1 :]:
        if t.norm in {".", ";", "!", "?"}:
            return False
        if t.num is not None and t.num.value == EVENT_YEAR:
            return True
    return False


def _head(toks: list[Tok], k: int) -> bool:
    return _noun(toks, k) or OTHER_NOUNS.holds(word_at(toks, k))


def _antecedent_other(toks: list[Tok], a: int) -> bool:
    """Whether the nearest noun of the event or of another event among the few words before token a is another's."""
    for k in range(a - 1, max(-1, a - 1 - _SPAN), -1):
        w = word_at(toks, k)
        if _head(toks, k):  # (or the event's noun after another's name: "the Sumgait events that killed 32")
            return OTHER_NOUNS.holds(w) or OTHER_EVENT.search(f"{word_at(toks, k - 1)} {w}") is not None
        if w != "#" and not w[:1].isalpha():
            return False
    return False


def antecedent_before(toks: list[Tok], a: int) -> bool:
    """Whether the clause opening at token a has an antecedent of the event or a killing: a noun of
    `relative_nouns` among the few words before the comma right before it."""
    if word_at(toks, a - 1) != ",":
        return False
    for k in range(a - 2, max(-1, a - 2 - _SPAN), -1):
        w = word_at(toks, k)
        if _noun(toks, k):
            return True
        if w != "#" and not w[:1].isalpha():
            return False  # another mark: the clause before is another's
    return False


def opened_before(toks: list[Tok], q_at: int) -> bool:
    """Whether a relative opener ("of which", "to which") stands right before the number at q_at, after an
    antecedent of the event or a killing: "the massacre, of which 147 people fell victim"."""
    return any(matches(toks, q_at - len(p), p) and antecedent_before(toks, q_at - len(p)) for p in RELATIVE_OPEN)


def participle_antecedent(toks: list[Tok], a: int, j: int) -> bool | None:
    """For a weak word of victims from token a before the number ending at j: None when no participle of a relative
    clause follows the number's people, else whether the clause's antecedent is the event or a killing: the noun the
    participle goes on to ("qurbanları 147 nəfər olan faciə"), or, the participle followed by a comma, the noun before
    the victims word ("Faciə, qurbanları 147 nəfər olan, ...")."""
    k = j + 1
    while word_at(toks, k) in PERSON:
        k += 1
    if word_at(toks, k) not in RELATIVE_PARTICIPLES:
        return None
    if word_at(toks, k + 1) == ",":
        return antecedent_before(toks, a)
    return any(_noun(toks, x) for x in range(k + 1, k + 1 + _HEAD))
