"""Facts extracted from each article (attendees, casualty figures, the anniversary it states), stored beside it.

A build leaves them out, so an archive is searchable as soon as its text is indexed. complete_facts extracts
those of the articles that lack them, the first time a command reads them (Archive.ensure_facts): after a
build, that is every article; after a refresh, only the new ones. extract_facts is pure (it runs in worker
processes when there are many articles); store_facts writes the rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from jan20.text.event import this_event

if TYPE_CHECKING:
    from jan20.extract.anniversary import StatedAnniversary
    from jan20.extract.attendees import AttendeeMention, GroupMention
    from jan20.extract.casualties import CasualtyFigure

# Articles read back from the index per query while their facts are extracted: memory stays flat.
READ_BATCH = 256


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    stated: StatedAnniversary | None
    stated_in_title: bool
    attendees: list[AttendeeMention]
    groups: list[GroupMention]
    casualties: list[CasualtyFigure]


def extract_facts(title: str | None, text: str) -> ArticleFacts:
    """Run every extractor on an article (none of the attendance and casualty ones on a story about another
    event: see about_another_event)."""
    from jan20.extract.anniversary import stated_anniversary
    from jan20.extract.attendees import extract_attendees, extract_groups
    from jan20.extract.casualties import extract_casualties

    # A heading states the anniversary as often as the story does ("14rd anniversary of …"): read it first.
    stated = stated_anniversary(title) if title else None
    in_title = stated is not None
    if stated is None:
        stated = stated_anniversary(text)
    if about_another_event(title, text):
        return ArticleFacts(stated, in_title, [], [], [])
    # (each extractor reads the apostrophes of its text itself, `fold.read_apostrophes`: done once here it would save
    # 0.7 ms of CPU on 5 MB of cue-dense text with no such mark, of 23 s to index it; 2026-12-07)
    return ArticleFacts(stated, in_title, extract_attendees(text), extract_groups(text), extract_casualties(text))


# How a head names 20 January 1990, in the languages of the archive.
_THIS_EVENT = this_event(r"\b{}\b", whole_word=False)
_HEAD = 300  # characters of the text that stand for its head when its title names neither event: the lead
# How far into the text 20 January, named, keeps a lead that names another event this event's story: a ceremony held
# at a Khojaly monument or park names Khojaly first and the date of 1990 in the next sentence.
_LEAD = 2 * _HEAD


def about_another_event(title: str | None, text: str) -> bool:
    """Whether the story is about another event (Khojaly, the Karabakh wars, the 1918 genocide …): its title names
    one and not 20 January; or, when it has no title, its lead names one and not 20 January; or, under a title that
    names neither ("Unutmayaq!"), its lead names one and its first paragraphs do not name 20 January (a ceremony "at
    the Khojaly Martyrs' Monument" for those killed on 20 January 1990 is read as usual). Its ceremonies and figures
    are that event's, even in sentences that do not repeat its name ("613 civilians were killed"); a story about 20
    January that mentions Khojaly in passing is read as usual."""
    from jan20.extract._casualty_context import names_other_event

    if not title:
        return names_other_event(text[:_HEAD]) and _THIS_EVENT.search(text[:_HEAD]) is None
    if _THIS_EVENT.search(title) is not None:
        return False
    return names_other_event(title) or (names_other_event(text[:_HEAD]) and _THIS_EVENT.search(text[:_LEAD]) is None)


def complete_facts(conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Extract and store the facts of every article that lacks them, inside the caller's transaction; then map
    the attendees' names across the archive. Returns how many articles were read."""
    ids = [row[0] for row in conn.execute("SELECT id FROM articles WHERE facts = 0 ORDER BY rowid")]
    if not ids:
        return 0
    # The extractors compile their patterns on import (about a second of CPU): done here, once, the worker
    # processes forked for a large archive inherit them instead of each compiling its own.
    import jan20.extract.anniversary
    import jan20.extract.attendees
    import jan20.extract.casualties  # noqa: F401
    from jan20.archive.parallel import ordered_map

    for done, (article_id, facts) in enumerate(ordered_map(_facts_of, _articles(conn, ids), len(ids)), 1):
        store_facts(conn, article_id, facts)
        if progress is not None:
            progress(done, len(ids))
    conn.executemany("UPDATE articles SET facts = 1 WHERE id = ?", [(i,) for i in ids])
    merge_names(conn)
    return len(ids)


def _articles(conn: sqlite3.Connection, ids: list[str]) -> Iterator[tuple[str, str | None, str]]:
    """(id, title, text) of the articles, read a batch at a time, in the order of ids."""
    for start in range(0, len(ids), READ_BATCH):
        chosen = ids[start : start + READ_BATCH]
        marks = ",".join("?" * len(chosen))
        rows = {
            row[0]: row for row in conn.execute(f"SELECT id, title, text FROM articles WHERE id IN ({marks})", chosen)
        }
        for article_id in chosen:
            row = rows[article_id]
            yield row[0], row[1], row[2]


def _facts_of(item: tuple[str, str | None, str]) -> tuple[str, ArticleFacts]:
    article_id, title, text = item
    return article_id, extract_facts(title, text)


def merge_names(conn: sqlite3.Connection) -> None:
    """Map every attendee mention to one spelling per person, across the whole archive (by article: a name the
    words before it put in the genitive in one article, "посла Ивана Петрова", is in the nominative in another)."""
    from jan20.extract._case import certain_nominatives
    from jan20.extract.people import canonical_spellings

    rows = conn.execute("SELECT mention, role_as_written, start, article_id FROM attendees ORDER BY id").fetchall()
    known = certain_nominatives(rows, partial(_text_before, conn))  # ("посла Ивана Петрова": "Иван Петров")
    names = canonical_spellings([r[0] for r in rows], [known.get((r[3], r[0])) for r in rows])
    conn.execute("DELETE FROM names")
    by_article = {(row[3], row[0]): name for row, name in zip(rows, names, strict=True)}
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", [(*key, name) for key, name in by_article.items()])


def _text_before(conn: sqlite3.Connection, article_id: str, start: int, length: int) -> str:
    """The article's text up to `start`, its last `length` characters."""
    begin = max(start - length, 0)
    row = conn.execute("SELECT substr(text, ?, ?) FROM articles WHERE id = ?", (begin + 1, start - begin, article_id))
    return str((row.fetchone() or ("",))[0] or "")


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
