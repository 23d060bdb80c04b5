"""The casualty word of a number, for the casualty extractor: the walk right of the number ("147 people were
killed", "744 wounded", "8 more died") and the walk left of it ("killing 131", "the death toll rose to 147"), each
across a short chain of filler words (the word tables are in `_casualty_words`)."""

from __future__ import annotations

from dataclasses import dataclass

from jan20.text.dates import LAST_DAY

from ._casualty_asides import CLAUSE_ENDS, past_bracket, past_comma
from ._casualty_parts import attribution_before, joined_after, joined_before
from ._casualty_phrases import Tok, keyword_at, matches, word_at
from ._casualty_relative import antecedent_before, opened_before, participle_antecedent
from ._casualty_words import (
    AFTER_LEFT,
    AGENT_AFTER,
    AMONG,
    AMONG_WHAT,
    AND,
    ARTICLE,
    ASIDE_END_ENDINGS,
    AT,
    AT_VERBS,
    AUX,
    BARE_VERBS,
    BARE_VERBS_AFTER,
    BE,
    CLAIM_VERBS,
    DASHES,
    EVENT_LINKS,
    EVENT_NOUNS,
    EVENT_OF,
    FROM,
    INCREMENT_BEFORE,
    INFINITIVE,
    INFINITIVE_VERBS,
    LEFT_LINKS,
    LIST_WORDS,
    LIVES,
    LIVES_WHEN,
    MODALS,
    MODIFIERS,
    NAME_AFTER,
    NEGATION_ENDINGS,
    NEGATIONS,
    NOT_OBJECT,
    NOT_PEOPLE,
    NUMBER_CASE,
    OBJECT_START,
    OF,
    OWNERS,
    PARTICIPLE_AFTER,
    PARTICIPLE_ENDINGS,
    PARTITIVE,
    PASSIVE,
    PEOPLE_WERE,
    PERFECT,
    PERSON,
    PLACE_BEFORE,
    PUT_VERBS,
    SAID_AFTER_BE,
    SINGLE_WORDS,
    UNITS,
    Category,
)

__all__ = ["APOSTROPHES", "CLAUSE_ENDS", "Hit", "noun_after", "scan_left", "scan_right"]

_EVENT_REACH = 8  # words of an event named between a casualty word and its number ("of the tragedy of 20 January 1990")
_YEARS = (1900, 2099)  # the numbers an event's name may hold: a day (up to `LAST_DAY`), a year
_MAX_SCAN = 7  # filler words between a number and a casualty word after it
_INCREMENT_SCAN = 4  # more of them after an increment's number ("another 8 people")
_AGENT_REACH = 4  # words of an agent phrase up to its end ("sovet əsgərləri tərəfindən")
_AGENT_ENDS = CLAUSE_ENDS | AND | LIST_WORDS  # what may follow an agent's casualty word (a clause's end, a list)
_QUOTES = frozenset('"“”«»„')
APOSTROPHES = frozenset("'’")


@dataclass
class Hit:
    category: Category
    np: list[Tok]  # the words naming whom the figure counts
    part: bool = False  # worded as a part: "20 of them", "among them 6 Russians"; or its word's ("s" in its sides)
    mortal: bool = False  # its word is of the mortally wounded ("m" in its sides): "20 mortally wounded"

    @classmethod
    def of(cls, hit: tuple[Category, str, int, int], np: list[Tok], part: bool = False) -> Hit:
        """The hit of a casualty word found (`keyword_at`), a part and mortal as its sides mark it ("s", "m")."""
        return cls(hit[0], np, part or "s" in hit[1], "m" in hit[1])


def scan_right(toks: list[Tok], j: int, q_at: int, starts: frozenset[int] = frozenset()) -> Hit | None:
    """The casualty word after the number: "147 people were killed", "744 wounded", "8 more died"; across
    another number joined to it ("93 Azerbaijanis and 29 soldiers were killed": a part; starts: where the
    sentence's number phrases begin). A weak word ("w" in its sides: "victims") gives its category only when no
    verb after it says another ("147 victims", but "800 victims were injured")."""
    weak: list[Hit] = []
    hit = _scan_right(toks, j, q_at, starts, weak)
    return hit if hit is not None or not weak else weak[0]


