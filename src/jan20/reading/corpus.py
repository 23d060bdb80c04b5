"""Reading an archive's documents: their text decoded sensibly (which files they are: `documents`)."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jan20.reading.documents import MAX_BYTES, open_for_reading, os_reason

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatches


class SourceFile(NamedTuple):
    """A document file found in the corpus folder.

    A named tuple rather than a dataclass: a large archive is scanned on every command, and a tuple is
    made several times faster (tens of milliseconds over 100,000 files)."""

    path: str  # relative to the corpus folder, with forward slashes
    full: str  # the path to open, as the operating system spells it
    size: int
    mtime_ns: int
    # A second sign of change beside the modification time, which a program may set back (`touch -r`, an editor or
    # a copy that keeps times): the inode's change time on POSIX, which no program can set; on Windows, where
    # st_ctime is the creation time, the file's id, which a save that replaces the file changes (see walk).
    changed: int = 0

    @property
    def abspath(self) -> Path:
        return Path(self.full)

    @property
    def stored_mtime_ns(self) -> int:
        """The modification time as the index stores it: SQLite's integers end in the year 2262, and a file may be
        dated later (`touch -d 2300-01-01`); such a time is kept as the largest one, and the file's content hash
        then tells whether it changed."""
        return min(self.mtime_ns, _LAST_STORED_TIME)

    @property
    def time_is_exact(self) -> bool:
        return self.mtime_ns < _LAST_STORED_TIME


_LAST_STORED_TIME = 2**63 - 1


# Records used only inside jan20 are named tuples: every command makes or defines them, and a frozen dataclass
# costs several times more to define (a third of a millisecond each, on start-up).
class Skipped(NamedTuple):
    """A file that was not indexed, and why."""

    path: str
    reason: str


class DecodedText(NamedTuple):
    text: str
    encoding: str
    warning: str | None = None


class NotText(Exception):
    """The file is not a text document (binary, unreadable, too large)."""


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file at path, or NotText with a one-line reason.

    Opened without following a link (the walk hands over a link's target, checked to be inside the folder) and
    without blocking (a FIFO or a device put in a document's place is refused, never read), and never more than
    limit bytes read: a file that grew past it is refused rather than filling memory."""
    try:
        fd = open_for_reading(path)
    except OSError as exc:
        raise NotText(f"cannot read: {os_reason(exc)}") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotText("not a regular file")
        if st.st_size > limit:
            raise NotText(f"larger than {limit // (1024 * 1024)} MB")
        chunks = []
        left = limit + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise NotText(f"cannot read: {os_reason(exc)}") from exc
    finally:
        os.close(fd)
    if left <= 0:
        raise NotText(f"larger than {limit // (1024 * 1024)} MB")
    return b"".join(chunks)


def decode(data: bytes) -> DecodedText:
    """Decode a document: UTF-8 (with or without BOM), UTF-16/32 with BOM, else detected; binary is refused."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return DecodedText(data.decode(name, errors="replace"), name)
    if _looks_binary(data):
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise NotText("binary file")
        return DecodedText(data.decode(utf16, errors="replace"), utf16, f"no byte-order mark; decoded as {utf16}")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(found.group(1)) if (found := _DECLARED.search(data, 0, _DECLARED_SCAN)) else None
    if declared is not None:  # (a saved page's text with its header or meta line: its bytes in that charset win)
        try:
            return DecodedText(data.decode(declared), declared, f"not UTF-8; decoded as {declared}, as it declares")
        except UnicodeDecodeError:
            pass  # not in the charset it names: detected, as any other
    from charset_normalizer import from_bytes

    encoding = _detect(from_bytes(data[:1_000_000]))
    if encoding is None:
        return DecodedText(data.decode("utf-8", errors="replace"), "utf-8", "not UTF-8; undecodable bytes replaced")
    return DecodedText(data.decode(encoding, errors="replace"), encoding, f"not UTF-8; decoded as {encoding}")


# A charset a text declares near its top: a page's meta line (`<meta charset="koi8-r">`, `content="text/html;
# charset=windows-1251"`) or a header saved with it (`Content-Type: text/plain; charset=koi8-r`).
_DECLARED = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_DECLARED_SCAN = 4096  # how far a text's head is looked at for it


def declared_encoding(name: bytes) -> str | None:
    """The codec a declared charset names ("windows-1251": "cp1251"), when it is a text encoding a declaration can
    be trusted for: not UTF-16 or UTF-32 (a page converted since it was saved, its declaration left), nor a codec that
    is no text encoding (zlib, base64, idna); else None."""
    try:
        info = codecs.lookup(name.decode("ascii").lower())
    except (LookupError, UnicodeError, ValueError):
        return None
    if info.name in ("utf-16-le", "utf-16-be", "utf-16", "utf-32") or not info._is_text_encoding:
        return None
    return info.name


# The legacy encodings documents of this archive come in, most likely first. On a short text several code pages
# fit equally well, and the detector may pick a rare one (Latin-1 "Café" read as Baltic cp775, cp1251 "Баку" as
# Ukrainian DOS cp1125): then a usual one that fits as well wins.
_USUAL_ENCODINGS = ("cp1252", "cp1251", "koi8_r", "cp1254", "iso8859_9", "cp1250", "latin_1", "iso8859_5", "cp866")


def _detect(results: CharsetMatches) -> str | None:
    """The encoding to read a non-UTF-8 document with: the detector's best, unless it is a rare code page and a
    usual one fits as well."""
    best = results.best()
    if best is None or best.encoding is None:
        return None
    if best.encoding in _USUAL_ENCODINGS:
        return str(best.encoding)
    tied = [match.encoding for match in results if match.chaos <= best.chaos]
    usual = [name for name in _USUAL_ENCODINGS if name in tied]
    return usual[0] if usual else str(best.encoding)


# Every byte except the C0 controls that do not occur in text (tab, newline, form feed, CR and ESC do).
_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\x0c\r\x1b"


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text saved without its byte-order mark (an export's "Unicode" text:
    it was refused as a binary file), else None. Its NULs (the high bytes of Latin letters, digits and spaces) are
    all at odd offsets, or all at even ones, and the detector reads it as UTF-16 too."""
    head = data[:8192]
    if len(data) % 2 or not head:
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if (odd and even) or not (odd or even):
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    wanted = "utf_16_le" if odd else "utf_16_be"
    return wanted.replace("_", "-") if best is not None and best.encoding == wanted else None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NOT_CONTROL))  # counted in C: what is left are control bytes
    return bool(head) and controls / len(head) > 0.1


def read_document(path: Path) -> tuple[bytes, DecodedText]:
    """Read and decode one document file; NotText when it cannot be a text document."""
    data = read_bytes(path)
    decoded = decode(data)
    if not decoded.text.strip():
        raise NotText("empty file")
    return data, decoded
