"""`jan20 casualties`: the figures each source gives, side by side, and how far they disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from jan20.archive.index import Archive
from jan20.query.browse import ARTICLE_ORDER, UNKNOWN_SOURCE, fact_records

from ..records import Layout, Row

CATEGORIES = ("killed", "injured", "arrested", "missing")


@dataclass(frozen=True)
class CasualtyRow(Row):
    """One figure one article gives, with the sentence it came from."""

    LAYOUT: ClassVar[Layout] = Layout(
        columns=("year", "source", "category", "figure", "scope", "who", "article", "quote"),
        title="Casualty figures",
        shorten=("source", "quote"),
        optional=("scope", "who", "quote"),
        key=("category", "figure"),
        json_extra=("figure",),
    )

    article: str
    source: str | None
    year: int | None
    category: str  # killed | injured | arrested | missing
    value: int
    low: int
    high: int
    qualifier: str  # exact | approx | at_least | at_most | range
    scope: str  # total | partial
    who: str | None  # civilians | soldiers | police | None
    quote: str
    start: int
    end: int

    @property
    def figure(self) -> str:
        return figure_text(self.qualifier, self.value, self.low, self.high)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "figure": self.figure}


@dataclass(frozen=True)
class CategoryComparison(Row):
    """One category: the total each source reports, side by side, and the spread between them."""

    LAYOUT: ClassVar[Layout] = Layout(
        title="Casualty figures by source", key=("category",), empty_columns=("category", "spread")
    )

    category: str
    who: str | None  # soldiers or police when the figures are about them; None for everyone else
    by_source: dict[str, str]  # source → the figure(s) it reports, as written ("~147", "131–170")
    low: int  # the smallest figure any source reports
    high: int  # the largest
    spread: int  # high − low: 0 when the sources agree
    sources: int
    all_sources: tuple[str, ...]  # the comparison's columns

    def columns(self) -> tuple[str, ...]:
        return ("category", *self.all_sources, "spread")

    def to_dict(self) -> dict[str, Any]:
        fields = ("category", "who", "by_source", "low", "high", "spread", "sources")
        return {name: getattr(self, name) for name in fields}

    def table_dict(self) -> dict[str, Any]:
        """One table row: a column per source."""
        label = self.category if self.who is None else f"{self.category} ({self.who})"
        return {"category": label, **self.by_source, "spread": self.spread}


def figure_text(qualifier: str, value: int, low: int, high: int) -> str:
    """A figure as a reader writes it: 147, ~147, 800+, ≤150, 131–170."""
    if qualifier == "range":
        return f"{low}–{high}"
    prefix = {"approx": "~", "at_most": "≤"}.get(qualifier, "")
    suffix = "+" if qualifier == "at_least" else ""
    return f"{prefix}{value}{suffix}"


def casualty_rows(archive: Archive, *, year: int | None = None, source: str | None = None) -> list[CasualtyRow]:
    """Every casualty figure in the archive, with its quote, in year and text order."""
    return fact_records(
        archive,
        CasualtyRow,
        "SELECT c.*, a.source, a.year FROM casualties c JOIN articles a ON a.id = c.article_id "
        f"WHERE {{where}} ORDER BY {ARTICLE_ORDER}, c.start",
        year,
        source,
        article="article_id",
    )


def source_column(row: CasualtyRow) -> str:
    """The comparison column a figure goes in: its source, or, when the text names none, its own article (two
    unsourced stories are not one source contradicting itself)."""
    return row.source or f"{UNKNOWN_SOURCE[:-1]}: {row.article})"


def compare_sources(rows: list[CasualtyRow]) -> list[CategoryComparison]:
    """Per category, the totals each source reports side by side (partial figures left out)."""
    totals = [r for r in rows if r.scope == "total"]
    all_sources = tuple(dict.fromkeys(source_column(r) for r in totals))
    groups: dict[tuple[str, str | None], list[CasualtyRow]] = {}
    for row in totals:
        who = row.who if row.who in ("soldiers", "police") else None
        groups.setdefault((row.category, who), []).append(row)
    order = {name: number for number, name in enumerate(CATEGORIES)}
    result = []
    for (category, who), items in sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], 9), kv[0][1] or "")):
        by_source: dict[str, list[str]] = {}
        for row in items:
            figures = by_source.setdefault(source_column(row), [])
            if row.figure not in figures:
                figures.append(row.figure)
        values = [row.value for row in items] + [row.low for row in items] + [row.high for row in items]
        low, high = min(values), max(values)
        result.append(
            CategoryComparison(
                category=category,
                who=who,
                by_source={source: " / ".join(figures) for source, figures in by_source.items()},
                low=low,
                high=high,
                spread=high - low,
                sources=len(by_source),
                all_sources=all_sources,
            )
        )
    return result
