"""Whether a sentence tells of another year's event: its clause opens with a time other than the report's own
commemoration ("In 2015, the ambassador laid flowers", "Last year the minister also attended", "В 2018 году …",
"Ötən il …", "2019'da …"). Such a sentence places nobody at this report's event (the person may be placed by another
sentence). The words are `[attendees] another_time` of each language; a year it names is another only when it is
not the report's own (`own_years`): "On 20 January 2024, X laid flowers" in a report of 2024 still places X. 1990 is
left to the rules of history (`history_opening`, `history_time`). A month named with the report's own year is
another time too when the report's first sentence dates its event to other months ("In May 2024, at a conference,
X noted" in a report dated 20 January 2024), and so is a day and a month with no year when the month is neither
January nor one of those ("3 декабря министр X посетил Аллею шехидов", "On 27 September, X laid flowers")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from jan20.text import sentences as sx
from jan20.text.dates import find_dates
from jan20.text.event import EVENT_MONTH, EVENT_YEAR, this_event

from . import _cues as cue
from .anniversary import stated_anniversary

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_THIS_EVENT = this_event()  # (the event's name: "20 Января", "Black January")
_HEAD_SENTENCES = 1  # the sentences whose years are the report's own (a heading, a dateline)
_HEAD_CHARS = 2000  # (read in as many characters: a heading and a dateline are short)


@lru_cache(maxsize=4)
def _head_end(text: str) -> int | None:
    """Where the text's first sentences (`_HEAD_SENTENCES`: a heading, a dateline) end; None: it has none."""
    head = sx.sentences(text, 0, min(len(text), _HEAD_CHARS))[:_HEAD_SENTENCES]
    return head[-1].end if head else None


@lru_cache(maxsize=4)
def own_years(text: str) -> frozenset[int]:
    """The years of the commemoration the text reports: the year of its stated anniversary (1990 + the number) and
    the years after 1990 its first sentence names (a heading, a dateline); with neither, the first year after 1990
    the text names (so a year is never another's in a text that gives no year of its own to compare it with)."""
    years: set[int] = set()
    stated = stated_anniversary(text)
    if stated is not None:
        years.add(EVENT_YEAR + stated.number)
    if (head := _head_end(text)) is not None:
        years.update(int(y) for y in _YEAR.findall(text, 0, head) if int(y) > EVENT_YEAR)
    if not years:
        first = next((int(m.group()) for m in _YEAR.finditer(text) if int(m.group()) > EVENT_YEAR), None)
        years.update([first] if first is not None else [])
    return frozenset(years)


@lru_cache(maxsize=4)
def own_months(text: str) -> frozenset[tuple[int, int]]:
    """The (year, month) of each date after 1990 the text's first sentence names (a heading, a dateline): the report's
    own event's; none when it dates nothing to a month."""
    if (head := _head_end(text)) is None:
        return frozenset()
    dated = find_dates(text[:head])
    return frozenset((d.year, d.month) for d in dated if d.year is not None and d.year > EVENT_YEAR and d.month)


def another_time(
    body: str, own: Callable[[], frozenset[int]], months: Callable[[], frozenset[tuple[int, int]]] | None = None
) -> bool:
    """The sentence (`body`) opens with a time of another year's event: a relative one ("last year", "год назад"),
    or a year after 1990 not among the report's own (`own`, asked only then), or a month of the report's own year
    that is not among the months its first sentence dates its event to (`months`, when given)."""
    opening = cue.ANOTHER_TIME.match(body)
    if opening is None:
        return False
    year = _YEAR.search(opening.group())
    if year is None:
        # (a day and a month with no year: another time when the month is neither January's nor one the report's
        # first sentence dates its event to: "3 декабря министр X посетил Аллею шехидов")
        day_months = {d.month for d in find_dates(opening.group()) if d.month and d.year is None}
        if day_months and _THIS_EVENT.search(body):
            return False  # "2 февраля в Лондоне прошел вечер памяти жертв 20 Января": a late commemoration
        own_months_ = {m for _, m in months()} if months is not None and day_months else set()
        return not day_months or not day_months & ({EVENT_MONTH} | own_months_)
    named = int(year.group())
    if named == EVENT_YEAR:
        return False
    if named not in own():
        return True
    dated = [(d.year, d.month) for d in find_dates(opening.group()) if d.year == named and d.month]
    own_dated = months() if months is not None and dated else frozenset()
    return bool(own_dated) and any(m[0] == named for m in own_dated) and not set(dated) & own_dated
