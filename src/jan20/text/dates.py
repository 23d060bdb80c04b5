"""Reading dates out of article text.

``find_dates`` finds every date expression; ``parse_date`` reads one expression; ``date_line`` reads a line that
is (mostly) a date, which `heads` uses to find an article's own date in its head.

Forms read (case-insensitive; English, Russian and Azerbaijani month names; ordinals 1st/20th):

* ISO-like ``2025-01-19``, ``2019/01/20``, ``2019.01.20`` (year first is always year-month-day);
* numeric ``20.01.2024``, ``1/20/2024``: the only valid reading wins; when both day/month orders are valid,
  a slash means US month/day and a dot or dash means day.month (the conventions of those separators);
* ``20 January 2025``, ``20th of January, 1990``, ``18 Yanvar , 2016`` (a space before the comma),
  ``20 января 2020 г.``, ``20 yanvar 2020-ci il``, ``2020-ci il 20 yanvar``; ``January 20, 2018``,
  ``Jan. 20th 2019``; an optional leading weekday;
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
from jan20.text.fold import like_ascii

__all__ = [
    "FUNCTION_WORDS",
    "LABEL_WORDS",
    "MONTH_NAME",
    "TITLE_NOUN_STEMS",
    "DateMention",
    "date_line",
    "find_dates",
    "parse_date",
    "read_label",
    "residue_words",
]


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
    return like_ascii(name).rstrip(".")


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
    numbers = {month_key(name): number for name, number in {**short, **full}.items()}
    return numbers, lang.alternation(full), lang.alternation(short)


_MONTH_NUMBERS, _FULL_ALT, _ABBR_ALT = _month_table()
LAST_DAY = 31  # the last day of the longest month: no number above it is a day of a month
# Any month name, in any language, full or abbreviated (an abbreviation may carry a full stop): "January", "Jan.".
MONTH_NAME = rf"(?:{_FULL_ALT})(?!\w)|(?:{_ABBR_ALT})(?!\w)\.?"


def _month(tag: str) -> str:
    # Abbreviations may carry a dot ("Jan."); full names may not, so "January. 20 people" is no date.
    return rf"(?P<{tag}>{MONTH_NAME})"


# What may follow a year as part of the date (Russian "г."/"года", Azerbaijani "-ci il").
YEAR_SUFFIX = "|".join(lang.alternatives("dates.year_suffix"))
# Between a year written first and its day and month ("2024-cü il 20 yanvar"); never, if no language has one.
_YEAR_FIRST = "|".join(lang.alternatives("dates.year_first")) or r"(?!x)x"


def _year(tag: str) -> str:
    return rf"(?P<{tag}>1[89]\d\d|2[01]\d\d)(?!\d)(?:{YEAR_SUFFIX})?"


_ORD = rf"(?:{lang.alternation(lang.words('numbers.ordinal_suffixes'))})?"  # "20th"
_OF = "|".join(lang.alternatives("dates.of"))  # between a day and its month, or a month and its year: "20th of January"
_AND = "|".join(lang.alternatives("dates.and"))  # between two days of a month: "January 19 and 20, 1990"
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
            rf"(?:(?:\s+(?:{_OF}))?\s+|-){_month('dmy_m')}(?:(?:\s?,?\s+|-){_year('dmy_y')})?",
            # Month first: "January 20, 2018", "Jan. 20th", "January 19-20, 1990", "January 19 and 20, 1990".
            rf"(?<!\w){_WEEKDAY}{_month('mdy_m')}(?:\s+|(?<=\.))"
            rf"(?P<mdy_dd>(?P<mdy_d>\d{{1,2}}){_ORD})(?![\d:])"
            rf"(?:(?:{_RANGE_DASH}|\s+(?:{_AND})\s+(?=\d{{1,2}}{_ORD},?\s+(?:1[89]|2[01])\d\d(?!\d)))"
            rf"(?P<mdy_d2>\d{{1,2}}){_ORD}(?![\d:]))?(?:\s?,?\s+{_year('mdy_y')})?",
            # Month and year only: "March 1994", "March of 1918", "в январе 1990 года".
            rf"(?<!\w){_month('my_m')}(?:\s+(?:{_OF}))?,?\s+{_year('my_y')}",
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
    return list(_cached_dates(text) if len(text) <= _CACHED_CHARS else _dates_in(text))


# The same short texts are read for dates several times as a document is split into articles (a block by the
# splitter, then as a head line by the date and title finders): the last few short texts' dates are kept (44% of
# the time spent finding dates went on repeats, benchmarks/breakdown.py). Only short ones: a cache of whole
# documents would keep dozens of them alive.
_CACHED_CHARS = 4096


@functools.lru_cache(maxsize=64)
def _cached_dates(text: str) -> tuple[DateMention, ...]:
    return _dates_in(text)


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


# Words that start a date line as a label ("Published on 20 January 1990", "By A. Author | ..."), and sentence
# words: a line whose residue holds one of these is prose ("On January 20, 2004, the…"), not a label.
LABEL_WORDS = lang.words("dates.label_words")
FUNCTION_WORDS = lang.words("dates.function_words")
# Stems of the nouns that name the event a date is of, written right beside it in a title ("События 20 января 1990
# года", "20 Ocak 1990 olayları"): such a date is a word of the title, not its dateline.
TITLE_NOUN_STEMS = tuple(sorted(lang.words("dates.title_noun_stems")))


def residue_words(text: str, mentions: list[DateMention]) -> list[str]:
    """Words of ``text`` outside the mentions once times, time zones and weekdays are removed."""
    parts, pos = [], 0
    for mention in mentions:
        parts.append(text[pos : mention.start])
        pos = mention.end
    parts.append(text[pos:])
    return _WORD_RE.findall(_DECORATION_RE.sub(" ", " ".join(parts)))


def read_label(words: list[str]) -> tuple[bool, list[str]] | None:
    """What the words beside a date say of its line: (labelled, the words that count), or None for prose.

    A line with no word, or whose first word is a label ("Published", "Press release"), is labelled, and the
    function words after the label are glue ("Posted on <date> by admin"); otherwise a function word makes
    the line prose ("On January 20, 2004, the …")."""
    words = [w.lower() for w in words]
    if words and words[0] in LABEL_WORDS:
        return True, [w for w in words if w not in FUNCTION_WORDS]
    if not FUNCTION_WORDS.isdisjoint(words):
        return None
    return not words, words


def date_line(text: str, mentions: list[DateMention], strict: bool = True) -> DateMention | None:
    """The date of a line that is (mostly) just a date: at most a short label beside times and zones.

    All mentions must agree. ``strict``: event-year dates need a pure label (see `heads.find_article_date`).
    """
    full = [m for m in mentions if m.date is not None]
    if not full:
        return None
    first = full[0]
    for m in mentions:
        if m.month != first.month or m.day not in (None, first.day) or m.year not in (None, first.year):
            return None
    read = read_label(residue_words(text, mentions))
    if read is None or len(read[1]) > 3:
        return None
    labelled = read[0]
    event_year = first.year is not None and first.year <= EVENT_YEAR
    if strict and event_year and not labelled:
        return None
    return first


_ARTICLE_RE = re.compile(f"^(?:{'|'.join(lang.alternatives('dates.opening'))})", re.IGNORECASE)


def parse_date(text: str) -> datetime.date | None:
    """Parse one date expression (the whole string, stripped) in any supported form; None if not a full date.

    A short leading label, a weekday, a time and a time zone may surround the date ("Politics 23:49
    19.01.2024", "19 January 2025 22:01 (UTC+04:00)"); several date forms are fine if they agree.
    """
    # A leading "on"/"the" is part of how dates are written ("the 20th of January, 1990"), not a label.
    text = _ARTICLE_RE.sub("", text.strip())
    found = date_line(text, find_dates(text), strict=False)
    return found.date if found is not None else None
