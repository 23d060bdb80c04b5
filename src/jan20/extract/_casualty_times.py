"""Each casualty figure's time and place within its sentence: the years a sentence names as times when it names 1990
and another year (`times_named`), whether a figure is timed by another year (`other_time`), and whether a sentence
bounds its figures in place (`placed_part`, `shares`), a place said of another year bounding none of 1990's. The
sentence's events and the other events it names are `_casualty_context`'s."""

from __future__ import annotations

import re

from jan20.text.dates import find_dates
from jan20.text.event import EVENT_YEAR

from ._casualty_context import (
    A_YEAR,
    EVENT_YEAR_RE,
    PARTIAL_SHARE,
    PARTIAL_SHARE_GATE,
    PARTIAL_WHERE,
    PARTIAL_WHERE_GATE,
    YEAR_NAMED,
    another_year,
    may_name_other,
    names_of_event,
    relative_times,
    sentence_gate,
)
from ._clause_breaks import CLAUSE_BREAK, clause_break, relative_of, timed_from
from ._event_years import AFTER_EARLIER, RELATIVE, dated_events

_BRACKETS = re.compile(r"\([^()]{0,200}\)")


def times_named(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Where the sentence text[start:end] names a year as a time (start, end, year), when it names 1990 and another
    year ("In Sumgait in 1988, 32 people were killed, and in January 1990 the army came"), or this event by its name
    and an earlier or a later event's year ("в 1988 году в Сумгаите …, а в Баку 20 января — погибли 147"): each
    figure's time is the one named nearest it (`other_time`). Empty when the sentence names no such pair."""
    # (read only where a year or another event is named: 0.05 of 0.9 s on 600 news-like texts where they all were)
    year = A_YEAR.search(text, start, end) is not None
    relative = relative_times(text, start, end) if year or may_name_other(text, start, end) else []
    if not year and not relative:
        return []
    # (another event dated by its name, when a time is counted from it: "Sumgayıt'ta 32 kişinin öldüğü olaylardan")
    dated = (
        [d for d in dated_events(text, start, end) if not any(a <= d[0] < b for a, b, _ in relative)]
        if relative
        else []
    )
    years = [int(y) for y in A_YEAR.findall(text, start, end)] + [y for _, _, y in relative + dated]
    if all(year == EVENT_YEAR for year in years):
        return []
    by_year = EVENT_YEAR_RE.search(text, start, end) is not None or any(y == EVENT_YEAR for _, _, y in relative)
    names = [] if by_year else names_of_event(text, start, end)
    if not by_year and not names:
        return []
    sentence = text[start:end]
    named = [(m.start(), m.end(), int(y)) for m in YEAR_NAMED.finditer(sentence) for y in A_YEAR.findall(m.group())]
    named += [(m.start, m.end, m.year) for m in find_dates(sentence) if m.year is not None]
    named_years = [year for _, _, year in named] + [y for _, _, y in relative + dated]
    if all(year == EVENT_YEAR for year in named_years) or not (by_year or any(another_year(y) for y in named_years)):
        return []
    named += [(m.start(), m.end(), EVENT_YEAR) for m in EVENT_YEAR_RE.finditer(sentence)]
    located = [(start + a, start + b, year) for a, b, year in named]
    return located + relative + dated + [(a, b, EVENT_YEAR) for a, b in names]


def other_time(text: str, times: list[tuple[int, int, int]], at: int) -> bool:
    """Whether the figure at `at` is timed by another year than 1990 (`times`: `times_named` of its sentence): the
    time named nearest it in its own clause ("в 1988 году … погибли 32 человека, а в 1990 году …": the 32 are
    1988's); with none there, the one named nearest before it, or after it when none is before, when the sentence
    names 1990, and else the other year (this event named only by its name times only the figures of its own
    clause)."""

    def span(t: tuple[int, int, int]) -> tuple[int, int]:
        return (at, t[0]) if t[0] > at else (t[1], at)

    own = [t for t in times if not clause_break(text, *span(t), after=t[0] > at)]
    if any(EVENT_YEAR_RE.fullmatch(text, a, b) or _counted(text, a, b) for a, b, _ in times):
        # (with none in its clause, a time before it goes on timing the clauses after it: "20 Ocak 1990'da 147 kişi
        # şehit oldu, 744 kişi yaralandı; 18 Ekim 1991'de ise …": the 744 are 1990's)
        earlier = [t for t in times if t[1] <= at]
        return min(own or earlier or times, key=lambda t: span(t)[1] - span(t)[0])[2] != EVENT_YEAR
    # named only: this event's when its name comes before the figure in its clause, and every other year before the
    # name, in an earlier clause ("в 1988 году … погибли 32 человека, а в Баку 20 января — погибли 147")
    # (a year after the figure that a postposition times from its event is none: "… yaralandığı faciadan sonra …
    # 1991'de", whatever clause names this event)
    others = [t for t in times if t[2] != EVENT_YEAR and not (t[0] > at and timed_from(text, at, t[0]))]
    name = max((t for t in own if t[2] == EVENT_YEAR and t[1] <= at), default=None)
    if name is None and (tied := [t for t in times if t[2] == EVENT_YEAR and relative_of(text, t[1], at)]):
        name = tied[-1]  # ("the tragedy of 20 January, in which 147 died, …": a year after the clause is another's)
        others = [t for t in others if not (t[0] > at and clause_break(text, at, t[0]))]
    if name is None:
        return bool(others)
    return not all(t[1] < name[0] and CLAUSE_BREAK.search(text, t[1], name[0]) for t in others)


def _counted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a time counted from another year ("two years earlier", "two years after the
    Sumgait pogrom": up to the event's name)."""
    return any(
        (m := p.match(text, start)) is not None and (after or m.end() == end) for p, _, after in RELATIVE
    ) or any((m := p.match(text, start)) is not None and m.end() == end for p in AFTER_EARLIER)


def placed_part(text: str, start: int, end: int, times: list[tuple[int, int, int]]) -> bool:
    """Whether the sentence text[start:end] bounds its figures in place (one city, the districts, a place's share):
    they are parts, but for a whole they are said to be taken from ("three of the 147 who died": `stated_whole`). A
    place said of another year (`times`: `times_named`) bounds none of 1990's ("in Sumgait in 1988 …, and in January
    1990 …"), nor does one in brackets, a breakdown of the figure before them ("Dead: 147 (131 in Baku, 16 in the
    districts)")."""
    if not PARTIAL_WHERE_GATE.may_match(sentence_gate(text, start, end)):
        return False
    sentence = text[start:end]
    places = PARTIAL_WHERE.finditer(sentence)  # (its "^" is the sentence's start)
    brackets = [m.span() for m in _BRACKETS.finditer(sentence)] if "(" in sentence else []
    return any(
        (not times or not other_time(text, times, start + m.start()))
        and not any(a < m.start() < b for a, b in brackets)
        for m in places
    )


def shares(text: str, start: int, end: int, times: list[tuple[int, int, int]] | None = None) -> list[tuple[int, int]]:
    """Where the sentence text[start:end] tells a place's share of the dead ("the district gave three martyrs",
    "Ленкорань потеряла пятерых своих сынов", "Lənkəran da üç şəhid verdi"): a figure inside one is a part, the
    sentence's others are not ("… of the 147 who died"). Not a place said of another year (`times`)."""
    if not PARTIAL_SHARE_GATE.may_match(sentence_gate(text, start, end)):
        return []
    found = PARTIAL_SHARE.finditer(text, start, end)
    return [m.span() for m in found if not times or not other_time(text, times, m.start())]
