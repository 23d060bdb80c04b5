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
from dataclasses import dataclass
from typing import Any

from jan20.text.fold import like_ascii


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


def gate_text(text: str) -> str:
    """The text as the gate reads it (same length): lower case, each class of letters `re.IGNORECASE` equates
    written one way (`_scan.lowered` and `_representatives`)."""
    low = like_ascii(text)
    return low if low.isascii() else low.translate(_REPRESENTATIVE)


def _required(items: Any) -> set[str] | None:
    """Strings one of which every match of the sequence of parse items holds, or None (no such strings known)."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append({gate_text("".join(run))})
            run.clear()

    for op, arg in items:
        if op is _OPS.LITERAL and len(gate_text(chr(arg))) == 1:
            run.append(chr(arg))
            continue
        end_run()
        found: set[str] | None = None
        if op is _OPS.SUBPATTERN:
            found = _required(arg[-1])
        elif op is _OPS.ATOMIC_GROUP:
            found = _required(arg)
        elif op is _OPS.BRANCH:
            found = set()
            for branch in arg[1]:
                if (alternative := _required(branch)) is None:
                    found = None
                    break
                found |= alternative
        elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, _OPS.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _required(arg[2])
        if found:
            candidates.append(found)
    end_run()
    # The most selective choice: the longest shortest literal, then the fewest literals.
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased literals one of which every match of the pattern holds (none holding another), or None."""
    if _PARSER is None or _OPS is None or not _CASEFIX:
        return None
    try:
        found = _required(_PARSER.parse(pattern.pattern, pattern.flags))
    except Exception:  # (a parse tree this reading does not know: no gate rather than a wrong one)
        return None
    if not found:
        return None
    kept: list[str] = []
    for literal in sorted(found, key=lambda s: (len(s), s)):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return tuple(kept)


@dataclass(frozen=True)
class LiteralGate:
    """The literals of one pattern (None: no gate)."""

    literals: tuple[str, ...] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> LiteralGate:
        return cls(required_literals(pattern))

    def may_match(self, low: str) -> bool:
        """Whether a text, as `gate_text` writes it (`low`), may hold a match of the pattern."""
        if self.literals is None:
            return True
        for literal in self.literals:  # noqa: SIM110 (a loop, not any() over a generator: half the time)
            if literal in low:
                return True
        return False
