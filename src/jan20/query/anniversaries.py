"""`jan20 anniversaries`: the anniversary each article states, against the one its year implies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from jan20.archive.index import Archive
from jan20.query.browse import ARTICLE_ORDER, article_filter
from jan20.text.event import EVENT_YEAR

from ..records import Layout, Row


@dataclass(frozen=True)
class AnniversaryRow(Row):
    """One dated article: the anniversary computed from its year, and the one its text states."""

    LAYOUT: ClassVar[Layout] = Layout(
        columns=("year", "number", "stated", "consistent", "article", "phrase"),
        title="Anniversaries",
        shorten=("phrase",),
    )

    article: str | None  # None on a gap row
    year: int
    number: int  # year − 1990
    stated: int | None  # the number the text states, None when it states none
    consistent: bool | None  # stated == number; None when nothing is stated
    phrase: str | None  # the words it was read from
    gap: bool = False  # a year between the first and last with no article


def anniversaries(
    archive: Archive, *, year: int | None = None, source: str | None = None, gaps: bool = False
) -> list[AnniversaryRow]:
    """One row per article with a year, in year order; with gaps, also the years that have no article."""
    archive.ensure_facts()
    where, params = article_filter(archive, year, source)
    rows = archive.conn.execute(
        "SELECT a.id, a.year, n.stated, n.phrase FROM articles a LEFT JOIN anniversaries n ON n.article_id = a.id "
        f"WHERE a.year IS NOT NULL AND {where} ORDER BY {ARTICLE_ORDER}",
        params,
    ).fetchall()
    result = [
        AnniversaryRow(
            article=row["id"],
            year=row["year"],
            number=row["year"] - EVENT_YEAR,
            stated=row["stated"],
            consistent=None if row["stated"] is None else row["stated"] == row["year"] - EVENT_YEAR,
            phrase=row["phrase"],
        )
        for row in rows
    ]
    if gaps:
        result = sorted(result + missing_years(archive, year), key=lambda r: (r.year, r.gap))
    return result


def missing_years(archive: Archive, year: int | None = None) -> list[AnniversaryRow]:
    """Gap rows for the years between the archive's first and last year that have no article."""
    present = {y for (y,) in archive.conn.execute("SELECT DISTINCT year FROM articles WHERE year IS NOT NULL")}
    if not present:
        return []
    candidates = range(min(present), max(present) + 1) if year is None else [year]
    return [
        AnniversaryRow(None, y, y - EVENT_YEAR, None, None, None, gap=True)
        for y in candidates
        if y not in present and min(present) <= y <= max(present)
    ]
