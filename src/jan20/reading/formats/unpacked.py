"""Bounds on what a small file may become when it is read: Word files are zip archives and PDF streams are
compressed, so a file of a few megabytes can unpack to gigabytes (a "bomb") and take the machine's memory with
it. Such a file is skipped, with the reason, before its library opens it. A saved web page is bounded too: the
main-text extractor's time grows fast with a page's size, and real news pages are far smaller."""

from __future__ import annotations

import re
import zlib

from jan20.reading.corpus import NotText
from jan20.reading.documents import MAX_BYTES

# What the parts of a Word file, or one stream of a PDF, may unpack to: a document's own limit.
MAX_UNPACKED_BYTES = MAX_BYTES
# A saved web page larger than this is skipped (news pages are a few hundred kilobytes; the extractor took minutes
# on a 60 MB page).
MAX_PAGE_BYTES = 10 * 1024 * 1024
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 64 * 1024


def check_unpacked_size(data: bytes, label: str) -> None:
    """NotText when the Word file's parts, or one of the PDF's compressed streams, unpack past the limit."""
    if label == "PDF":
        _check_pdf_streams(data)
    else:
        _check_zip(data)


def _check_zip(data: bytes) -> None:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: the reader says what it is
    if unpacked > MAX_UNPACKED_BYTES:
        raise NotText(f"Word file that unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB")


def _check_pdf_streams(data: bytes) -> None:
    """Unpack each stream that zlib can read, a piece at a time and never past the limit: each stream's own bytes
    are read once (a Flate stream knows where it ends), so the check is linear in the file's size."""
    view = memoryview(data)
    for found in _STREAM.finditer(data):
        inflater = zlib.decompressobj()
        position, unpacked = found.end(), 0
        try:
            while position < len(data) and not inflater.eof:
                piece = view[position : position + _CHUNK]
                position += len(piece)
                unpacked += len(inflater.decompress(piece, MAX_UNPACKED_BYTES + 1 - unpacked))
                if inflater.unconsumed_tail or unpacked > MAX_UNPACKED_BYTES:
                    raise NotText(
                        f"PDF with a stream that unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB"
                    )
        except zlib.error:
            continue  # not a Flate stream (an image, plain text): its library reads it
