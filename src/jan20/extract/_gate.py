"""Literal gates: a quick test, derived from a compiled pattern, that a text cannot hold a match of it.

Python's regular-expression engine tries every alternative of a pattern at every position, so a cue pattern of
a hundred alternatives costs 10-30 µs on a sentence even where it does not match, and the attendee extractor
asks several such patterns about every sentence its prefilter lets through. Each pattern's parse tree gives
literals one of which every match holds ("visit" for `visit(?:ed|s)?`; for an alternation, one of each
alternative's): a text holding none of them, once lower-cased, cannot match, and `str.find` tells that in a
microsecond or two.

Derived, never kept by hand: the literals come from the pattern the language data compiles to. A part of a
pattern that holds no literal every match needs (a character class, an optional part, a lookaround) gives none,
and a pattern with an alternative that holds none gets no gate (`may_match` is then always true). Case: the
literals and the text are compared lower-cased (`gate_text`), with the letters `re.IGNORECASE` equates with others
(ı and i, ſ and s, the Kelvin sign; and those the `re` module lists, Greek σ and ς, the historic Cyrillic forms
of в, о, с, т) written alike, so that whatever a literal of the pattern matches holds the literal there. The
parser and that list are the `re` module's own (`re._parser`, `re._casefix`); on a Python without them there is
no gate.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from jan20.text.fold import like_ascii

from . import _recorded


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # (another Python: no gate, every pattern is searched)
        return None


_PARSER = _module("re._parser")
_OPS = _module("re._constants")
_CASEFIX = _module("re._casefix")
_EXTRA: dict[int, tuple[int, ...]] = getattr(_CASEFIX, "_EXTRA_CASES", None) or {}


def _representatives() -> dict[int, str]:
    """Each letter `re.IGNORECASE` equates with a letter of another lower case (`re._casefix`), written as the
    least of the letters it is equated with (σ and ς as ς, ᲀ as в): one spelling per class, for `gate_text`."""
    classes: dict[str, set[str]] = {}
    for lower, others in _EXTRA.items():
        members = {like_ascii(chr(lower))} | {like_ascii(chr(other)) for other in others}
        for member in list(members):
            members |= classes.get(member, set())
        for member in members:
            classes[member] = members
    return {ord(c): min(members) for c, members in classes.items() if len(c) == 1 and c != min(members)}


_REPRESENTATIVE = _representatives()
_REPRESENTED = frozenset(map(chr, _REPRESENTATIVE))


def gate_text(text: str) -> str:
    """The text as the gate reads it (same length): lower case, each class of letters `re.IGNORECASE` equates
    written one way (`_scan.lowered` and `_representatives`)."""
    low = like_ascii(text)
    # (translate looks up every character of a text that is not ASCII: 0.7 ms on 5 KB, where most texts hold none
    # of these letters, which a set tells in a tenth of that)
    return low if low.isascii() or _REPRESENTED.isdisjoint(low) else low.translate(_REPRESENTATIVE)


# Each literal with the most characters a match may hold before it (None: no bound, as after `\s+`).
_Leads = dict[str, int | None]


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _width(item: Any) -> int | None:
    """The most characters one parse item may match (None: no bound, or not known)."""
    try:
        high = int(_PARSER.SubPattern(_PARSER.State(), [item]).getwidth()[1])
    except Exception:  # (a group reference, or a parse tree this reading does not know)
        return None
    return None if high >= _OPS.MAXREPEAT else high


def _required(items: Any, anchored: bool = False) -> _Leads | None:
    """Strings one of which every match of the sequence of parse items holds, each with how far into the match it
    may start (its lead), or None (no such strings known). `anchored`: strings whose leads are bounded first."""
    candidates: list[_Leads] = []
    run: list[str] = []
    before: int | None = 0  # the most characters a match holds before the item read
    run_lead: int | None = 0

    def end_run() -> None:
        if run:
            candidates.append({gate_text("".join(run)): run_lead})
            run.clear()

    for op, arg in items:
        if op is _OPS.LITERAL and len(gate_text(chr(arg))) == 1:
            if not run:
                run_lead = before
            run.append(chr(arg))
            before = _plus(before, 1)
            continue
        end_run()
        found: _Leads | None = None
        if op is _OPS.SUBPATTERN:
            found = _required(arg[-1], anchored)
        elif op is _OPS.ATOMIC_GROUP:
            found = _required(arg, anchored)
        elif op is _OPS.BRANCH:
            found = {}
            for branch in arg[1]:
                if (alternative := _required(branch, anchored)) is None:
                    found = None
                    break
                for literal, lead in alternative.items():
                    known = found.get(literal, 0)
                    found[literal] = None if lead is None or known is None else max(lead, known)
        elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, _OPS.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _required(arg[2], anchored)  # (in the first repetition)
        if found:
            candidates.append({literal: _plus(before, lead) for literal, lead in found.items()})
        before = _plus(before, _width((op, arg)))
    end_run()

    # The most selective choice: the longest shortest literal, then the fewest literals.
    def rank(c: _Leads) -> tuple[bool, int, int]:
        return (anchored and None not in c.values(), min(map(len, c)), -len(c))

    return max(candidates, key=rank, default=None)


def _literals_and_lead(items: Any, anchored: bool = False) -> tuple[tuple[str, ...], int | None] | None:
    """Lower-cased literals one of which every match of the parse items holds (none holding another), and the most
    characters a match may hold before the first of them it holds (None: no bound); or None."""
    try:
        found = _required(items, anchored)
    except Exception:  # (a parse tree this reading does not know: no gate rather than a wrong one)
        return None
    if not found:
        return None
    kept: list[str] = []
    lead: int | None = 0
    for literal in sorted(found, key=lambda s: (len(s), s)):
        shorter = next((k for k in kept if k in literal), None)
        if shorter is None:
            kept.append(literal)
        # a match holding a longer literal holds the shorter one inside it, that many characters further on
        at = found[literal]
        lead = None if lead is None or at is None else max(lead, at + (literal.find(shorter) if shorter else 0))
    return tuple(kept), lead


def _parsed(pattern: re.Pattern[str]) -> Any:
    if _PARSER is None or _OPS is None or not _CASEFIX:
        return None
    try:
        return _PARSER.parse(pattern.pattern, pattern.flags)
    except Exception:  # (another Python's parser: no gate)
        return None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased literals one of which every match of the pattern holds (none holding another), or None."""
    items = _parsed(pattern)
    found = None if items is None else _literals_and_lead(items)
    return None if found is None else found[0]


