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
from dataclasses import dataclass, field
from typing import Any

from jan20.text.fold import like_ascii

from . import _recorded


def module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # (another Python: no gate, every pattern is searched)
        return None


PARSER = module("re._parser")
OPS = module("re._constants")
COMPILER = module("re._compiler")
_CASEFIX = module("re._casefix")
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
        high = int(PARSER.SubPattern(PARSER.State(), [item]).getwidth()[1])
    except Exception:  # (a group reference, or a parse tree this reading does not know)
        return None
    return None if high >= OPS.MAXREPEAT else high


# The most spellings a run of letters is read in through the small classes and alternations of letters in it
# ("an[ıi]m" and "an(?:ıl|il)", as the parser writes "(?:anım|anim)" and "(?:anıl|anil)", a word and its spelling
# without accents: "anım" and "anim", not the "an" before them, which English text holds everywhere: the attendee
# extractor took 28% longer on news-like text with it, 2026-12-07).
_RUN_SPELLINGS = 4


def _letters(op: Any, arg: Any) -> tuple[str, ...]:
    """The strings of letters one of which a parse item matches, when it is a letter, a class of letters alone
    (`[ıi]`) or an alternation of runs of letters (`ıl|il`); else ()."""
    if op is OPS.LITERAL:
        return (chr(arg),) if len(gate_text(chr(arg))) == 1 else ()
    if op is OPS.IN and all(kind is OPS.LITERAL and len(gate_text(chr(c))) == 1 for kind, c in arg):
        return tuple(dict.fromkeys(chr(c) for _, c in arg))
    if op is OPS.BRANCH:
        spelt = ["".join(chr(c) for kind, c in branch if kind is OPS.LITERAL) for branch in arg[1]]
        if all(
            len(s) == len(branch) > 0 and len(gate_text(s)) == len(s) for s, branch in zip(spelt, arg[1], strict=True)
        ):
            return tuple(dict.fromkeys(spelt))
    return ()


def _required(items: Any, anchored: bool = False) -> _Leads | None:
    """Strings one of which every match of the sequence of parse items holds, each with how far into the match it
    may start (its lead), or None (no such strings known). `anchored`: strings whose leads are bounded first."""
    candidates: list[_Leads] = []
    run: list[str] = []  # the spellings of the run of letters read since the last other item
    before: int | None = 0  # the most characters a match holds before the item read
    run_lead: int | None = 0

    def end_run() -> None:
        if run:
            candidates.append(dict.fromkeys(map(gate_text, run), run_lead))
            run.clear()

    for op, arg in items:
        letters = _letters(op, arg)
        if letters and len(run or [""]) * len(letters) <= _RUN_SPELLINGS:
            if not run:
                run_lead = before
                run.append("")
            run[:] = [spelt + letter for spelt in run for letter in letters]
            before = _plus(before, _width((op, arg)))
            continue
        end_run()
        found: _Leads | None = None
        if op is OPS.SUBPATTERN:
            found = _required(arg[-1], anchored)
        elif op is OPS.ATOMIC_GROUP:
            found = _required(arg, anchored)
        elif op is OPS.BRANCH:
            found = {}
            for branch in arg[1]:
                if (alternative := _required(branch, anchored)) is None:
                    found = None
                    break
                for literal, lead in alternative.items():
                    known = found.get(literal, 0)
                    found[literal] = None if lead is None or known is None else max(lead, known)
        elif op in (OPS.MAX_REPEAT, OPS.MIN_REPEAT, OPS.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _required(arg[2], anchored)  # (in the first repetition)
        if found:
            candidates.append({literal: _plus(before, lead) for literal, lead in found.items()})
        before = _plus(before, _width((op, arg)))
    end_run()

    # The most selective choice: the longest shortest literal, then the fewest literals.
    def rank(c: _Leads) -> tuple[bool, int, int]:
        return (anchored and None not in c.values(), min(map(len, c)), -len(c))

    return max(candidates, key=rank, default=None)


def literals_and_lead(items: Any, anchored: bool = False) -> tuple[tuple[str, ...], int | None] | None:
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


def parsed(pattern: re.Pattern[str]) -> Any:
    if PARSER is None or OPS is None or not _CASEFIX:
        return None
    try:
        return PARSER.parse(pattern.pattern, pattern.flags)
    except Exception:  # (another Python's parser: no gate)
        return None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased literals one of which every match of the pattern holds (none holding another), or None."""
    items = parsed(pattern)
    found = None if items is None else literals_and_lead(items)
    return None if found is None else found[0]


@dataclass(frozen=True)
class LiteralGate:
    """The literals of one pattern (None: no gate)."""

    literals: tuple[str, ...] | None
    # Those an ASCII text may hold: a text (or sentence) of ASCII is not read for the literals of other scripts, some
    # two fifths of the cue patterns' (`ascii_first`).
    ascii_literals: tuple[str, ...] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ascii_literals", None if self.literals is None else ascii_first(self.literals))

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> LiteralGate:
        return cls(_recorded.recorded("literals", pattern.pattern, pattern.flags, lambda: required_literals(pattern)))

    def may_match(self, low: str) -> bool:
        """Whether a text, as `gate_text` writes it (`low`), may hold a match of the pattern."""
        if self.literals is None or self.ascii_literals is None:
            return True
        # (a loop, not any() over a generator: half the time; `isascii` reads a flag of the string, no scan)
        for literal in self.ascii_literals if low.isascii() else self.literals:  # noqa: SIM110
            if literal in low:
                return True
        return False


def ascii_first(literals: tuple[str, ...]) -> tuple[str, ...]:
    """The literals an ASCII text may hold (the others are of other scripts, and no ASCII text holds them): a sentence
    of ASCII was looked at for each literal of every language's cues, some 770 of the 1,760 literals of the cue
    patterns' anchors, each `in` a scan of the sentence (2026-12-07)."""
    return tuple(literal for literal in literals if literal.isascii())
