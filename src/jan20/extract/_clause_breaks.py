"""Where a figure's clause ends before a time named in the same sentence, for the casualty context (`other_time`): a
comma or semicolon, a list joiner before a capitalised word (a new subject's clause: "744 kişi yaralandı ve
Azerbaycan 18 Ekim …"), or, before a time after the figure, a postposition of "after" or "before" that times the
main clause from the figure's event ("744 kişinin yaralandığı faciadan sonra Azerbaycan 18 Ekim 1991'de …": 1991 is
not the figure's; `[casualties] timed_from_event`)."""

from __future__ import annotations

import re

from .. import lang
from . import _cues as cue
from ._casualty_words import word_set

CLAUSE_BREAK = re.compile(r"[,;]")  # between a figure and a time named in another clause
_JOINED = re.compile(r"(?<!\w)(\w+)\s+(?=([^\W\d_]))")
_TIMED_FROM = word_set("timed_from_event")
_CLAUSE_ENDS = tuple(word_set("timed_from_clause_ends"))
_WORD = re.compile(r"\w+")
_RELATIVES = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lang.alternatives("casualties.event_relatives"))
_RELATIVE = re.compile(rf"\s*,\s*(?:{_RELATIVES or '(?!x)x'})\b", re.IGNORECASE)


def clause_break(text: str, start: int, end: int, after: bool = False) -> bool:
    """Whether text[start:end], between a figure and a time, crosses into another clause; `after`: the time is after
    the figure, so a postposition that times from the figure's event breaks it too (`timed_from`)."""
    joined = (
        m.group(1).lower() in cue.LIST_JOINERS and m.group(2).isupper() for m in _JOINED.finditer(text, start, end)
    )
    if CLAUSE_BREAK.search(text, start, end) is not None or any(joined):
        return True
    return after and timed_from(text, start, end)


def timed_from(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], from a figure on, holds a postposition of `timed_from_event` ("sonra", "ardından")
    after the verb that closes the figure's clause (`timed_from_clause_ends`: "147 kişinin öldüğü faciadan sonra",
    "147 kişi öldükten sonra"); not one inside the figure's clause ("613 kişi Kanlı Ocak'tan sonra 1992'de …
    katledildi": its verb comes after the time, which is the figure's)."""
    words = [w.lower() for w in _WORD.findall(text, start, end)]
    at = next((i for i, w in enumerate(words) if w in _TIMED_FROM), None)
    return at is not None and any(w.endswith(_CLAUSE_ENDS) for w in words[:at])


def relative_of(text: str, name_end: int, at: int) -> bool:
    """Whether the figure at `at` is in a relative clause opened right after the event's name that ends at `name_end`
    ("the tragedy of 20 January, in which 147 people died and 744 were wounded": `[casualties] event_relatives`)."""
    m = _RELATIVE.match(text, name_end)
    return m is not None and m.end() <= at and CLAUSE_BREAK.search(text, m.end(), at) is None
