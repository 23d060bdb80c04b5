"""Those thanked for coming: the names right before a verb of thanks, in their case, after words that say it was
for taking part ("for their participation, A and B were thanked", `[attendees] thanked_cue`: the pattern ends where
the verb begins). No words here: they are all in the data files."""

from __future__ import annotations

import re

from .. import lang
from ._gate import LiteralGate, gate_text

_THANKED = lang.pattern("attendees.thanked_cue", r"(?<!\w)(?:{})")
_THANKED_GATE = LiteralGate.of(_THANKED)  # (most sentences hold none of its literals: not searched)
_AT = re.compile("")  # (a match of no width, where the verb begins)


def thanked_verbs(body: str) -> list[re.Match[str]]:
    """Where each verb of thanks begins whose objects were thanked for coming (a match of no width there)."""
    if not _THANKED_GATE.may_match(gate_text(body)):
        return []
    found = (_AT.match(body, m.end()) for m in _THANKED.finditer(body))
    return [m for m in found if m is not None]


def before_thanks(masked: str, end: int, verbs: set[int]) -> bool:
    """The name that ends at `end` stands right before a verb of `thanked_verbs` (offsets into `masked`)."""
    return any(0 <= verb - end <= 1 and not masked[end:verb].strip() for verb in verbs)
