"""An article's own date, read from its head: the first few lines, up to and including the start of the first
paragraph (`find_article_date`). `years` reads the same lines for a year when the head dates nothing.

A date inside the story (1990's events, a later decision) is never the article's date: only a date line, a dateline
or a date in brackets in a heading counts (see `find_article_date`).
"""

from __future__ import annotations

import functools
import re

from jan20 import lang
from jan20.text.dates import FUNCTION_WORDS, LABEL_WORDS, DateMention, date_line, find_dates, read_label, residue_words
from jan20.text.event import EVENT_YEAR, LAST_ARTICLE_YEAR

__all__ = [
    "TOC_RE",
    "dated_list",
    "find_article_date",
    "head_lines",
    "is_dated_headline",
    "labelled_date",
    "stamped_date",
    "weekday_date",
]

# An article about the event cannot be older than it (EVENT_YEAR, to LAST_ARTICLE_YEAR). Event-year dates in a
# head are mostly titles quoting the event, so they need stricter forms.
_HEAD_MAX_LINES = 10  # a head is a title, a byline, a date line or two and some page chrome, never more
_BODY_MIN_WORDS = 10
_LONG_LINE_WORDS = 25
_HEAD_LINE_CHARS = 1000  # a longer line is body text; reading it all would be slow on huge lines
_LEAD_CHARS = " \t#>*_•·|-–—"  # markdown headings, emphasis, quotes and bullets before a line's content
_TRAIL_CHARS = " \t\r\f\v*_\\|"  # closing emphasis and markdown hard breaks ("  ", "\\")
TOC_RE = re.compile(r"(?:\.{4,}|…+)\s*\d+$")  # "Title (20 January, 2004).....2": a table of contents entry
_SENTENCE_RE = re.compile(r"[.!?]['\"”’)]*(?:\s+\S|$)|[,;:]$")
_PLACE = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"  # one to three words, e.g. "New York"
_PLACE_RE = re.compile(rf"^(?P<place>{_PLACE}(?:\s*,\s*{_PLACE})?)\s*,\s*")
_AFTER_DATELINE_RE = re.compile(r"\s*(?:[(/\[—–:.,|-]|$)")


_WEEKDAY_FIRST = re.compile(rf"(?:{'|'.join(lang.alternatives('dates.weekdays'))})\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\w:])\d{1,2}:\d{2}(?!\d)")


def _year_ok(mention: DateMention, minimum: int) -> bool:
    return mention.year is not None and minimum <= mention.year <= LAST_ARTICLE_YEAR


def _dateline(text: str, mentions: list[DateMention]) -> DateMention | None:
    """A dateline "PLACE[, PLACE], <date>" then punctuation or an agency: "BAKU, Azerbaijan, January 20."."""
    match = _PLACE_RE.match(text)
    if match is None or not mentions or mentions[0].start != match.end():
        return None
    words = match.group("place").replace(",", " ").split()
    if any(not w[0].isupper() or w.lower() in FUNCTION_WORDS for w in words):
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
    read = read_label(residue_words(text[: first.start], []))
    return first if read is not None and len(read[1]) <= 2 else None


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


_LIST_SCAN_LINES = 2 * _HEAD_MAX_LINES  # the lines of a page's top where a list of other stories may stand
_HEADLINE_MAX_WORDS = 15
_LIST_MIN = 2  # dated headlines in a row: a list of other stories


def is_dated_headline(content: str) -> bool:
    """A headline with a full date before or after it and nothing else ("Flowers laid in Ganja - 19.01.2014",
    "18.01.2013 | Exhibition opened in Sheki"): an entry of a list of other stories."""
    # (Words counted only up to one past the most a headline has: a paragraph is not split into all its words.)
    if len(content.split(None, _HEADLINE_MAX_WORDS)) > _HEADLINE_MAX_WORDS or _SENTENCE_RE.search(content):
        return False
    mentions = find_dates(content)
    full = [m for m in mentions if m.date is not None]
    if len(full) != 1:
        return False
    date = full[0]
    words = residue_words(content, mentions)
    if len(words) < 2 or words[0].lower() in LABEL_WORDS:
        return False
    before = residue_words(content[: date.start], [])
    after = residue_words(content[date.end :], [])
    return not before or not after


