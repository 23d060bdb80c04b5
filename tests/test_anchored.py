"""Patterns searched only where their literals are (`_anchored.Anchored`, literal gates) find what a search finds."""

from __future__ import annotations

import functools
import re
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract import _anchored as anchored_module
from jan20.extract import _casualty_context, _casualty_times, _gate
from jan20.extract import _cue_search as cue_search
from jan20.extract import _cues as cue
from jan20.extract._anchored import Anchored

from ._helpers import examples
from ._matches import matches

_PATTERNS = (*(p for p in vars(cue).values() if isinstance(p, re.Pattern)), cue_search.STEMS.pattern)
_anchored = functools.cache(Anchored.of)
_FILLER = st.sampled_from(["", " ", "\n\n", ". ", ", the ", "were ", "X", "Ali Aliyev ", "İ", "ı"])


@st.composite
def _texts(draw: st.DrawFn) -> tuple[re.Pattern[str], str]:
    """A pattern and a text holding a few of its matches (of any of its alternatives) amid other words."""
    pattern = draw(st.sampled_from(_PATTERNS))
    pieces = draw(st.lists(st.one_of(matches(pattern), _FILLER), max_size=6))
    text = "".join(draw(_FILLER) + piece for piece in pieces)
    return pattern, draw(st.sampled_from([text, text.upper(), text.title()]))


@settings(max_examples=examples(150), deadline=None)  # (each example draws from a large pattern: slow to generate)
@given(_texts())
def test_anchored_search_finds_the_same_matches(drawn: tuple[re.Pattern[str], str]) -> None:
    pattern, text = drawn
    _same_matches(_anchored(pattern), pattern, text)


@settings(max_examples=examples(100), deadline=None)
@given(_texts())
def test_without_the_automaton_the_scans_find_the_same_matches(drawn: tuple[re.Pattern[str], str]) -> None:
    pattern, text = drawn
    with mock.patch.object(anchored_module, "_AHO", None):
        anchored = Anchored.of(pattern)  # (made anew: each reads `_AHO` when first searching)
        _same_matches(anchored, pattern, text)
        assert anchored.plain or not anchored.anchored or anchored._automaton is None


def test_the_literals_are_found_by_the_automaton() -> None:
    anchored = Anchored.of(cue.SUBJECT_CUE)
    assert anchored._automaton is not None  # (pyahocorasick, a dependency: else the scans of the test above)


