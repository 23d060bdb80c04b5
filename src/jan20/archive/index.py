"""The index: an embedded SQLite file that is built on first use and refreshes itself.

Every command first checks the index is fresh: one stat per file, folded into a digest that is compared
with the one stored at the last refresh (no table is read when nothing changed). When the digest differs, a
refresh compares each file's size and modification time with what the index recorded, then its content
hash, and re-reads only what changed. A full build is written to a temporary file beside the
index and moved into place atomically, so a reader sees the old index or the new, never half of one.
Writers take a lock file, so two builds at once do not interleave.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jan20 import __version__
from jan20.archive import schema
from jan20.archive.locations import PACKAGE_FOLDER
from jan20.archive.lock import LockBusy, LockUnavailable, lock_timeout, writer_lock
from jan20.archive.paths import IndexNotWritten, check_corpus, check_replaceable, sweep_temporary_files, write_failure
from jan20.archive.walk import index_files, list_documents
from jan20.errors import CatalogError, Jan20Error
from jan20.reading.corpus import Skipped, SourceFile
from jan20.reading.documents import CATALOG_NAME, text_path

if TYPE_CHECKING:
    from jan20.archive.indexreport import FileStatus, IndexReport, Progress
    from jan20.reading.catalog import Catalog

PENDING_FACTS = "SELECT 1 FROM articles WHERE facts = 0 LIMIT 1"  # a row when some article's facts are to extract
# How long a command that only reads waits for another jan20's update before it answers from the index as it is.
READER_LOCK_WAIT_SECONDS = 2.0


# How long opening the index waits for another program's transaction on it before saying so.
PROBE_WAIT_SECONDS = 10.0


class IndexBusy(Jan20Error):
    """Another program holds a lock on the index file itself."""


class _IdsMoved(Exception):
    """A refresh would give an article another id than a full build does (see IndexWriter.ids_in_path_order)."""


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
                conn = _connect(self.index_path)
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
    probe = _probe(index_path, corpus.resolve())
    usable = probe.problem is None
    if not check_fresh and not rebuild and usable:
        return Archive(corpus, index_path, _connect(index_path), None, progress=progress)
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
    conn = _connect(index_path)
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
    probe: _Probe | None = None,
) -> IndexReport | None:
    """Bring the index up to date: what was done, or None when it already was (the check every command pays).

    wait: how long to wait for another jan20 that is updating the index (None: the lock's timeout); probe: what
    the caller's _probe found, if it made one (another would cost a connection and the fingerprint again)."""
    corpus = check_corpus(corpus.resolve())
    stamp = _catalog_stamp(corpus)
    listing = list_documents(corpus, exclude=index_files(index_path))
    digest = listing.digest()
    notes: list[str] = []
    if not rebuild:
        probe = probe or _probe(index_path, corpus)
        if probe.problem is None:
            if probe.meta.get("catalog_stamp") == stamp and probe.meta.get("files_digest") == digest:
                return None
        elif index_path.exists():
            notes.append(f"rebuilding the index: {probe.problem}")
        rebuild = probe.problem is not None
    from jan20.reading.catalog import load_catalog  # parsed only when something may have changed

    files, skipped = listing.files(), listing.skipped()
    catalog = load_catalog(corpus, {f.path for f in files})
    state = _State(corpus, stamp, digest)
    check_replaceable(index_path)
    try:
        index_path.parent.mkdir(parents=True, exist_ok=True)
        with writer_lock(index_path, wait):
            sweep_temporary_files(index_path)
            if not rebuild:
                try:
                    statuses = _update(index_path, files, skipped, catalog, state, progress)
                except _IdsMoved:
                    rebuild = True  # (the update was rolled back)
            if rebuild:
                statuses = _build_fresh(index_path, files, skipped, catalog, state, progress)
    except (OSError, sqlite3.OperationalError) as exc:
        raise IndexNotWritten(f"cannot update the index {index_path}: {write_failure(exc)}") from None
    from jan20.archive.indexreport import IndexReport  # (loaded by the writer by now)

    return IndexReport(_stored_path(index_path), _stored_path(corpus), rebuild, tuple(statuses), tuple(notes))


class _State(NamedTuple):
    """What the index records about the folder it was built from, besides the documents."""

    corpus: Path
    catalog_stamp: str
    files_digest: str


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
    """A path as text SQLite and JSON can hold (see documents.text_path)."""
    return text_path(os.fspath(path))


# quick_check reads the whole file (about 250 MB/s here): every command can afford it up to a few MB. Damage in
# a larger index is found by the query that reads it, which then rebuilds it (see cli/main.py).
QUICK_CHECK_MAX_BYTES = 4 * 1024 * 1024


class _Probe(NamedTuple):
    problem: str | None  # why the index cannot be used as it is (None: it can)
    meta: dict[str, str]


def _probe(index_path: Path, corpus: Path) -> _Probe:
    """Whether the index can be used for corpus, and its recorded state (one read-only connection).

    Checked first: that the index and the files SQLite keeps beside it are files jan20 may use (a FIFO at its
    journal's name would make SQLite wait forever)."""
    check_replaceable(index_path)
    if not index_path.exists():
        return _Probe("no index yet", {})
    try:
        conn = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, timeout=PROBE_WAIT_SECONDS)
    except sqlite3.Error as exc:
        return _Probe(f"cannot open ({exc})", {})
    try:
        reason = schema.problem(conn)
        # Damaged pages inside a valid header: checked on every run while that is cheap (a small index);
        # a large one is checked only by `jan20 index --rebuild` building it anew.
        small = index_path.stat().st_size < QUICK_CHECK_MAX_BYTES
        if reason is None and small and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            reason = "index file is damaged"
        meta: dict[str, str] = {}
        if reason is None:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("corpus") != _stored_path(corpus):
                reason = "index was built for another corpus folder"
            elif meta.get("reader") != reader_fingerprint():
                reason = "jan20 was updated since the index was built"
        return _Probe(reason, meta)
    except sqlite3.DatabaseError as exc:
        if schema.is_busy(exc):  # another program's transaction: not damage, and its journal is not ours to delete
            raise IndexBusy(f"the index {index_path} is locked by another program; try again when it is done") from None
        return _Probe(f"index file is damaged ({exc})", {})
    finally:
        conn.close()


