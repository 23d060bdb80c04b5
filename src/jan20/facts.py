"""Facts extracted from each article when it is indexed, stored beside it so lookups stay instant."""

from __future__ import annotations

import sqlite3

from .anniversary import stated_anniversary
from .extract.attendees import extract_attendees, extract_groups
from .extract.casualties import extract_casualties


def store_facts(conn: sqlite3.Connection, article_id: str, title: str | None, text: str) -> None:
    """Run every extractor on an article and store the rows under its id."""
    _store_anniversary(conn, article_id, title, text)
    _store_attendees(conn, article_id, text)
    _store_casualties(conn, article_id, text)


def _store_attendees(conn: sqlite3.Connection, article_id: str, text: str) -> None:
    conn.executemany(
        'INSERT INTO attendees (article_id, mention, role, role_as_written, quote, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article_id, a.mention, a.role, a.role_as_written, a.quote, a.start, a.end) for a in extract_attendees(text)],
    )
    conn.executemany(
        'INSERT INTO attendee_groups (article_id, grp, quote, start, "end") VALUES (?, ?, ?, ?, ?)',
        [(article_id, g.group, g.quote, g.start, g.end) for g in extract_groups(text)],
    )


def _store_anniversary(conn: sqlite3.Connection, article_id: str, title: str | None, text: str) -> None:
    # A heading states the anniversary as often as the story does ("14rd anniversary of …"): read it first.
    # Offsets are into the article text; a phrase from the title has none.
    stated = stated_anniversary(title) if title else None
    start: int | None = None
    end: int | None = None
    if stated is None:
        stated = stated_anniversary(text)
        if stated is not None:
            start, end = stated.start, stated.end
    conn.execute(
        'INSERT INTO anniversaries (article_id, stated, phrase, start, "end") VALUES (?, ?, ?, ?, ?)',
        (article_id, stated.number if stated else None, stated.text if stated else None, start, end),
    )


def _store_casualties(conn: sqlite3.Connection, article_id: str, text: str) -> None:
    conn.executemany(
        'INSERT INTO casualties (article_id, category, value, low, high, qualifier, scope, who, quote, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, c.category, c.value, c.low, c.high, c.qualifier, c.scope, c.who, c.quote, c.start, c.end)
            for c in extract_casualties(text)
        ],
    )
