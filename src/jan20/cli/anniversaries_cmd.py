"""The anniversaries command."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import (
    CorpusOption,
    FormatOption,
    IndexOption,
    JsonOption,
    NoRefreshOption,
    SourceOption,
    YearOption,
    command,
    emit,
    lookup,
)


@command("anniversaries")
def anniversaries_command(
    year: YearOption = None,
    source: SourceOption = None,
    gaps: Annotated[bool, typer.Option("--gaps", help="Also list the years with no article.")] = False,
    fmt: FormatOption = None,
    json_fields: JsonOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    no_refresh: NoRefreshOption = False,
) -> None:
    """Each dated article's anniversary: computed from its year, as its text states it, and whether they agree."""
    from ..views.anniversaries import AnniversaryRow, anniversaries

    records = lookup(corpus, index, lambda opened: anniversaries(opened, year=year, source=source, gaps=gaps))
    raise typer.Exit(emit(records, fmt, kind=AnniversaryRow, fields=json_fields))
