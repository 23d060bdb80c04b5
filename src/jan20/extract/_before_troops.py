"""Figures timed before the troops came, for the casualty extractor (`casualties`): a sentence that dates its figures
on a day of January 1990 before the 19th, the pogrom week ("13 Ocak 1990'da Bakü'de başlayan olaylarda 66 kişi
öldü", "On 13 January 1990 riots broke out in Baku; 66 people were killed", "yanvarın 13-də"), and names no day of
the troops' night (the 19th or the 20th; not the end of a range from an earlier day: "13-19 Ocak 1990"), gives
none of 20 January's; nor does the sentence right after it in its line that opens with a word pointing back
("Olaylarda 66 kişi öldü", `[casualties] other_event_next`) and names no time of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text.dates import DateMention, find_dates
from jan20.text.event import EVENT_YEAR

from ._casualty_words import opening_words, points_back

_JANUARY = 1
_NIGHT = (19, 20)  # the troops' night: the 19th to the 20th
_RANGE_GAP = re.compile(r"\s*[-–—/]\s*")  # between the days of a range: "13-19"
_YEAR_BEFORE = 16  # characters from a year written before its month to the day ("1990-cı il yanvarın 13")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def before_troops(text: str, prev: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether the figures of the sentence text[start:end] are of the days before the troops came (`prev`: the
    sentence before it), see the module docstring."""
    if _week_before(text, start, end):
        return True
    if prev is None or "\n" in text[prev[1] : start] or _dates(text, start, end):
        return False
    return points_back(opening_words(text, start, end)) and _week_before(text, *prev)


def _week_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a day of January 1990 before the 19th and none of the troops' night."""
    days = _january_days(text, start, end)
    sentence = text[start:end]
    # (a day of no year is 1990's only with the year written right before it: "1990-cı il yanvarın 13-də"; not
    # "Yanvarın 14-də … anım keçirildi: 1990-cı ildə …")
    earlier = [d for d in days if d.day is not None and d.day < _NIGHT[0] and _of_1990(sentence, d)]
    return bool(earlier) and not any(_night(sentence, d, days) for d in days)


def _of_1990(sentence: str, day: DateMention) -> bool:
    return day.year == EVENT_YEAR or str(EVENT_YEAR) in sentence[max(0, day.start - _YEAR_BEFORE) : day.start]


def _night(sentence: str, day: DateMention, days: list[DateMention]) -> bool:
    """Whether `day` is of the troops' night, not the end of a range from an earlier day that stops before it
    ("13-19 Ocak 1990"); a range from an earlier day that reaches the 20th or later holds the night ("13-20 Ocak
    1990", "between 13-20 January 1990")."""
    if day.day is None or day.day < _NIGHT[0]:
        return False
    ranged = any(
        d.day is not None and d.day < _NIGHT[0] and _RANGE_GAP.fullmatch(sentence, d.end, day.start) for d in days
    )
    return day.day > _NIGHT[0] if ranged else day.day in _NIGHT


def week_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where, in a sentence text[start:end] naming a day of the pogrom week and the troops' night both (`before_troops`
    reads one naming the week alone), figures are the week's: from each earlier day of January 1990 to the next day it
    names ("1990-cı il yanvarın 12-də Bakıda 20 nəfər həlak olub, yanvarın 20-də isə 147 nəfər": the 20 only); none
    from the first day of a range that reaches the night ("13-20 Ocak")."""
    days = _january_days(text, start, end)
    sentence = text[start:end]
    spans = []
    for n, day in enumerate(days):
        after = n + 1
        if after < len(days) and _RANGE_GAP.fullmatch(sentence, day.end, days[after].start):
            if (days[after].day or 0) > _NIGHT[0]:
                continue  # ("13-20 Ocak": the night's)
            after += 1  # ("13-19 January": the week's, to the day named after the range)
        until = days[after].start if after < len(days) else len(sentence)
        if day.day is not None and day.day < _NIGHT[0] and _of_1990(sentence, day):
            spans.append((start + day.end, start + until))
    return spans


def _january_days(text: str, start: int, end: int) -> list[DateMention]:
    """The days of January 1990, or of no year, that the sentence text[start:end] names, in order (offsets in the
    sentence)."""
    if not _DAY.search(text, start, end):
        return []  # (a quick test first: reading the dates is slow)
    found = (d for d in _dates(text, start, end) if d.month == _JANUARY and d.year in (None, EVENT_YEAR) and d.day)
    return sorted(found, key=lambda d: d.start)


@lru_cache(maxsize=8)
def _dates(text: str, start: int, end: int) -> tuple[DateMention, ...]:
    """The dates the sentence text[start:end] names, read once: the casualty walk asks `before_troops` and then
    `week_spans` of the same sentence, and `before_troops` asks whether it names any date too."""
    return tuple(find_dates(text[start:end]))
