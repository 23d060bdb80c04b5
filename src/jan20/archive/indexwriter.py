"""Writing documents into the index: their articles, paragraphs and full text.

Their facts (attendees, casualty figures, anniversaries) are extracted later, on first use (facts.complete_facts):
a build makes the archive searchable without waiting for them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import zlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jan20 import __version__
from jan20.archive import schema
from jan20.archive._parsing import Paragraph, Parsed, ParseTask, parse_all
from jan20.archive.freshness import State, reader_fingerprint, stored_path
from jan20.archive.indexreport import FileStatus, Progress
from jan20.reading.corpus import Skipped, SourceFile
from jan20.reading.documents import CATALOG_NAME

if TYPE_CHECKING:
    from jan20.reading.articles import Article
    from jan20.reading.catalog import Catalog

FACT_TABLES = ("paragraphs", "anniversaries", "attendees", "attendee_groups", "casualties")


class IndexWriter:
    """Applies the corpus's files to an open index inside the caller's transaction.

    incremental: keep the vocabulary by counting the words of what is added and removed (a refresh);
    otherwise copy it from FTS5 once at the end (a full build, where counting in Python would cost more).
    """

    def __init__(self, conn: sqlite3.Connection, catalog: Catalog, *, incremental: bool) -> None:
        self.conn = conn
        self.catalog = catalog
        self.delta: Counter[str] | None = Counter() if incremental else None
        self.paragraph_id: int | None = None  # the next paragraph's id, once known
        self.folds: dict[str, str] = {}  # of the characters of what was read
        # Whether an id was contested while writing: a wanted id found held, or an article removed whose id
        # another wanted. Only a full build, which writes files in path order, then settles ids as it always does.
        self.ids_contested = False

    def _next_paragraph_id(self) -> int:
        if self.paragraph_id is None:
            self.paragraph_id = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM paragraphs").fetchone()[0])
        return self.paragraph_id

    def apply(
        self,
        files: list[SourceFile],
        skipped: list[Skipped],
        known: dict[str, sqlite3.Row],
        progress: Progress | None,
    ) -> list[FileStatus]:
        """Bring the index in line with files (known: what it holds now, by path)."""
        from jan20.archive.textindex import keep_folds

        conn = self.conn
        statuses: list[FileStatus] = []
        present = {f.path for f in files}
        for path in sorted(set(known) - present):
            self.delete_document(path)
            statuses.append(FileStatus(path, "removed", 0))
        conn.execute("DELETE FROM skipped_files")
        for passed in skipped:
            conn.execute("INSERT OR REPLACE INTO skipped_files VALUES (?, -1, -1, ?)", (passed.path, passed.reason))
            statuses.append(FileStatus(passed.path, "skipped", 0, passed.reason))
        tasks = []
        for item in files:
            old = known.get(item.path)
            entry = self.catalog.entry(item.path)
            fingerprint = entry.fingerprint() if entry else None
            if (
                old is not None
                and item.time_is_exact
                and (old["size"], old["mtime_ns"], old["changed"], old["catalog"])
                == (item.size, item.mtime_ns, item.changed, fingerprint)
            ):
                statuses.append(self._unchanged(item.path))
                continue
            old_sha = old["sha256"] if old is not None and old["catalog"] == fingerprint else None
            tasks.append(ParseTask(item, entry, fingerprint, old_sha))
        for done, parsed in enumerate(parse_all(tasks), 1):
            statuses.append(self.store(parsed, known.get(parsed.task.item.path)))
            if progress is not None:
                progress(done, len(tasks))
        if self.delta is None or any(s.status in ("added", "changed", "removed") for s in statuses):
            self._finish_vocabulary()
            keep_folds(conn, self.folds)
        if self.delta is not None and any(s.status in ("changed", "removed") for s in statuses):
            # Removed articles took their attendees' mentions with them. (A full build has no attendees yet, and
            # an added article none until its facts are extracted: neither loads the name merging.)
            from jan20.archive.facts import merge_names

            merge_names(self.conn)
        return sorted(statuses, key=lambda s: s.path)

    def ids_in_path_order(self) -> bool:
        """Whether the ids a refresh gave are those a full build gives: yes unless an id was contested (x.md added
        beside x.txt, x.md removed while x.txt has x-<hash>, a chain of such). The caller then builds the index
        anew, so that an id never depends on the order files were indexed in."""
        return not self.ids_contested

    def _finish_vocabulary(self) -> None:
        from jan20.archive.textindex import apply_vocabulary_delta, rebuild_vocabulary

        if self.delta is None:
            rebuild_vocabulary(self.conn)
        elif self.delta:
            apply_vocabulary_delta(self.conn, self.delta)

    def store(self, parsed: Parsed, old: sqlite3.Row | None) -> FileStatus:
        """Write what was read from one file (replacing what the index held for it)."""
        conn = self.conn
        item = parsed.task.item
        if parsed.skip_reason is not None:
            if old is not None:
                self.delete_document(item.path)
            conn.execute(
                "INSERT OR REPLACE INTO skipped_files VALUES (?, ?, ?, ?)",
                (item.path, item.size, item.stored_mtime_ns, parsed.skip_reason),
            )
            return FileStatus(item.path, "skipped", 0, parsed.skip_reason)
        if parsed.unchanged:
            conn.execute(
                "UPDATE documents SET size = ?, mtime_ns = ?, changed = ? WHERE path = ?",
                (item.size, item.stored_mtime_ns, item.changed, item.path),
            )
            return self._unchanged(item.path)
        if old is not None:
            self.delete_document(item.path)
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.path,
                item.size,
                item.stored_mtime_ns,
                item.changed,
                parsed.sha,
                parsed.encoding,
                parsed.task.fingerprint,
                parsed.warning,
            ),
        )
        for article, paragraphs in parsed.articles:
            self.insert_article(article, paragraphs)
        self.folds.update(parsed.folds)
        status = "changed" if old is not None else "added"
        return FileStatus(item.path, status, len(parsed.articles), parsed.warning)

    def _article_count(self, path: str) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles WHERE path = ?", (path,)).fetchone()[0])

    def _unchanged(self, path: str) -> FileStatus:
        row = self.conn.execute("SELECT warning FROM documents WHERE path = ?", (path,)).fetchone()
        return FileStatus(path, "unchanged", self._article_count(path), row[0] if row else None)

    def delete_document(self, path: str) -> None:
        """Remove a document and everything derived from it."""
        from jan20.archive.textindex import remove_paragraphs

        conn = self.conn
        ids = [row[0] for row in conn.execute("SELECT id FROM articles WHERE path = ?", (path,))]
        marks = ",".join("?" * len(ids))
        if (
            ids
            and conn.execute(f"SELECT 1 FROM articles WHERE wanted IN ({marks}) AND path != ?", [*ids, path]).fetchone()
        ):
            self.ids_contested = True  # another file's article wanted an id this file held
        for article_id in ids:
            rows = conn.execute("SELECT id, text FROM paragraphs WHERE article_id = ?", (article_id,)).fetchall()
            remove_paragraphs(conn, rows, self.delta if self.delta is not None else Counter())
        for table in FACT_TABLES:
            conn.executemany(f"DELETE FROM {table} WHERE article_id = ?", [(i,) for i in ids])
        conn.execute("DELETE FROM articles WHERE path = ?", (path,))
        conn.execute("DELETE FROM documents WHERE path = ?", (path,))

    def _free_id(self, wanted: str, path: str) -> str:
        """The id an article of path gets: the one it wants, unless an article of another file holds it (two files
        with the same name stem, a.txt and a.md; a catalog id equal to another's): then the wanted id with the
        hash of its path, and of its path and a count if that too is held. Files are written in path order, so
        the file whose path sorts first keeps the wanted id (see ids_in_path_order)."""
        candidate, count = wanted, 0
        while self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
            self.ids_contested = True
            count += 1
            key = path if count == 1 else f"{path}#{count}"
            candidate = f"{wanted}-{zlib.crc32(key.encode('utf-8', 'surrogatepass')):08x}"
        return candidate

    def insert_article(self, article: Article, paragraphs: list[Paragraph]) -> None:
        """Store an article and its paragraphs in the full-text index (its facts are left to be extracted)."""
        from jan20.archive.textindex import add_folded

        conn = self.conn
        article_id = self._free_id(article.id, article.path)
        conn.execute(
            "INSERT INTO articles (id, path, seq, title, date, year, source, url, declared, text, wanted)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                article.path,
                article.seq,
                article.title,
                article.date,
                article.year,
                article.source,
                article.url,
                json.dumps(list(article.declared)) if article.declared else "[]",
                article.text,
                article.id,
            ),
        )
        # Ids are handed out here rather than read back row by row, so all of an article's paragraphs go in
        # with one call.
        first = self._next_paragraph_id()
        rows = [
            (first + seq, article_id, seq, p.start, p.end, article.text[p.start : p.end])
            for seq, p in enumerate(paragraphs)
        ]
        conn.executemany(
            'INSERT INTO paragraphs (id, article_id, seq, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)', rows
        )
        self.paragraph_id = first + len(rows)
        add_folded(conn, [(first + seq, p.folded) for seq, p in enumerate(paragraphs)], self.delta)


class IdsMoved(Exception):
    """A refresh would give an article another id than a full build does (see IndexWriter.ids_in_path_order)."""


class Refresh(NamedTuple):
    """What a refresh writes: the folder's documents as listed now, what was skipped, the catalog, and the state
    of the folder to record."""

    files: list[SourceFile]
    skipped: list[Skipped]
    catalog: Catalog
    state: State


def build_fresh(index_path: Path, work: Refresh, progress: Progress | None) -> list[FileStatus]:
    """Build a whole new index in a temporary file, then move it over the old one atomically."""
    tmp = index_path.with_name(f"{index_path.name}.tmp-{os.getpid()}")
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a killed build leaves only this temporary file
            conn.execute("PRAGMA synchronous = OFF")
            schema.create(conn)
            set_meta(conn, work.state)
            statuses = IndexWriter(conn, work.catalog, incremental=False).apply(work.files, work.skipped, {}, progress)
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


def update(index_path: Path, work: Refresh, progress: Progress | None) -> list[FileStatus]:
    """Bring the index at index_path up to date in place, in one transaction (IdsMoved, rolled back, when only a
    new build keeps the article ids a full build gives)."""
    conn = schema.connect(index_path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        known = {
            row["path"]: row
            for row in conn.execute("SELECT path, size, mtime_ns, changed, sha256, catalog FROM documents")
        }
        writer = IndexWriter(conn, work.catalog, incremental=True)
        statuses = writer.apply(work.files, work.skipped, known, progress)
        if not writer.ids_in_path_order():
            raise IdsMoved
        set_meta(conn, work.state)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
    return statuses


def set_meta(conn: sqlite3.Connection, state: State) -> None:
    values = {
        "catalog_stamp": state.catalog_stamp,
        "files_digest": state.files_digest,
        "corpus": stored_path(state.corpus),
        "jan20_version": __version__,
        "reader": reader_fingerprint(),
        "updated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "catalog": CATALOG_NAME,
    }
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())
