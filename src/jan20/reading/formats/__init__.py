"""Reading documents of every format jan20 knows: plain text and Markdown (with front matter), saved web pages,
PDF reports and Word files, each to the text its articles are split from and the metadata the file declares.

One module per format; each loads its library only when a file of its format is read, so a lookup never pays
for them. A reader's failure on a damaged file is a reason to skip that file (NotText), never a failed build.
"""

from __future__ import annotations

from pathlib import Path

from jan20.reading.corpus import NotText, read_bytes, read_document
from jan20.reading.formats.records import Declared, Extracted, iso_date, merge_declared
from jan20.reading.formats.unpacked import MAX_PAGE_BYTES, check_unpacked_size

__all__ = ["Declared", "Extracted", "iso_date", "merge_declared", "read_file"]

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
WORD_SUFFIXES = (".docx",)


def read_file(path: Path, name: str) -> Extracted:
    """Read one document (name: its path in the archive, whose ending says its format); NotText to skip it."""
    suffix = Path(name).suffix.lower()
    if suffix in WORD_SUFFIXES and Path(name).name.startswith("~$"):
        raise NotText("Word's lock file for a document open in Word, not a document")
    if suffix in PDF_SUFFIXES or suffix in WORD_SUFFIXES:
        data = _not_empty(read_bytes(path))
        label = "PDF" if suffix in PDF_SUFFIXES else "Word file"
        check_unpacked_size(data, label)  # a few MB that unpack to gigabytes (a "bomb") are skipped unread
        try:
            if suffix in PDF_SUFFIXES:
                from jan20.reading.formats.pdf import pdf_text

                text = pdf_text(data)
            else:
                from jan20.reading.formats.docx import docx_text

                text = docx_text(data)
        except NotText:
            raise
        except Exception as exc:  # a library's error on a damaged file: skip the file with the reason
            raise NotText(f"damaged {label}: {_short(exc)}") from exc
        return _checked(Extracted(data, text, suffix.lstrip(".")))
    if suffix in HTML_SUFFIXES:
        from jan20.reading.formats.html import decode_page, read_page

        data = _not_empty(read_bytes(path, MAX_PAGE_BYTES))
        return _checked(read_page(data, decode_page(data)))
    data, decoded = read_document(path)
    from jan20.reading.formats.html import looks_like_html

    if looks_like_html(decoded.text):  # a page saved as .txt: read as a page, in the charset its head declares
        from jan20.reading.formats.html import decode_page, read_page

        if len(data) > MAX_PAGE_BYTES:
            raise NotText(f"a web page larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")

        return _checked(read_page(data, decode_page(data)))
    if suffix in MARKDOWN_SUFFIXES and decoded.text.lstrip("\ufeff").startswith(("---", "+++")):
        from jan20.reading.formats.frontmatter import split_front_matter

        text, declared, warning = split_front_matter(decoded.text)
        return _checked(Extracted(data, text, decoded.encoding, _joined(decoded.warning, warning), declared))
    return Extracted(data, decoded.text, decoded.encoding, decoded.warning)


def _not_empty(data: bytes) -> bytes:
    if not data.strip():
        raise NotText("empty file")
    return data


def _checked(extracted: Extracted) -> Extracted:
    if not extracted.text.strip():
        raise NotText("no text found")
    return extracted


def _joined(*warnings: str | None) -> str | None:
    return "; ".join(w for w in warnings if w) or None


def _short(exc: BaseException) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= 100 else message[:99] + "…"
