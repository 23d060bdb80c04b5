"""Which files of an archive folder are its documents: names, endings and size."""

from __future__ import annotations

import os

# Text and Markdown, saved web pages, PDF and Word files (how each is read: the `formats` package).
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx"})
CATALOG_NAME = "catalog.toml"
# A folder's own README describes the archive; it is not one of its documents.
NOT_DOCUMENTS = frozenset({"readme.md", "readme.txt", "license.txt", "license.md", "readme.markdown"})
# A document larger than this is skipped with that reason: reading one takes several times its size in memory
# (its text, its folded paragraphs, the full-text index's entries), and a larger one is rarely a document.
MAX_BYTES = 64 * 1024 * 1024
# Documents researchers keep that jan20 cannot read: reported as skipped, never ignored silently (other files,
# such as images, style sheets or scripts, are not documents and are passed over).
UNSUPPORTED_SUFFIXES = (".rtf", ".doc", ".odt", ".epub", ".pages", ".wpd", ".mht", ".mhtml", ".djvu", ".xps", ".ppt")


def unsupported(name: str) -> str | None:
    """The skip reason of a document jan20 does not read ("unsupported format (.rtf)"), else None."""
    lowered = name.lower()
    if not lowered.endswith(UNSUPPORTED_SUFFIXES):
        return None
    return f"unsupported format ({lowered[lowered.rfind('.') :]})"


# Reading never follows a link at the last step of a path, never blocks on a FIFO, and is binary on Windows.
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def open_for_reading(path: str | os.PathLike[str]) -> int:
    """A descriptor of path, read-only, opened without following a link there or waiting on a FIFO (OSError)."""
    return os.open(path, os.O_RDONLY | NO_FOLLOW)


def os_reason(exc: BaseException) -> str:
    """An operating-system error as a short lower-case reason ("permission denied")."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def text_path(path: str) -> str:
    r"""A path as text that can be stored and shown, one text for each name: bytes of a name that are not UTF-8
    (an archive unpacked from another system) appear as \xNN escapes, and so that no other name reads the same,
    a backslash in a name appears as \\ (Windows names have none). The file is still read through its real path.
    """
    if "\\" not in path or os.sep == "\\":  # (on Windows a backslash is only ever the separator)
        if path.isascii():
            return path
        try:
            path.encode("utf-8")
            return path
        except UnicodeEncodeError:  # bytes that were not UTF-8, kept by the file system's surrogate escapes
            pass
    return os.fsencode(path).replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")
