"""Reading dates out of article text.

``find_dates`` finds every date expression; ``parse_date`` reads one expression; ``find_article_date``
finds the article's own (publication / dateline) date, which comes only from the article's head.

Forms read (case-insensitive; English, Russian and Azerbaijani month names; ordinals 1st/20th):

* ISO-like ``2025-01-19``, ``2019/01/20``, ``2019.01.20`` (year first is always year-month-day);
* numeric ``20.01.2024``, ``1/20/2024``: the only valid reading wins; when both day/month orders are valid,
  a slash means US month/day and a dot or dash means day.month (the conventions of those separators);
* ``20 January 2025``, ``20th of January, 1990``, ``20 января 2020 г.``, ``20 yanvar 2020-ci il``,
  ``2020-ci il 20 yanvar``; ``January 20, 2018``, ``Jan. 20th 2019``; an optional leading weekday;
* without a year (``January 20``: year None) and without a day (``March 1994``: day None);
* day ranges ``January 19-20, 1990`` / ``19–20 January 1990`` give one mention per day, sharing the
  month and year (the first mention's text is just its own part, so mentions never overlap).

Two-digit years are not read (``20.01.24`` is too easily a score or a version), nor are times alone.
Impossible dates (``31.02.2020``, ``13/13/2020``, ``30 February``) are not mentions at all.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

from jan20 import lang
from jan20.text.event import EVENT_YEAR
from jan20.text.fold import lowercase

__all__ = ["DateMention", "find_article_date", "find_dates", "parse_date"]

# An article about the event cannot be older than it (EVENT_YEAR); the upper bound only rejects junk.
# Event-year dates in a head are mostly titles quoting the event, so they need stricter forms.
_MAX_ARTICLE_YEAR = 2099


@dataclass(frozen=True)
class DateMention:
    """One date expression: its parts (year/day may be unknown) and where it is in the text."""

    year: int | None
    month: int
    day: int | None
    start: int
    end: int
    text: str

    @property
    def date(self) -> datetime.date | None:
        """The full date, or None unless year, month and day are all known and valid."""
        if self.year is None or self.day is None:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None


def month_key(name: str) -> str:
    """A month name as `_MONTH_NUMBERS` spells it: lower case, dotless ı as i (`re.IGNORECASE` equates them)."""
    return lowercase(name).replace("ı", "i").rstrip(".")


def _month_table() -> tuple[dict[str, int], str, str]:
    """Month spellings -> month number, plus regex alternations for full names and abbreviations, from every
    language's `[dates]` table: its twelve months (each "stem:class" with the endings of its class) and
    abbreviations."""
    full: dict[str, int] = {}
    short: dict[str, int] = {}
    for language, months in lang.table("dates.months"):
        endings = language.get("dates.endings") or {}
        for number, item in enumerate(months, start=1):
            full.update(dict.fromkeys(lang.forms(item, endings), number))
        for number, names in enumerate(language.get("dates.abbreviations") or [], start=1):
            short.update(dict.fromkeys(names, number))

    def alternation(words: list[str]) -> str:
        # Longest first so that "mart" is not read as "mar" + "t".
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    numbers = {month_key(name): number for name, number in {**short, **full}.items()}
    return numbers, alternation(list(full)), alternation(list(short))


_MONTH_NUMBERS, _FULL_ALT, _ABBR_ALT = _month_table()


def _month(tag: str) -> str:
    # Abbreviations may carry a dot ("Jan."); full names may not, so "January. 20 people" is no date.
    return rf"(?P<{tag}>(?:{_FULL_ALT})(?!\w)|(?:{_ABBR_ALT})(?!\w)\.?)"


# What may follow a year as part of the date (Russian "г."/"года", Azerbaijani "-ci il").
_YEAR_SUFFIX = "|".join(lang.alternatives("dates.year_suffix"))
# Between a year written first and its day and month ("2024-cü il 20 yanvar"); never, if no language has one.
_YEAR_FIRST = "|".join(lang.alternatives("dates.year_first")) or r"(?!x)x"


def _year(tag: str) -> str:
    return rf"(?P<{tag}>1[89]\d\d|2[01]\d\d)(?!\d)(?:{_YEAR_SUFFIX})?"


_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAYS = "|".join(lang.alternatives("dates.weekdays"))
_WEEKDAY = rf"(?:(?:{_WEEKDAYS}|{'|'.join(lang.alternatives('dates.weekday_abbreviations'))})\.?,?\s+)?"
_RANGE_DASH = r"\s*[-–—]\s*"
# Every date expression starts a word with a digit, a weekday or a month name. Checking that first, with the
# three-letter starts of those names, spares the full pattern at almost every position (it is slow to try).
_WEEKDAY_NAMES = [name for alternative in lang.alternatives("dates.weekdays") for name in alternative.split("|")]
_STARTS = sorted({name[:3].lower() for name in [*_MONTH_NUMBERS, *_WEEKDAY_NAMES]})
_FIRST_LETTERS = "".join(sorted({start[0] for start in _STARTS}))
_DATE_START = rf"(?<!\w)(?=[\d{_FIRST_LETTERS}])(?=\d|{'|'.join(_STARTS)})"

_DATE_RE = re.compile(
    _DATE_START
    + "(?:"
    + "|".join(
        [
            # ISO-like: year first, then month and day.
            r"(?<![\w.:/-])(?P<iso_y>1[89]\d\d|2[01]\d\d)(?P<iso_s>[-/.])(?P<iso_m>\d{1,2})(?P=iso_s)"
            r"(?P<iso_d>\d{1,2})(?!\d|[.:/-]\d)",
            # Numeric day/month or month/day with a four-digit year.
            r"(?<![\w.:/-])(?P<num_a>\d{1,2})(?P<num_s>[-/.])(?P<num_b>\d{1,2})(?P=num_s)"
            r"(?P<num_y>1[89]\d\d|2[01]\d\d)(?!\d|[.:/-]\d)",
            # Azerbaijani year first: "2024-cü il 20 yanvar".
            rf"(?<![\w.:/-])(?P<azy_y>1[89]\d\d|2[01]\d\d)(?:{_YEAR_FIRST})"
            rf"(?P<azy_d>\d{{1,2}})\s+{_month('azy_m')}",
            # Day first: "20 January 2004", "19-20 January, 1990", "the 20th of January", "20-Jan-2016".
            rf"(?<![\w.:/]){_WEEKDAY}(?P<dmy_dd>(?P<dmy_d>\d{{1,2}}){_ORD})"
            rf"(?:{_RANGE_DASH}(?P<dmy_d2>\d{{1,2}}){_ORD})?"
            rf"(?:(?:\s+of)?\s+|-){_month('dmy_m')}(?:(?:,?\s+|-){_year('dmy_y')})?",
            # Month first: "January 20, 2018", "Jan. 20th", "January 19-20, 1990", "January 19 and 20, 1990".
            rf"(?<!\w){_WEEKDAY}{_month('mdy_m')}(?:\s+|(?<=\.))"
            rf"(?P<mdy_dd>(?P<mdy_d>\d{{1,2}}){_ORD})(?![\d:])"
            rf"(?:(?:{_RANGE_DASH}|\s+(?:and|to)\s+(?=\d{{1,2}}{_ORD},?\s+(?:1[89]|2[01])\d\d(?!\d)))"
            rf"(?P<mdy_d2>\d{{1,2}}){_ORD}(?![\d:]))?(?:,?\s+{_year('mdy_y')})?",
            # Month and year only: "March 1994", "March of 1918", "в январе 1990 года".
            rf"(?<!\w){_month('my_m')}(?:\s+of)?,?\s+{_year('my_y')}",
        ]
    )
    + ")",
    re.IGNORECASE,
)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    # Without a year, allow 29 February (it exists in some year).
    return 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _numeric_order(a: int, b: int, year: int, sep: str) -> tuple[int, int] | None:
    """(month, day) for the numeric date "a<sep>b<sep>year", preferring the only valid reading."""
    day_first = _valid(year, b, a)
    month_first = _valid(year, a, b)
    if day_first and month_first:
        # Both readings valid: the separator's convention decides (US slashes, European dots/dashes).
        return (a, b) if sep == "/" else (b, a)
    if day_first:
        return b, a
    if month_first:
        return a, b
    return None


def _opt_int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _mentions(match: re.Match[str]) -> list[DateMention]:
    """Zero, one or (for a day range) two mentions from one regex match."""
    g = match.groupdict()
    text = match.string
    start, end = match.span()
    if g["iso_y"] is not None:
        iso = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        return [DateMention(*iso, start, end, text[start:end])] if _valid(*iso) else []
    if g["num_y"] is not None:
        order = _numeric_order(int(g["num_a"]), int(g["num_b"]), int(g["num_y"]), g["num_s"])
        return [DateMention(int(g["num_y"]), *order, start, end, text[start:end])] if order else []
    for tag in ("azy", "dmy", "mdy", "my"):
        if g[f"{tag}_m"] is None:
            continue
        month = _MONTH_NUMBERS[month_key(g[f"{tag}_m"])]
        year_opt = _opt_int(g.get(f"{tag}_y"))
        day = _opt_int(g.get(f"{tag}_d"))
        day2 = _opt_int(g.get(f"{tag}_d2"))
        if not _valid(year_opt, month, day) or (day2 is not None and not _valid(year_opt, month, day2)):
            return []
        if day2 is None:
            return [DateMention(year_opt, month, day, start, end, text[start:end])]
        # A range: split at the second day so that each mention covers its own part of the text.
        split, first_end = match.start(f"{tag}_d2"), match.end(f"{tag}_dd")
        return [
            DateMention(year_opt, month, day, start, first_end, text[start:first_end]),
            DateMention(year_opt, month, day2, split, end, text[split:end]),
        ]
    return []  # pragma: no cover - every alternative sets one of the groups above


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in the text, in order, without overlaps (see the module docstring)."""
    return list(_dates_in(text))