def dated_list(text: str) -> frozenset[int]:
    """Offsets of the lines near the top of a text that are a list of other stories: at least two dated headlines
    in a row (blank lines aside). Their dates and titles are not the article's."""
    return _dated_list(text)


# An article's text is read for such a list twice, by its title's finder and by its date's (head_lines): the last
# few texts' lists are kept (a frozenset: callers share it). Measured 2026-12-06 on 10.7 MB of news-like text
# (synth.py), best of 5, twice: articles_from_document took 0.58-0.60 s of CPU rather than 0.61-0.62 s.
@functools.lru_cache(maxsize=4)
def _dated_list(text: str) -> frozenset[int]:
    runs: list[list[int]] = [[]]
    for number, line in enumerate(re.finditer(r"[^\n]+", text)):
        if number >= _LIST_SCAN_LINES:
            break
        content = line.group().strip(_LEAD_CHARS).rstrip(_TRAIL_CHARS)
        if not content.strip():
            continue
        if is_dated_headline(content):
            runs[-1].append(line.start())
        elif runs[-1]:
            runs.append([])
    return frozenset(offset for run in runs if len(run) >= _LIST_MIN for offset in run)


def head_lines(text: str) -> list[tuple[int, str, bool]]:
    """(offset, content, is_body) for the head's lines: markdown marks trimmed, blank/rule lines skipped.

    The head ends after ``_HEAD_MAX_LINES`` lines or at the first body-like line (the first paragraph),
    which is included so that a dateline opening the story is seen. Other stories' dated headlines
    (`dated_list`) are no part of it.
    """
    head: list[tuple[int, str, bool]] = []
    listed = dated_list(text)
    for line in re.finditer(r"[^\n]+", text):
        lead = len(line.group()) - len(line.group().lstrip(_LEAD_CHARS))
        content = line.group()[lead:].rstrip(_TRAIL_CHARS)
        if not any(ch.isalnum() for ch in content) or line.start() in listed:
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
    for offset, content, is_body in head_lines(text):
        if TOC_RE.search(content):
            continue
        mentions = find_dates(content)
        if not mentions:
            continue
        rules = (_dateline, _leading) if is_body else (date_line, _dateline, _parenthesised, _leading)
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


# A line that opens with a date line's label ("Published:", "Yayın Tarihi:", "Дата публикации:", "Tarix:"), wherever
# it stands in a page: below the lead, or at the foot after the story.
# A source's line with its date counts too ("Source: Azertac, 19.01.2018", "Mənbə: …").
_LINE_LABELS = LABEL_WORDS | lang.words("sources.label_words")
_LABEL_FIRST = re.compile(rf"(?:{lang.alternation(_LINE_LABELS)})(?!\w)", re.IGNORECASE)
# ... or one of its parts does ("Views: 311 | Tarix: 19-01-2023").
_LABEL_ANYWHERE = re.compile(rf"(?:^|[|•·]\s*)(?:{_LABEL_FIRST.pattern})", re.IGNORECASE)
_LABELLED_LINE_CHARS = 160  # a date line with its label, times and zones; a longer line is prose
_PARTS = re.compile(r"\s+[|•·]\s+")  # "Yayın Tarihi: 19.01.2023 | Güncelleme Tarihi: 20.01.2023"


