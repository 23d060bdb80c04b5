"""The casualties command."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .app import Common, Format, QuotesOption, SourceOption, YearOption, command


@command("casualties")
def casualties_command(
    year: YearOption = None,
    source: SourceOption = None,
    rows: Annotated[bool, typer.Option("--rows", help="Every figure with its quote (the default for JSON).")] = False,
    compare: Annotated[
        bool, typer.Option("--compare", help="The side-by-side comparison (the default for tables, csv, tsv).")
    ] = False,
    quotes: QuotesOption = False,
    *,
    common: Common,
) -> None:
    """Casualty figures (killed, injured, arrested, missing): what each source reports, side by side."""
    from jan20.query import casualties as view

    if compare and (rows or quotes):
        raise typer.BadParameter("choose one of --rows (or --quotes) and --compare")
    figures = common.lookup(lambda opened: view.casualty_rows(opened, year=year, source=source))
    # JSON readers get the rows (the documented record); people get the comparison unless they ask.
    as_rows = (
        rows or quotes or (not compare and (common.fmt in (Format.json, Format.jsonl) or common.fields is not None))
    )
    records: list[Any] = figures if as_rows else view.compare_sources(figures)
    kind = view.CasualtyRow if as_rows else view.CategoryComparison
    raise typer.Exit(common.emit(records, kind=kind, full=("quote",) if quotes else ()))
