"""Word gates: the whole words one of which every match of a cue pattern holds, derived from its parse tree, so the
prefilter of a language the fold spells (English) is never kept by hand.

Where `_gate` finds literals a match holds somewhere, this finds words it holds whole: a stretch of letters the
pattern spells out (`visit(?:s|ed|ing)?`: visit, visits, visited, visiting) with what guarantees a non-letter on
each side (a space or other non-letter, `\\b`, `(?<!\\w)`, `^`). The fold (`_scan`) splits a text into words at
every non-letter, so such a word of a match is a word of the fold there. A pattern is read as the sequences its
optional parts and alternatives of several words give; in each, two words with at most n runs of whitespace
between them (`(?:took|take)\\s+part`: one) make a near pair, which says more than either word alone, else one
word set does. A pattern holding no such word gets no word gate (`WordGate.of` gives None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import product
from typing import Any

from . import _recorded
from . import _scan as scan
from ._gate import OPS, PARSER

_MOST_STREAMS = 4096  # sequences read per pattern (its optional parts and alternatives, multiplied out)
_MOST_WORDS = 4096  # spellings of one word
_NEAR_WITHIN = 16  # the farthest two words of a near pair may stand apart (runs of whitespace)
_UNBOUNDED = 10**6  # runs of whitespace a part may hold when it may hold any number


@dataclass(frozen=True)
class _Letters:
    words: frozenset[str]  # the spellings of a stretch of letters ("" when it may be empty)


@dataclass(frozen=True)
class _NonLetters:
    least: int  # characters at least (0 or 1), none a letter
    spaces: int  # runs of whitespace at most
    only_space: bool = False  # whitespace only (a run of it is one run)


@dataclass(frozen=True)
class _Edge:
    """A zero-width assertion that no letter stands on one side: \\b, ^, $, (?<!\\w), (?!\\w)."""


@dataclass(frozen=True)
class _Opaque:
    spaces: int  # anything, letters too, with at most this many runs of whitespace
    may_be_empty: bool = False
    starts_apart: bool = False  # when not empty, it starts with a non-letter
    ends_apart: bool = False  # when not empty, it ends with a non-letter


_Part = _Letters | _NonLetters | _Edge | _Opaque
_FoldedPair = tuple[frozenset[bytes], frozenset[bytes], re.Pattern[str]]
_Stream = tuple[_Part, ...]


@dataclass(frozen=True)
class WordGate:
    """Words (each a whole word of a match) and near pairs (a word of the first set, then within n runs of
    whitespace a word of the second), one of which every match of the patterns holds."""

    words: frozenset[str] = frozenset()
    near: tuple[tuple[frozenset[str], frozenset[str], int], ...] = field(default=())

    @classmethod
    def of(cls, pattern: str, common: frozenset[str] = frozenset()) -> WordGate | None:
        """The gate of one pattern (its source: the pattern is not compiled), or None (a sequence of it holds no
        whole word). A pair or word of the `common` words of a text ("the", "at") is chosen only where no other is."""
        found = _recorded.recorded(
            "words", f"{pattern}\0{' '.join(sorted(common))}", 0, lambda: _plain(pattern, common)
        )
        if found is None:
            return None
        words, near = found
        return cls(frozenset(words), tuple((frozenset(a), frozenset(b), n) for a, b, n in near))

    @classmethod
    def _of(cls, pattern: str, common: frozenset[str]) -> WordGate | None:
        """`of`, derived now."""
        if PARSER is None or OPS is None:
            return None
        try:
            streams = _streams(list(PARSER.parse(pattern, re.IGNORECASE)))
        except (_TooMany, RecursionError):
            return None
        words: set[str] = set()
        near: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        for stream in streams:
            chosen = _choose(_joined(stream), common)
            if chosen is None:
                return None
            if isinstance(chosen, frozenset):
                words |= chosen
            else:
                first, second, within = chosen
                near[first, second] = max(within, near.get((first, second), 0))
        return cls(frozenset(words), tuple((a, b, n) for (a, b), n in sorted(near.items(), key=_in_order)))

    @cached_property
    def _folded(self) -> tuple[frozenset[bytes], tuple[_FoldedPair, ...]]:
        """The words as the fold spells them, and each near pair with the first word and the n words after it
        (words counted as the patterns count them: between spaces)."""
        near = tuple(
            (scan.cue_words(first), scan.cue_words(second), re.compile(rf"\S*(?:\s+\S+){{0,{n}}}"))
            for first, second, n in self.near
        )
        return scan.cue_words(self.words), near

    def positions(self, text: str) -> list[int]:
        """Where the text has a word of the gate, or the first word of a near pair with its second after it."""
        words, near = self._folded
        found = scan.find_words(text, words)
        present = scan.words(text)
        fold = scan.folded(text)
        for first, second, span in near:
            if not first.isdisjoint(present) and not second.isdisjoint(present):
                for at in scan.find_words(text, first):
                    end = span.match(text, at)
                    # fold[at + 1] is text[at]: the fold of the first word and the words after it
                    if end is not None and not second.isdisjoint(fold[at + 1 : end.end() + 1].split()[1:]):
                        found.append(at)
        return found

    def __or__(self, other: WordGate) -> WordGate:
        """Both gates, the near pairs of one first set made one (their second sets and their farthest reach)."""
        near: dict[frozenset[str], tuple[frozenset[str], int]] = {}
        for first, second, within in self.near + other.near:
            known, reach = near.get(first, (frozenset(), 0))
            near[first] = (known | second, max(reach, within))
        pairs = tuple((first, second, within) for first, (second, within) in sorted(near.items(), key=_in_order))
        return WordGate(self.words | other.words, pairs)


_PlainGate = tuple[tuple[str, ...], tuple[tuple[tuple[str, ...], tuple[str, ...], int], ...]]


def _plain(pattern: str, common: frozenset[str]) -> _PlainGate | None:
    """`WordGate.of` derived now, as plain data (recorded): its words and near pairs, each set of words sorted."""
    gate = WordGate._of(pattern, common)
    if gate is None:
        return None
    return tuple(sorted(gate.words)), tuple((tuple(sorted(a)), tuple(sorted(b)), n) for a, b, n in gate.near)


def _in_order(item: tuple[Any, Any]) -> list[list[str]]:
    """A near pair's sort key: its words in order (the same in every process, unlike a set's)."""
    return [sorted(part) for part in item if isinstance(part, frozenset)] + [
        sorted(part) for inner in item if isinstance(inner, tuple) for part in inner if isinstance(part, frozenset)
    ]


class _TooMany(Exception):
    pass


def _streams(items: list[Any]) -> list[_Stream]:
    """The sequences of parts a parsed sequence gives (alternatives of letters only kept as one part)."""
    out: list[_Stream] = [()]
    for op, arg in items:
        options = _item(op, arg)
        if len(out) * len(options) > _MOST_STREAMS:
            raise _TooMany
        out = [stream + option for stream in out for option in options]
    return out


def _letters_only(streams: list[_Stream]) -> frozenset[str] | None:
    """The spellings when every sequence is letters only, else None."""
    words: set[str] = set()
    for stream in streams:
        joined = _joined(stream)
        if len(joined) > 1 or (joined and not isinstance(joined[0], _Letters)):
            return None
        words |= joined[0].words if joined else {""}  # type: ignore[union-attr]
    return frozenset(words)


def _item(op: Any, arg: Any) -> list[_Stream]:
    if op is OPS.LITERAL:
        return [(_char(chr(arg)),)]
    if op is OPS.IN:
        return [(_class(arg),)]
    if op is OPS.ANY:
        return [(_Opaque(1),)]
    if op in (OPS.SUBPATTERN, OPS.ATOMIC_GROUP):
        return _alternatives([_streams(list(arg[-1] if op is OPS.SUBPATTERN else arg))])
    if op is OPS.BRANCH:
        return _alternatives([_streams(list(branch)) for branch in arg[1]])
    if op in (OPS.MAX_REPEAT, OPS.MIN_REPEAT, OPS.POSSESSIVE_REPEAT):
        return _repeat(arg[0], arg[1], _streams(list(arg[2])))
    if op is OPS.AT:
        edges = (OPS.AT_BOUNDARY, OPS.AT_BEGINNING, OPS.AT_BEGINNING_STRING, OPS.AT_END, OPS.AT_END_STRING)
        return [(_Edge(),)] if arg in edges else [()]
    if op is OPS.ASSERT_NOT and _is_word_class(arg[1]):
        return [(_Edge(),)]  # (?<!\w), (?!\w)
    if op in (OPS.ASSERT, OPS.ASSERT_NOT):
        return [()]  # zero width: what it asserts is left unused
    return [(_Opaque(_UNBOUNDED),)]


def _alternatives(groups: list[list[_Stream]]) -> list[_Stream]:
    """Alternatives: those of letters only as one part of letters, the others each a sequence of its own."""
    spelled: set[str] = set()
    others: list[_Stream] = []
    for streams in groups:
        letters = _letters_only(streams)
        if letters is None:
            others += streams
        else:
            spelled |= letters
    return ([(_Letters(frozenset(spelled)),)] if spelled else []) + others


def _repeat(least: int, most: int, inner: list[_Stream]) -> list[_Stream]:
    letters = _letters_only(inner)
    if most == 1:
        if letters is not None:
            return [(_Letters(letters | ({""} if least == 0 else set())),)]
        return ([()] if least == 0 else []) + inner
    parts = [part for stream in inner for part in stream]
    if parts and all(isinstance(p, _NonLetters | _Edge) for p in parts):
        spaces = max((p.spaces for p in parts if isinstance(p, _NonLetters)), default=0)
        only_space = all(isinstance(p, _NonLetters) and p.only_space for p in parts)
        runs = spaces if only_space or spaces == 0 else _UNBOUNDED
        return [(_NonLetters(1 if least else 0, runs, only_space),)]
    spaces = max((_spaces(stream) for stream in inner), default=0)
    runs = spaces * most if spaces == 0 or most < _UNBOUNDED else _UNBOUNDED
    starts = all(stream and _apart(stream[0]) for stream in inner)
    ends = all(stream and _apart(stream[-1]) for stream in inner)
    return [(_Opaque(runs, least == 0, starts, ends),)]


def _apart(part: _Part) -> bool:
    return isinstance(part, _Edge) or (isinstance(part, _NonLetters) and part.least > 0)


def _spaces(stream: _Stream) -> int:
    return sum(p.spaces for p in stream if isinstance(p, _NonLetters | _Opaque))


def _char(c: str) -> _Part:
    if c.isascii() and c.isalpha():
        return _Letters(frozenset({c.lower()}))
    if not c.isalpha():
        return _NonLetters(1, 1 if c.isspace() else 0, c.isspace())
    return _Opaque(0)  # a letter the fold does not spell


_NON_LETTER_CATEGORIES = ("CATEGORY_SPACE", "CATEGORY_DIGIT", "CATEGORY_NOT_WORD")


def _class(items: list[Any]) -> _Part:
    """A character class: letters (one of a few ASCII ones), a non-letter, or anything."""
    letters: set[str] = set()
    spaces = others = 0
    for op, arg in items:
        if op is OPS.LITERAL and chr(arg).isascii() and chr(arg).isalpha():
            letters.add(chr(arg).lower())
        elif op is OPS.LITERAL and not chr(arg).isalpha():
            spaces |= chr(arg).isspace()
            others |= not chr(arg).isspace()
        elif op is OPS.CATEGORY and str(arg) in _NON_LETTER_CATEGORIES:
            spaces |= str(arg) != "CATEGORY_DIGIT"
            others |= str(arg) != "CATEGORY_SPACE"
        else:
            return _Opaque(_may_be_space(items))
    if letters:
        return _Letters(frozenset(letters)) if len(items) == len(letters) else _Opaque(spaces)
    return _NonLetters(1, spaces, bool(spaces and not others))


def _may_be_space(items: list[Any]) -> int:
    """Whether a class that may match a letter may match whitespace too (1) or not (0)."""
    if any(op is OPS.NEGATE for op, _ in items):
        return int(not any(op is OPS.CATEGORY and str(arg) == "CATEGORY_SPACE" for op, arg in items))
    spacey = ("CATEGORY_SPACE", "CATEGORY_NOT_WORD", "CATEGORY_NOT_DIGIT")
    return int(
        any(
            (op is OPS.CATEGORY and str(arg) in spacey) or (op is OPS.LITERAL and chr(arg).isspace())
            for op, arg in items
        )
    )


def _is_word_class(items: Any) -> bool:
    return len(items) == 1 and items[0][0] is OPS.IN and [str(c) for _, c in items[0][1]] == ["CATEGORY_WORD"]


def _joined(stream: _Stream) -> _Stream:
    """The stream with neighbouring parts of letters spelled as one."""
    out: list[_Part] = []
    for part in stream:
        if isinstance(part, _Letters) and out and isinstance(out[-1], _Letters):
            spelled = {a + b for a, b in product(out[-1].words, part.words)}
            out[-1] = _Letters(frozenset(spelled)) if len(spelled) <= _MOST_WORDS else _Opaque(0)
        else:
            out.append(part)
    return tuple(out)


def _bounded(stream: _Stream, k: int, step: int) -> bool:
    """Whether a non-letter (or the text's edge) stands next to part k on the side `step` points to."""
    k += step
    while 0 <= k < len(stream):
        part = stream[k]
        if _apart(part):
            return True
        if isinstance(part, _Opaque) and (part.ends_apart if step < 0 else part.starts_apart):
            if not part.may_be_empty:
                return True  # (a non-empty repeat of parts that end, or start, with a non-letter)
        elif not isinstance(part, _NonLetters):
            return False
        k += step
    return False


_Choice = frozenset[str] | tuple[frozenset[str], frozenset[str], int]


def _choose(stream: _Stream, common: frozenset[str]) -> _Choice | None:
    """The most telling gate of one sequence: the best near pair of its whole words, else its best word."""
    whole = [
        (k, part.words)
        for k, part in enumerate(stream)
        if isinstance(part, _Letters)
        and "" not in part.words
        and all(w.isalpha() for w in part.words)
        and _bounded(stream, k, -1)
        and _bounded(stream, k, 1)
    ]
    if not whole:
        return None
    pairs = [
        (common.isdisjoint(a | b), min(min(map(len, a)), min(map(len, b))), -within, a, b, within)
        for i, (k, a) in enumerate(whole)
        for m, b in whole[i + 1 :]
        if (within := _spaces(stream[k + 1 : m])) <= _NEAR_WITHIN
    ]
    if pairs:
        *_, first, second, within = max(pairs, key=lambda p: (p[0], p[1], p[2], sorted(p[3]), sorted(p[4])))
        return (first, second, within)
    return max((words for _, words in whole), key=lambda w: (common.isdisjoint(w), min(map(len, w)), sorted(w)))
