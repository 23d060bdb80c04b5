"""The full-text side of the index: folded paragraphs in FTS5, and the vocabulary typos are matched against.

The FTS5 table is contentless (the text already lives in `paragraphs`), so it stores only the index of the
folded words. Its vocabulary is copied into an ordinary table with word lengths, so a search can fetch only
the words within a typo's reach of each query word.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from .fold import fold

DDL = """
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(folded, content='', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE paragraphs_fts_terms USING fts5vocab(paragraphs_fts, 'row');
CREATE TABLE vocabulary (           -- every folded word of the archive
    term       TEXT PRIMARY KEY,
    length     INTEGER NOT NULL,
    paragraphs INTEGER NOT NULL     -- how many paragraphs contain it (rarer words weigh more)
) WITHOUT ROWID;
CREATE INDEX vocabulary_by_length ON vocabulary(length, term);
"""

TABLES = frozenset({"paragraphs_fts", "vocabulary"})


def add_paragraphs(conn: sqlite3.Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Index (paragraph id, text) pairs."""
    conn.executemany("INSERT INTO paragraphs_fts (rowid, folded) VALUES (?, ?)", ((pid, fold(t)) for pid, t in rows))


def remove_paragraphs(conn: sqlite3.Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Take (paragraph id, text) pairs out of the index (a contentless table must be told the old text)."""
    conn.executemany(
        "INSERT INTO paragraphs_fts (paragraphs_fts, rowid, folded) VALUES ('delete', ?, ?)",
        ((pid, fold(t)) for pid, t in rows),
    )


def rebuild_vocabulary(conn: sqlite3.Connection) -> None:
    """Copy the FTS index's vocabulary, with word lengths and paragraph counts, into `vocabulary`."""
    conn.execute("DELETE FROM vocabulary")
    conn.execute(
        "INSERT INTO vocabulary (term, length, paragraphs) SELECT term, length(term), doc FROM paragraphs_fts_terms"
    )
    total = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('paragraphs', ?)", (str(total),))
