"""PDF reports: the text of every page (pypdfium2, PDFium's text layer), as paragraphs.

A PDF has lines, not paragraphs: the lines of a paragraph are joined (across a page break too, so a sentence
broken there is still one sentence for the extractors), a word hyphenated at a line's end is whole again, and a
running header or footer (a line repeated at the top or bottom of most pages, page numbers counted as one) is
left out. Encrypted, damaged and scanned (no text layer) files are skipped with that reason.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from jan20.reading.corpus import NotText

T = TypeVar("T")
_EDGE_LINES = 2  # lines at the top and at the bottom of a page where running headers and footers are looked for
# PDFium marks a hyphen it found at a line's end as \ufffe (\x02 in bounded text), and may join the lines itself.
_MARKS = ("\ufffe", "\x02")
_HYPHENS = ("-", "\u00ad", "\u2010", *_MARKS)
_DIGITS = re.compile(r"\d+")
# A line at most this share of the text's usual line length ends its paragraph (a full line runs on).
_SHORT_LINE = 0.8
# A space between two lines this many times the usual line spacing ends a paragraph.
_PARAGRAPH_GAP = 1.3


def pdf_text(data: bytes) -> str:
    """The text of a PDF file, as paragraphs separated by blank lines; NotText for a file that has none."""
    return join_pages(_with_gaps(without_running_lines(_page_lines(data), _text_of)))


def _page_lines(data: bytes) -> list[list[_Line]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise NotText("encrypted PDF") from exc
        raise NotText(f"damaged PDF: {exc}") from exc
    pages: list[list[_Line]] = []
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            try:
                pages.append(_lines(textpage))
            finally:
                textpage.close()
                page.close()
    finally:
        document.close()
    if not any(line.text for lines in pages for line in lines):
        raise NotText("PDF without a text layer (scanned?)")
    return pages


class _Line(NamedTuple):
    text: str
    top: float  # PDF coordinates: y grows up the page
    bottom: float


def _lines(textpage: Any) -> list[_Line]:
    """A page's lines, in PDFium's reading order, each with where it stands: the box its font gives its first
    character (the page's text counts PDFium's characters one to one, its line breaks included)."""
    count = textpage.count_chars()
    lines: list[_Line] = []
    offset = 0
    for raw in textpage.get_text_range().splitlines(keepends=True):
        text = " ".join(raw.split())
        if text:
            first = min(offset + len(raw) - len(raw.lstrip()), count - 1)
            _, bottom, _, top = textpage.get_charbox(first, loose=True)
            lines.append(_Line(text, top, bottom))
        offset += len(raw)
    return lines


def _with_gaps(pages: list[list[_Line]]) -> list[list[str]]:
    """Pages as lines of text, with a blank line where the space between two lines is wider than the text's usual
    line spacing (a paragraph break that a short last line would not show), or where the text moves up the page
    (a new column)."""
    steps = [above.top - below.top for page in pages for above, below in itertools.pairwise(page)]
    usual = statistics.median([step for step in steps if step > 0] or [0])
    out: list[list[str]] = []
    for page in pages:
        texts: list[str] = []
        for number, line in enumerate(page):
            step = page[number - 1].top - line.top if number else 0
            if number and (step > usual * _PARAGRAPH_GAP or step < 0):
                texts.append("")
            texts.append(line.text)
        out.append(texts)
    return out


def join_pages(pages: list[list[str]]) -> str:
    """Pages of lines as paragraphs (a blank line: a paragraph break): the lines of a paragraph joined."""
    lines = [line for page in pages for line in page]
    lengths = sorted(len(line) for line in lines if line)
    usual = lengths[int(len(lengths) * 0.9)] if lengths else 0
    out: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                out.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif current.endswith(_HYPHENS) and len(current) > 1 and current[-2].isalpha() and line[0].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        if len(line) <= usual * _SHORT_LINE and not line.endswith(_HYPHENS):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    text = "\n\n".join(out)
    for mark in _MARKS:
        text = text.replace(mark, "")
    return text


def without_running_lines(pages: list[list[T]], text: Callable[[T], str]) -> list[list[T]]:
    """Pages without the lines that repeat at their top or bottom on most of them (digits counted alike)."""
    if len(pages) < 2:
        return pages
    edges = [_edges([text(line) for line in page]) for page in pages]
    counts = Counter(
        key for page, page_edges in zip(pages, edges, strict=True) for key in {_key(text(page[i])) for i in page_edges}
    )
    repeated = {key for key, count in counts.items() if key and count >= max(2, len(pages) * 0.6)}
    return [
        [line for i, line in enumerate(page) if i not in page_edges or _key(text(line)) not in repeated]
        for page, page_edges in zip(pages, edges, strict=True)
    ]


def _text_of(line: _Line) -> str:
    return line.text


def _edges(page: list[str]) -> set[int]:
    """The positions of a page's first and last few non-blank lines."""
    filled = [i for i, line in enumerate(page) if line]
    return {*filled[:_EDGE_LINES], *filled[-_EDGE_LINES:]}


def _key(line: str) -> str:
    return _DIGITS.sub("#", line).casefold()
