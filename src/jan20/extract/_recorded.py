"""Gates recorded: the literal and word gates (`_gate`, `_word_gate`) derived from the patterns, kept in
`jan20.lang._compiled` by `python -m jan20.lang`, so that a process does not derive them again.

Deriving them reads each pattern's parse tree: about 0.2 s of CPU at every start (0.65 s in all, 2026-12-06), in
each command and in each worker process a spawned pool starts. A record is keyed by a digest of what it was derived
from (its kind, the pattern's source and flags): a pattern whose source changed since (a data file edited, the
record not yet written again) finds no record and is derived as before. The whole record is used only when it was
written by this very deriving code on this Python (`CODE`: the sources of the modules that derive, whose reading of
the parse tree and of letter case may differ between versions), else every gate is derived. Never kept by hand;
tests/test_recorded.py checks that each recorded gate is the one derived now.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from hashlib import blake2b
from pathlib import Path
from typing import Any

from ..lang import _compiled

# The modules whose code derives the gates (`_gate` reads letter case through the fold).
_DERIVING = ("extract/_gate.py", "extract/_anchored.py", "extract/_word_gate.py", "text/fold.py")


def _code() -> str:
    """A digest of the deriving code and the Python it runs on ("" when a source cannot be read)."""
    digest = blake2b(f"{sys.version_info[0]}.{sys.version_info[1]}".encode(), digest_size=8)
    root = Path(__file__).resolve().parents[1]
    for name in _DERIVING:
        try:
            digest.update((root / name).read_bytes())
        except OSError:
            return ""
    return digest.hexdigest()


CODE = _code()
_RECORD: dict[str, Any] = (
    getattr(_compiled, "GATES", {}) if CODE and getattr(_compiled, "GATES_CODE", None) == CODE else {}
)
MADE: dict[str, Callable[[], Any]] = {}  # each gate asked for in this process: its key, and how it is derived
_MISSING = object()


def key(kind: str, source: str, flags: int = 0) -> str:
    """The key of a gate of one kind derived from a pattern's source and flags."""
    return f"{kind}:" + blake2b(f"{flags}\0{source}".encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def recorded(kind: str, source: str, flags: int, derive: Callable[[], Any]) -> Any:
    """The gate of `kind` derived from a pattern (`derive()`, plain data: tuples, strings, numbers, None), as
    recorded when it is, else derived now."""
    at = key(kind, source, flags)
    MADE[at] = derive
    found = _RECORD.get(at, _MISSING)
    return derive() if found is _MISSING else found


def source() -> str:
    """The record of every gate asked for in this process, each derived now: the end of `_compiled`'s source."""
    gates = {at: MADE[at]() for at in sorted(MADE)}
    return f"GATES_CODE = {CODE!r}\nGATES: dict[str, Any] = {gates!r}\n"
