"""Reading an archive folder: which files are documents, and their text decoded sensibly."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatches

DOCUMENT_SUFFIXES = frozenset({".txt", ".md"})
CATALOG_NAME = "catalog.toml"
# A folder's own README describes the archive; it is not one of its documents.
NOT_DOCUMENTS = frozenset({"readme.md", "readme.txt", "license.txt", "license.md"})
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class SourceFile:
    """A document file found in the corpus folder."""

    path: str  # relative to the corpus folder, with forward slashes
    abspath: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Skipped:
    """A file that was not indexed, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warning: str | None = None


class NotText(Exception):
    """The file is not a text document (binary, unreadable, too large)."""


def scan(root: Path) -> tuple[list[SourceFile], list[Skipped]]:
    """Find the documents under root (.txt and .md, recursively, hidden entries left out).

    Symbolic links to files are followed only when they point inside root, so a link loop or a link to
    elsewhere on the disk never pulls outside text into the archive; links to folders are not followed.
    Folders that cannot be read and folder links are reported as skipped, like files.
    """
    root = root.resolve()
    found: list[SourceFile] = []
    skipped: list[Skipped] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename or root)
        rel = _text_path(where.relative_to(root).as_posix() if where.is_relative_to(root) else str(where))
        skipped.append(Skipped(rel, f"cannot read folder: {_os_reason(exc)}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in dirnames:
            if os.path.islink(os.path.join(dirpath, name)):
                rel = _text_path((Path(dirpath) / name).relative_to(root).as_posix())
                skipped.append(Skipped(rel, "symbolic link to a folder, not followed"))
        # Plain strings and one lstat per file: a large archive is scanned on every command.
        rel_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
        for name in sorted(filenames):
            dot = name.rfind(".")
            if name.startswith(".") or dot <= 0 or name[dot:].lower() not in DOCUMENT_SUFFIXES:
                continue
            full = os.path.join(dirpath, name)
            rel = _text_path(name if rel_dir == "." else f"{rel_dir}/{name}")
            if name.lower() in NOT_DOCUMENTS:
                skipped.append(Skipped(rel, "the folder's README or licence, not a document"))
                continue
            entry = _stat_document(full, root, rel, skipped)
            if entry is not None:
                found.append(entry)
    found.sort(key=lambda item: item.path)
    skipped.sort(key=lambda item: item.path)
    return found, skipped


def _text_path(path: str) -> str:
    """A path as text that can be stored and shown: bytes of a name that is not UTF-8 (an archive unpacked from
    another system) appear as \\xNN escapes; the file itself is still read through its real path."""
    if path.isascii():
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _stat_document(full_name: str, root: Path, rel: str, skipped: list[Skipped]) -> SourceFile | None:
    full = Path(full_name)
    try:
        st = os.lstat(full_name)
        if stat.S_ISLNK(st.st_mode):
            target = full.resolve(strict=True)
            if not target.is_relative_to(root):
                skipped.append(Skipped(rel, "symbolic link to outside the corpus folder"))
                return None
            st = os.stat(full_name)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
        skipped.append(Skipped(rel, f"cannot read: {_os_reason(exc)}"))
        return None
    if not stat.S_ISREG(st.st_mode):
        skipped.append(Skipped(rel, "not a regular file"))
        return None
    if st.st_size > MAX_BYTES:
        skipped.append(Skipped(rel, f"larger than {MAX_BYTES // (1024 * 1024)} MB"))
        return None
    return SourceFile(rel, full, st.st_size, st.st_mtime_ns)


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or NotText with a one-line reason."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise NotText(f"cannot read: {_os_reason(exc)}") from exc


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
        raise NotText("binary file")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    encoding = _detect(from_bytes(data[:1_000_000]))
    if encoding is None:
        return DecodedText(data.decode("utf-8", errors="replace"), "utf-8", "not UTF-8; undecodable bytes replaced")
    return DecodedText(data.decode(encoding, errors="replace"), encoding, f"not UTF-8; decoded as {encoding}")


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
