"""The anniversaries command."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import Common, SourceOption, YearOption, command


@command("anniversaries")
def anniversaries_command(
    year: YearOption = None,
    source: SourceOption = None,
    gaps: Annotated[bool, typer.Option("--gaps", help="Also list the years with no article.")] = False,
    *,
    common: Common,
) -> None:
    """Each dated article's anniversary: computed from its year, as its text states it, and whether they agree."""
    from jan20.query.anniversaries import AnniversaryRow, anniversaries

    records = common.lookup(lambda opened: anniversaries(opened, year=year, source=source, gaps=gaps))
    raise typer.Exit(common.emit(records, kind=AnniversaryRow))
