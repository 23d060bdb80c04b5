"""Facts extracted from each article when it is indexed, stored beside it so lookups stay instant.

extract_facts is pure (it may run in a worker process during a build); store_facts writes the rows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .anniversary import StatedAnniversary, stated_anniversary
from .extract.attendees import AttendeeMention, GroupMention, extract_attendees, extract_groups
from .extract.casualties import CasualtyFigure, extract_casualties


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    stated: StatedAnniversary | None
    stated_in_title: bool
    attendees: list[AttendeeMention]
    groups: list[GroupMention]
    casualties: list[CasualtyFigure]


def extract_facts(title: str | None, text: str) -> ArticleFacts:
    """Run every extractor on an article."""
    # A heading states the anniversary as often as the story does ("14rd anniversary of …"): read it first.
    stated = stated_anniversary(title) if title else None
    in_title = stated is not None
    if stated is None:
        stated = stated_anniversary(text)
    return ArticleFacts(stated, in_title, extract_attendees(text), extract_groups(text), extract_casualties(text))


def store_facts(conn: sqlite3.Connection, article_id: str, facts: ArticleFacts) -> None:
    """Store an article's facts under its id (offsets into the article text; none for a phrase in the title)."""
    stated = facts.stated
    start, end = (stated.start, stated.end) if stated and not facts.stated_in_title else (None, None)
    conn.execute(
        'INSERT INTO anniversaries (article_id, stated, phrase, start, "end") VALUES (?, ?, ?, ?, ?)',
        (article_id, stated.number if stated else None, stated.text if stated else None, start, end),
    )
    conn.executemany(
        'INSERT INTO attendees (article_id, mention, role, role_as_written, quote, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article_id, a.mention, a.role, a.role_as_written, a.quote, a.start, a.end) for a in facts.attendees],
    )
    conn.executemany(
        'INSERT INTO attendee_groups (article_id, grp, quote, start, "end") VALUES (?, ?, ?, ?, ?)',
        [(article_id, g.group, g.quote, g.start, g.end) for g in facts.groups],
    )
    conn.executemany(
        'INSERT INTO casualties (article_id, category, value, low, high, qualifier, scope, who, quote, start, "end")'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, c.category, c.value, c.low, c.high, c.qualifier, c.scope, c.who, c.quote, c.start, c.end)
            for c in facts.casualties
        ],
    )
