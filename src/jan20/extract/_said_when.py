"""Whether the words a verb of speech reports were said at the event: not at another time or by a press officer
(the walk of `_subjects` asks it of each verb of speech it finds)."""

from __future__ import annotations

import re

from . import _cues as cue

_NEXT_WORDS = re.compile(r"(?:\W*\w+){0,2}")  # the subject's scene words after it: "X накануне в Баку сказал"
_GAP = re.compile(r"\W*")  # what stands between the verb and the words after it


def said_now(body: str, said: re.Match[str], subject_end: int) -> bool:
    """The words of the verb at `said` were said at the event: nothing before the subject, in it, in the two words
    after it (before the verb) or right after the verb says they were said at another time or are a press officer's
    ("Earlier, X said", "X накануне сказал", "X said in 1990", "mətbuat katibi X bildirib"). (Further on, before a
    verb that ends its sentence, the words are what was said: "X açaraq, 28 il bundan əvvəl … danışdı".)"""
    scene = _NEXT_WORDS.match(body, subject_end)
    limit = min(said.start(), scene.end() if scene else subject_end)
    after = _GAP.match(body, said.end())
    return not (
        _elsewhere_before(body, limit)
        or cue.SPEECH_ELSEWHERE.search(body, 0, limit)
        or cue.SAID_ELSEWHERE.match(body, after.end() if after else said.end())
    )


def _elsewhere_before(body: str, limit: int) -> bool:
    """A word of another time or a press officer opens before `limit`, read with what follows it: the year told in
    "X, 1990 yılında yaşanan … belirtti" is no time of X's words ("19xx yılında" not before "yaşanan", a lookahead
    that needs the words past the limit)."""
    found = cue.SAID_ELSEWHERE.search(body, 0, limit)
    while found is not None and not cue.SAID_ELSEWHERE.match(body, found.start()):
        found = cue.SAID_ELSEWHERE.search(body, found.start() + 1, limit)
    return found is not None
