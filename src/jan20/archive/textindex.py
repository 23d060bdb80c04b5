"""The full-text side of the index: folded paragraphs in FTS5, and the vocabulary typos are matched against.

The FTS5 table is contentless (the text already lives in `paragraphs`), so it stores only the index of the
folded words. Its vocabulary is kept in an ordinary table with word lengths and paragraph counts, and once more
as one newline-joined list per word length: a search fetches the few lists within a typo's reach of each query
word (a millisecond) rather than tens of thousands of rows (tens of milliseconds). A full build copies the
vocabulary from FTS5 in one statement; a refresh applies the change in word counts of the paragraphs it added
and removed, and rewrites the lists of the lengths that gained or lost a word.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from collections.abc import Iterable

from jan20.text.fold import fold, words

DDL = """
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(folded, content='', tokenize='unicode61 remove_diacritics 2');
-- Merge segments when 8 of a size pile up, not 4: a quarter less work while building, the same query speed.
INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('automerge', 8);
-- Hold up to 16 MB of new entries in memory before writing a segment (1 MB by default): fewer, larger
-- segments to write and merge. Measured on 100 MB of text, inserting takes about half as long.
INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('hashsize', 16777216);
CREATE VIRTUAL TABLE paragraphs_fts_terms USING fts5vocab(paragraphs_fts, 'row');
CREATE TABLE vocabulary (           -- every folded word of the archive
    term       TEXT PRIMARY KEY,
    length     INTEGER NOT NULL,
    paragraphs INTEGER NOT NULL     -- how many paragraphs contain it (rarer words weigh more)
) WITHOUT ROWID;
CREATE TABLE vocabulary_lists (     -- the same words, one newline-joined list per length
    length INTEGER PRIMARY KEY,
    terms  TEXT NOT NULL
);
"""

TABLES = frozenset({"paragraphs_fts", "vocabulary", "vocabulary_lists"})


def add_folded(conn: sqlite3.Connection, folded: list[tuple[int, str]], delta: Counter[str] | None) -> None:
    """Index (paragraph id, folded text) pairs; count their words into delta when the vocabulary is kept
    incrementally."""
    conn.executemany("INSERT INTO paragraphs_fts (rowid, folded) VALUES (?, ?)", folded)
    if delta is not None:
        for _, text in folded:
            delta.update(set(words(text)))


def remove_paragraphs(conn: sqlite3.Connection, rows: Iterable[tuple[int, str]], delta: Counter[str]) -> None:
    """Take (paragraph id, text) pairs out of the index (a contentless table must be told the old text)."""
    folded = [(pid, fold(text)) for pid, text in rows]
    conn.executemany("INSERT INTO paragraphs_fts (paragraphs_fts, rowid, folded) VALUES ('delete', ?, ?)", folded)
    for _, text in folded:
        delta.subtract(set(words(text)))


def rebuild_vocabulary(conn: sqlite3.Connection) -> None:
    """Copy the FTS index's vocabulary, with word lengths and paragraph counts, into `vocabulary`."""
    conn.execute("DELETE FROM vocabulary")
    conn.execute(
        "INSERT INTO vocabulary (term, length, paragraphs) SELECT term, length(term), doc FROM paragraphs_fts_terms"
    )
    _write_lists(conn, None)
    _count_paragraphs(conn)


def apply_vocabulary_delta(conn: sqlite3.Connection, delta: Counter[str]) -> None:
    """Add the change in paragraph counts per word; words no paragraph holds any more are dropped."""
    changes = [(term, len(term), change) for term, change in delta.items() if change]
    conn.executemany(
        "INSERT INTO vocabulary (term, length, paragraphs) VALUES (?, ?, ?) "
        "ON CONFLICT(term) DO UPDATE SET paragraphs = paragraphs + excluded.paragraphs",
        changes,
    )
    conn.executemany(
        "DELETE FROM vocabulary WHERE term = ? AND paragraphs <= 0", [(t,) for t, _, c in changes if c < 0]
    )
    _write_lists(conn, {length for _, length, _ in changes})
    _count_paragraphs(conn)


# The folds of the archive's characters, kept in `meta` as "char<US>folded" entries joined by <RS>.
_FOLDS_KEY, _ENTRY, _FIELD = "folds", "\x1e", "\x1f"


def keep_folds(conn: sqlite3.Connection, folds: dict[str, str]) -> None:
    """Add the folds of newly indexed characters to those the index keeps (it keeps them all: a superset does no
    harm, and a refresh need not work out which characters no document has any more)."""
    kept = load_folds(conn)
    if folds.keys() <= kept.keys():
        return
    kept.update(folds)
    joined = _ENTRY.join(f"{char}{_FIELD}{folded}" for char, folded in sorted(kept.items()))
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_FOLDS_KEY, joined))


def load_folds(conn: sqlite3.Connection) -> dict[str, str]:
    """The folds of the archive's characters the index keeps (none for an index of ASCII text only)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_FOLDS_KEY,)).fetchone()
    if not row or not row[0]:
        return {}
    return dict(entry.split(_FIELD, 1) for entry in row[0].split(_ENTRY))


def terms_of_length(conn: sqlite3.Connection, low: int, high: int) -> list[str]:
    """Every word of the archive whose length is between low and high."""
    return VocabularyByLength(conn).between(low, high)


class VocabularyByLength:
    """The archive's words by length, each length fetched once (a query's words mostly share their lengths)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.lists: dict[int, list[str]] = {}

    def between(self, low: int, high: int) -> list[str]:
        """Every word whose length is between low and high."""
        wanted = range(max(low, 0), high + 1)
        missing = [length for length in wanted if length not in self.lists]
        if missing:
            self.lists.update({length: [] for length in missing})
            marks = ",".join("?" * len(missing))
            query = f"SELECT length, terms FROM vocabulary_lists WHERE length IN ({marks})"
            for length, joined in self.conn.execute(query, missing):
                self.lists[length] = joined.split("\n")
        return list(itertools.chain.from_iterable(self.lists[length] for length in wanted))


def terms_extending(conn: sqlite3.Connection, stem: str, most_extra: int, limit: int) -> list[str]:
    """The archive's words that begin with stem and run on for 1 to most_extra letters, commonest first."""
    if not stem:
        return []
    upper = stem[:-1] + chr(ord(stem[-1]) + 1)  # the first string past every word that begins with stem
    rows = conn.execute(
        "SELECT term FROM vocabulary WHERE term > ? AND term < ? AND length <= ? ORDER BY paragraphs DESC LIMIT ?",
        (stem, upper, len(stem) + most_extra, limit),
    )
    return [term for (term,) in rows]


def _write_lists(conn: sqlite3.Connection, lengths: set[int] | None) -> None:
    """Rewrite the per-length word lists from `vocabulary`: all of them, or those of the given lengths."""
    if lengths is None:
        conn.execute("DELETE FROM vocabulary_lists")
        where, params = "", []
    else:
        chosen = sorted(lengths)
        marks = ",".join("?" * len(chosen))
        conn.execute(f"DELETE FROM vocabulary_lists WHERE length IN ({marks})", chosen)
        where, params = f"WHERE length IN ({marks})", chosen
    conn.execute(
        "INSERT INTO vocabulary_lists (length, terms) SELECT length, group_concat(term, char(10)) "
        f"FROM (SELECT length, term FROM vocabulary {where} ORDER BY length, term) GROUP BY length",
        params,
    )


def _count_paragraphs(conn: sqlite3.Connection) -> None:
    total = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('paragraphs', ?)", (str(total),))