# The same short texts are read for dates several times as a document is split into articles (a block by the
# splitter, then as a head line by the date and title finders): the last few texts' dates are kept.
@functools.lru_cache(maxsize=64)
def _dates_in(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for match in _DATE_RE.finditer(text):
        found.extend(_mentions(match))
    return tuple(found)


# Tokens that may surround a date on a date line without being a label: times, time zones, weekdays.
_DECORATION_RE = re.compile(
    r"(?<![\w:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?(?!\w))?"
    r"|\b(?:utc|gmt)\b\s*(?:[+\-−]\s*\d{1,2}(?::?\d{2})?)?|[+\-−]\d{2}:?\d{2}\b"
    rf"|\b(?:{_WEEKDAYS})\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W_]+")


def _wordset(*chunks: str) -> frozenset[str]:
    return frozenset(" ".join(chunks).split())


# Words that start a date line as a label ("Published on 20 January 1990", "By A. Author | ...").
_LABEL_WORDS = _wordset(
    "date dated published posted updated modified created issued released press release last by news"
)
# Sentence words: a line whose residue holds one of these is prose ("On January 20, 2004, the…"), not a label.
_FUNCTION_WORDS = _wordset(
    "on in at of the a an since from until till to for and but as after before during that this which when",
    "while despite today yesterday tomorrow now then here there also however thus",
)


def _residue_words(text: str, mentions: list[DateMention]) -> list[str]:
    """Words of ``text`` outside the mentions once times, time zones and weekdays are removed."""
    parts, pos = [], 0
    for mention in mentions:
        parts.append(text[pos : mention.start])
        pos = mention.end
    parts.append(text[pos:])
    return _WORD_RE.findall(_DECORATION_RE.sub(" ", " ".join(parts)))


def _date_line(text: str, mentions: list[DateMention], strict: bool = True) -> DateMention | None:
    """The date of a line that is (mostly) just a date: at most a short label beside times and zones.

    All mentions must agree. ``strict``: event-year dates need a pure label (see ``find_article_date``).
    """
    full = [m for m in mentions if m.date is not None]
    if not full:
        return None
    first = full[0]
    for m in mentions:
        if m.month != first.month or m.day not in (None, first.day) or m.year not in (None, first.year):
            return None
    words = [w.lower() for w in _residue_words(text, mentions)]
    labelled = not words or words[0] in _LABEL_WORDS
    if labelled:  # after a label, function words are glue: "Posted on <date> by admin"
        words = [w for w in words if w not in _FUNCTION_WORDS]
    elif any(w in _FUNCTION_WORDS for w in words):
        return None
    if len(words) > 3:
        return None
    event_year = first.year is not None and first.year <= EVENT_YEAR
    if strict and event_year and not labelled:
        return None
    return first


_ARTICLE_RE = re.compile(r"^(?:on\s+)?(?:the\s+)?", re.IGNORECASE)


def parse_date(text: str) -> datetime.date | None:
    """Parse one date expression (the whole string, stripped) in any supported form; None if not a full date.

    A short leading label, a weekday, a time and a time zone may surround the date ("Politics 23:49
    19.01.2024", "19 January 2025 22:01 (UTC+04:00)"); several date forms are fine if they agree.
    """
    # A leading "on"/"the" is part of how dates are written ("the 20th of January, 1990"), not a label.
    text = _ARTICLE_RE.sub("", text.strip())
    found = _date_line(text, find_dates(text), strict=False)
    return found.date if found is not None else None


# --- The article's own date -------------------------------------------------------------------------

_HEAD_MAX_LINES = 10  # a head is a title, a byline, a date line or two and some page chrome, never more
_BODY_MIN_WORDS = 10
_LONG_LINE_WORDS = 25
_HEAD_LINE_CHARS = 1000  # a longer line is body text; reading it all would be slow on huge lines
_LEAD_CHARS = " \t#>*_•·|-–—"  # markdown headings, emphasis, quotes and bullets before a line's content
_TRAIL_CHARS = " \t\r\f\v*_\\|"  # closing emphasis and markdown hard breaks ("  ", "\\")
_TOC_RE = re.compile(r"(?:\.{4,}|…+)\s*\d+$")  # "Title (20 January, 2004).....2": a table of contents entry
_SENTENCE_RE = re.compile(r"[.!?]['\"”’)]*(?:\s+\S|$)|[,;:]$")
_PLACE = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"  # one to three words, e.g. "New York"
_PLACE_RE = re.compile(rf"^(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)\s*,\s*")
_AFTER_DATELINE_RE = re.compile(r"\s*(?:[(/\[—–:.,|-]|$)")


_WEEKDAY_FIRST = re.compile(rf"(?:{_WEEKDAYS})\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?!\d)")


def _year_ok(mention: DateMention, minimum: int) -> bool:
    return mention.year is not None and minimum <= mention.year <= _MAX_ARTICLE_YEAR


def _dateline(text: str, mentions: list[DateMention]) -> DateMention | None:
    """A dateline "PLACE[, PLACE], <date>" then punctuation or an agency: "BAKU, Azerbaijan, January 20."."""
    match = _PLACE_RE.match(text)
    if match is None or not mentions or mentions[0].start != match.end():
        return None
    words = match.group("place").replace(",", " ").split()
    if any(not w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words):
        return None
    first = mentions[0]
    if first.day is None or not _AFTER_DATELINE_RE.match(text, first.end):
        return None
    return first if first.year is None or _year_ok(first, EVENT_YEAR) else None


def _leading(text: str, mentions: list[DateMention]) -> DateMention | None:
    """A post-event full date opening the line after at most a two-word label ("date 2024-01-20 Title")."""
    first = next((m for m in mentions if m.date is not None), None)
    if first is None or not _year_ok(first, EVENT_YEAR + 1):
        return None
    words = [w.lower() for w in _residue_words(text[: first.start], [])]
    if words and words[0] in _LABEL_WORDS:
        words = [w for w in words if w not in _FUNCTION_WORDS]
    elif any(w in _FUNCTION_WORDS for w in words):
        return None
    return first if len(words) <= 2 else None


def _parenthesised(text: str, mentions: list[DateMention]) -> DateMention | None:
    """A post-event full date in brackets in a heading: "Black January remembered (20 January, 2004)"."""
    for m in mentions:
        if (
            m.date is not None
            and _year_ok(m, EVENT_YEAR + 1)
            and text[: m.start].rstrip().endswith("(")
            and text[m.end :].lstrip().startswith(")")
        ):
            return m
    return None


def _head_lines(text: str) -> list[tuple[int, str, bool]]:
    """(offset, content, is_body) for the head's lines: markdown marks trimmed, blank/rule lines skipped.

    The head ends after ``_HEAD_MAX_LINES`` lines or at the first body-like line (the first paragraph),
    which is included so that a dateline opening the story is seen.
    """
    head: list[tuple[int, str, bool]] = []
    for line in re.finditer(r"[^\n]+", text):
        lead = len(line.group()) - len(line.group().lstrip(_LEAD_CHARS))
        content = line.group()[lead:].rstrip(_TRAIL_CHARS)
        if not any(ch.isalnum() for ch in content):
            continue
        if len(content) > _HEAD_LINE_CHARS:
            # A paragraph (or a whole page saved as one line): only its opening can be a dateline.
            head.append((line.start() + lead, content[:_HEAD_LINE_CHARS], True))
            break
        n_words = len(content.split())
        is_body = n_words > _LONG_LINE_WORDS or (
            n_words >= _BODY_MIN_WORDS and _SENTENCE_RE.search(content) is not None
        )
        head.append((line.start() + lead, content, is_body))
        if is_body or len(head) >= _HEAD_MAX_LINES:
            break
    return head


def find_article_date(text: str) -> DateMention | None:
    """The article's OWN date (publication/dateline date), read only from its head.

    The head is the first few non-blank lines up to and including the start of the first paragraph
    (a long or sentence-like line); table-of-contents entries there are ignored. A date counts only if it
    stands in a form that dates an article rather than tells a story:

    * a date line: the line is the date plus at most a 3-word label, time, zone or weekday ("Press release
      20 January 2017", "Politics 23:49 19.01.2024", "(January 20, 2018)");
    * a dateline: "PLACE, <date>" then punctuation or an agency ("Baku, January 20 (AzerTAc). …") - the
      only form whose year may be missing (the result then has ``year`` None);
    * a date in brackets inside a heading ("Title (20 January, 2004)"), or a date opening a line after at
      most a 2-word non-prose label ("date 2024-01-20 34th anniversary of …").

    Dates before 1990 never count; event-year (1990) dates count only as bare/labelled date lines or
    datelines, because headings and first sentences quote the event's date ("On January 20, 1990, …").
    The first full date wins, unless it is a site's masthead (a weekday and a date, no time: "Tuesday January 20
    2026") and a date line with a time (a byline) follows; failing that, a year-less dateline; else None.
    """
    yearless: DateMention | None = None
    masthead: DateMention | None = None
    for offset, content, is_body in _head_lines(text):
        if _TOC_RE.search(content):
            continue
        mentions = find_dates(content)
        if not mentions:
            continue
        rules = (_dateline, _leading) if is_body else (_date_line, _dateline, _parenthesised, _leading)
        for rule in rules:
            found = rule(content, mentions)
            if found is None:
                continue
            shifted = DateMention(
                found.year, found.month, found.day, found.start + offset, found.end + offset, found.text
            )
            if found.date is not None and _year_ok(found, EVENT_YEAR):
                if masthead is None and _WEEKDAY_FIRST.match(content) and not _CLOCK.search(content):
                    masthead = shifted
                    break
                return shifted if masthead is None or _CLOCK.search(content) else masthead
            if found.year is None and yearless is None:
                yearless = shifted
    return masthead or yearless
