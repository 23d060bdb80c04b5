"""The attendees command."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from .app import Common, QuotesOption, SourceOption, YearOption, command


class By(StrEnum):
    row = "row"
    person = "person"


@command("attendees")
def attendees_command(
    year: YearOption = None,
    source: SourceOption = None,
    groups: Annotated[bool, typer.Option("--groups", help="Groups present (not people), instead of people.")] = False,
    by: Annotated[
        By, typer.Option("--by", help="row: one row per mention; person: the person × year matrix.")
    ] = By.row,
    quotes: QuotesOption = False,
    *,
    common: Common,
) -> None:
    """Who the texts say attended each ceremony, with the sentence that says so."""
    from jan20.query import attendees as view

    if groups and by is By.person:
        raise typer.BadParameter("--groups lists groups by row; --by person is for people")
    records: list[Any]
    kind: type
    if groups:
        records = common.lookup(lambda opened: view.groups(opened, year=year, source=source))
        kind = view.GroupRow
    else:
        records = common.lookup(lambda opened: view.attendees(opened, year=year, source=source))
        kind = view.AttendeeRow
        if by is By.person:
            records, kind = view.by_person(records), view.PersonYears
    raise typer.Exit(common.emit(records, kind=kind, full=("quote",) if quotes else ()))
