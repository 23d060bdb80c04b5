"""The index: an embedded SQLite file that is built on first use and refreshes itself.

Every command first checks the index is fresh (`freshness`): one stat per file, folded into a digest that is
compared with the one stored at the last refresh (no table is read when nothing changed). When the digest differs, a
refresh compares each file's size and modification time with what the index recorded, then its content
hash, and re-reads only what changed. A full build is written to a temporary file beside the
index and moved into place atomically, so a reader sees the old index or the new, never half of one.
Writers take a lock file, so two builds at once do not interleave.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from jan20.archive import freshness, schema
from jan20.archive.lock import LockBusy, LockUnavailable, lock_timeout, writer_lock
from jan20.archive.paths import IndexNotWritten, check_corpus, check_replaceable, sweep_temporary_files, write_failure
from jan20.archive.walk import index_files, list_documents
from jan20.errors import CatalogError

if TYPE_CHECKING:
    from jan20.archive.indexreport import FileStatus, IndexReport, Progress

PENDING_FACTS = "SELECT 1 FROM articles WHERE facts = 0 LIMIT 1"  # a row when some article's facts are to extract
# How long a command that only reads waits for another jan20's update before it answers from the index as it is.
READER_LOCK_WAIT_SECONDS = 2.0


@dataclass
class Archive:
    """An open index of one corpus folder."""

    corpus: Path
    index_path: Path
    conn: sqlite3.Connection
    refreshed: IndexReport | None  # what bringing the index up to date did; None when it already was
    warnings: list[str] = field(default_factory=list)
    progress: Progress | None = None  # told how extracting facts goes, when that takes a while
    reader: bool = True  # opened by a command that only reads: it answers even when the index cannot be written

    @property
    def report(self) -> IndexReport:
        """What the refresh did with each file (every file "unchanged" when the index was already fresh)."""
        if self.refreshed is None:
            self.refreshed = _unchanged_report(self.conn, self.index_path, self.corpus.resolve())
        return self.refreshed

    def ensure_facts(self) -> None:
        """Extract the facts (attendees, casualty figures, anniversaries) of the articles indexed since they were
        last extracted: every command that reads them calls this first. Costs one query when there are none."""
        if not self.conn.execute(PENDING_FACTS).fetchone():
            return
        from jan20.archive.facts import complete_facts  # (with the extractors: only when there is something to extract)

        try:
            with writer_lock(self.index_path, _reader_wait() if self.reader else None):
                # A new connection: another process may have rebuilt the index meanwhile, replacing the file this
                # archive has open (which can then be read but not written).
                conn = schema.connect(self.index_path)
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    complete_facts(conn, self.progress)  # (none, when another process did it meanwhile)
                    conn.commit()
                except (OSError, sqlite3.OperationalError) as exc:
                    conn.close()
                    why = write_failure(exc)
                    raise IndexNotWritten(f"cannot store the extracted facts in {self.index_path}: {why}") from None
                except BaseException:
                    conn.close()
                    raise
        except (LockBusy, LockUnavailable, IndexNotWritten) as exc:
            if not self.reader:
                raise
            # The answer all the same: the facts are extracted into a copy of the index in memory, for this
            # command only (the next one that can write stores them).
            conn = sqlite3.connect(":memory:")
            conn.row_factory = sqlite3.Row
            self.conn.backup(conn)
            complete_facts(conn, self.progress)
            self.warnings.append(f"warning: {exc}; the facts were extracted for this command only")
        self.conn.close()
        self.conn = conn

    def close(self) -> None:
        self.conn.close()


def open_archive(
    corpus: Path,
    index_path: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    strict: bool = False,
    check_fresh: bool = True,
) -> Archive:
    """Bring the index of corpus up to date (building it if needed) and open it for reading.

    A broken catalog is an error when strict, or when there is no usable index; otherwise the previous
    index is opened as it was, with a warning. check_fresh=False uses a usable index as it is, without
    walking the folder (for scripts that run many lookups on an archive they know has not changed).
    """
    notes: list[str] = []
    probe = freshness.probe(index_path, corpus.resolve())
    usable = probe.problem is None
    if not check_fresh and not rebuild and usable:
        return Archive(corpus, index_path, schema.connect(index_path), None, progress=progress)
    # A reader with a usable index waits only a moment for another jan20's update, then answers from the index
    # as it stands; a writer (strict: `jan20 index`), or a reader with no usable index, waits the full timeout.
    wait = _reader_wait() if usable and not strict else None
    try:
        report = _refresh(corpus, index_path, rebuild=rebuild, progress=progress, wait=wait, probe=probe)
    except CatalogError as exc:
        if strict or not usable:
            raise
        report = None
        notes.append(f"warning: {exc}; using the previous index")
    except (LockBusy, LockUnavailable, IndexNotWritten) as exc:
        if strict or not usable:
            raise
        report = None
        notes.append(f"warning: {exc}; answering from the index as it is")
    conn = schema.connect(index_path)
    notes = [*(report.notes if report else ()), *notes]
    return Archive(corpus, index_path, conn, report, notes, progress=progress, reader=not strict)


def _reader_wait() -> float:
    return min(READER_LOCK_WAIT_SECONDS, lock_timeout())


def refresh(
    corpus: Path,
    index_path: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    wait: float | None = None,
) -> IndexReport:
    """Make the index at index_path match the documents in corpus; report what was read and skipped (wait: how
    long to wait for another jan20 updating it, by default the lock's timeout)."""
    report = _refresh(corpus, index_path, rebuild=rebuild, progress=progress, wait=wait)
    if report is None:
        conn = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, timeout=30)
        try:
            report = _unchanged_report(conn, index_path, corpus.resolve())
        finally:
            conn.close()
    return report


