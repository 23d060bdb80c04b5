"""Whether the index is up to date with its folder and can be used as it is: the check every command pays.

The index records, at each refresh, a digest of the folder's listing (one stat per file), the catalog's size and
time, the folder it was built for, and a fingerprint of the code that read it. A command compares them with the
folder and the code as they are now (one read-only connection); anything else means a refresh.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from jan20 import __version__
from jan20.archive import schema
from jan20.archive.locations import PACKAGE_FOLDER
from jan20.archive.paths import check_replaceable
from jan20.errors import Jan20Error
from jan20.reading.documents import CATALOG_NAME, text_path

# How long opening the index waits for another program's transaction on it before saying so.
PROBE_WAIT_SECONDS = 10.0


class IndexBusy(Jan20Error):
    """Another program holds a lock on the index file itself."""


class State(NamedTuple):
    """What the index records about the folder it was built from, besides the documents."""

    corpus: Path
    catalog_stamp: str
    files_digest: str


def catalog_stamp(corpus: Path) -> str:
    """Size and modification time of the catalog file ("absent" without one): a cheap sign it changed."""
    try:
        st = (corpus / CATALOG_NAME).stat()
    except OSError:
        return "absent"
    return f"{st.st_size}:{st.st_mtime_ns}"


def stored_path(path: Path) -> str:
    """A path as text SQLite and JSON can hold (see documents.text_path)."""
    return text_path(os.fspath(path))


# quick_check reads the whole file (about 250 MB/s here): every command can afford it up to a few MB. Damage in
# a larger index is found by the query that reads it, which then rebuilds it (see cli/main.py).
QUICK_CHECK_MAX_BYTES = 4 * 1024 * 1024


class Probe(NamedTuple):
    problem: str | None  # why the index cannot be used as it is (None: it can)
    meta: dict[str, str]


def probe(index_path: Path, corpus: Path) -> Probe:
    """Whether the index can be used for corpus, and its recorded state (one read-only connection).

    Checked first: that the index and the files SQLite keeps beside it are files jan20 may use (a FIFO at its
    journal's name would make SQLite wait forever)."""
    check_replaceable(index_path)
    if not index_path.exists():
        return Probe("no index yet", {})
    try:
        conn = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, timeout=PROBE_WAIT_SECONDS)
    except sqlite3.Error as exc:
        return Probe(f"cannot open ({exc})", {})
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
            if meta.get("corpus") != stored_path(corpus):
                reason = "index was built for another corpus folder"
            elif meta.get("reader") != reader_fingerprint():
                reason = "jan20 was updated since the index was built"
        return Probe(reason, meta)
    except sqlite3.DatabaseError as exc:
        if schema.is_busy(exc):  # another program's transaction: not damage, and its journal is not ours to delete
            raise IndexBusy(f"the index {index_path} is locked by another program; try again when it is done") from None
        return Probe(f"index file is damaged ({exc})", {})
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
