"""The one line a command prints on a terminal when its refresh left files unread, grouped by why."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jan20.archive.indexreport import IndexReport

# Skipped on purpose, not a file the user expected to be read.
_NOT_DOCUMENT = "the folder's README or licence, not a document"


def not_read_summary(report: IndexReport) -> str | None:
    """'3 files not read: 2 .rtf, 1 encrypted PDF; `jan20 index` lists them', or None when every file was read."""
    kinds = Counter(_kind(item.reason or "") for item in report.files if item.status == "skipped")
    kinds.pop(None, None)
    total = sum(kinds.values())
    if not total:
        return None
    parts = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items(), key=lambda kc: (-kc[1], kc[0])))
    files = "file" if total == 1 else "files"
    return f"{total} {files} not read: {parts}; `jan20 index` lists them"


def _kind(reason: str) -> str | None:
    """A skip reason in a few words: "unsupported format (.rtf)" is ".rtf", "damaged PDF: …" is "damaged PDF"."""
    if reason == _NOT_DOCUMENT:
        return None
    if reason.startswith("unsupported format (") and reason.endswith(")"):
        return reason[len("unsupported format (") : -1]
    # (and "symbolic link to a folder, not followed" is "symbolic link to a folder": the kinds are joined by commas)
    return reason.split(":", 1)[0].split(" (", 1)[0].split(", ", 1)[0].strip() or "unreadable"