def _refresh(
    corpus: Path,
    index_path: Path,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    wait: float | None = None,
    probe: freshness.Probe | None = None,
) -> IndexReport | None:
    """Bring the index up to date: what was done, or None when it already was (the check every command pays).

    wait: how long to wait for another jan20 that is updating the index (None: the lock's timeout); probe: what
    the caller's freshness.probe found, if it made one (another would cost a connection and the fingerprint again)."""
    corpus = check_corpus(corpus.resolve())
    stamp = freshness.catalog_stamp(corpus)
    listing = list_documents(corpus, exclude=index_files(index_path))
    digest = listing.digest()
    notes: list[str] = []
    if not rebuild:
        probe = probe or freshness.probe(index_path, corpus)
        if probe.problem is None:
            if probe.meta.get("catalog_stamp") == stamp and probe.meta.get("files_digest") == digest:
                return None
        elif index_path.exists():
            notes.append(f"rebuilding the index: {probe.problem}")
        rebuild = probe.problem is not None
    # Only commands that write load the writer and what it needs.
    from jan20.archive.indexwriter import IdsMoved, Refresh, build_fresh, update
    from jan20.reading.catalog import load_catalog  # parsed only when something may have changed

    files = listing.files()
    catalog = load_catalog(corpus, {f.path for f in files})
    work = Refresh(files, listing.skipped(), catalog, freshness.State(corpus, stamp, digest))
    check_replaceable(index_path)

    try:
        index_path.parent.mkdir(parents=True, exist_ok=True)
        with writer_lock(index_path, wait):
            sweep_temporary_files(index_path)
            if not rebuild:
                try:
                    statuses = update(index_path, work, progress)
                except IdsMoved:
                    rebuild = True  # (the update was rolled back)
            if rebuild:
                statuses = build_fresh(index_path, work, progress)
    except (OSError, sqlite3.OperationalError) as exc:
        raise IndexNotWritten(f"cannot update the index {index_path}: {write_failure(exc)}") from None
    from jan20.archive.indexreport import IndexReport  # (loaded by the writer by now)

    stored = freshness.stored_path
    return IndexReport(stored(index_path), stored(corpus), rebuild, tuple(statuses), tuple(notes))


def _unchanged_report(conn: sqlite3.Connection, index_path: Path, corpus: Path) -> IndexReport:
    # (the report's classes: loaded only when one is made, not by a command that finds the index fresh)
    from jan20.archive.indexreport import IndexReport

    statuses = _stored_statuses(conn, "unchanged")
    return IndexReport(freshness.stored_path(index_path), freshness.stored_path(corpus), False, tuple(statuses))


def _stored_statuses(conn: sqlite3.Connection, status: str) -> list[FileStatus]:
    from jan20.archive.indexreport import FileStatus  # (see _unchanged_report)

    counts = dict(conn.execute("SELECT path, count(*) FROM articles GROUP BY path").fetchall())
    rows = [
        FileStatus(path, status, counts.get(path, 0), warning)
        for path, warning in conn.execute("SELECT path, warning FROM documents")
    ]
    rows += [FileStatus(p, "skipped", 0, r) for p, r in conn.execute("SELECT path, reason FROM skipped_files")]
    return sorted(rows, key=lambda item: item.path)
