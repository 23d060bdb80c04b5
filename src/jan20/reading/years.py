"""The year of an article that has no date of its own, read from its head.

An article's date comes only from a date line, dateline or dated heading (`heads.find_article_date`). Two
other things in a head state the year without a day:

* a cover line that is just a month and a year, or a short label and one ("MARCH 2001", "ИЮНЬ 1995",
  "OCAK 2017", "date 2021-01"): a report or paper dated to the month; so is a labelled ISO year and month
  opening a line that goes on ("date 2024-01 20 yanvar …");
* a lead that dates the commemoration it reports: a full date in the event's month after 1990 in the head's
  lines or its first paragraph ("The ambassador laid a wreath on January 20, 2022 …", "Plain note about the
  Alley of Martyrs, 20 January 2019."). It is not the article's date (a story's date need not be the day it
  was published), only its year, and only when nothing else states one (see `articles`).

A page may also end with its date alone in brackets, after the story ("(19.01.2023)"): `tail_year` reads its
year, for an article that states none otherwise; and so may the byline of a post embedded in it ("— Embassy of
Azerbaijan (@AzEmbassy) January 20, 2021"): `post_year` reads the year of such bylines dated in the event's month,
when they all agree.

Dates of 1990 (the story's) and before never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jan20.reading.heads import TOC_RE, head_lines
from jan20.text.dates import find_dates, read_label, residue_words
from jan20.text.event import EVENT_MONTH, EVENT_YEAR, LAST_ARTICLE_YEAR

__all__ = ["HeadYears", "head_years", "post_year", "tail_year"]

_MAX_LABEL_WORDS = 2
# A year and month written the ISO way ("2021-01"), which `find_dates` does not read (it is no full date).
_ISO_MONTH = re.compile(r"(?<![\w.:/-])(?P<year>1[89]\d\d|2[01]\d\d)-(?:0[1-9]|1[0-2])(?![\w.:/-])")


@dataclass(frozen=True)
class HeadYears:
    """The years a head states without dating the article: on a cover line, and in a lead."""

    cover: int | None
    lead: int | None


def _later(year: int | None) -> bool:
    return year is not None and EVENT_YEAR < year <= LAST_ARTICLE_YEAR


def _labelled_month(content: str) -> int | None:
    """The year of an ISO year and month opening a line after a label ("date 2024-01 Title …"), as a full date
    opens one (`heads`): the label makes it the page's date, whatever follows."""
    iso = _ISO_MONTH.search(content)
    if iso is None:
        return None
    before = residue_words(content[: iso.start()], [])
    read = read_label(before) if before else None
    year = int(iso.group("year"))
    return year if read is not None and read[0] and len(read[1]) <= _MAX_LABEL_WORDS and _later(year) else None


def _cover_year(content: str) -> int | None:
    """The year of a line that is only a month and a year, after at most a short label; or of a labelled ISO
    year and month opening a line."""
    labelled = _labelled_month(content)
    if labelled is not None:
        return labelled
    mentions = find_dates(content)
    year: int | None
    if not mentions:
        iso = _ISO_MONTH.search(content)
        if iso is None:
            return None
        year, words = int(iso.group("year")), residue_words(content[: iso.start()] + " " + content[iso.end() :], [])
    elif all(m.day is None for m in mentions) and len({m.year for m in mentions}) == 1:
        year, words = mentions[0].year, residue_words(content, mentions)
    else:
        return None
    read = read_label(words)
    return year if read is not None and _later(year) and len(read[1]) <= _MAX_LABEL_WORDS else None


def _lead_year(content: str) -> int | None:
    """The year of the first full date in the event's month after the event ("on January 20, 2022")."""
    for mention in find_dates(content):
        if mention.date is not None and mention.month == EVENT_MONTH and _later(mention.year):
            return mention.year
    return None


def head_years(text: str) -> HeadYears:
    """The cover-line year and the lead's year of an article's head (see the module docstring)."""
    cover: int | None = None
    lead: int | None = None
    for _, content, _ in head_lines(text):
        if TOC_RE.search(content):
            continue
        cover = cover or _cover_year(content)
        lead = lead or _lead_year(content)
    return HeadYears(cover, lead)


_TAIL_LINES = 3  # the last lines of a page that may hold its date in brackets (after a source's name)


def tail_year(text: str) -> int | None:
    """The year of a full date after the event that is alone in brackets on one of a page's last lines."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines[-_TAIL_LINES:]):
        if not (line.startswith("(") and line.endswith(")")):
            continue
        inner = line[1:-1].strip()
        mentions = find_dates(inner)
        if len(mentions) == 1 and mentions[0].date is not None and not residue_words(inner, mentions):
            return mentions[0].year if _later(mentions[0].year) else None
    return None


# The byline of an embedded post: a dash, its author, the author's handle in brackets, then the post's date.
_POST_BYLINE = re.compile(
    r"^[ \t]*(?:—|–|--?)[ \t]*[^\n()]{1,80}\(@\w{1,30}\)[ \t]*(?P<date>[^\n]{6,40}?)[ \t]*$", re.MULTILINE
)


def post_year(text: str) -> int | None:
    """The year of the embedded posts' bylines in the event's month after the event ("— Embassy of Azerbaijan
    (@AzEmbassy) January 20, 2021"), when each such byline is a date alone and they all name one year."""
    years: set[int] = set()
    for m in _POST_BYLINE.finditer(text):
        mentions = find_dates(m.group("date"))
        if len(mentions) != 1 or mentions[0].date is None or residue_words(m.group("date"), mentions):
            continue
        year = mentions[0].year
        if mentions[0].month == EVENT_MONTH and year is not None and _later(year):
            years.add(year)
    return years.pop() if len(years) == 1 else None
