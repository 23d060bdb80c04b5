"""`jan20 year YEAR`: the quick-lookup card for one year."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from jan20.archive.index import Archive
from jan20.query.attendees import AttendeeRow, attendees
from jan20.query.browse import ArticleRecord, check_year, list_articles
from jan20.query.casualties import CasualtyRow, casualty_rows
from jan20.text.event import EVENT_YEAR

from ..records import Layout, Row


@dataclass(frozen=True)
class YearHeader(Row):
    """The first record of a year card."""

    LAYOUT: ClassVar[Layout] = Layout(columns=("year", "anniversary", "articles"), title="Year")

    type: str
    year: int
    anniversary: int  # years since 20 January 1990
    articles: int


@dataclass(frozen=True)
class CardArticle(ArticleRecord):
    LAYOUT: ClassVar[Layout] = replace(ArticleRecord.LAYOUT, columns=("id", "date", "source", "title"))
    type: str = "article"


@dataclass(frozen=True)
class CardAttendee(AttendeeRow):
    LAYOUT: ClassVar[Layout] = replace(AttendeeRow.LAYOUT, columns=("name", "role", "article"), shorten=("role",))
    type: str = "attendee"


@dataclass(frozen=True)
class CardCasualty(CasualtyRow):
    LAYOUT: ClassVar[Layout] = replace(
        CasualtyRow.LAYOUT, columns=("category", "figure", "scope", "who", "source", "article")
    )
    type: str = "casualty"


def year_card(archive: Archive, year: int) -> list[Any]:
    """The card for one year: a header record, then its articles, attendees and casualty figures.

    Every record carries a "type" (year, article, attendee, casualty), so the card is one JSON array.
    """
    check_year(year)
    articles = list_articles(archive, year=year)
    card: list[Any] = [YearHeader("year", year, year - EVENT_YEAR, len(articles))]
    card += [CardArticle(**vars(a)) for a in articles]
    card += [CardAttendee(**vars(a)) for a in attendees(archive, year=year)]
    card += [CardCasualty(**vars(c)) for c in casualty_rows(archive, year=year)]
    return card