def reader_fingerprint() -> str:
    """Changes whenever jan20's code changes (a new release, or an edited checkout), so an index built by
    other reading and extraction rules is rebuilt rather than trusted. Costs a few dozen stat calls."""
    return f"{__version__}:{schema.SCHEMA_VERSION}:{_newest_source(PACKAGE_FOLDER)}"


def _newest_source(folder: str) -> int:
    """The latest modification time of the .py files under folder (os.scandir: a third of Path.rglob's time)."""
    newest = 0
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.endswith(".py"):
                newest = max(newest, entry.stat().st_mtime_ns)
            elif entry.is_dir(follow_symlinks=False):
                newest = max(newest, _newest_source(entry.path))
    return newest


def _unchanged_report(conn: sqlite3.Connection, index_path: Path, corpus: Path) -> IndexReport:
    # (the report's classes: loaded only when one is made, not by a command that finds the index fresh)
    from jan20.archive.indexreport import IndexReport

    statuses = _stored_statuses(conn, "unchanged")
    return IndexReport(_stored_path(index_path), _stored_path(corpus), False, tuple(statuses))


def _stored_statuses(conn: sqlite3.Connection, status: str) -> list[FileStatus]:
    from jan20.archive.indexreport import FileStatus  # (see _unchanged_report)

    counts = dict(conn.execute("SELECT path, count(*) FROM articles GROUP BY path").fetchall())
    rows = [
        FileStatus(path, status, counts.get(path, 0), warning)
        for path, warning in conn.execute("SELECT path, warning FROM documents")
    ]
    rows += [FileStatus(p, "skipped", 0, r) for p, r in conn.execute("SELECT path, reason FROM skipped_files")]
    return sorted(rows, key=lambda item: item.path)


def _build_fresh(
    index_path: Path,
    files: list[SourceFile],
    skipped: list[Skipped],
    catalog: Catalog,
    state: _State,
    progress: Progress | None,
) -> list[FileStatus]:
    """Build a whole new index in a temporary file, then move it over the old one atomically."""
    from jan20.archive.indexwriter import IndexWriter  # only commands that write load the writer and what it needs

    tmp = index_path.with_name(f"{index_path.name}.tmp-{os.getpid()}")
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a killed build leaves only this temporary file
            conn.execute("PRAGMA synchronous = OFF")
            schema.create(conn)
            _set_meta(conn, state)
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
    except BaseException:  # a full disk, Ctrl-C, no memory, a file that cannot be replaced: the half-built or
        tmp.unlink(missing_ok=True)  # unplaced file must not keep the disk full
        raise
    return statuses


def _update(
    index_path: Path,
    files: list[SourceFile],
    skipped: list[Skipped],
    catalog: Catalog,
    state: _State,
    progress: Progress | None,
) -> list[FileStatus]:
    from jan20.archive.indexwriter import IndexWriter

    conn = _connect(index_path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        known = {
            row["path"]: row for row in conn.execute("SELECT path, size, mtime_ns, sha256, catalog FROM documents")
        }
        writer = IndexWriter(conn, catalog, incremental=True)
        statuses = writer.apply(files, skipped, known, progress)
        if not writer.ids_in_path_order():
            raise _IdsMoved
        _set_meta(conn, state)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
    return statuses


def _set_meta(conn: sqlite3.Connection, state: _State) -> None:
    values = {
        "catalog_stamp": state.catalog_stamp,
        "files_digest": state.files_digest,
        "corpus": _stored_path(state.corpus),
        "jan20_version": __version__,
        "reader": reader_fingerprint(),
        "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "catalog": CATALOG_NAME,
    }
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())
