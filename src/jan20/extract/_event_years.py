"""The year of another event named in a sentence, when its name says it (`[casualties] other_event_years`: "1988
sumga…t", the Sumgait pogrom): a time counted from that event ("Sumgayıt'ta 32 kişinin öldüğü olaylardan iki yıl
sonra", "two years after the Sumgait pogrom": 1990) is counted from its year, as from a year named (`counted_times`)."""

from __future__ import annotations

import re

from jan20.text.event import EVENT_YEAR
from jan20.text.numbers import find_numbers

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
    return [(a, b, year) for a, b, year, _ in _dated(text, start, end)]


def _dated(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """`dated_events`, each with the end of the other event's whole name."""
    out: list[tuple[int, int, int, int]] = []
    for event in OTHER_EVENT.finditer(text, start, end):
        for year, pattern in _DATED:
            if (m := pattern.search(text, event.start(), event.end())) is not None:
                out.append((m.start(), m.end(), year, event.end()))
                break
    return out


# What follows the name of an earlier event to time what comes after it as 1990's in Baku (`[casualties]
# after_earlier_event`: "Sumgayıt'ta 32 kişinin öldüğü olaylardan sonra Bakü'de 147 kişi …").
AFTER_EARLIER = tuple(
    re.compile(pattern, re.IGNORECASE) for pattern in lang.alternatives("casualties.after_earlier_event", plain=True)
)


def _after_earlier(text: str, dated: list[tuple[int, int, int, int]], end: int) -> list[tuple[int, int, int]]:
    """Where the sentence names a time right after another event whose name dates it before 1990 (`dated`: `_dated`
    of it), in Baku (start, end, 1990): "… olaylardan sonra Bakü'de"; the other event's own figures come before it."""
    return [
        (m.start(), m.end(), EVENT_YEAR)
        for _, _, year, after in dated
        if year < EVENT_YEAR
        for pattern in AFTER_EARLIER
        if (m := pattern.match(text, after, end)) is not None
    ]


# A time counted from the year named before it ("В 1992 году …, а двумя годами ранее …": 1990), each pattern with its
# `count` group: earlier, later; and one counted from the event whose name dates it right after it ("two years after
# the Sumgait pogrom": `years_after_event`, `years_before_event`), flagged.
RELATIVE = tuple(
    (re.compile(pattern, re.IGNORECASE), sign, after)
    for key, sign, after in (
        ("years_earlier", -1, False),
        ("years_later", 1, False),
        ("years_before_event", -1, True),
        ("years_after_event", 1, True),
    )
    for pattern in lang.alternatives(f"casualties.{key}", plain=True)
)
_ANY_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]?\d)")


def counted_times(text: str, start: int, end: int, others: bool) -> list[tuple[int, int, int]]:
    """Where the sentence text[start:end] names a time counted from the year named last before it (start, end,
    year): "In 1992 …; two years earlier, …" (1990), "1992-ci ildə …, ondan iki il əvvəl isə …"; or from another
    event whose name dates it (when `others`, the sentence may name one), before the count ("olaylardan iki yıl
    sonra") or right after it, its name then part of the time ("two years after the Sumgait pogrom")."""
    # (the other events' dated names read once, for the time right after one and for the counts: `others` only)
    named = _dated(text, start, end) if others else []
    out = _after_earlier(text, named, end)
    dated = [(a, b, year) for a, b, year, _ in named]
    for pattern, sign, after in RELATIVE:
        for m in pattern.finditer(text, start, end):
            if after:
                base = [(b, year) for a, b, year in dated if a == m.end()]
            else:
                base = [(y.start(), int(y.group())) for y in _ANY_YEAR.finditer(text, start, m.start())]
                base = sorted(base + [(a, year) for a, b, year in dated if b <= m.start()])
            count = find_numbers(text, m.start("count"), m.end("count"))
            if base and len(count) == 1 and count[0].value < 100:
                out.append((m.start(), base[-1][0] if after else m.end(), base[-1][1] + sign * count[0].value))
    return out
