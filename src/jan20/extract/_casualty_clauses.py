"""Casualty words a clause away from the number they count, for the casualty extractor (the nearer words are
`_casualty_scan`'s): the finite verb that ends a verb-final clause, after a place, a time or a cause ("137 kişi Sovyet
tanklarının altında can verdi"), and the verb after a relative clause that tells who the people were ("147 civilians
who had gathered in the square were killed")."""

from __future__ import annotations

from ._casualty_parts import joined_after, partitive, people_after
from ._casualty_phrases import Tok, keyword_at, word_at
from ._casualty_scan import APOSTROPHES, CLAUSE_ENDS, Hit
from ._casualty_words import (
    AND,
    ARTICLE,
    ASIDE_END_ENDINGS,
    AUX,
    BE,
    JOINED,
    LIST_WORDS,
    LIVES,
    MODALS,
    NEGATIONS,
    OBJECT_PEOPLE,
    OF,
    PARTITIVE,
    PARTITIVE_WHO,
    PERSON,
    RELATIVE,
    RELATIVE_ENDS,
    RELATIVE_TIMES,
    is_month,
)

__all__ = ["scan_relative", "scan_verb_final"]

_STRETCH = 8  # words of a place, time or agent between a verb-final clause's people and its verb
_RELATIVE_REACH = 10  # words of a relative clause before the verb of its people
_RELATIVE_STOPS = frozenset(".,;:()[]")
_OWNER_WORDS = 3  # words of the place the people are of, before their relative clause ("residents of the city who")


def _people(toks: list[Tok], j: int) -> tuple[list[Tok], int]:
    """The words naming the people right after the number at j, one of them a noun of people ("137 kişi", "147 masum
    sivil", "150 unarmed civilians"), and the index after them; none if no noun of people is there."""
    k = people_after(toks, j)
    np = toks[j + 1 : k]
    return (np, k) if any(t.norm in PERSON for t in np) else ([], j + 1)


def scan_verb_final(toks: list[Tok], j: int) -> Hit | None:
    """The verb that ends a verb-final clause whose subject is the number and its people, with the words of a place,
    a time or a cause between them ("137 kişi Sovyet tanklarının altında can verdi", "147 nəfər Bakı küçələrində həlak
    olub"): a casualty word marked "v" (a verb in a finite form, never a participle that goes on; "o", an active one,
    when the people are its object: "147 sivili sokaklarda katletti"), the clause's end
    right after it or a converb of "while" that ends it ("147 kişi tankların altında can verirken 744 kişi yaralandı"),
    or a finite verb marked "f" that needs no end after it ("133 человека в ту ночь в Баку погибли от
    пуль"); no mark, other people, "and" or casualty word between (those end the clause or start another:
    "150 kişi toplandı ve askerler ateş açınca …"), but for a second number and its people joined right after the
    first, whose verb it shares ("147 sivil ve 20 asker öldü": each a part of the toll)."""
    np, k = _people(toks, j)
    group = word_at(toks, j - 1) in PARTITIVE_WHO or keyword_at(toks, j - 1, "L", ending=True) is not None
    if partitive(toks, j) and group:
        k = j + 3  # some of a group named before it: "Sovyet askerlerinden 21'i de olaylarda öldü"
    elif not np:
        return None  # the people are named: "137 kişi", "147 nəfər"
    objects = any(t.norm in OBJECT_PEOPLE for t in np)
    side = "o" if objects else "v"  # "147 sivili … katletti": the verb's object
    words, part = 0, False
    if word_at(toks, k) in AND and word_at(toks, k + 1) == "#" and not _a_time(toks, k + 1):
        other, past = _people(toks, k + 1)  # "147 sivil ve 20 asker öldü": a part of the toll, the verb both's
        part, k = bool(other), past if other else k
    while k < len(toks) and words <= _STRETCH:
        hit = keyword_at(toks, k, side, ending=False)
        free = hit is None and not objects and (hit := keyword_at(toks, k, "f", ending=False)) is not None
        if hit is not None:
            after = word_at(toks, hit[3] + 1)
            if joined_after(toks, hit[3], hit[0]):
                return None  # "800-dən çox insan həlak olub və yaralanıb": no figure of either
            free &= hit[3] + 1 >= len(toks) or toks[hit[3] + 1].num is None  # not "из 2000 … погибли 133"
            ends = free or after in CLAUSE_ENDS or after in AND or after in LIST_WORDS
            ends |= toks[hit[3]].norm.endswith(ASIDE_END_ENDINGS)  # a converb of "while" ends it: "… can verirken 744"
            return Hit.of(hit, np, part) if ends else None
        t = toks[k]
        if t.norm in APOSTROPHES and word_at(toks, k + 1).isalpha():
            k += 2  # a case ending: "Bakü'de"
            continue
        if _stops_stretch(toks, k):
            return None
        words += 1
        k += 1
    return None


