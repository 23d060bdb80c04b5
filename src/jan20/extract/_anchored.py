"""Anchored search: a pattern of many alternatives searched only where a match can start, a bounded number of
characters before one of its literals (`Anchored`), with the same matches as `pattern.search` and `finditer`. The
literals and what `gate_text` makes of a text are `_gate`'s; what it derives is recorded as `_gate`'s is
(`_recorded`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from . import _recorded
from ._gate import COMPILER, OPS, PARSER, LiteralGate, gate_text, literals_and_lead, parsed
from ._gate import module as _module

# Every place of all of a pattern's literals found in one pass of a text, by an Aho–Corasick automaton in C, instead of
# a scan of the text for each literal (the literals of the attendee stems found in 300 news-like texts 0.244 -> 0.032 s;
# the facts of those texts 1.14-1.18 -> 0.98-0.99 s CPU, 2026-12-07). A dependency (pyproject); without it, the scans.
_AHO = _module("ahocorasick")


def automaton(words: Iterable[tuple[str, Any]]) -> Any:
    """An Aho–Corasick automaton of the words, each with its value (None: no word, or no `_AHO`)."""
    listed = list(words)
    if not listed or _AHO is None:
        return None
    found = _AHO.Automaton()
    for word, value in listed:
        found.add_word(word, value)
    found.make_automaton()
    return found


@dataclass(frozen=True)
class _Alternative:
    literals: tuple[str, ...]  # one of which each match of an alternative of the pattern holds ...
    lead: int  # ... at most this many characters after the match's start


@dataclass(frozen=True)
class Anchored:
    """A pattern searched only where a match can start: at most `lead` characters before one of its literals.

    A pattern of many alternatives searched over a whole text costs milliseconds, since the engine tries each
    alternative at every position (`events.event_held`, searched once per article: about 4 ms on 5 KB, a third of
    the attendee extractor's time on news-like text, 2026-12-05). Each alternative's matches hold one of its
    literals (as `LiteralGate`), and where the part of it before that literal is bounded, a match starts at most
    `lead` characters before it. The pattern is matched at just those starts, in order; an alternative with no
    such bound is searched alone (quicker than the whole pattern; not at all in a text without its literals), and
    where it first matches is a start too.
    The first start where the pattern matches is where its search matches, so the matches are the same."""

    pattern: re.Pattern[str]
    anchored: tuple[_Alternative, ...] = ()
    alone: tuple[tuple[_Branch, LiteralGate], ...] = ()  # the alternatives with no bound, searched alone
    plain: bool = True  # searched as usual

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Anchored:
        found = _recorded.recorded("anchored", pattern.pattern, pattern.flags, lambda: _anchoring(pattern))
        if found is None:
            return cls(pattern)
        anchored, alone = found
        return cls(
            pattern,
            tuple(_Alternative(*a) for a in anchored),
            tuple((_Branch(pattern, k), LiteralGate(literals)) for k, literals in alone),
            plain=False,
        )

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)  # (`pattern.search(text)`)

    def first(self, text: str, pos: int = 0, before: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text, pos)` if before `before`, else None; each literal looked for only as far as it may be
        in a match before the first found (`EVENT_IN_TEXT` in 1,000 news-like texts 0.24 -> 0.17 s CPU, 2026-12-07)."""
        end = len(text) if before is None else min(before, len(text))
        low = None if self.plain else _whole_gate_text(text)
        if low is None or len(low) != len(text):
            return self._searched(text, pos, end)
        best = end  # a match starts before it
        for alone, gate in self.alone:
            if gate.may_match(low) and (match := alone.search(text, pos)) is not None:
                best = min(best, match.start())
        tried: set[int] = set()  # (where it does not match; `search` is quicker on short windows: 26 vs 43 ms)
        if self._automaton is not None:
            # every literal's places in one pass, in the order they end: a start before `best` needs one that ends
            # before `best + _reach` (its lead and length at most)
            for ends, (size, lead) in self._automaton.iter(low, pos):
                if ends - self._reach >= best:
                    break
                at = ends - size + 1
                if (start := self._first_start(text, range(max(pos, at - lead), min(at + 1, best)), tried)) >= 0:
                    best = start
                if len(tried) * 4 >= len(text):
                    return self._searched(text, pos, end)
            return self.pattern.match(text, best) if best < end else None
        for literal, lead in self._ascii_leads if low.isascii() else self._leads:
            at = low.find(literal, pos, best + lead + len(literal) - 1)
            while at >= 0:
                if (start := self._first_start(text, range(max(pos, at - lead), min(at + 1, best)), tried)) >= 0:
                    best = start
                    break  # (the next of its starts are later)
                at = low.find(literal, at + 1, best + lead + len(literal) - 1)
            if len(tried) * 4 >= len(text):  # (as `_starts`: where they are most of the text, the search is as quick)
                break
        else:
            return self.pattern.match(text, best) if best < end else None
        return self._searched(text, pos, end)

    def _searched(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        """The pattern's first match from pos, searched as usual, if it starts before end."""
        found = self.pattern.search(text, pos)
        return found if found is not None and found.start() < end else None

    def _first_start(self, text: str, starts: range, tried: set[int]) -> int:
        """The first of the starts where the pattern matches (-1: none; each where it does not added to `tried`)."""
        for start in starts:
            if start not in tried:
                if self.pattern.match(text, start) is not None:
                    return start
                tried.add(start)
        return -1

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` (no match is empty)."""
        low = None if self.plain else _whole_gate_text(text)
        starts = None if low is None else self._starts(text, low)
        if low is None or starts is None:
            yield from self.pattern.finditer(text)
            return
        # each alternative searched alone: where it next matches (None: nowhere)
        alone_at: dict[int, int | None] = {k: None for k, (_, gate) in enumerate(self.alone) if not gate.may_match(low)}
        pos = i = 0
        while True:
            first = None  # the first start at or after pos of an alternative searched alone
            for k, (alone, _) in enumerate(self.alone):
                at = alone_at.get(k, -1)
                if at is not None and at < pos:
                    match = alone.search(text, pos)
                    at = alone_at[k] = None if match is None else match.start()
                if at is not None and (first is None or at < first):
                    first = at
            found = None
            while i < len(starts) and (first is None or starts[i] < first):
                if starts[i] >= pos and (found := self.pattern.match(text, starts[i])) is not None:
                    break
                i += 1
            if found is None and first is not None:
                found = self.pattern.match(text, first)
            if found is None:
                return
            yield found
            pos = found.end()

    @cached_property
    def _leads(self) -> tuple[tuple[str, int], ...]:
        """Each literal of the anchored alternatives once, with the longest lead of those that hold it (more starts
        than some need, where the pattern is matched in vain): alternatives share literals, and each is a scan of
        the text (the cue of a subject's 91 literals are 77)."""
        leads: dict[str, int] = {}
        for alternative in self.anchored:
            for literal in alternative.literals:
                leads[literal] = max(alternative.lead, leads.get(literal, 0))
        return tuple(leads.items())

    @cached_property
    def _ascii_leads(self) -> tuple[tuple[str, int], ...]:
        """`_leads` that an ASCII text may hold (`_gate.ascii_first`)."""
        return tuple(lead for lead in self._leads if lead[0].isascii())

    def _starts(self, text: str, low: str) -> list[int] | None:
        """Where an anchored alternative may match, in order (None: the text is searched as usual)."""
        if len(low) != len(text):
            return None
        starts: set[int] = set()
        if self._automaton is not None:
            for ends, (size, lead) in self._automaton.iter(low):
                at = ends - size + 1
                if lead == 0:  # (most literals: a start is where it is, no range to make)
                    starts.add(at)
                else:
                    starts.update(range(max(0, at - lead), at + 1))
            return sorted(starts) if len(starts) * 4 < len(text) else None
        for literal, lead in self._ascii_leads if low.isascii() else self._leads:
            # (most literals are not in the text: nothing more is done for them; `in` tells it without the argument
            # parsing of a call of `find`, 3% of the extractors' instructions on cue-dense text, 2026-12-06)
            if literal not in low:
                continue
            at = low.find(literal)
            if lead == 0:  # (most literals: a start is where it is, no range to make)
                while at >= 0:
                    starts.add(at)
                    at = low.find(literal, at + 1)
            while at >= 0:
                starts.update(range(max(0, at - lead), at + 1))
                at = low.find(literal, at + 1)
            if len(starts) * 4 >= len(text):
                break  # (the set only grows: no need to scan the rest)
        # (where they are most of the text, the search is as quick)
        return sorted(starts) if len(starts) * 4 < len(text) else None

    @cached_property
    def _automaton(self) -> Any:
        """An Aho–Corasick automaton of the literals (`_leads`, each with its length and lead), which finds every place
        of every literal in one pass of the text (None: no literal, or no `_AHO`)."""
        return automaton((literal, (len(literal), lead)) for literal, lead in self._leads)

    @cached_property
    def _reach(self) -> int:
        """The most characters from a match's start to the end of the literal it is found by."""
        return max((lead + len(literal) for literal, lead in self._leads), default=0)


class _Branch:
    """One alternative of a pattern (`_branches`), compiled alone when first searched: parsing the pattern again
    costs milliseconds, which most processes never need (most texts hold none of the alternative's literals)."""

    def __init__(self, pattern: re.Pattern[str], k: int) -> None:
        self.pattern, self.k = pattern, k

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        try:
            items = _parsed(self.pattern)
            alone: re.Pattern[str] = COMPILER.compile(
                PARSER.SubPattern(items.state, _branches(items)[self.k]), self.pattern.flags
            )
            return alone
        except Exception:  # (a compiler this reading does not know: the whole pattern, whose first match is the
            return self.pattern  # first start to try; see `Anchored.finditer`)

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        return self.compiled.search(text, pos)


@lru_cache(maxsize=16)
def _parsed(pattern: re.Pattern[str]) -> Any:
    """The parse tree of a pattern whose alternatives are compiled alone, read once for all of them: the compiler
    reads a tree without changing it (`_gate.parsed` of a cue pattern is some 3 ms of CPU, and on 150 news-like texts
    15 alternatives of 4 patterns were compiled: 0.068 s of parsing in each process that extracts, 2026-12-07)."""
    return parsed(pattern)


def _branches(items: Any) -> list[Any]:
    """The alternatives of a parsed pattern: those of its one alternation, each with what comes before and after it
    (`\\b(?:a|b)\\b`: `\\ba\\b` and `\\bb\\b`), or the pattern itself when it has no alternation or several. (Most
    cue patterns are alternatives between word edges: read whole, such a pattern has no literal with a bounded lead.)"""
    at = [k for k, (op, arg) in enumerate(items) if _alternation(op, arg) is not None]
    if len(at) != 1:
        return [list(items)]
    k = at[0]
    return [[*items[:k], *alternative, *items[k + 1 :]] for alternative in _alternation(*items[k]) or ()]


def _alternation(op: Any, arg: Any) -> Any:
    """The alternatives of an alternation, alone or in a group that neither captures nor sets flags; else None."""
    if op is OPS.BRANCH:
        return arg[1]
    if op is OPS.SUBPATTERN and arg[0] is None and not arg[1] and not arg[2] and len(arg[-1]) == 1:
        return _alternation(*arg[-1][0])
    return None


_Anchoring = tuple[tuple[tuple[tuple[str, ...], int], ...], tuple[tuple[int, tuple[str, ...] | None], ...]]


def _anchoring(pattern: re.Pattern[str]) -> _Anchoring | None:
    """What `Anchored.of` makes of a pattern, as plain data (recorded): each anchored alternative's literals and
    lead, and the index and literals (None: none) of each alternative searched alone; None: searched as usual."""
    items = parsed(pattern)
    if items is None or COMPILER is None or items.getwidth()[0] == 0:  # (an empty match: finditer's own rules)
        return None
    anchored: list[tuple[tuple[str, ...], int]] = []
    alone: list[tuple[int, tuple[str, ...] | None]] = []
    for k, branch in enumerate(_branches(items)):
        found = literals_and_lead(branch, anchored=True)
        if found is not None and found[1] is not None:
            anchored.append((found[0], found[1]))
        else:
            alone.append((k, None if found is None else found[0]))
    return tuple(anchored), tuple(alone)


@lru_cache(maxsize=8)  # the few patterns searched so over one text share its reading
def _whole_gate_text(text: str) -> str:
    return gate_text(text)
