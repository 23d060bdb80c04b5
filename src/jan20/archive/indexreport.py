"""What bringing the index up to date did: a status for each file, and the report of one refresh."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jan20.records import Row

Progress = Callable[[int, int], None]  # called with (files done, files in all) during a build


@dataclass(frozen=True)
class FileStatus(Row):
    """What a refresh did with one file."""

    path: str
    status: str  # added | changed | unchanged | removed | skipped
    articles: int
    reason: str | None = None


@dataclass(frozen=True)
class IndexReport:
    """The outcome of bringing the index up to date."""

    index: str
    corpus: str
    rebuilt: bool
    files: tuple[FileStatus, ...]
    notes: tuple[str, ...] = ()

    def count(self, status: str) -> int:
        return sum(1 for item in self.files if item.status == status)
