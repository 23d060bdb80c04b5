"""The attendees command."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from .app import CorpusOption, FormatOption, IndexOption, SourceOption, YearOption, app, emit, lookup


class By(StrEnum):
    row = "row"
    person = "person"


@app.command("attendees")
def attendees_command(
    year: YearOption = None,
    source: SourceOption = None,
    groups: Annotated[bool, typer.Option("--groups", help="Groups present (not people), instead of people.")] = False,
    by: Annotated[
        By, typer.Option("--by", help="row: one row per mention; person: the person × year matrix.")
    ] = By.row,
    fmt: FormatOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """Who the texts say attended each ceremony, with the sentence that says so."""
    from ..views import attendees as view

    records: list[Any]
    if groups:
        records = lookup(corpus, index, lambda opened: view.groups(opened, year=year, source=source))
    else:
        records = lookup(corpus, index, lambda opened: view.attendees(opened, year=year, source=source))
        if by is By.person:
            records = view.by_person(records)
    raise typer.Exit(emit(records, fmt))
