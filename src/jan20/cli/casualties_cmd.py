"""The casualties command."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .app import CorpusOption, FormatOption, IndexOption, SourceOption, YearOption, app, archive, emit


@app.command("casualties")
def casualties_command(
    year: YearOption = None,
    source: SourceOption = None,
    rows: Annotated[bool, typer.Option("--rows", help="Every figure with its quote, not the comparison.")] = False,
    fmt: FormatOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """Casualty figures (killed, injured, arrested, missing): what each source reports, side by side."""
    from ..views import casualties as view

    figures = view.casualty_rows(archive(corpus, index), year=year, source=source)
    records: list[Any] = figures if rows else view.compare_sources(figures)
    raise typer.Exit(emit(records, fmt))