def _same_matches(anchored: Anchored, pattern: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    expected, found = pattern.search(text), anchored.search(text)
    assert (found and found.span()) == (expected and expected.span())
    for pos, before in ((0, None), (len(text) // 3, None), (0, len(text) // 2), (len(text) // 4, 3 * len(text) // 4)):
        expected = pattern.search(text, pos)
        if expected is not None and before is not None and expected.start() >= before:
            expected = None
        found = anchored.first(text, pos, before)
        assert (found and found.span()) == (expected and expected.span()), (pos, before)


def test_a_first_match_is_looked_for_only_before_a_bound() -> None:
    pattern = re.compile(r"\b(?:the|a)\s(?:visit|trip)|(?:x\s*)?laid|flowers\s+\w+", re.IGNORECASE)
    anchored = Anchored.of(pattern)
    text = "On a trip, xx   laid; the   visit, the visit. Flowers  laid"
    assert anchored.first(text).group() == "a trip"  # type: ignore[union-attr]
    assert anchored.first(text, 1).group() == "a trip"  # type: ignore[union-attr]
    assert anchored.first(text, 4).group() == "x   laid"  # type: ignore[union-attr]
    assert anchored.first(text, 4, 12) is None  # ("x   laid" starts at 12)
    assert anchored.first(text, 4, 13).group() == "x   laid"  # type: ignore[union-attr]
    assert anchored.first(text, 21).group() == "the visit"  # type: ignore[union-attr]
    assert anchored.first(text, 36, 45) is None
    assert anchored.first(text, 36).group() == "Flowers  laid"  # type: ignore[union-attr]


def test_a_literal_is_tried_as_far_into_a_match_as_it_may_stand() -> None:
    pattern = re.compile(r"\b(?:the|a)\s(?:visit|trip)|(?:x\s*)?laid|flowers\s+\w+", re.IGNORECASE)
    anchored = Anchored.of(pattern)
    assert [(a.literals, a.lead) for a in anchored.anchored] == [(("trip", "visit"), 4), (("flowers",), 0)]
    assert len(anchored.alone) == 1  # `(?:x\s*)?laid`: no bound before "laid", searched alone
    text = "On a trip, xx   laid; the   visit, the visit. Flowers  laid"
    assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert [m.group() for m in anchored.finditer(text)] == ["a trip", "x   laid", "the visit", "Flowers  laid"]


_PARTS = (
    (_casualty_context._PARTIAL_WHEN, _casualty_context._PARTIAL_WHEN_GATE),
    (_casualty_context.PARTIAL_WHERE, _casualty_context.PARTIAL_WHERE_GATE),
    (_casualty_context.PARTIAL_SHARE, _casualty_context.PARTIAL_SHARE_GATE),
)


@settings(max_examples=examples(300), deadline=None)
@given(st.sampled_from(_PARTS).flatmap(lambda part: st.tuples(st.just(part), _FILLER, matches(part[0]), _FILLER)))
def test_a_timed_part_is_let_through_by_its_literal_gate(
    drawn: tuple[tuple[re.Pattern[str], Any], str, str, str],
) -> None:
    """`timed_part` searches its patterns only where their gates let a sentence through: every sentence a pattern
    matches is let through, in any case."""
    (pattern, gate), before, middle, after = drawn
    for spelled in (before + middle + after, (before + middle + after).upper(), (before + middle + after).title()):
        if pattern.search(spelled) is not None:
            assert gate.may_match(_gate.gate_text(spelled)), spelled


def test_a_timed_part_is_still_found() -> None:
    assert _casualty_context.timed_part(*_whole("Before the curfew was declared, 20 people had died."))
    assert not _casualty_context.timed_part(*_whole("In all, 147 people were killed."))
    assert _casualty_times.placed_part(*_whole("In Lankaran, 8 people were killed."), [])
    assert not _casualty_times.placed_part(*_whole("In all, 147 people were killed."), [])
    assert _casualty_times.shares(*_whole("The Goychay district gave three martyrs."))
    assert not _casualty_times.shares(*_whole("In all, 147 people were killed."))


def _whole(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)


def test_alternatives_compiled_from_one_parse_are_those_compiled_from_their_own() -> None:
    # `_Branch.compiled` reads each pattern's parse tree once for all its alternatives: the compiler must not change
    # the tree it reads, or a later alternative would be compiled from what an earlier one left
    from jan20.extract import _anchored as module

    def code(items: Any, k: int, flags: int) -> list[int]:
        return list(_gate.COMPILER._code(_gate.PARSER.SubPattern(items.state, module._branches(items)[k]), flags))

    alone = [(p, branch.k) for p in _PATTERNS for branch, _ in _anchored(p).alone]
    assert alone  # (the cue patterns have alternatives with no bound)
    for pattern in {p for p, _ in alone}:
        shared = _gate.parsed(pattern)
        for k in [k for p, k in alone if p is pattern]:
            _gate.COMPILER.compile(_gate.PARSER.SubPattern(shared.state, module._branches(shared)[k]), pattern.flags)
        for k in [k for p, k in alone if p is pattern]:
            assert code(shared, k, pattern.flags) == code(_gate.parsed(pattern), k, pattern.flags), (pattern.pattern, k)
    branch = module._Branch(alone[0][0], alone[0][1])
    assert branch.compiled.pattern is None or branch.compiled is alone[0][0]  # (compiled from the tree, or whole)
    assert module._parsed(alone[0][0]) is module._parsed(alone[0][0])


def test_an_alternative_is_drawn_only_where_its_texts_match_the_whole_pattern() -> None:
    # (tests/_matches.py: the narrower patterns the cue patterns' texts are drawn from)
    from . import _matches

    laid = r"\b(?:laid|(?:placed|left))\s+x(?=a|b)"
    assert _matches._variants(laid, 0) == (r"\b(?:laid)\s+x(?=a|b)", r"\b(?:(?:placed|left))\s+x(?=a|b)")
    assert _matches._variants(r"(?!a|b)[|(]c|d", 0) == (r"(?!a|b)[|(]c", "d")
    assert _matches._variants(r"(?!a|b)c(?P<n>d|e)(?P=n)", 0) == (r"(?!a|b)c(?P<n>d)(?P=n)", r"(?!a|b)c(?P<n>e)(?P=n)")
    assert _matches._variants(r"(?!a|b)c(?:(?P<n>d)|e)(?P=n)", 0) == ()  # (a lookaround's; a group referred to)
    assert _matches._variants(r"(a|b)\1", 0) == ()
