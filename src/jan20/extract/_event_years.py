"""The year of another event named in a sentence, when its name says it (`[casualties] other_event_years`: "1988
sumga…t", the Sumgait pogrom): a time counted from that event ("Sumgayıt'ta 32 kişinin öldüğü olaylardan iki yıl
sonra": 1990) is counted from its year, as from a year named (`_casualty_context.relative_times`)."""

from __future__ import annotations

import re

from .. import lang
from ._casualty_words import OTHER_EVENT

# Each line: the year, a space, the pattern of a name that dates its event (an event of many years has none).
_DATED = tuple(
    (int(year), re.compile(pattern, re.IGNORECASE))
    for line in lang.alternatives("casualties.other_event_years", plain=True)
    for year, _, pattern in [line.partition(" ")]
)


def dated_events(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Where the sentence text[start:end] names another event whose year its name says (start, end, year): the
    span of the dating name inside the event's (`OTHER_EVENT`)."""
    out: list[tuple[int, int, int]] = []
    for event in OTHER_EVENT.finditer(text, start, end):
        for year, pattern in _DATED:
            if (m := pattern.search(text, event.start(), event.end())) is not None:
                out.append((m.start(), m.end(), year))
                break
    return out
