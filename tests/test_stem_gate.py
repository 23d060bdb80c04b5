"""A stem gate (`_scan.StemGate`) tells the same with its automaton of the stems outside ASCII as with their scans."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract import _anniversary_stretches, _cue_search
from jan20.extract._scan import StemGate

from ._helpers import examples
from ._matches import matches

_GATES = (_cue_search.STEMS, _anniversary_stretches._STEMS)
_FILLER = st.sampled_from(["", " ", "\n\n", ". ", "Əliyev ", "şəhid ", "İ", "ı", "ü", "Мамедов ", "x"])


@st.composite
def _texts(draw: st.DrawFn) -> tuple[StemGate, str]:
    """A gate and a text holding a few of its stems' matches (or none) amid other words of several scripts."""
    gate = draw(st.sampled_from(_GATES))
    pieces = draw(st.lists(st.one_of(matches(gate.pattern), _FILLER), max_size=5))
    text = "".join(draw(_FILLER) + piece for piece in pieces)
    return gate, draw(st.sampled_from([text, text.upper(), text.title(), text[1:], text[:-1]]))


@settings(max_examples=examples(200), deadline=None)
@given(_texts())
def test_the_automaton_tells_what_the_scans_tell(drawn: tuple[StemGate, str]) -> None:
    gate, text = drawn
    scans = dataclasses.replace(gate, other_automaton=None)
    for cached in (True, False):
        assert gate.may_match(text, cached=cached) == scans.may_match(text, cached=cached), text


def test_the_stems_outside_ascii_are_found_by_the_automaton() -> None:
    assert all(gate.other_automaton is not None for gate in _GATES if gate.other_stems)  # (pyahocorasick)
    gate = _cue_search.STEMS
    stem = gate.other_stems[0]
    assert gate.may_match(f"Bu gün {stem} x", cached=False)
    assert not dataclasses.replace(gate, other_stems=()).may_match(f"Bu gün {stem} x", cached=False)
