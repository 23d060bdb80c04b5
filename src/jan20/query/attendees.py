"""`jan20 attendees`: who the texts say was at each ceremony, with names merged across the archive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from jan20.archive.index import Archive
from jan20.query.browse import ARTICLE_ORDER, fact_records

from ..records import Layout, Row


@dataclass(frozen=True)
class AttendeeRow(Row):
    """One person at one article's ceremony, with the sentence that says so."""

    LAYOUT: ClassVar[Layout] = Layout(
        columns=("year", "name", "role", "mention", "article", "quote"),
        title="Attendees",
        shorten=("role", "mention", "quote"),
        optional=("mention", "quote"),
        key=("name",),
    )

    article: str
    year: int | None
    name: str  # canonical spelling across the archive
    mention: str  # as written in this article
    role: str | None  # canonical role
    role_as_written: str | None
    quote: str
    source: str | None
    start: int
    end: int


@dataclass(frozen=True)
class GroupRow(Row):
    """A group present at a ceremony ("ambassadors of foreign countries"): not a person."""

    LAYOUT: ClassVar[Layout] = Layout(
        columns=("year", "group", "article", "quote"), title="Groups", shorten=("group", "quote")
    )

    article: str
    year: int | None
    group: str
    quote: str
    source: str | None


@dataclass(frozen=True)
class PersonYears(Row):
    """A row of the person × year matrix: the years a person is reported at a ceremony."""

    LAYOUT: ClassVar[Layout] = Layout(title="Attendance by year", compact=True, key=("name",), empty_columns=("name",))

    name: str
    role: str | None  # the role most often given
    years: tuple[int, ...]
    all_years: tuple[int, ...]  # the matrix's columns

    def columns(self) -> tuple[str, ...]:
        return ("name", *(str(y) for y in self.all_years))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "years": list(self.years)}

    def table_dict(self) -> dict[str, Any]:
        """One matrix row: a column per year, marked where the person attended."""
        return {"name": self.name, **{str(y): ("●" if y in self.years else "") for y in self.all_years}}


def attendees(archive: Archive, *, year: int | None = None, source: str | None = None) -> list[AttendeeRow]:
    """Every person reported at a ceremony, in year order, names merged across the whole archive."""
    return fact_records(
        archive,
        AttendeeRow,
        "SELECT t.*, a.year, a.source, coalesce(n.name, t.mention) AS name FROM attendees t "
        "JOIN articles a ON a.id = t.article_id "
        "LEFT JOIN names n ON n.article_id = t.article_id AND n.mention = t.mention WHERE "
        f"{{where}} ORDER BY {ARTICLE_ORDER}, t.start",
        year,
        source,
        article="article_id",
    )


def groups(archive: Archive, *, year: int | None = None, source: str | None = None) -> list[GroupRow]:
    """Groups reported at ceremonies (not people), in year order."""
    return fact_records(
        archive,
        GroupRow,
        "SELECT g.*, a.year, a.source FROM attendee_groups g "
        f"JOIN articles a ON a.id = g.article_id WHERE {{where}} ORDER BY {ARTICLE_ORDER}, g.start",
        year,
        source,
        article="article_id",
        group="grp",
    )


def by_person(rows: list[AttendeeRow]) -> list[PersonYears]:
    """The person × year matrix of attendee rows, people sorted by first appearance."""
    all_years = tuple(sorted({r.year for r in rows if r.year is not None}))
    order: dict[str, list[AttendeeRow]] = {}
    for row in rows:
        order.setdefault(row.name, []).append(row)
    matrix = []
    for name, mine in order.items():
        roles = [r.role for r in mine if r.role]
        role = max(set(roles), key=roles.count) if roles else None
        years = tuple(sorted({r.year for r in mine if r.year is not None}))
        matrix.append(PersonYears(name, role, years, all_years))
    return matrix
