"""Another event named as the pretext of this one, for the casualty extractor (`_casualty_context`): "Using the
pogroms of Armenians as a pretext, the troops killed 147", "Под предлогом защиты армян от погромов войска убили
147 человек", "Erməni poqromlarını bəhanə edən qoşunlar 147 nəfəri öldürdü", "Ermeni pogromlarını bahane eden
Sovyet ordusu 147 kişiyi öldürdü". Such a name says why the troops came, not whose the dead are: the sentence is read
as if it did not name that event (`[casualties] pretext_before`, `pretext_after`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lang
from ._casualty_words import OTHER_EVENT

_WORDS = 4  # words between a pretext's word and the name ("under the pretext of stopping the anti-Armenian pogroms")
_GAP = r"(?:[^\w.,;:!?]+\w+){0,WORDS}?[^\w.,;:!?]+".replace("WORDS", str(_WORDS))  # a few words, no clause's end
_BEFORE = lang.pattern("casualties.pretext_before", "(?:{})" + _GAP + "$")
_AFTER = lang.pattern("casualties.pretext_after", _GAP + "(?:{})")
_REACH = 80  # characters before a name read for a pretext's words
# A clause after the pretext that points back to it tells its own dead ("The Sumgait events were used as a pretext;
# there 32 people died", "under the pretext of the Sumgait pogrom, where 26 were killed"): the name stays another
# event's (`[casualties] pretext_own`).
_OWN = lang.pattern("casualties.pretext_own")


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
