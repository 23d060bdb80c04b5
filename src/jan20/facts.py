"""Facts extracted from each article when it is indexed, stored beside it so lookups stay instant."""

from __future__ import annotations

import sqlite3

from .anniversary import stated_anniversary


def store_facts(conn: sqlite3.Connection, article_id: str, text: str) -> None:
    """Run every extractor on an article's text and store the rows under its id."""
    stated = stated_anniversary(text)
    conn.execute(
        'INSERT INTO anniversaries (article_id, stated, phrase, start, "end") VALUES (?, ?, ?, ?, ?)',
        (article_id, stated.number, stated.text, stated.start, stated.end)
        if stated
        else (article_id, None, None, None, None),
    )
