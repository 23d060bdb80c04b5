"""Browsing the archive: articles, facet counts, one article, the card for one year."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar, TypeVar

from jan20.archive.index import Archive
from jan20.errors import Jan20Error
from jan20.records import Layout, Row
from jan20.text.event import FIRST_YEAR, LAST_YEAR
from jan20.text.fold import to_ascii

MIN_YEAR, MAX_YEAR = FIRST_YEAR, LAST_YEAR
# What a terminal table shows for the articles a facet count finds without a source or a year (null in JSON).
UNKNOWN_SOURCE, UNKNOWN_YEAR = "(unknown source)", "(unknown year)"
# Archive order for any query over articles aliased `a`: by year (none last), date, then place in the file.
ARTICLE_ORDER = "a.year IS NULL, a.year, coalesce(a.date, ''), a.path, a.seq"


@dataclass(frozen=True)
class ArticleRecord(Row):
    """An article as listed (the public JSON article object)."""

    LAYOUT: ClassVar[Layout] = Layout(
        columns=("id", "date", "year", "source", "title"), title="Articles", shorten=("title", "source")
    )

    id: str
    path: str
    title: str | None
    date: str | None
    year: int | None
    source: str | None
    declared: tuple[str, ...]
    url: str | None


@dataclass(frozen=True)
class ArticleText(ArticleRecord):
    """An article with its text, for `show`."""

    LAYOUT: ClassVar[Layout] = replace(ArticleRecord.LAYOUT, columns=("id", "date", "year", "source", "title", "text"))

    text: str = ""


@dataclass(frozen=True)
class YearCount(Row):
    LAYOUT: ClassVar[Layout] = Layout(title="Years", placeholders=(("year", UNKNOWN_YEAR),))

    year: int | None
    articles: int


@dataclass(frozen=True)
class SourceCount(Row):
    LAYOUT: ClassVar[Layout] = Layout(title="Sources", placeholders=(("source", UNKNOWN_SOURCE),))

    source: str | None
    articles: int


_ARTICLE_COLUMNS = "id, path, title, date, year, source, declared, url"


def _article(row: sqlite3.Row) -> ArticleRecord:
    return ArticleRecord(
        id=row["id"],
        path=row["path"],
        title=row["title"],
        date=row["date"],
        year=row["year"],
        source=row["source"],
        declared=tuple(json.loads(row["declared"])),
        url=row["url"],
    )


def check_year(year: int | None) -> None:
    """A usage error for a year no archive of this event can hold."""
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise Jan20Error(f"year {year} is out of range ({MIN_YEAR}–{MAX_YEAR})")


def _storable(text: str) -> bool:
    """False for text SQLite cannot take, and so no id can be: bytes that are not UTF-8, as a shell passes them
    (`jan20 show $'\\xff'` arrives as a surrogate escape)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def fold_source(name: str) -> str:
    """A source name compared loosely: case, accents and punctuation ignored."""
    return re.sub(r"[^a-z0-9]+", "", to_ascii(name).lower())


def resolve_source(archive: Archive, source: str | None) -> str | None:
    """The stored spelling of a source given loosely; an unknown source is a usage error naming close ones."""
    if source is None:
        return None
    known: list[str] = [
        r[0] for r in archive.conn.execute("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL")
    ]
    wanted = fold_source(source)
    for name in known:
        if fold_source(name) == wanted:
            return name
    raise Jan20Error(f"unknown source {source!r}" + _suggest(source, known))


def _suggest(value: str, choices: list[str]) -> str:
    from rapidfuzz import fuzz, process

    # Typed in other case ("BOM-CRLF" for the id bom-crlf): the scorer below compares case, and offered nothing.
    same = [c for c in choices if c.casefold() == value.casefold()]
    if same:
        return "; did you mean " + ", ".join(same[:3]) + "?"
    close = [c for c, _, _ in process.extract(value, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=50)]
    if close:
        return "; did you mean " + ", ".join(close) + "?"
    return ""


def article_filter(archive: Archive, year: int | None, source: str | None, alias: str = "a") -> tuple[str, list[Any]]:
    """SQL condition and parameters selecting articles by year and source (validated)."""
    check_year(year)
    stored_source = resolve_source(archive, source)
    clauses: list[str] = ["1"]
    params: list[Any] = []
    if year is not None:
        clauses.append(f"{alias}.year = ?")
        params.append(year)
    if stored_source is not None:
        clauses.append(f"{alias}.source = ?")
        params.append(stored_source)
    return " AND ".join(clauses), params


_R = TypeVar("_R")


def fact_records(
    archive: Archive, record: type[_R], sql: str, year: int | None, source: str | None, **columns: str
) -> list[_R]:
    """The facts a view shows, as records: sql (a SELECT over a fact table joined to `articles a`, with `{where}`
    where the year and source condition goes) is run once the facts are extracted; each field of record is taken
    from the column of its name, or of the name columns maps it to."""
    archive.ensure_facts()
    where, params = article_filter(archive, year, source)
    return records_from(record, archive.conn.execute(sql.format(where=where), params), **columns)


def records_from(record: type[_R], rows: Iterable[sqlite3.Row], **columns: str) -> list[_R]:
    """Index rows as records: each field from the column of its name, or of the name columns maps it to."""
    names = [(f.name, columns.get(f.name, f.name)) for f in fields(record)]  # type: ignore[arg-type]
    return [record(**{name: row[column] for name, column in names}) for row in rows]


def list_articles(archive: Archive, *, year: int | None = None, source: str | None = None) -> list[ArticleRecord]:
    """Articles in date order (undated ones by year, then by path)."""
    where, params = article_filter(archive, year, source)
    rows = archive.conn.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE {where} ORDER BY {ARTICLE_ORDER}",
        params,
    )
    return [_article(row) for row in rows]


def year_counts(archive: Archive) -> list[YearCount]:
    """How many articles each year has, in year order (articles without a year last)."""
    rows = archive.conn.execute("SELECT year, count(*) FROM articles GROUP BY year ORDER BY year IS NULL, year")
    return [YearCount(year, count) for year, count in rows]


def source_counts(archive: Archive) -> list[SourceCount]:
    """How many articles each source has, most first (articles without a known source last)."""
    rows = archive.conn.execute(
        "SELECT source, count(*) AS n FROM articles GROUP BY source ORDER BY source IS NULL, n DESC, source"
    )
    return [SourceCount(source, count) for source, count in rows]


def get_article(archive: Archive, article_id: str) -> ArticleText:
    """One article with its text; an unknown id is a usage error naming the closest ids."""
    row = None
    if _storable(article_id):
        query = f"SELECT {_ARTICLE_COLUMNS}, text FROM articles WHERE id = ?"
        row = archive.conn.execute(query, (article_id,)).fetchone()
    if row is None:
        ids = [r[0] for r in archive.conn.execute("SELECT id FROM articles")]
        raise Jan20Error(f"no article with id {article_id!r}" + _suggest(article_id, ids))
    base = _article(row)
    return ArticleText(**vars(base), text=row["text"])
