"""The index: an embedded SQLite file that is built on first use and refreshes itself.

A refresh compares each file's size and modification time with what the index recorded (cheap), then
its content hash, and re-reads only what changed. A full build is written to a temporary file beside the
index and moved into place atomically, so a reader sees the old index or the new, never half of one.
Writers take a lock file, so two builds at once do not interleave.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, schema
from .corpus import CATALOG_NAME, Skipped, SourceFile, scan
from .errors import CatalogError, Jan20Error
from .indexwriter import FileStatus, IndexWriter, Progress

if TYPE_CHECKING:
    from .catalog import Catalog


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


@dataclass
class Archive:
    """An open, up-to-date index of one corpus folder."""

    corpus: Path
    index_path: Path
    conn: sqlite3.Connection
    report: IndexReport
    warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.conn.close()


def open_archive(
    corpus: Path, index_path: Path, *, rebuild: bool = False, progress: Progress | None = None, strict: bool = False
) -> Archive:
    """Bring the index of corpus up to date (building it if needed) and open it for reading.

    A broken catalog is an error when strict, or when there is no usable index; otherwise the previous
    index is opened as it was, with a warning.
    """
    notes: list[str] = []
    try:
        report = refresh(corpus, index_path, rebuild=rebuild, progress=progress)
    except CatalogError as exc:
        if strict or _unusable(index_path, corpus.resolve()) is not None:
            raise
        report = _unchanged_report(index_path, corpus.resolve())
        notes.append(f"warning: {exc}; using the previous index")
    conn = _connect(index_path)
    return Archive(corpus, index_path, conn, report, [*report.notes, *notes])


def refresh(corpus: Path, index_path: Path, *, rebuild: bool = False, progress: Progress | None = None) -> IndexReport:
    """Make the index at index_path match the documents in corpus; report what was read and skipped."""
    corpus = corpus.resolve()
    if not corpus.is_dir():
        raise Jan20Error(f"corpus folder not found: {corpus}")
    files, skipped = scan(corpus)
    stamp = _catalog_stamp(corpus)
    notes: list[str] = []
    if not rebuild:
        reason = _unusable(index_path, corpus)
        if reason is None:
            if _is_fresh(index_path, files, stamp):
                return _unchanged_report(index_path, corpus)
        elif index_path.exists():
            notes.append(f"rebuilding the index: {reason}")
        rebuild = reason is not None
    from .catalog import load_catalog  # parsed only when something may have changed

    catalog = load_catalog(corpus, {f.path for f in files})
    index_path.parent.mkdir(parents=True, exist_ok=True)
    with _writer_lock(index_path):
        if rebuild:
            statuses = _build_fresh(corpus, index_path, files, skipped, catalog, stamp, progress)
        else:
            statuses = _update(corpus, index_path, files, skipped, catalog, stamp, progress)
    return IndexReport(_stored_path(index_path), _stored_path(corpus), rebuild, tuple(statuses), tuple(notes))


def _catalog_stamp(corpus: Path) -> str:
    """Size and modification time of the catalog file ("absent" without one): a cheap sign it changed."""
    try:
        st = (corpus / CATALOG_NAME).stat()
    except OSError:
        return "absent"
    return f"{st.st_size}:{st.st_mtime_ns}"


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _stored_path(path: Path) -> str:
    """A path as text SQLite and JSON can hold: bytes of a name that is not UTF-8 shown as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024


def _unusable(index_path: Path, corpus: Path) -> str | None:
    if not index_path.exists():
        return "no index yet"
    try:
        conn = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        return f"cannot open ({exc})"
    try:
        reason = schema.problem(conn)
        # Damaged pages inside a valid header: checked on every run while that is cheap (a small index);
        # a large one is checked only by `jan20 index --rebuild` building it anew.
        small = index_path.stat().st_size < QUICK_CHECK_MAX_BYTES
        if reason is None and small and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            reason = "index file is damaged"
        if reason is None:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('corpus', 'reader')").fetchall())
            if meta.get("corpus") != _stored_path(corpus):
                reason = "index was built for another corpus folder"
            elif meta.get("reader") != reader_fingerprint():
                reason = "jan20 was updated since the index was built"
        return reason
    except sqlite3.DatabaseError as exc:
        return f"index file is damaged ({exc})"
    finally:
        conn.close()


