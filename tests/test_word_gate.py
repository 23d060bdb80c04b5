"""The English attendance prefilter is derived from the cue patterns (`extract/_word_gate.py`), never kept by hand:
a cue added to the data passes it with no other change, and what it derives from a pattern is sound."""

from __future__ import annotations

import re

import pytest

from jan20 import lang
from jan20.extract import _cue_search as cue_search
from jan20.extract._word_gate import WordGate

_LIT = r"(?:lit|lights?|lighting)\s+(?:a\s+|the\s+)?(?:memorial\s+)?(?:candles?|lamps?)"
_TEXT = "Later that evening Ambassador Jane Roe lights a memorial lamp by the graves."


def test_a_cue_added_to_the_data_passes_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    assert cue_search.PREFILTER.positions(_TEXT) == []  # (the shipped data has no such cue: the sentence is skipped)
    own = lang.alternatives_of

    def with_new_cue(code: str, key: str) -> tuple[str, ...]:
        return own(code, key) + ((_LIT,) if (code, key) == ("en", "attendees.subject_cue") else ())

    monkeypatch.setattr(lang, "alternatives_of", with_new_cue)
    gate = cue_search._prefilter()
    match = re.search(_LIT, _TEXT)
    assert match is not None and [at for at in gate.positions(_TEXT) if match.start() <= at < match.end()]
    assert set(cue_search.PREFILTER.words) <= set(gate.words)


def _gate(alternative: str) -> WordGate:
    found = WordGate.of(rf"\b(?:{alternative})\b", frozenset({"the", "a", "at"}))
    assert found is not None
    return found


def test_whole_words_and_near_pairs_of_a_pattern() -> None:
    assert _gate(r"visit(?:s|ed|ing)?").words == {"visit", "visits", "visited", "visiting"}
    took = _gate(r"(?:took|take)\s+part")
    assert (took.words, took.near) == (frozenset(), ((frozenset({"took", "take"}), frozenset({"part"}), 1),))
    # words between the pair, optional or any ("laid a large wreath"): the reach counts them
    assert _gate(r"laid\s+(?:a\s+)?(?:[\w-]+\s+)?wreaths?").near == (
        (frozenset({"laid"}), frozenset({"wreath", "wreaths"}), 3),
    )
    # a common word ("the") is paired only where nothing else is
    assert _gate(r"led\s+(?:[\w-]+\s+){1,6}?to\s+the\s+alley").near[0][:2] == (frozenset({"led"}), frozenset({"alley"}))


def test_a_pattern_without_a_whole_word_gets_no_gate() -> None:
    assert WordGate.of(r"\w+ed\s+flowers?") is None  # ("flowers" may end a longer word: no \b after)
    assert WordGate.of(r"(?:foo|\d+)\b") is None  # one alternative holds no word
    with_gaps = WordGate.of(r"\bpaid\b[^.;]{0,80}\btribute\b")  # too far apart for a pair
    assert with_gaps is not None and with_gaps.near == ()


def test_positions_of_words_and_near_pairs() -> None:
    gate = _gate(r"visited|(?:took|take)\s+part")
    text = "They took no part. Then X took part, and Y visited."
    assert sorted(gate.positions(text)) == [text.index("took part"), text.index("visited")]


def test_no_language_keeps_a_word_prefilter_by_hand() -> None:
    """A language the fold spells has its prefilter derived: its `[attendees.prefilter]` lists nothing (a list
    kept there would be read by nobody). Another lists `stems`, and nothing else."""
    for language in lang.languages():
        kept = set(language.get("attendees.prefilter") or {})
        assert kept <= {"stems"}, (language.code, sorted(kept))
