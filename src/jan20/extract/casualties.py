"""Casualty figures (killed, injured, arrested, missing) read from article text.

A number becomes a figure only when a casualty word is attached to it in its own clause: after it
("147 people were killed", "744 wounded", "131 people lost their lives") or before it ("killing 131",
"the death toll rose to 147"), across a short chain of filler words (the word tables are in
`_casualty_words`). A number with no casualty word of its own counts only inside a breakdown ("among those
killed were 6 Russians, 3 Jews") or beside "in total", and then takes the category it breaks down. Years
("in 1990"), dates ("January 19-20"), ages ("16-year-old"), durations ("44-day war"), troops, homes, page
numbers and "hundreds of" are never figures. Precision comes first: when the wording is unclear, there is no figure.

Decisions:
* ``value`` of a range ("131–170", "between 133 and 137", "from 131 to 170", "two or three") is the low
  end, so the value never claims more than the text; ``low``/``high`` carry the range. Any other figure
  has low = value = high, and the qualifier says which way it leans.
* "nearly", "almost", "close to", "up to", "as many as", "fewer than" → ``at_most``; "about", "around",
  "some", "an estimated", "roughly", "a dozen" → ``approx``; "more than", "over", "at least" → ``at_least``.
* A qualifier belongs to its own number only: in "an estimated 147 dead and 638 injured" 638 is exact.
* "more"/"additional"/"another" make a part ("Eight more died" → partial) unless every earlier figure is of
  another category ("147 killed … An additional 841 were arrested" → the arrested total).
* Numbers joined by "and" or a comma, each with its people ("93 Azerbaijanis and 29 soldiers were killed",
  "killing 93 Azerbaijanis and 29 Russians"), are parts of one toll; clauses joined so ("killed 147 people and
  744 were wounded") are not.
* A figure marked as a total ("in total", "a total of", "thus") makes smaller figures of its category
  within three sentences partial ("82 killed before the curfew … in total 147").
* ``who`` is set only when the figure's own words say civilians ("civilians", "peaceful residents"),
  soldiers or police; "citizens" or "people" leave it None.
* "fatally wounded" is killed; "victims" or "casualties" alone name no category, so give no figure.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace

from jan20.text.numbers import NumberMention, find_numbers

from . import _text as sx
from ._casualty_context import (
    an_age,
    another_event,
    elided,
    gapped,
    later_protest,
    timed_part,
    who_before,
    who_of,
)
from ._casualty_parts import (
    breakdown_markers,
    in_list,
    joined_after,
    joined_before,
    joined_to_number,
    total_marked,
)
from ._casualty_phrases import Tok, candidates, keyword_at, matches, qualifier_of, tokenize, word_at
from ._casualty_text import NumberReader, cue_positions, sentences
from ._casualty_words import (
    AFTER_LEFT,
    ASIDE_START,
    AT_VERBS,
    ATTRIBUTION,
    AUX,
    BE,
    CLAIM_VERBS,
    DASHES,
    INCREMENT_BEFORE,
    LEFT_LINKS,
    MODALS,
    MODIFIERS,
    NEGATIONS,
    NOT_PEOPLE,
    NUMBER_CASE,
    OBJECT_START,
    PASSIVE,
    PERSON,
    PUT_VERBS,
    SAID_AFTER_BE,
    UNITS,
    Category,
    Qualifier,
    Scope,
    Who,
)
from ._text import READ_LIMIT

__all__ = ["CasualtyFigure", "Category", "Qualifier", "Scope", "Who", "extract_casualties"]


@dataclass(frozen=True)
class CasualtyFigure:
    """One figure; ``start``/``end`` span the number phrase (both ends of a range) in the text given."""

    category: Category
    value: int  # for a range: the low end
    low: int
    high: int
    qualifier: Qualifier
    scope: Scope
    who: Who
    quote: str  # the sentence, whitespace-normalised
    start: int
    end: int


_MAX_SCAN = 7  # filler words between a number and a casualty word after it
_QUOTES = frozenset('"“”«»„')
_APOSTROPHES = frozenset("'’")
_GAP = 4  # words from the comma after a number to the next number that may say its casualty word
_NEAR = 3  # sentences around an explicit total whose smaller figures of its category are its parts


@dataclass
class _Hit:
    category: Category
    np: list[Tok]  # the words naming whom the figure counts
    part: bool = False  # worded as a part: "20 of them", "among them 6 Russians"


@dataclass
class _State:
    """What the sentences read so far tell the next one."""

    figures: list[CasualtyFigure] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # sentence index of each figure
    seen: set[Category] = field(default_factory=set)
    totals: dict[tuple[Category, int], int] = field(default_factory=dict)  # explicit totals: low by sentence


def _scan_right(toks: list[Tok], j: int, q_at: int, starts: frozenset[int] = frozenset()) -> _Hit | None:
    """The casualty word after the number: "147 people were killed", "744 wounded", "8 more died"; across
    another number joined to it ("93 Azerbaijanis and 29 soldiers were killed": a part; starts: where the
    sentence's number phrases begin)."""
    np: list[Tok] = []
    k, steps, passive, perfect, caps, part, joined = j + 1, 0, False, False, 0, False, False
    while k < len(toks) and steps <= _MAX_SCAN:
        steps += 1
        hit = keyword_at(toks, k, "R", ending=False)
        if hit is not None:
            cat, sides, _, b = hit
            nxt = word_at(toks, b + 1)
            active_object = nxt == "#" or (nxt in OBJECT_START and (nxt, word_at(toks, b + 2)) != ("at", "least"))
            if "t" in sides and not passive and (perfect or active_object):
                return None  # "26,000 troops killed 147", "the army had killed": the number is the subject
            if not np and k == j + 1 and nxt in NOT_PEOPLE:
                return None  # "2 missing pages"
            claimed = any(word_at(toks, x) in CLAIM_VERBS for x in range(q_at - 3, q_at))
            if toks[k].norm == "lives" and not (claimed or "lost" in {word_at(toks, x) for x in range(b + 1, b + 4)}):
                return None  # "147 lives" counts only as claimed or lost
            if joined_after(toks, b, cat):
                return None
            return _Hit(cat, np, part)
        t = toks[k]
        if t.norm in _QUOTES:
            k += 1  # a quoted figure: '"up to 300 people" had died'
            continue
        if k == j + 1 and t.norm in _APOSTROPHES and word_at(toks, k + 1).isalpha() and len(toks[k + 1].norm) <= 3:
            k += 2  # a case ending after an apostrophe: "askerlerden 21'i öldü" (21 of the soldiers)
            continue
        if t.norm in NEGATIONS or t.norm.endswith(("n't", "n’t")):
            return None
        if t.norm == "of" and word_at(toks, k + 1) in {"them", "whom", "those"}:
            part, k = True, k + 2
            continue
        if t.norm == "among" and word_at(toks, k + 1) in {"those", "the"}:
            part, k = True, k + 2  # "Two police officers were among those killed"
            continue
        if t.norm in {"and", ","} and (k + 1) in starts and np and not passive:
            part, joined, caps, k = True, True, 0, k + 2  # the next number's words are not this one's
            continue
        if t.norm in {"in", "from", "of"} and caps < 2 and (named := _capitals(toks, k + 1)):
            caps, k = caps + 1, named  # "147 people in Baku were killed", "40 members of the Popular Front were"
            continue
        if t.norm in {"(", "—", "–"}:
            closing = ")" if t.norm == "(" else t.norm
            close = next((x for x in range(k + 1, min(k + 16, len(toks))) if toks[x].norm == closing), None)
            if close is not None:
                k = close + 1  # "147 (some sources say 170) people were killed", "131 people — men and women — were"
                continue
            if t.norm == "(":
                return None
        if t.norm == ",":
            close = next(
                (
                    x
                    for x in range(k + 2, min(k + 16, len(toks)))
                    if toks[x].norm == ","
                    and (word_at(toks, x + 1) in AUX or keyword_at(toks, x + 1, "R", ending=False))
                ),
                None,
            )
            aside = close is not None and (
                word_at(toks, k + 1) in ASIDE_START or any(toks[x].norm in ATTRIBUTION for x in range(k + 1, close))
            )
            if close is None or not aside:
                return None
            k = close + 1  # "170 people, including 6 Russians, had died", "150 people, officials said, were…"
            continue
        if t.norm in SAID_AFTER_BE and (
            word_at(toks, k - 1) in BE or (word_at(toks, k + 1) == "to" and word_at(toks, k + 2) in {"have", "be"})
        ):
            passive = True  # "150 people are said to have died", "150 people thought to have died"
        elif t.norm in AUX or t.norm in DASHES or (NUMBER_CASE.fullmatch("-" + t.norm) and word_at(toks, k - 1) == "-"):
            passive |= t.norm in PASSIVE
            perfect |= t.norm in {"have", "has", "had"}
        elif t.norm in PERSON or t.norm in MODIFIERS:
            if not joined:
                np.append(t)
        elif t.cap and caps < 2 and t.norm[0].isalpha():
            caps += 1  # "147 Azerbaijani citizens", "6 Russians"
            if not joined:
                np.append(t)
        else:
            return None
        k += 1
    return None


def _capitals(toks: list[Tok], k: int) -> int:
    """The index after a name of up to four capitalised words at k ("the" before it allowed), or 0 if none."""
    start = k + 1 if word_at(toks, k) == "the" else k
    end = start
    while end < len(toks) and end - start < 4 and toks[end].cap and toks[end].norm[0].isalpha():
        end += 1
    return end if end > start else 0


def _noun_after(toks: list[Tok], j: int) -> list[Tok]:
    """The words naming people right after a number: "150 civilians", "6 Russians", "were children"."""
    np: list[Tok] = []
    for t in toks[j + 1 : j + 4]:
        if t.norm in PERSON or t.norm in MODIFIERS or (t.cap and t.norm[0].isalpha()):
            np.append(t)
        elif t.norm not in {"were", "was"}:
            break
    return np


def _scan_left(toks: list[Tok], q_at: int, j: int) -> _Hit | None:
    """The casualty word before the number: "killing 131 people", "the death toll rose to 147"."""
    if j + 1 < len(toks) and toks[j + 1].norm not in AFTER_LEFT and not toks[j + 1].cap:
        return None  # "killed 3 days later"
    k, reach = q_at - 1, 5
    while k >= 0 and q_at - k <= reach:
        hit = keyword_at(toks, k, "L", ending=True)
        if hit is not None:
            if any(word_at(toks, x) in MODALS for x in range(hit[2] - 3, hit[2])):
                return None  # "could have killed 1,000"
            if toks[hit[2]].norm in {"kill", "injure"} and word_at(toks, hit[2] - 1) in {"to", "not", "never"}:
                return None  # "ordered to kill 100": a plain "kill" is a headline's present ("Troops kill 83")
            if joined_before(toks, hit[2], hit[0]):
                return None
            return _Hit(hit[0], _noun_after(toks, j))
        w = word_at(toks, k)
        if w == "#" and word_at(toks, k - 1) == "from":
            k, reach = k - 2, reach + 2  # "the death toll rose from 131 to 147"
        elif w in LEFT_LINKS or (w == "at" and _at_figure(toks, k)):
            k -= 1
        elif w in PERSON and keyword_at(toks, k - 1, "L", ending=True):
            k -= 1  # "the number of missing persons is 4"
        else:
            return None
    return None


def _at_figure(toks: list[Tok], at: int) -> bool:
    """Whether "at" gives a figure: "stood at 147", or "put the number of dead at 122" (a verb shortly before)."""
    return word_at(toks, at - 1) in AT_VERBS or any(word_at(toks, x) in PUT_VERBS for x in range(at - 6, at - 1))


def _inherited_hit(toks: list[Tok], last: int, category: Category, in_breakdown: bool, total: bool) -> _Hit | None:
    """A number with no casualty word of its own, in a breakdown ("among those killed were 6 Russians",
    "20 of them were children") or beside "in total", counts people of the category it breaks down."""
    of_them = any(matches(toks, last + 1, ("of", w)) for w in ("them", "whom", "those"))
    np = _noun_after(toks, last)
    people = of_them or (bool(np) and all(t.norm != "troops" for t in np))  # not "including 3,000 troops"
    # In a breakdown, any word after the number names its people ("среди погибших 6 русских", "6 rus və 3
    # yəhudi"): Russian and Azerbaijani write nationalities in lower case.
    after = word_at(toks, last + 1)
    people |= in_breakdown and after.isalpha() and after not in NOT_PEOPLE and after not in UNITS
    if (in_breakdown or of_them) and people:
        return _Hit(category, np, part=True)
    if total and (people or word_at(toks, last + 1) in {"", ",", ".", ";", "in", "altogether"}):
        return _Hit(category, np)  # "… in total 147"
    return None


def _read_sentence(text: str, s0: int, s1: int, si: int, nums: list[NumberMention], state: _State) -> None:
    if another_event(text, s0, s1):
        return
    timed = timed_part(text, s0, s1)
    toks = tokenize(text, s0, s1, nums)
    markers = breakdown_markers(toks)
    quote = " ".join(text[s0:s1].split())
    phrases = candidates(text, toks)
    starts, ends = frozenset(i for i, _ in phrases), frozenset(j for _, j in phrases)
    gap: tuple[int, int, Qualifier, list[Tok], int] | None = None  # a number and its people, its word not yet said
    for i, j in phrases:
        qualifier, q_at, last = qualifier_of(toks, i, j)
        if qualifier in {"at_least", "at_most"} and word_at(toks, q_at - 1) in PERSON:
            continue  # "children under 16", "men over 60": an age
        if an_age(toks, q_at, last):
            continue
        # Across a number joined to this one only when nothing nearer gives a word: in "killed 147 people and 744
        # were wounded", 147 is the killed.
        hit = _scan_right(toks, last, q_at) or _scan_left(toks, q_at, last) or _scan_right(toks, last, q_at, starts)
        of_them = word_at(toks, last + 1) == "of" and word_at(toks, last + 2) in {"them", "whom", "those"}
        joined = joined_to_number(toks, q_at, ends) and state.sentence_of[-1:] == [si] and not of_them
        near = markers[: bisect_left(markers, (q_at + 1,))][-3:]  # a breakdown list is short
        marker = next((m for m in reversed(near) if in_list(toks, m[0], q_at)), None)
        recent = state.figures[-1].category if state.figures and state.sentence_of[-1] >= si - 1 else None
        inherited = (marker[1] if marker else None) or recent
        total = total_marked(toks, q_at, last)
        if hit is None and inherited is not None:
            hit = _inherited_hit(toks, last, inherited, marker is not None, total)
        if hit is None and joined:  # "killing 93 Azerbaijanis and 29 Russians"
            hit = _Hit(state.figures[-1].category, _noun_after(toks, last))
        if hit is None and state.sentence_of[-1:] == [si] and (np := elided(toks, q_at, last)) is not None:
            # "134 killed in Baku and 13 more in other towns": two parts; "131 civilians; 21 soldiers": two tolls
            before = state.figures[-1]
            hit = _Hit(before.category, np, part=who_of(np) in (None, before.who) or before.who is None)
            if hit.part:
                state.figures[-1] = replace(before, scope="partial")
        if hit is not None and joined and hit.category == state.figures[-1].category:
            # "93 Azerbaijanis and 29 soldiers were killed": both are parts of the toll
            hit.part = True
            state.figures[-1] = replace(state.figures[-1], scope="partial")
        if hit is None and (np := gapped(toks, last, starts)) is not None:
            gap = (i, j, qualifier, np, last + len(np) + 1)  # its people, then a comma: the word may come later
        if hit is None or (hit.category == "arrested" and later_protest(text, s0, s1)):
            continue
        partial = hit.part or timed or (marker is not None and inherited == hit.category)
        partial |= "alone" in {word_at(toks, x) for x in range(q_at - 4, q_at)}  # "in Baku alone, 131 died"
        if word_at(toks, j + 1) == "more" or word_at(toks, q_at - 1) in INCREMENT_BEFORE:
            partial |= not state.seen or hit.category in state.seen
        partial &= not total
        if gap is not None and 0 < q_at - gap[4] <= _GAP and who_of(gap[3]) in (None, who_of(hit.np)):
            # "Bakıda 131 nəfər, rayonlarda isə 8 nəfər həlak olub": the casualty word of both, said once at the end
            _add(state, _figure(toks, gap[0], gap[1], hit.category, gap[2], "partial", who_of(gap[3]), quote), si)
            partial = not total
        gap = None
        who = who_of(hit.np) or who_before(toks, q_at)
        fig = _figure(toks, i, j, hit.category, qualifier, "partial" if partial else "total", who, quote)
        _add(state, fig, si)
        if total:
            state.totals[fig.category, si] = max(fig.low, state.totals.get((fig.category, si), 0))


def _figure(
    toks: list[Tok], i: int, j: int, category: Category, qualifier: Qualifier, scope: Scope, who: Who, quote: str
) -> CasualtyFigure:
    low, high = toks[i].num, toks[j].num
    assert low is not None and high is not None
    return CasualtyFigure(category, low.value, low.value, high.value, qualifier, scope, who, quote, low.start, high.end)


def _add(state: _State, fig: CasualtyFigure, si: int) -> None:
    state.figures.append(fig)
    state.sentence_of.append(si)
    state.seen.add(fig.category)


def extract_casualties(text: str) -> list[CasualtyFigure]:
    """Every casualty figure in ``text`` (its first READ_LIMIT characters), in text order (see the module
    docstring for the rules)."""
    text = text[:READ_LIMIT]
    cues = cue_positions(text)
    if not cues:
        return []  # every figure has a casualty word
    state = _State()
    numbers = NumberReader(text)
    si = 0  # sentence index (exact within the paragraphs read)
    for para in sx.paragraphs(text):
        # A sentence yields a figure only when it has a casualty word, or when the sentence before it did (it
        # may then inherit that figure's category): read those, and skip paragraphs with neither.
        if not _holds(cues, para.start, para.end) and not _follows_figure(state, si):
            si += 2  # a paragraph has at least one sentence, so nothing after it follows a figure before it
            continue
        for s0, s1 in sentences(text, para.start, min(para.end + 1, len(text))):
            if _holds(cues, s0, s1) or _follows_figure(state, si):
                nums = numbers.in_sentence(s0, s1)
                if nums:
                    _read_sentence(text, s0, s1, si, nums, state)
            si += 1
    if state.totals:
        return _read_all(text)  # marking parts near a total needs exact sentence distances (rare)
    return state.figures


def _holds(cues: list[int], start: int, end: int) -> bool:
    i = bisect_left(cues, start)
    return i < len(cues) and cues[i] < end


def _follows_figure(state: _State, si: int) -> bool:
    return bool(state.sentence_of) and state.sentence_of[-1] == si - 1


def _read_all(text: str) -> list[CasualtyFigure]:
    """`extract_casualties`, reading every sentence of the text."""
    nums = find_numbers(text)
    starts = [n.start for n in nums]
    state = _State()
    for si, (s0, s1) in enumerate(sentences(text)):
        inside = [n for n in nums[bisect_left(starts, s0) : bisect_left(starts, s1)] if n.end <= s1]
        if inside:
            _read_sentence(text, s0, s1, si, inside, state)
    # A smaller figure of a category near an explicit total of it is a part: "82 … in total 147".
    return [
        replace(fig, scope="partial")
        if any(state.totals.get((fig.category, si + d), -1) > fig.high for d in range(-_NEAR, _NEAR + 1))
        else fig
        for fig, si in zip(state.figures, state.sentence_of, strict=True)
    ]
