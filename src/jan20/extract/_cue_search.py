"""Where the cue patterns of `_cues` are searched: the prefilter derived from them (`PREFILTER`, `STEMS`: the
sentences the attendee walk reads), and each pattern searched in a sentence only where its words and literals may be
(`hits`, `gated_search`)."""

from __future__ import annotations

import re

from .. import lang
from . import _cues as cue
from . import _scan as scan
from ._anchored import Anchored
from ._cues import FUTURE, GATED, GATED_KEYS
from ._gate import LiteralGate, gate_text
from ._word_gate import WordGate


# The prefilter, derived from the data: every match of the cue patterns (`_cues.GATED`) holds, in a language the
# fold spells (one without `[attendees.prefilter] stems`), a word of `PREFILTER.words` or a near pair of its words
# (derived from each pattern's parse tree by `_word_gate`, never kept by hand), and in another language one of its
# stems. The attendee extractor reads only the sentences that do; tests/test_prefilters.py generates matches of each
# pattern and checks that each is found.
def _prefilter_parts() -> dict[int, WordGate]:
    """Each cue pattern's part of the prefilter (keyed by the pattern's id)."""
    parts: dict[int, WordGate] = {id(pattern): WordGate() for pattern in GATED}
    common = lang.words("dates.function_words")  # (a pair of rarer words says more)
    for language in lang.languages():
        if language.get("attendees.prefilter.stems") is not None:
            continue
        for (key, template), pattern in zip(GATED_KEYS, GATED, strict=True):
            for alternative in lang.alternatives_of(language.code, key):
                found = WordGate.of(lang.expand(template).replace("{}", alternative), common)
                if found is None:
                    raise ValueError(f"a cue in {language.code} {key} holds no whole word: {alternative!r}")
                parts[id(pattern)] |= found
    return parts


def _prefilter(parts: dict[int, WordGate] | None = None) -> WordGate:
    gate = WordGate()
    for part in (_prefilter_parts() if parts is None else parts).values():
        gate |= part
    return gate


_PARTS = _prefilter_parts()
PREFILTER = _prefilter(_PARTS)


def _words_and_pairs(gate: WordGate) -> tuple[frozenset[bytes], dict[bytes, frozenset[bytes]]]:
    """A cue pattern's part of the prefilter as `_may_hold` reads a sentence with it: its words, and each word of a
    near pair's first set with the words of the second sets it is paired with (all as the fold spells them)."""
    seconds: dict[bytes, frozenset[bytes]] = {}
    for first, second, _ in gate.near:
        for word in scan.cue_words(first):
            seconds[word] = seconds.get(word, frozenset()) | scan.cue_words(second)
    return scan.cue_words(gate.words), seconds


_OWN = {at: _words_and_pairs(gate) for at, gate in _PARTS.items()}


def _by_word() -> tuple[dict[bytes, tuple[int, ...]], dict[bytes, tuple[tuple[int, frozenset[bytes]], ...]]]:
    """`_OWN` turned round: each fold word's patterns (by id), and each near pair's first word with its patterns and
    the second words paired with it, so that a sentence's words are looked up once for every pattern (`_may_hold`)."""
    words: dict[bytes, tuple[int, ...]] = {}
    pairs: dict[bytes, tuple[tuple[int, frozenset[bytes]], ...]] = {}
    for at, (own, seconds) in _OWN.items():
        for word in own:
            words[word] = (*words.get(word, ()), at)
        for word, second in seconds.items():
            pairs[word] = (*pairs.get(word, ()), (at, second))
    return words, pairs


_OWN_BY_WORD, _PAIRS_BY_WORD = _by_word()

# (each in its other spellings too, as the cue patterns match them: "celenk" for "çelenk", "soz" for "söz",
# `lang.stem_spellings`)
_STEMS = lang.table("attendees.prefilter.stems")
STEMS = scan.StemGate.of(
    word for code, stems in _STEMS for stem in stems for word in lang.stem_spellings(code.code, stem)
)


# Keyed by id: a compiled pattern's hash reads its whole program, and these patterns live as long as the process.
# Made here for the patterns of `_cues` (a tenth of a second of CPU), so that the worker processes a large archive forks
# inherit them rather than each making its own on first use; `hits` makes any other's when asked.
_GATES: dict[int, LiteralGate] = {
    id(p): LiteralGate.of(p) for p in list(vars(cue).values()) if isinstance(p, re.Pattern)
}