def _scan_right(toks: list[Tok], j: int, q_at: int, starts: frozenset[int], weak: list[Hit]) -> Hit | None:
    np: list[Tok] = []
    k, steps, passive, perfect, caps, part, joined = j + 1, 0, False, False, 0, False, False
    own = -1  # right after a joined number: a casualty word there is that number's own noun ("and 744 wounded")
    agent = False  # passed an agent phrase: the verb must end its clause
    # "another 8 people ... were killed": an increment has its verb to come, after the places and the agent of a
    # verb-final clause ("Daha 8 nəfər Neftçalada və Lənkəranda əsgərlər tərəfindən qətlə yetirilib")
    loose = word_at(toks, q_at - 1) in INCREMENT_BEFORE
    reach = _MAX_SCAN + _INCREMENT_SCAN if loose else _MAX_SCAN
    while k < len(toks) and steps <= reach:
        steps += 1
        hit = keyword_at(toks, k, "R", ending=False)
        if hit is not None and "w" in hit[1] and not weak:
            weak.append(Hit(hit[0], [*np, toks[k]], part))
            if word_at(toks, hit[3] + 1) not in AUX:
                return None  # "147 victims of the massacre", "147 victims and 744 wounded"
            np.append(toks[k])  # "800 victims were injured": the verb says
            k = hit[3] + 1
            continue
        if hit is not None and k == own:
            return None  # "147 people and 744 wounded", "147 kişi ve 744 yaralı": the wounded are the 744 alone
        if hit is not None:
            first = not np and k == j + 1
            counts = _counts(toks, k, hit, q_at, first=first, passive=passive, perfect=perfect, agent=agent)
            return Hit.of(hit, np, part) if counts else None
        t = toks[k]
        if t.norm in _QUOTES:
            k += 1  # a quoted figure: '"up to 300 people" had died'
            continue
        if k == j + 1 and _case_ending(toks, k):
            k += 2  # a case ending after an apostrophe: "askerlerden 21'i öldü" (21 of the soldiers)
            continue
        if t.norm in NEGATIONS or t.norm.endswith(NEGATION_ENDINGS):
            weak.clear()
            return None
        if t.norm in OF and word_at(toks, k + 1) in PARTITIVE:
            part, k = True, k + 2
            continue
        if t.norm in OF and word_at(toks, k + 1) in OWNERS and k == j + 1:
            k += 2  # "147 of our compatriots who died": the people the number counts
            continue
        if t.norm in AMONG and word_at(toks, k + 1) in AMONG_WHAT:
            part, k = True, k + 2  # "Two police officers were among those killed"
            continue
        if t.norm in AMONG and keyword_at(toks, k + 1, "R", ending=False) is not None:
            part, k = True, k + 1  # "25 женщин и 20 детей были среди раненых": the casualty word right after it
            continue
        if (t.norm in AND or t.norm == ",") and (k + 1) in starts and np and not passive:
            part, joined, caps, k = True, True, 0, k + 2  # the next number's words are not this one's
            own = k
            continue
        if (t.norm in AND or t.norm == ",") and np and not joined and _people_listed(toks, k):
            k += 1  # "147 men, women and children were killed": one count of them all
            continue
        if t.norm in PLACE_BEFORE and caps < 2 and (named := _capitals(toks, k + 1)):
            caps, k = caps + 1, named  # "147 people in Baku were killed", "40 members of the Popular Front were"
            continue
        if t.norm in {"(", "—", "–"}:
            if (past := past_bracket(toks, k)) is not None:
                k = past
                continue
            if t.norm == "(":
                return None
        if t.norm == ",":
            aside = keyword_at(toks, k + 1, "R", ending=False)
            if aside is not None and "c" in aside[1] and np and not joined:
                return Hit.of(aside, np, part)  # "4 people, of whom nothing has been heard since": set off
            if (past := past_comma(toks, k, q_at)) is None:
                return None
            k = past  # "170 people, including 6 Russians, had died", "150 people, officials said, were…"
            continue
        if t.norm in SAID_AFTER_BE and (
            word_at(toks, k - 1) in BE
            or (word_at(toks, k + 1) in INFINITIVE and word_at(toks, k + 2) in INFINITIVE_VERBS)
        ):
            passive = True  # "150 people are said to have died", "150 people thought to have died"
        elif t.norm in AUX or t.norm in DASHES or (NUMBER_CASE.fullmatch("-" + t.norm) and word_at(toks, k - 1) == "-"):
            passive |= t.norm in PASSIVE
            perfect |= t.norm in PERFECT
        elif t.norm in PERSON or t.norm in MODIFIERS:
            if not joined:
                np.append(t)
        elif t.cap and caps < 2 and t.norm[0].isalpha():
            caps += 1  # "147 Azerbaijani citizens", "6 Russians"
            if not joined:
                np.append(t)
        elif (end := _agent_end(toks, k)) is not None:
            k, agent = end, True  # "147 nəfər sovet əsgərləri tərəfindən qətlə yetirildi": a verb-final passive's agent
        elif not (loose and t.norm[:1].isalpha()):  # (an increment's clause: any word before its verb)
            return None
        k += 1
    return None


