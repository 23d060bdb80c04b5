"""The index's tables: a plain SQLite file people can open in sqlite3 or Datasette."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jan20.archive.textindex import DDL as TEXT_DDL
from jan20.archive.textindex import TABLES as TEXT_TABLES

# Bump when a table changes: an index of another version is rebuilt, never trusted.
SCHEMA_VERSION = 10
APPLICATION_ID = 0x4A323030  # "J200": tells a jan20 index from any other SQLite file

DDL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (          -- one row per document file read
    path     TEXT PRIMARY KEY,    -- relative to the corpus folder
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    changed  INTEGER NOT NULL,    -- change time on POSIX, file id on Windows (walk.change_stamp)
    sha256   TEXT NOT NULL,
    encoding TEXT NOT NULL,
    catalog  TEXT,                -- fingerprint of the catalog entry the articles were read with
    warning  TEXT                 -- e.g. "not UTF-8; decoded as cp1251"
);
CREATE TABLE skipped_files (      -- files found but not indexed, with the reason
    path     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason   TEXT NOT NULL
);
CREATE TABLE articles (
    id       TEXT PRIMARY KEY,
    path     TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,    -- position in the document
    title    TEXT,
    date     TEXT,                -- ISO date, when known
    year     INTEGER,
    source   TEXT,
    url      TEXT,
    declared TEXT NOT NULL,       -- JSON array: fields taken from the catalog
    text     TEXT NOT NULL,
    facts    INTEGER NOT NULL DEFAULT 0,  -- 1 once its facts (the tables below) are extracted
    wanted   TEXT NOT NULL        -- the id it would have alone (another file's article may hold it: see indexwriter)
);
CREATE INDEX articles_by_path ON articles(path);
CREATE INDEX articles_by_year ON articles(year);
CREATE INDEX articles_by_wanted ON articles(wanted);
-- The articles whose facts are still to be extracted: finding there are none is one page read.
CREATE INDEX articles_without_facts ON articles(id) WHERE facts = 0;
CREATE TABLE paragraphs (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,  -- code-point offsets into articles.text
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX paragraphs_by_article ON paragraphs(article_id);
CREATE TABLE anniversaries (      -- the anniversary number each article states
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    stated     INTEGER,
    phrase     TEXT,
    start      INTEGER,
    "end"      INTEGER
);
CREATE TABLE attendees (          -- people the text says were at the ceremony
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    mention         TEXT NOT NULL, -- the name as written
    role            TEXT,
    role_as_written TEXT,
    quote           TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL
);
CREATE INDEX attendees_by_article ON attendees(article_id);
CREATE TABLE names (              -- each way a person's name is written in an article, and the canonical spelling
    article_id TEXT NOT NULL,     -- (the same letters may be another case of another name in another article)
    mention    TEXT NOT NULL,     -- as written in that article
    name       TEXT NOT NULL,     -- the same person's name as the archive spells it most often
    PRIMARY KEY (article_id, mention)
) WITHOUT ROWID;
CREATE TABLE attendee_groups (    -- groups present ("ambassadors of foreign countries"): not people
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    grp        TEXT NOT NULL,
    quote      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX attendee_groups_by_article ON attendee_groups(article_id);
CREATE TABLE casualties (         -- every casualty figure a text gives
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    category   TEXT NOT NULL,     -- killed | injured | arrested | missing
    value      INTEGER NOT NULL,
    low        INTEGER NOT NULL,
    high       INTEGER NOT NULL,
    qualifier  TEXT NOT NULL,     -- exact | approx | at_least | at_most | range
    scope      TEXT NOT NULL,     -- total | partial
    who        TEXT,              -- civilians | soldiers | police
    quote      TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX casualties_by_article ON casualties(article_id);
"""

REQUIRED_TABLES = TEXT_TABLES | frozenset(
    {
        "meta",
        "documents",
        "skipped_files",
        "articles",
        "paragraphs",
        "anniversaries",
        "attendees",
        "attendee_groups",
        "casualties",
    }
)


def create(conn: sqlite3.Connection) -> None:
    """Create the tables in an empty database and stamp it with this schema version."""
    conn.executescript(DDL + TEXT_DDL)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def problem(conn: sqlite3.Connection) -> str | None:
    """Why this database cannot be trusted as a jan20 index of this version, or None if it can."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            return "not a jan20 index"
        if version != SCHEMA_VERSION:
            return f"index schema version {version}, this jan20 needs {SCHEMA_VERSION}"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables >= REQUIRED_TABLES:
            return "index is missing tables"
        conn.execute("SELECT count(*) FROM articles").fetchone()
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise
        return f"index file is damaged ({exc})"
    return None


def is_busy(exc: sqlite3.Error) -> bool:
    """Whether exc says another connection holds a lock on the database (not damage: nothing to rebuild)."""
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in str(exc)


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the index at path: rows by column name, foreign keys enforced."""
    conn = sqlite3.connect(path, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
