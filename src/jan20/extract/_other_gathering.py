"""A sentence whose verb of taking part names another gathering as its place, and no word of the commemoration:
"Затем министр X принял участие в заседании Кабинета министров", "22 января посол Y выступил на форуме": a meeting
of the day that a report of the ceremony goes on to tell, where the person was, but not at the ceremony. The words
are `[attendees] other_gathering` and `commemoration_words`; a language without them has none."""

from __future__ import annotations

from jan20 import lang

_OTHER = lang.pattern("attendees.other_gathering", r"(?<!\w)(?:{})")
_OURS = lang.pattern("attendees.commemoration_words", r"(?<!\w)(?:{})")


def other_gathering(body: str) -> bool:
    """The sentence `body` takes part in another gathering and names nothing of the commemoration."""
    return _OTHER.search(body) is not None and _OURS.search(body) is None