def _counts(
    toks: list[Tok],
    k: int,
    hit: tuple[Category, str, int, int],
    q_at: int,
    *,
    first: bool,
    passive: bool,
    perfect: bool,
    agent: bool,
) -> bool:
    """Whether the casualty word `hit` found at k after the number (by `_scan_right`) counts it: not when the
    number is its verb's subject, a word of no people's follows it at once (`first`: the number's next word, no
    people's word read), a name, a participle going on to a noun or another casualty word's list goes on from it;
    "lives" only as claimed or lost; after an agent phrase (`agent`), only at its clause's end. `passive`,
    `perfect`: the auxiliaries read on the way."""
    cat, sides, _, b = hit
    nxt = word_at(toks, b + 1)
    # (not a time counted after it: "744 wounded two years after the Sumgait pogrom")
    counted = nxt == "#" and word_at(toks, b + 2) not in UNITS
    active_object = counted or (nxt in OBJECT_START and not any(matches(toks, b + 1, p) for p in NOT_OBJECT))
    if "t" in sides and not passive and (perfect or active_object):
        return False  # "26,000 troops killed 147", "the army had killed": the number is the subject
    if "r" in sides and not opened_before(toks, q_at):
        return False  # "the massacre, of which 147 people fell victim"; not "147 people fell victim to censorship"
    if first and nxt in NOT_PEOPLE:
        return False  # "2 missing pages"
    if any(matches(toks, b + 1, p) for p in NAME_AFTER):
        return False  # "300 nəfər Şəhidlər xiyabanını ziyarət edib": a place's name
    if _participle(toks, b):
        return False  # "500 kişi … şehit olanları andı": a participle that goes on to a noun
    claimed = any(word_at(toks, x) in CLAIM_VERBS for x in range(q_at - 3, q_at))
    if toks[k].norm in LIVES and not (
        claimed or not LIVES_WHEN.isdisjoint(word_at(toks, x) for x in range(b + 1, b + 4))
    ):
        return False  # "147 lives" counts only as claimed or lost
    if joined_after(toks, b, cat):
        return False
    # (after an agent: "sovet əsgərləri tərəfindən qətlə yetirilənlərin xatirəsi": a participle goes on)
    return not agent or any(word_at(toks, y) in _AGENT_ENDS for y in (b + 1, b + 2))


def _participle(toks: list[Tok], b: int) -> bool:
    """Whether the casualty word ending at b is a participle that goes on to a noun ("şehit olanları", "həlak
    olanları": those martyred): its last word ends as a participle does (a word the data lists whole, "ölüden", is
    none), or an auxiliary's participle follows it ("həlak" then "olanları")."""
    word = toks[b].norm
    # (not a converb that ends a clause, whose last letters a participle's may be: "şehit edilirken", "kaybederken")
    if word.endswith(PARTICIPLE_ENDINGS) and not word.endswith(ASIDE_END_ENDINGS) and (word,) not in SINGLE_WORDS:
        return True
    return any(matches(toks, b + 1, p) for p in PARTICIPLE_AFTER)


def _people_listed(toks: list[Tok], k: int) -> bool:
    """Whether a list of nouns of people, joined by commas and "and", runs from the mark at k up to the verb of the
    number's clause (a form of "be" or a casualty word after it): "147 men, women and elderly people were killed";
    not "150 people, soldiers said, were killed" (an aside)."""
    x, people = k, False
    while (w := word_at(toks, x)) in PERSON or w in MODIFIERS or w in AND or w == ",":
        people |= w in PERSON
        x += 1
    verb = word_at(toks, x) in AUX or keyword_at(toks, x, "R", ending=False) is not None
    return people and word_at(toks, k + 1) not in AND and word_at(toks, k + 1) != "," and verb


def _agent_end(toks: list[Tok], k: int) -> int | None:
    """The word that ends an agent phrase starting at k ("sovet əsgərləri tərəfindən", "Sovyet askerleri
    tarafından"), within a few words and with no mark before it, or None."""
    for x in range(k, min(k + _AGENT_REACH, len(toks))):
        if toks[x].norm in AGENT_AFTER:
            return x
        if not toks[x].norm[:1].isalpha():
            return None
    return None


def _case_ending(toks: list[Tok], k: int) -> bool:
    """Whether a case ending after an apostrophe starts at k, right after a number: "21'i", "147'dir"."""
    return word_at(toks, k) in APOSTROPHES and word_at(toks, k + 1).isalpha() and len(toks[k + 1].norm) <= 3


