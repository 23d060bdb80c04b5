"""Names written in brackets right after another name ("Senator Jane Roe (Democrat, New Jersey)", "Fərid Əliyev
(Farid Aliyev)"): an aside about that person, never a second one; `attendees` drops them."""

from __future__ import annotations

from ._mentions import AttendeeMention

_ASIDE_BEFORE = 60  # characters: how far a bracket that opens an aside may stand from the name inside it


def without_asides(text: str, mentions: list[AttendeeMention]) -> list[AttendeeMention]:
    """The mentions but for those in brackets right after another's name (`_aside_of`)."""
    ends = {m.end for m in mentions}
    return [m for m in mentions if not _aside_of(text, m, ends)]


def _aside_of(text: str, m: AttendeeMention, ends: set[int]) -> bool:
    """m is written in brackets right after another name ("Senator Jane Roe (Democrat, New Jersey)", "Fərid Əliyev
    (Farid Aliyev)"): an aside about that person (a state, a party, the name in another script), never a second
    person."""
    opening = text.rfind("(", max(0, m.start - _ASIDE_BEFORE), m.start)
    closing = text.find(")", m.end, m.end + _ASIDE_BEFORE)
    if opening < 0 or closing < 0 or ")" in text[opening : m.start] or "(" in text[m.end : closing]:
        return False
    beside = (text[opening + 1 : m.start] + " " + text[m.end : closing]).split()
    if any(w[:1].islower() for w in beside):  # "(accompanied by his wife Y)" tells of a second person
        return False
    before = opening
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before in ends