def _stops_stretch(toks: list[Tok], k: int) -> bool:
    """Whether the token at k ends the stretch before a verb-final verb: a mark, a number that is no time (a day
    before its month, a year: "20 Ocak'ta", "1990'da"), other people, "and", a negation or another casualty word."""
    t = toks[k]
    if t.num is not None:
        return not _a_time(toks, k)
    if not t.norm[:1].isalpha() or t.norm in PERSON or t.norm in AND or t.norm in JOINED or t.norm in NEGATIONS:
        return True
    return keyword_at(toks, k, "R", ending=False) is not None or keyword_at(toks, k, "L", ending=False) is not None


def _a_time(toks: list[Tok], k: int) -> bool:
    """Whether the number at k says when, not how many: a day before its month or a year ("20 Ocak'ta", "1990'da")."""
    num = toks[k].num
    return num is not None and (is_month(word_at(toks, k + 1)) or num.looks_like_year)


def scan_relative(toks: list[Tok], j: int) -> Hit | None:
    """The casualty verb of the number's people after a relative clause about them ("147 civilians who had gathered in
    the square were killed", "147 people who were in the streets that night lost their lives"): a passive ("were
    killed") or a verb of dying alone ("died", "lost their lives"), never a noun or participle with its article ("who
    mourned the dead", "who visited the graves of those killed"), within a short reach that no mark, number, negation,
    modal or second clause ("who", "where", "when", "that") crosses. The relative clause may itself be the casualty's
    ("147 people who were killed that night are buried there"); "that" before a time ("that night") opens no clause.
    The place the people are of may come between them and the clause ("147 residents of the city who …")."""
    np, k = _people(toks, j)
    if np and word_at(toks, k) in OF:  # "147 residents of the city who had come out …"
        x = k + 1
        while x <= k + _OWNER_WORDS and word_at(toks, x).isalpha() and word_at(toks, x) not in RELATIVE:
            x += 1
        k = x if x > k + 1 and word_at(toks, x) in RELATIVE else k
    if not np or word_at(toks, k) not in RELATIVE:
        return None
    k, words = k + 1, 0
    while k < len(toks) and words <= _RELATIVE_REACH:
        t = toks[k]
        if t.norm in BE:
            x = k + 1
            while word_at(toks, x) in AUX:
                x += 1  # "were reportedly", "had been"
            hit = keyword_at(toks, x, "R", ending=False)
            if hit is not None and "w" not in hit[1]:
                return None if joined_after(toks, hit[3], hit[0]) else Hit.of(hit, np)
        elif (hit := keyword_at(toks, k, "R", ending=False)) is not None:
            alone = "L" not in hit[1] and "t" not in hit[1] and "w" not in hit[1] and t.norm not in LIVES
            after_noun = word_at(toks, k - 1) in ARTICLE or word_at(toks, k - 1) in PARTITIVE
            if not alone or after_noun or joined_after(toks, hit[3], hit[0]):
                return None
            return Hit.of(hit, np)
        ends = t.norm in RELATIVE_ENDS and word_at(toks, k + 1) not in RELATIVE_TIMES  # (not "that night")
        if t.norm in _RELATIVE_STOPS or ends or t.norm in NEGATIONS or t.norm in MODALS:
            return None
        if t.num is not None and not _a_time(toks, k):
            return None  # (a day or a year may say when they came out: "who had gathered on 19 January")
        words += 1
        k += 1
    return None