def _capitals(toks: list[Tok], k: int) -> int:
    """The index after a name of up to four capitalised words at k ("the" before it allowed), or 0 if none."""
    start = k + 1 if word_at(toks, k) in ARTICLE else k
    end = start
    while end < len(toks) and end - start < 4 and toks[end].cap and toks[end].norm[0].isalpha():
        end += 1
    return end if end > start else 0


def noun_after(toks: list[Tok], j: int) -> list[Tok]:
    """The words naming people right after a number: "150 civilians", "6 Russians", "were children"."""
    np: list[Tok] = []
    for t in toks[j + 1 : j + 4]:
        if t.norm in PERSON or t.norm in MODIFIERS or (t.cap and t.norm[0].isalpha()):
            np.append(t)
        elif t.norm not in PEOPLE_WERE:
            break
    return np


def scan_left(toks: list[Tok], q_at: int, j: int) -> Hit | None:
    """The casualty word before the number: "killing 131 people", "the death toll rose to 147"."""
    after = j + 3 if _case_ending(toks, j + 1) else j + 1  # "şehit sayısı 147'dir": past its case ending
    if after < len(toks) and toks[after].norm not in AFTER_LEFT and not toks[after].cap:
        return None  # "killed 3 days later"
    k, reach = q_at - 1, 5
    while k >= 0 and q_at - k <= reach:
        hit = keyword_at(toks, k, "L", ending=True)
        if hit is not None:
            if any(word_at(toks, x) in MODALS for x in range(hit[2] - 3, hit[2])):
                return None  # "could have killed 1,000"
            if toks[hit[2]].norm in BARE_VERBS and word_at(toks, hit[2] - 1) in BARE_VERBS_AFTER:
                return None  # "ordered to kill 100": a plain "kill" is a headline's present ("Troops kill 83")
            if joined_before(toks, hit[2], hit[0]):
                return None
            if "r" in hit[1] and not antecedent_before(toks, hit[2]):
                return None  # "the repressions, whose victims numbered 40,000": victims of no killing
            if "w" in hit[1] and participle_antecedent(toks, hit[2], j) is False:
                return None  # "qurbanları 40 min nəfər olan repressiyalar"
            return Hit.of(hit, noun_after(toks, j))
        w = word_at(toks, k)
        if (w == "," or w in DASHES) and (opened := attribution_before(toks, k)) is not None:
            k, reach = opened - 1, reach + k - opened + 1  # "Погибли, по официальным данным, 133 человека"
        elif w == "#" and word_at(toks, k - 1) in FROM:
            k, reach = k - 2, reach + 2  # "the death toll rose from 131 to 147"
        elif w in LEFT_LINKS or (w in AT and _at_figure(toks, k)):
            k -= 1
        elif named := next((len(p) for p in EVENT_OF if matches(toks, k - len(p) + 1, p)), 0) or _event_named(toks, k):
            k, reach = k - named, reach + named  # "the toll of the tragedy was 147", "of the January 1990 tragedy"
        elif w in PERSON and keyword_at(toks, k - 1, "L", ending=True):
            k -= 1  # "the number of missing persons is 4"
        else:
            return None
    return None


def _event_named(toks: list[Tok], k: int) -> int:
    """How many tokens up to k name the event, between a casualty word and its number: a link and words (a year, a
    day) with an event's head noun among them ("the death toll of the January 1990 tragedy was 147", "число жертв
    январской трагедии 1990 года составило 147"), opened by a link or right after the casualty word; 0 if none do."""
    # (none without an event's noun among the words: told by one set lookup a word before the keyword tests of each,
    # 0.4 ms a call before, 2026-12-06)
    if not any(t.norm in EVENT_NOUNS for t in toks[max(k - _EVENT_REACH + 1, 0) : k + 1]):
        return 0
    noun = False
    for s in range(k, max(k - _EVENT_REACH, -1), -1):
        t = toks[s]
        if t.num is not None:
            if not (t.num.kind == "digits" and (t.num.value <= LAST_DAY or _YEARS[0] <= t.num.value <= _YEARS[1])):
                return 0  # (another number: "of the 26,000 troops")
        elif not t.norm.isalpha() or keyword_at(toks, s, "L", ending=True) or keyword_at(toks, s, "R", ending=True):
            return 0
        noun |= t.norm in EVENT_NOUNS
        if noun and (t.norm in EVENT_LINKS or keyword_at(toks, s - 1, "L", ending=True)):
            return k - s + 1
    return 0


def _at_figure(toks: list[Tok], at: int) -> bool:
    """Whether "at" gives a figure: "stood at 147", or "put the number of dead at 122" (a verb shortly before)."""
    return word_at(toks, at - 1) in AT_VERBS or any(word_at(toks, x) in PUT_VERBS for x in range(at - 6, at - 1))