# ... and searched only where a match can start (`_anchored.Anchored`), those with an alternative whose literals bound
# where its matches start: on the sentences of news-like text the attendee walk reads, the cue of a subject is
# searched in 66% of the time, the words of a host in 39%, the list cues in 53%, and the sentences to skip in 52%
# (2026-12-06; most are a language's alternatives between word edges, `_anchored._branches`).
_ANCHORED: dict[int, Anchored] = {
    id(p): anchored
    for p in list(vars(cue).values())
    if isinstance(p, re.Pattern) and (anchored := Anchored.of(p)).anchored
}


class _Sentence:
    """The sentence `hits` was last asked about: its text as the gates read it, and each pattern's matches."""

    body = ""
    low: str | None = None
    words: frozenset[bytes] | None = None  # the words of its fold
    held: set[int] | None = None  # the cue patterns (by id) whose word or near pair it holds
    stems: bool | None = None  # whether it may hold a stem of `STEMS`
    found: dict[int, tuple[re.Match[str], ...]] = {}  # noqa: RUF012 (replaced, never changed, per sentence)


def _may_hold(pattern: re.Pattern[str], seen: type[_Sentence]) -> bool:
    """Whether the sentence may hold a match of the pattern, as the prefilter reads it: every match of a cue pattern
    holds a word (or near pair) of its part of the prefilter, or a stem (`_prefilter`). Most sentences the prefilter
    lets through for one cue hold none of the others, and this reads each of those in a fraction of a microsecond
    where its literal gate looks for each of its literals in turn (on news-like text, four fifths of the sentences
    the attendee walk reads have no cue; its cue and speech tests were half of its time)."""
    if id(pattern) not in _OWN:
        return True
    if seen.held is None:
        seen.words = words = scan.fold_words(seen.body)
        # a word of the pattern's, or both words of a near pair (however far apart: more than the prefilter lets
        # through); the sentence's words looked up once for all the patterns (each of the ten asked in turn was a
        # twentieth of the attendee walk on cue-dense text)
        held = {at for word in words for at in _OWN_BY_WORD.get(word, ())}
        held.update(
            at
            for word in words
            for at, second in _PAIRS_BY_WORD.get(word, ())
            if at not in held and not second.isdisjoint(words)
        )
        seen.held = held
    if id(pattern) in seen.held:
        return True
    if seen.stems is None:
        seen.stems = STEMS.may_match(seen.body, cached=False)
    return seen.stems


def hits(pattern: re.Pattern[str], body: str) -> tuple[re.Match[str], ...]:
    """Every match of a cue pattern in a sentence (`pattern.finditer(body)`; the first is `pattern.search(body)`).

    The attendee extractor asks several patterns about each sentence, some of them twice or three times: each
    is searched once per sentence, and not at all where its literal gate (`_gate`, derived from the pattern)
    says the sentence holds none of the literals every match holds, which is most patterns on most sentences."""
    seen = _Sentence
    if body != seen.body:
        seen.body, seen.low, seen.words, seen.held, seen.stems, seen.found = body, None, None, None, None, {}
    if (found := seen.found.get(id(pattern))) is not None:
        return found
    if not _may_hold(pattern, seen):
        seen.found[id(pattern)] = ()
        return ()
    if (gate := _GATES.get(id(pattern))) is None:
        gate = _GATES[id(pattern)] = LiteralGate.of(pattern)
    if gate.literals is not None and seen.low is None:
        seen.low = gate_text(body)
    search = _ANCHORED.get(id(pattern), pattern)
    found = tuple(search.finditer(body)) if seen.low is None or gate.may_match(seen.low) else ()
    if found:  # (most patterns find nothing in most sentences: no generator made for them)
        found = tuple(m for m in found if not _future(body, m))
    seen.found[id(pattern)] = found
    return found


def gated_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` of a pattern of `_cues`, not searched where its literal gate (`_gate.LiteralGate`) says
    the text holds none of the literals every match holds, and else tried only where a match can start (`_ANCHORED`):
    the windows before a name are short, but a pattern of a hundred alternatives was tried at each of their places."""
    gate = _GATES.get(id(pattern))
    if gate is not None and gate.literals is not None and not gate.may_match(gate_text(text)):
        return None
    return _ANCHORED.get(id(pattern), pattern).search(text)


def _future(body: str, hit: re.Match[str]) -> bool:
    """Whether the last word of a cue's match (to the end of its word) is a verb in the future tense."""
    end = hit.end()
    while end < len(body) and (body[end].isalnum() or body[end] == "_"):
        end += 1
    words = body[hit.start() : end].split()
    return bool(words) and FUTURE.search(words[-1]) is not None
