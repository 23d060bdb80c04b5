"""Facts extracted from each article when it is indexed, stored beside it so lookups stay instant."""

from __future__ import annotations

import sqlite3

from .anniversary import stated_anniversary


def store_facts(conn: sqlite3.Connection, article_id: str, title: str | None, text: str) -> None:
    """Run every extractor on an article and store the rows under its id."""
    _store_anniversary(conn, article_id, title, text)


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
