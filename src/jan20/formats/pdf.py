"""PDF reports: the text of every page (pypdfium2, PDFium's text layer), as paragraphs.

A PDF has lines, not paragraphs: the lines of a paragraph are joined (across a page break too, so a sentence
broken there is still one sentence for the extractors), a word hyphenated at a line's end is whole again, and a
running header or footer (a line repeated at the top or bottom of most pages, page numbers counted as one) is
left out. Encrypted, damaged and scanned (no text layer) files are skipped with that reason.
"""

from __future__ import annotations

import re
from collections import Counter

from ..corpus import NotText

_EDGE_LINES = 2  # lines at the top and at the bottom of a page where running headers and footers are looked for
_HYPHENS = ("-", "\u00ad", "\u2010", "\x02")  # PDFium writes a soft hyphen at a line's end as \x02
_DIGITS = re.compile(r"\d+")
# A line at most this share of the text's usual line length ends its paragraph (a full line runs on).
_SHORT_LINE = 0.8


def pdf_text(data: bytes) -> str:
    """The text of a PDF file, as paragraphs separated by blank lines; NotText for a file that has none."""
    return join_pages(_page_lines(data))


def _page_lines(data: bytes) -> list[list[str]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise NotText("encrypted PDF") from exc
        raise NotText(f"damaged PDF: {exc}") from exc
    pages: list[list[str]] = []
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_bounded()
            finally:
                textpage.close()
                page.close()
            pages.append([" ".join(line.split()) for line in text.splitlines()])
    finally:
        document.close()
    if not any(line for lines in pages for line in lines):
        raise NotText("PDF without a text layer (scanned?)")
    return pages


def join_pages(pages: list[list[str]]) -> str:
    """Pages of lines as paragraphs: running headers and footers left out, lines of a paragraph joined."""
    lines = [line for page in _without_running_lines(pages) for line in page]
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
    return "\n\n".join(paragraph.replace("\x02", "") for paragraph in out)


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without the lines that repeat at their top or bottom on most of them (digits counted alike)."""
    if len(pages) < 2:
        return pages
    edges = [_edges(page) for page in pages]
    counts = Counter(
        key for page, page_edges in zip(pages, edges, strict=True) for key in {_key(page[i]) for i in page_edges}
    )
    repeated = {key for key, count in counts.items() if key and count >= max(2, len(pages) * 0.6)}
    return [
        [line for i, line in enumerate(page) if i not in page_edges or _key(line) not in repeated]
        for page, page_edges in zip(pages, edges, strict=True)
    ]


def _edges(page: list[str]) -> set[int]:
    """The positions of a page's first and last few non-blank lines."""
    filled = [i for i, line in enumerate(page) if line]
    return {*filled[:_EDGE_LINES], *filled[-_EDGE_LINES:]}


def _key(line: str) -> str:
    return _DIGITS.sub("#", line).casefold()