def labelled_date(text: str) -> DateMention | None:
    """The date of the first labelled date line anywhere in the text, for an article whose head dates nothing:
    "Published: 20.01.2024 14:05" at its foot, "Yayın Tarihi: 20.01.2026 13:57 | Güncelleme Tarihi: …" below its
    lead (the first labelled part of a line of several). The line or its part must open with a label word (a bare
    date line in the story or among other stories' headlines is no article's date) and be a date line
    (`date_line`); dates of 1990 and before never count (a fact box's "Date: 20 January 1990" is the
    story's)."""
    for line in re.finditer(r"[^\n]+", text):
        lead = len(line.group()) - len(line.group().lstrip(_LEAD_CHARS))
        content = line.group()[lead:].rstrip(_TRAIL_CHARS)
        if len(content) > _LABELLED_LINE_CHARS or not _LABEL_ANYWHERE.search(content):
            continue
        offset = line.start() + lead
        for part in _PARTS.split(content):
            if not _LABEL_FIRST.match(part):
                continue
            mentions = find_dates(part)
            found = date_line(part, mentions) if mentions else None
            if found is not None and found.date is not None and _year_ok(found, EVENT_YEAR + 1):
                at = offset + content.index(part)
                return DateMention(found.year, found.month, found.day, found.start + at, found.end + at, found.text)
    return None


_STAMP_SCAN_LINES = 4 * _HEAD_MAX_LINES  # a site's menu may run to dozens of short lines above the story
# A view counter beside a date is a page's stamp as a time is ("20 ЯНВАРЬ 2021 Прочитано: 4149").
_COUNTER = lang.pattern("articles.counters", r"(?<!\w)(?:{})(?!\w)")
_CLOCK_ALONE = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)


def stamped_date(text: str) -> DateMention | None:
    """The date of a page's time stamp above its story, for an article whose head and labelled lines date nothing:
    a line that is a full date after 1990 and a clock time or a view counter, at most with a short rubric ("20 января
    2022 | 07:13", "Jan 20, 2022 • 7:13 AM", "07:13 - 20.01.2022", "20 ЯНВАРЬ 2021 Прочитано: 4149"), or a date
    line whose next line is its time alone ("• 20 Ocak 2022" then "• 10:45"), under a site's menu longer than a head.
    Only the lines before the first paragraph are read, other stories' dated headlines aside: a date with a time
    inside or after the story is no stamp of this page."""
    listed = dated_list(text)
    lines = []
    for number, line in enumerate(re.finditer(r"[^\n]+", text)):
        lead = len(line.group()) - len(line.group().lstrip(_LEAD_CHARS))
        content = line.group()[lead:].rstrip(_TRAIL_CHARS)
        if (
            number >= _STAMP_SCAN_LINES
            or len(content) > _LABELLED_LINE_CHARS
            or len(content.split()) >= _BODY_MIN_WORDS
        ):
            break  # the first paragraph: the story has begun
        if content.strip() and line.start() not in listed:
            lines.append((line.start() + lead, content))
    for at, (offset, content) in enumerate(lines):
        timed = (
            _CLOCK.search(content)
            or _COUNTER.search(content)
            or (at + 1 < len(lines) and _CLOCK_ALONE.fullmatch(lines[at + 1][1].strip()))
        )
        mentions = find_dates(content) if timed else []
        found = date_line(content, mentions) if mentions else None
        if found is not None and found.date is not None and _year_ok(found, EVENT_YEAR + 1):
            return DateMention(found.year, found.month, found.day, found.start + offset, found.end + offset, found.text)
    return None


_WEEKDAY_READ = 20_000  # characters of a text read for a weekday's date: a page's top, however run together


def weekday_date(text: str) -> DateMention | None:
    """The first full date after 1990 written with its weekday anywhere in the text's opening ("Thursday, January 18,
    2007", "Çərşənbə, 21 yanvar 2026"), for an article nothing else dates: the form of a newspaper's date line, which
    a scanned page or two columns run together may bury in the middle of a paragraph. A story's time of 1990 is
    never so written in the head of a later report, and never counts."""
    for mention in find_dates(text[:_WEEKDAY_READ]):
        if mention.date is not None and _year_ok(mention, EVENT_YEAR + 1) and _WEEKDAY_FIRST.match(mention.text):
            return mention
    return None
