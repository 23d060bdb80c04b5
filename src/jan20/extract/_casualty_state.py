"""The casualty figures a text's sentences give (`CasualtyFigure`), and what those read so far tell the next sentence
(`State`): the category a figure after them inherits, whose people a bare one counts, whether one was left out as
another event's. `casualties` reads the sentences; this module keeps what they found."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ._casualty_phrases import Tok, word_at
from ._casualty_scan import Hit
from ._casualty_words import ALONE, INCREMENT_BEFORE, MORE, Category, Qualifier, Scope, Who


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


_SIDES: frozenset[Who] = frozenset({"civilians", "soldiers", "police"})  # the sides a fact box lists the losses of
_ROW_WORDS = 4  # words of a fact box's row after its number


@dataclass
class State:
    """What the sentences read so far tell the next one."""

    figures: list[CasualtyFigure] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # sentence index of each figure
    seen: set[Category] = field(default_factory=set)
    totals: dict[tuple[Category, int], int] = field(default_factory=dict)  # explicit totals: low by sentence
    # the sentence, category and offset of the last figure left out as another event's or time's: a casualty word
    # elided after it is still said ("в войне погибли 2908 военнослужащих, а 20 января — 147 человек")
    dropped: tuple[int, Category, int] | None = None
    mortal: set[int] = field(default_factory=set)  # the figures (their places) of the mortally wounded


def row_side(text: str, state: State, hit: Hit, at: int) -> Who:
    """Whose a bare figure of a fact box's row is ("21–29 soldiers killed" then "90 injured" on the next line, "131–170
    civilians killed" then "700–800 injured"): the side whose other figure the line before gives."""
    if hit.np or not state.figures:
        return None
    before = state.figures[-1]
    if before.who not in _SIDES or before.category == hit.category:
        return None
    head, newline, rest = text[before.end : at].partition("\n")
    line_end = text.find("\n", at)
    tail = text[at : len(text) if line_end < 0 else line_end]
    row = newline and not rest.strip() and len(head.split()) <= _ROW_WORDS and len(tail.split()) <= _ROW_WORDS
    return before.who if row else None


def whole_who(state: State, si: int, at: int, category: Category) -> Who:
    """Whose the figure a breakdown before `at` in its sentence breaks down is: every part of it counts the same people
    ("147 civilians, including 20 women and 7 children": both parts are civilians). Not a figure of the sentence
    before: "21 soldiers were killed. Among the dead were 20 women" need not break the soldiers down."""
    return next((fig.who for fig in _in_sentence(state, si) if fig.start < at and fig.category == category), None)


def _in_sentence(state: State, si: int) -> Iterator[CasualtyFigure]:
    """The figures read so far in sentence `si`, the last first."""
    k = len(state.figures) - 1
    while k >= 0 and state.sentence_of[k] == si:
        yield state.figures[k]
        k -= 1


def dropped_before(state: State, si: int) -> bool:
    """Whether the last figure before this one in sentence `si` was left out as another event's or time's."""
    if state.dropped is None or state.dropped[0] != si:
        return False
    return state.sentence_of[-1:] != [si] or state.figures[-1].start < state.dropped[2]


def figure_starts(state: State, si: int) -> frozenset[int]:
    """The offsets of the figures read so far in sentence `si`."""
    return frozenset(fig.start for fig, s in zip(state.figures[-8:], state.sentence_of[-8:], strict=True) if s == si)


def categories_in(state: State, si: int) -> set[Category]:
    """The categories of the figures read so far in sentence `si`."""
    return {fig.category for fig in _in_sentence(state, si)}


def figure(
    toks: list[Tok], i: int, j: int, category: Category, qualifier: Qualifier, scope: Scope, who: Who, quote: str
) -> CasualtyFigure:
    """The figure of the number phrase from token i to token j (a range's two ends, or one number twice)."""
    low, high = toks[i].num, toks[j].num
    assert low is not None and high is not None
    return CasualtyFigure(category, low.value, low.value, high.value, qualifier, scope, who, quote, low.start, high.end)


def add(state: State, fig: CasualtyFigure, si: int) -> None:
    """Keep a figure read in sentence `si`."""
    state.figures.append(fig)
    state.sentence_of.append(si)
    state.seen.add(fig.category)


def beside_killed(state: State, si: int, hit: Hit, of_them: bool = False) -> bool:
    """Whether the figure of ``hit``, of the mortally wounded, has another figure of the killed before it in sentence
    `si`: the mortally wounded are counted with the killed, so beside them they are a part of the toll ("82 were
    killed and 20 mortally wounded", "82 убиты и 20 смертельно ранены"), and so is that figure of the killed, unless it
    is stated as the whole or they are a breakdown of it (`of_them`: "102 were killed, 20 of them mortally wounded");
    in either order ("20 were mortally wounded and 82 killed")."""
    if hit.category != "killed":
        return False
    k = len(state.figures) - 1
    beside = False
    while k >= 0 and state.sentence_of[k] == si:
        fig = state.figures[k]
        if fig.category == "killed" and k not in state.mortal and hit.mortal:
            if not of_them and state.totals.get(("killed", si)) != fig.low:  # (not the whole: "in all 102, 20 of them")
                state.figures[k] = replace(fig, scope="partial")  # the toll is both: each is a part of it
            return True
        if k in state.mortal and not hit.mortal:
            state.figures[k] = replace(fig, scope="partial")
            beside = True
        k -= 1
    return beside


def follows_figure(state: State, si: int) -> bool:
    """Whether the sentence before sentence `si` gave a figure (one after it may inherit its category)."""
    return bool(state.sentence_of) and state.sentence_of[-1] == si - 1


def worded_as_part(toks: list[Tok], state: State, si: int, category: Category, j: int, q_at: int) -> bool:
    """The number phrase from q_at to j is worded as a part of its category's toll: "in Baku alone, 131 died", "8
    more were killed"; but "131 were killed and 744 more were wounded" (only figures of another category before it
    in its sentence) counts others than those."""
    if not ALONE.isdisjoint(word_at(toks, x) for x in range(q_at - 4, q_at)):
        return True
    if word_at(toks, j + 1) in MORE or word_at(toks, q_at - 1) in INCREMENT_BEFORE:
        others = categories_in(state, si)
        return (not state.seen or category in state.seen) and not (others and category not in others)
    return False
