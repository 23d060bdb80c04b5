"""Which files of an archive folder are its documents: names, endings and size."""

from __future__ import annotations

import os

# Text and Markdown, saved web pages, PDF and Word files (how each is read: the `formats` package).
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx"})
CATALOG_NAME = "catalog.toml"
# A folder's own README describes the archive; it is not one of its documents.
NOT_DOCUMENTS = frozenset({"readme.md", "readme.txt", "license.txt", "license.md", "readme.markdown"})
MAX_BYTES = 200 * 1024 * 1024
# Documents researchers keep that jan20 cannot read: reported as skipped, never ignored silently (other files,
# such as images, style sheets or scripts, are not documents and are passed over).
UNSUPPORTED_SUFFIXES = (".rtf", ".doc", ".odt", ".epub", ".pages", ".wpd", ".mht", ".mhtml", ".djvu", ".xps", ".ppt")


def unsupported(name: str) -> str | None:
    """The skip reason of a document jan20 does not read ("unsupported format (.rtf)"), else None."""
    lowered = name.lower()
    if not lowered.endswith(UNSUPPORTED_SUFFIXES):
        return None
    return f"unsupported format ({lowered[lowered.rfind('.') :]})"


def os_reason(exc: BaseException) -> str:
    """An operating-system error as a short lower-case reason ("permission denied")."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def text_path(path: str) -> str:
    r"""A path as text that can be stored and shown: bytes of a name that is not UTF-8 (an archive unpacked from
    another system) appear as \xNN escapes; the file itself is still read through its real path."""
    if path.isascii():
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")
