"""The event the archive is about."""

from __future__ import annotations

import re

from jan20 import lang

EVENT_YEAR = 1990  # 20 January 1990, Baku: anniversaries count from here
EVENT_MONTH = 1  # January: the month the event is marked in every year
FIRST_YEAR, LAST_YEAR = 1900, 2100  # the years a date in the archive may have (what `jan20 year` accepts)
# The latest year a text may date an article in (its earliest is EVENT_YEAR): the bound only rejects junk.
LAST_ARTICLE_YEAR = 2099


def this_event(year: str | None = None, *, whole_word: bool = True) -> re.Pattern[str]:
    """How a text names the event, compiled: its name in any language (`[events] this_event`: "20 January", "Black
    January"), as a whole word unless not `whole_word`, or its year when `year` is given: a template of it, "{}" the
    year between the bounds it is read within (`r"(?<!\\d){}(?!\\d)"`). One pattern for every reader of the name
    (a head that names the event, a figure's or an anniversary's sentence), each with the bounds of its own."""
    name = r"(?<!\w)(?:{})" if whole_word else "{}"
    return lang.pattern("events.this_event", name if year is None else f"{name}|{year.replace('{}', str(EVENT_YEAR))}")
