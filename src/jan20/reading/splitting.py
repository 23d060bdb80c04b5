"""Splitting a document into articles.

A compilation (several dated reports in one file) becomes one article per dated section; a table of
contents before the first section is not an article. Anything else stays one article.

A section starts at a heading block that carries a full date: a Markdown heading (`## …`), a block in
bold (`**…**`), or a short line that is mostly a date ("Politics 23:49 19.01.2024"). A file is a
compilation when it has at least two such headings with different dates.

Only headings that start reports split a file. Page chrome that is a date is not one:

* a byline under a title ("## Title", then "20 January 2026 11:05 (UTC+04:00)") dates the report its title
  starts: the section starts at the title;
* a site header above the first report ("Tuesday January 20 2026", then the site's menu) starts none: a date
  line at the top with no prose before the next dated heading is not a heading;
* a date line at a report's foot ("Published: 20.01.2024 14:05", "Yayın Tarihi: …", "Tarix: …") starts none: an
  unmarked dated line after the first heading with no sentence after it, before the next heading or the end; nor
  do other stories' dated headlines in a row (one-line dated headlines with no sentence between them).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from jan20 import lang
from jan20.reading.chrome import is_prose, tail_offset
from jan20.reading.heads import is_dated_headline
from jan20.text.dates import find_dates

_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_MAX_HEADING_CHARS = 400
_MAX_TITLE_CHARS = 200
_MIN_TITLE_WORDS = 3
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d(?!\d)")
# Between the days of "January 19-20, 1990" ("January 19 and 20"): a dash, or the words of `[dates] and`.
_RANGE_JOIN = re.compile(rf"\s*(?:[-–—]|{'|'.join(lang.alternatives('dates.and'))})\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    """A piece of a document that is one article."""

    start: int  # offset of the section in the document text
    end: int
    heading: str | None  # the heading block as written (None for a whole-document article)
    heading_date_text: str | None  # the date expression read from the heading
    heading_date: datetime.date | None = None  # its date (the last day of a range like "January 19-20, 2010")


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    text: str


def split_document(text: str) -> list[Section]:
    """The articles of a document, as sections of its text (one section covering it all if single)."""
    blocks = _blocks(text)
    headings: list[tuple[_Block, tuple[str, datetime.date]]] = []
    for number, block in enumerate(blocks):
        found = _heading_date(block.text)
        if found is None:
            continue
        title = blocks[number - 1] if number and not _marked(block.text) else None
        if title is not None and _is_title(title.text) and not (headings and headings[-1][0] is title):
            block = title  # a byline: the report starts at its title
        headings.append((block, found))
    cut = tail_offset(text)
    headings = [heading for heading in headings if heading[0].start < cut]  # other stories' headlines and dates
    while len(headings) > 1 and not _marked(headings[0][0].text):
        if _has_sentence(text[headings[0][0].end : headings[1][0].start]):
            break
        headings.pop(0)  # a site header: a date line above the first report, with only chrome after it
    headings = [
        heading
        for number, heading in enumerate(headings)
        if number == 0 or _marked(heading[0].text) or _starts_report(text, headings, number)
    ]
    if len({date_text for _, (date_text, _) in headings}) < 2:
        return [Section(0, len(text), None, None)]
    sections: list[Section] = []
    first = headings[0][0]
    preamble = text[: first.start]
    if _has_prose(preamble):
        sections.append(Section(0, first.start, None, None))
    for number, (block, (date_text, date)) in enumerate(headings):
        end = headings[number + 1][0].start if number + 1 < len(headings) else len(text)
        sections.append(Section(block.start, end, block.text, date_text, date))
    return sections


def _starts_report(text: str, headings: list[tuple[_Block, tuple[str, datetime.date]]], number: int) -> bool:
    """Whether an unmarked dated line after the first heading starts a report: a sentence follows it before the
    next heading (or the end), and it is not the second of dated headlines in a row. A date line with no sentence
    after it is the foot of the report before ("Published: 20.01.2024 14:05", "Yayın Tarihi: …", a site's footer
    date); one-line dated headlines in a row with no sentence between them are a list of other stories ("Flowers
    laid in Ganja - 19.01.2024", then "Exhibition opened in Sheki - 18.01.2024")."""
    block = headings[number][0]
    later = headings[number + 1][0] if number + 1 < len(headings) else None
    if not _has_sentence(text[block.end : later.start if later else len(text)]):
        return False
    before = headings[number - 1][0]
    return not (_listed(block) and _listed(before) and not _has_sentence(text[before.end : block.start]))


def _listed(block: _Block) -> bool:
    """A block that is one dated headline, as lists of other stories have them (`heads.is_dated_headline`)."""
    return "\n" not in block.text and is_dated_headline(block.text)


def _marked(block: str) -> bool:
    """A Markdown heading or a block in bold."""
    return block.startswith("#") or (block.lstrip("# ").startswith("**") and block.rstrip().endswith("**"))


def _is_title(block: str) -> bool:
    """A block that titles a report: an undated Markdown heading or bold block, or one short line of three
    words or more, capitalised, that is no sentence, list or menu."""
    if _YEAR.search(block) and _heading_date(block) is not None:
        return False
    if _marked(block):
        return True
    line = block.strip()
    return (
        "\n" not in line
        and len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) >= _MIN_TITLE_WORDS
        and not _LIST_ITEM.match(line)
        and line[:1].isupper()
        and not any(mark in line for mark in ":;|([")  # a contents line or a menu ("Contents: 2000 (Xinhua)")
        and not line.rstrip("*_»”\"'").endswith((".", "!", "?", ":", ";", ","))
    )


