"""Saved web pages: the article's main text (trafilatura), without the site's navigation, scripts, styles,
cookie notices, "read more" asides and footers, and what the page declares about itself (title, publication
date, site name, canonical URL: its meta tags and JSON-LD), which ranks below the catalog.
"""

from __future__ import annotations

import codecs
import logging
import re
import warnings
from typing import Any

from jan20.reading.corpus import DecodedText, NotText, declared_encoding, decode
from jan20.reading.formats.records import Declared, Extracted, iso_date

_PAGE_START = re.compile(r"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>|<body[\s>]", re.IGNORECASE)
_HEAD_SCAN = 256 * 1024  # how far a page's head is looked at for its charset
_XML_CHARSET = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")
# Trafilatura's own elements for a page's main text, and how each becomes text jan20 splits and indexes.
_HEADING = "head"
_LIST = "list"
_TABLE = "table"
# A character reference to a C0 control but tab, line feed and carriage return (which lxml takes), as a browser reads
# it: decimal 1-8, 11, 12, 14-31, or hexadecimal 1-8, B, C, E, F, 10-1F, with any leading zeros and its ";" optional.
_CONTROL_REFERENCE = re.compile(
    r"&#(?:0*(?:1[124-9]|2[0-9]|3[01]|[1-8])(?![0-9])|[xX]0*(?:1[0-9a-fA-F]|[1-8bcefBCEF])(?![0-9a-fA-F]));?"
)
_LINE_BREAK = "lb"
_SOFT_HYPHEN = "\u00ad"
_INLINE = frozenset({"hi", "ref", "del"})  # formatting and links, inside a word's run
_BREAK = "\x00"  # where a line break stood, while the text is gathered (a NUL is never a page's text)


def looks_like_html(text: str) -> bool:
    """Whether a document's text is a web page (one saved as .txt): it opens with a doctype or <html>, after
    any comments (a browser's "saved from" line)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    while head.startswith("<!--") and (end := head.find("-->", 4)) >= 0:
        head = head[end + 3 :].lstrip()
    return _PAGE_START.match(head) is not None


def decode_page(data: bytes) -> DecodedText:
    """A page's text: in the charset it declares (a meta tag or XML declaration), else as any document."""
    # The whole <head> (a browser changes to the charset a meta tag declares wherever it meets it there): a page's
    # inline styles and scripts may come first, for tens of kilobytes.
    end = _HEAD_END.search(data, 0, _HEAD_SCAN)
    head = data[: max(end.start() if end is not None else _HEAD_SCAN, 4096)]
    found = _XML_CHARSET.match(head) or _CHARSET.search(head)
    unmarked = not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if found is not None and unmarked and (encoding := declared_encoding(found.group(1))) is not None:
        return _as_declared(data, encoding)
    return decode(data)


def _as_declared(data: bytes, encoding: str) -> DecodedText:
    """A page in the charset it declares; when its bytes are not in that charset (a page saved in cp1251 under a
    meta tag saying utf-8: every Cyrillic letter was U+FFFD, in silence), as the detector reads it, said."""
    try:
        return DecodedText(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        detected = decode(data)
    if detected.encoding == "utf-8" and detected.warning is not None:  # no charset fits: the declared one holds
        return DecodedText(data.decode(encoding, errors="replace"), encoding, "undecodable bytes replaced")
    return DecodedText(
        detected.text, detected.encoding, f"declared {encoding}, but is not; decoded as {detected.encoding}"
    )


def read_page(data: bytes, decoded: DecodedText) -> Extracted:
    """The main text of a page and its declared metadata; NotText when it has no article text."""
    try:
        import trafilatura

        _quiet()
        with warnings.catch_warnings():  # lxml's FutureWarnings about trafilatura's code are not the user's business
            warnings.simplefilter("ignore")
            document = trafilatura.bare_extraction(
                _without_control_references(_without_xml_declaration(decoded.text)),
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_formatting=False,
                # Only the dates a page declares (meta tags, JSON-LD, its URL), not dates guessed from its text.
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except Exception as exc:  # lxml or trafilatura on a damaged page
        raise NotText(f"damaged HTML page: {type(exc).__name__}") from exc
    body = getattr(document, "body", None)
    text = "\n\n".join(block for block in (_block(element) for element in body) if block) if body is not None else ""
    if not text.strip():
        raise NotText("no article text found in the web page")
    return Extracted(data, text, decoded.encoding, decoded.warning, _declared(document))


def _quiet() -> None:
    """The libraries' log messages about a page (a discarded element, a date not found) stay out of jan20's output."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
            logger.propagate = False


def _without_xml_declaration(text: str) -> str:
    """lxml refuses a str that carries an XML encoding declaration (the text is already decoded)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<?xml"):
        return stripped[stripped.find("?>") + 2 :]
    return text


def _without_control_references(text: str) -> str:
    """A page's character references to control characters ("&#12;", "&#x1B;", left by a CMS) as spaces: lxml
    refuses them, and trafilatura then found no text in the whole page."""
    return _CONTROL_REFERENCE.sub(" ", text) if "&#" in text else text


def _block(element: Any) -> str:
    """One block of trafilatura's main-text tree as text: a heading as a Markdown heading (so a page that
    compiles several dated reports splits like a Markdown file), a list as items, a table as rows of cells."""
    tag = element.tag
    if tag == _LIST:
        return "\n".join(f"- {_flat(item)}" for item in element if _flat(item))
    if tag == _TABLE:
        rows = [[_flat(cell) for cell in row] for row in element]
        return "\n".join("| " + " | ".join(cells) + " |" for cells in rows if any(cells))
    if tag == _HEADING:
        text = _flat(element)
        return f"## {text}" if text else ""
    return _flat(element, lines=True)


def _flat(element: Any, lines: bool = False) -> str:
    """An element's text on one line (or, with lines, a line per line break the page wrote: a <br> list, and a
    paragraph where it wrote two in a row, as an old site's text in one block does); its inner elements (a table
    cell's paragraphs) and line breaks part words, never glue them together."""
    pieces: list[str] = []
    _pieces(element, pieces)
    # A soft hyphen (&shy;) is where a browser may break a long word, unseen otherwise: the word is whole without it.
    text = "".join(pieces).replace(_SOFT_HYPHEN, "")
    if not lines:
        return " ".join(text.replace(_BREAK, " ").split())
    out: list[str] = []
    blank = False
    for line in (" ".join(line.split()) for line in text.split(_BREAK)):
        if not line:
            blank = bool(out)
            continue
        out.append(("\n\n" if blank else "\n") + line if out else line)
        blank = False
    return "".join(out)


def _pieces(element: Any, pieces: list[str]) -> None:
    pieces.append(element.text or "")
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction: its tail only
            pieces.append(child.tail or "")
            continue
        parts = child.tag not in _INLINE
        pieces.append(_BREAK if child.tag == _LINE_BREAK else " " if parts else "")
        _pieces(child, pieces)
        pieces.append(" " if parts else "")
        pieces.append(child.tail or "")


def _declared(document: Any) -> Declared | None:
    declared = Declared(
        "page",
        title=_clean(document.title),
        date=iso_date(document.date) if isinstance(document.date, str) else None,
        source=_clean(document.sitename),
        url=_clean(document.url),
    )
    return declared if declared != Declared("page") else None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