@dataclass(frozen=True)
class LiteralGate:
    """The literals of one pattern (None: no gate)."""

    literals: tuple[str, ...] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> LiteralGate:
        return cls(_recorded.recorded("literals", pattern.pattern, pattern.flags, lambda: required_literals(pattern)))

    def may_match(self, low: str) -> bool:
        """Whether a text, as `gate_text` writes it (`low`), may hold a match of the pattern."""
        if self.literals is None:
            return True
        for literal in self.literals:  # noqa: SIM110 (a loop, not any() over a generator: half the time)
            if literal in low:
                return True
        return False


_COMPILER = _module("re._compiler")


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
            return found if (found := self.pattern.search(text, pos)) is not None and found.start() < end else None
        best = end  # a match starts before it
        for alone, gate in self.alone:
            if gate.may_match(low) and (match := alone.search(text, pos)) is not None:
                best = min(best, match.start())
        tried: set[int] = set()  # (where it does not match; `search` is quicker on short windows: 26 vs 43 ms)
        for literal, lead in self._leads:
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
        return found if (found := self.pattern.search(text, pos)) is not None and found.start() < end else None

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

    def _starts(self, text: str, low: str) -> list[int] | None:
        """Where an anchored alternative may match, in order (None: the text is searched as usual)."""
        if len(low) != len(text):
            return None
        starts: set[int] = set()
        for literal, lead in self._leads:
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


class _Branch:
    """One alternative of a pattern (`_branches`), compiled alone when first searched: parsing the pattern again
    costs milliseconds, which most processes never need (most texts hold none of the alternative's literals)."""

    def __init__(self, pattern: re.Pattern[str], k: int) -> None:
        self.pattern, self.k = pattern, k

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        try:
            items = _parsed(self.pattern)
            alone: re.Pattern[str] = _COMPILER.compile(
                _PARSER.SubPattern(items.state, _branches(items)[self.k]), self.pattern.flags
            )
            return alone
        except Exception:  # (a compiler this reading does not know: the whole pattern, whose first match is the
            return self.pattern  # first start to try; see `Anchored.finditer`)

    def search(self, text: str, pos: int) -> re.Match[str] | None:
        return self.compiled.search(text, pos)


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
    if op is _OPS.BRANCH:
        return arg[1]
    if op is _OPS.SUBPATTERN and arg[0] is None and not arg[1] and not arg[2] and len(arg[-1]) == 1:
        return _alternation(*arg[-1][0])
    return None


_Anchoring = tuple[tuple[tuple[tuple[str, ...], int], ...], tuple[tuple[int, tuple[str, ...] | None], ...]]


def _anchoring(pattern: re.Pattern[str]) -> _Anchoring | None:
    """What `Anchored.of` makes of a pattern, as plain data (recorded): each anchored alternative's literals and
    lead, and the index and literals (None: none) of each alternative searched alone; None: searched as usual."""
    items = _parsed(pattern)
    if items is None or _COMPILER is None or items.getwidth()[0] == 0:  # (an empty match: finditer's own rules)
        return None
    anchored: list[tuple[tuple[str, ...], int]] = []
    alone: list[tuple[int, tuple[str, ...] | None]] = []
    for k, branch in enumerate(_branches(items)):
        found = _literals_and_lead(branch, anchored=True)
        if found is not None and found[1] is not None:
            anchored.append((found[0], found[1]))
        else:
            alone.append((k, None if found is None else found[0]))
    return tuple(anchored), tuple(alone)


@lru_cache(maxsize=8)  # the few patterns searched so over one text share its reading
def _whole_gate_text(text: str) -> str:
    return gate_text(text)