def heading_title(heading: str, date_text: str | None) -> str:
    """A heading block as a one-line title: Markdown marks, the date and its brackets removed."""
    title = heading
    if date_text:
        title = title.replace(date_text, " ")
    title = re.sub(r"^\s*#{1,6}\s*", "", title, flags=re.MULTILINE)
    title = title.replace("**", " ").replace("__", " ")
    title = re.sub(r"\(\s*[,.;]?\s*\)", " ", title)  # the brackets the date stood in
    title = re.sub(r"\s+", " ", title).strip(" -–—|:,")
    return title


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    position = 0
    for match in _BLOCK_SPLIT.finditer(text):
        _add_block(blocks, text, position, match.start())
        position = match.end()
    _add_block(blocks, text, position, len(text))
    return blocks


def _add_block(blocks: list[_Block], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + chunk.index(stripped[0])
        blocks.append(_Block(offset, offset + len(stripped), stripped))


def _heading_date(block: str) -> tuple[str, datetime.date] | None:
    """The date text of a heading block and its date, or None when the block is not a dated heading."""
    if len(block) > _MAX_HEADING_CHARS or _LIST_ITEM.match(block) or not _YEAR.search(block):
        return None  # (a full date has a four-digit year: without one, spare the slow date reading)
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    markdown = _marked(block)
    dates = [mention for mention in find_dates(block) if mention.date is not None]
    if not dates:
        return None
    mention = dates[-1]
    assert mention.date is not None
    start = mention.start
    before = [m for m in dates if m.end <= mention.start]
    # The second day of a range: "January 19-20, 2010" is one expression, read as a whole.
    if before and (before[-1].year, before[-1].month) == (mention.year, mention.month):
        start = before[-1].start if _RANGE_JOIN.fullmatch(block, before[-1].end, mention.start) else start
    date_text = block[start : mention.end]
    if markdown:
        return date_text, mention.date
    # An unmarked heading: a short block that is mostly its date ("Politics 23:49 19.01.2024").
    rest = (block[:start] + block[mention.end :]).strip()
    if len(lines) <= 2 and len(rest) <= 40 and not rest.endswith("."):
        return date_text, mention.date
    return None


def _has_prose(text: str) -> bool:
    """True when text holds running prose, not only a title and a table of contents."""
    for line in text.splitlines():
        line = line.strip()
        if _LIST_ITEM.match(line) or line.startswith("#"):
            continue
        if len(line) >= 120 and re.search(r"[.!?]", line):
            return True
    return False


def _has_sentence(text: str) -> bool:
    """True when text holds a sentence of some length (a report's text, not a site's menu)."""
    return any(is_prose(line) for line in text.splitlines()) or _has_prose(text)
