"""Another event named as the pretext of this one, for the casualty extractor (`_casualty_context`): "Using the
pogroms of Armenians as a pretext, the troops killed 147", "Под предлогом защиты армян от погромов войска убили
147 человек", "Erməni poqromlarını bəhanə edən qoşunlar 147 nəfəri öldürdü", "Ermeni pogromlarını bahane eden
Sovyet ordusu 147 kişiyi öldürdü". Such a name says why the troops came, not whose the dead are: the sentence is read
as if it did not name that event (`[casualties] pretext_before`, `pretext_after`). The sentence right after it in
its line that opens with a word pointing back ("Orada 32 nəfər öldürülmüşdü", "There 26 Armenians had died") and
names not this event tells the pretext's own dead (`pretext_then`), not this event's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jan20.text.event import this_event

from .. import lang
from ._casualty_words import OTHER_EVENT, opening_words, points_back, word_set

_WORDS = 4  # words between a pretext's word and the name ("under the pretext of stopping the anti-Armenian pogroms")
_GAP = r"(?:[^\w.,;:!?]+\w+){0,WORDS}?[^\w.,;:!?]+".replace("WORDS", str(_WORDS))  # a few words, no clause's end
_BEFORE = lang.pattern("casualties.pretext_before", "(?:{})" + _GAP + "$")
_AFTER = lang.pattern("casualties.pretext_after", _GAP + "(?:{})")
_REACH = 80  # characters before a name read for a pretext's words
# A clause after the pretext that points back to it tells its own dead ("The Sumgait events were used as a pretext;
# there 32 people died", "under the pretext of the Sumgait pogrom, where 26 were killed"): the name stays another
# event's (`[casualties] pretext_own`).
_OWN = lang.pattern("casualties.pretext_own")
_THIS_EVENT = this_event(r"(?<![\d.,]){}(?![\d.,]?\d)")
_BE = word_set("be")  # "There were 147 killed": no pointer


def others_named(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Where text[start:end] names another event (`OTHER_EVENT`), not as a pretext."""
    for m in OTHER_EVENT.finditer(text, start, end):
        if (
            _AFTER.match(text, m.end(), end) is None
            and _BEFORE.search(text, max(start, m.start() - _REACH), m.start()) is None
        ) or _OWN.match(text, m.end(), end) is not None:
            yield m


def first_other(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first of `others_named`, or None."""
    return next(others_named(text, start, end), None)


def pretext_then(text: str, prev: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] points back to another event the sentence before it (`prev`, in its line)
    named as a pretext, and so tells that event's dead: it opens with a word of `other_event_next` (not "there" before
    a form of "be": "There were 147 killed") and names not this event."""
    if prev is None or "\n" in text[prev[1] : start] or _THIS_EVENT.search(text, start, end) is not None:
        return False
    words = opening_words(text, start, end)
    if not points_back(words) or (len(words) > 1 and words[1] in _BE):
        return False
    named = list(OTHER_EVENT.finditer(text, *prev))
    return bool(named) and len(named) > len(list(others_named(text, *prev)))
