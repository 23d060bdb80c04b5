"""Patterns searched only where their literals are (`_gate.Anchored`, literal gates) find what a search finds."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract import _casualty_context, _gate
from jan20.extract import _cues as cue

_PATTERNS = (*(p for p in vars(cue).values() if isinstance(p, re.Pattern)), cue.STEMS.pattern)
_anchored = functools.cache(_gate.Anchored.of)
_FILLER = st.sampled_from(["", " ", "\n\n", ". ", ", the ", "were ", "X", "Ali Aliyev ", "İ", "ı"])


@st.composite
def _texts(draw: st.DrawFn) -> tuple[re.Pattern[str], str]:
    """A pattern and a text holding a few of its matches (of any of its alternatives) amid other words."""
    pattern = draw(st.sampled_from(_PATTERNS))
    pieces = draw(st.lists(st.one_of(st.from_regex(pattern), _FILLER), max_size=6))
    text = "".join(draw(_FILLER) + piece for piece in pieces)
    return pattern, draw(st.sampled_from([text, text.upper(), text.title()]))


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_anchored_search_finds_the_same_matches(drawn: tuple[re.Pattern[str], str]) -> None:
    pattern, text = drawn
    anchored = _anchored(pattern)
    assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    expected, found = pattern.search(text), anchored.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_a_literal_is_tried_as_far_into_a_match_as_it_may_stand() -> None:
    pattern = re.compile(r"\b(?:the|a)\s(?:visit|trip)|(?:x\s*)?laid|flowers\s+\w+", re.IGNORECASE)
    anchored = _gate.Anchored.of(pattern)
    assert [(a.literals, a.lead) for a in anchored.anchored] == [(("trip", "visit"), 4), (("flowers",), 0)]
    assert len(anchored.alone) == 1  # `(?:x\s*)?laid`: no bound before "laid", searched alone
    text = "On a trip, xx   laid; the   visit, the visit. Flowers  laid"
    assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert [m.group() for m in anchored.finditer(text)] == ["a trip", "x   laid", "the visit", "Flowers  laid"]


_PARTS = (_casualty_context._PARTIAL_WHEN, _casualty_context._PARTIAL_WHERE)


@settings(max_examples=300, deadline=None)
@given(st.tuples(_FILLER, st.one_of(*(st.from_regex(p) for p in _PARTS)), _FILLER, _FILLER))
def test_a_timed_part_is_found_behind_its_literal_gates(pieces: tuple[str, str, str, str]) -> None:
    before, middle, after, tail = pieces
    text = before + middle + after + tail
    for spelled in (text, text.upper(), text.title()):
        start, end = len(before), len(spelled) - len(tail)
        expected = _PARTS[0].search(spelled, start, end) is not None or _PARTS[1].search(spelled[start:end]) is not None
        assert _casualty_context.timed_part(spelled, start, end) == expected