def reader_fingerprint() -> str:
    """Changes whenever jan20's code changes (a new release, or an edited checkout), so an index built by
    other reading and extraction rules is rebuilt rather than trusted. Costs a few dozen stat calls."""
    package = Path(__file__).resolve().parent
    newest = max((entry.stat().st_mtime_ns for entry in package.rglob("*.py")), default=0)
    return f"{__version__}:{schema.SCHEMA_VERSION}:{newest}"


def _is_fresh(index_path: Path, files: list[SourceFile], catalog_stamp: str) -> bool:
    """True when no file was added, removed or touched, and the catalog is as it was (no hashing, no parsing)."""
    conn = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, timeout=30)
    try:
        stored = conn.execute("SELECT value FROM meta WHERE key = 'catalog_stamp'").fetchone()
        known = {row[0]: row[1:] for row in conn.execute("SELECT path, size, mtime_ns FROM documents")}
        known_skipped = {row[0]: row[1:] for row in conn.execute("SELECT path, size, mtime_ns FROM skipped_files")}
    finally:
        conn.close()
    if stored is None or stored[0] != catalog_stamp:
        return False
    for item in files:
        seen = (item.size, item.mtime_ns)
        if known.get(item.path) != seen and known_skipped.get(item.path) != seen:
            return False
    present = {item.path for item in files}
    read_skipped = {path for path, (size, _) in known_skipped.items() if size >= 0}
    return set(known) <= present and read_skipped <= present


def _unchanged_report(index_path: Path, corpus: Path) -> IndexReport:
    conn = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, timeout=30)
    try:
        statuses = _stored_statuses(conn, "unchanged")
    finally:
        conn.close()
    return IndexReport(_stored_path(index_path), _stored_path(corpus), False, tuple(statuses))


def _stored_statuses(conn: sqlite3.Connection, status: str) -> list[FileStatus]:
    counts = dict(conn.execute("SELECT path, count(*) FROM articles GROUP BY path").fetchall())
    rows = [
        FileStatus(path, status, counts.get(path, 0), warning)
        for path, warning in conn.execute("SELECT path, warning FROM documents")
    ]
    rows += [FileStatus(p, "skipped", 0, r) for p, r in conn.execute("SELECT path, reason FROM skipped_files")]
    return sorted(rows, key=lambda item: item.path)


@contextlib.contextmanager
def _writer_lock(index_path: Path) -> Iterator[None]:
    lock_path = index_path.with_name(index_path.name + ".lock")
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_fresh(
    corpus: Path,
    index_path: Path,
    files: list[SourceFile],
    skipped: list[Skipped],
    catalog: Catalog,
    stamp: str,
    progress: Progress | None,
) -> list[FileStatus]:
    """Build a whole new index in a temporary file, then move it over the old one atomically."""
    for stale in index_path.parent.glob(index_path.name + ".tmp-*"):
        stale.unlink(missing_ok=True)  # left by a build that was killed; we hold the lock
    tmp = index_path.with_name(f"{index_path.name}.tmp-{os.getpid()}")
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a killed build leaves only this temporary file
        conn.execute("PRAGMA synchronous = OFF")
        schema.create(conn)
        _set_meta(conn, corpus, stamp)
        statuses = IndexWriter(conn, catalog, incremental=False).apply(files, skipped, {}, progress)
        conn.commit()
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-journal", "-wal", "-shm"):
        # A journal left by the old file would be replayed into the new one: it must go first.
        Path(str(index_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, index_path)
    return statuses


def _update(
    corpus: Path,
    index_path: Path,
    files: list[SourceFile],
    skipped: list[Skipped],
    catalog: Catalog,
    stamp: str,
    progress: Progress | None,
) -> list[FileStatus]:
    conn = _connect(index_path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        known = {
            row["path"]: row for row in conn.execute("SELECT path, size, mtime_ns, sha256, catalog FROM documents")
        }
        statuses = IndexWriter(conn, catalog, incremental=True).apply(files, skipped, known, progress)
        _set_meta(conn, corpus, stamp)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
    return statuses


def _set_meta(conn: sqlite3.Connection, corpus: Path, catalog_stamp: str) -> None:
    values = {
        "catalog_stamp": catalog_stamp,
        "corpus": _stored_path(corpus),
        "jan20_version": __version__,
        "reader": reader_fingerprint(),
        "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "catalog": CATALOG_NAME,
    }
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())
