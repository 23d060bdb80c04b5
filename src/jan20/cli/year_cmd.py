"""The year command: the quick-lookup card for one year (its own module so a lookup loads only this)."""

from __future__ import annotations

from typing import Annotated

import typer

from . import complete
from .app import Common, command, valid_year


@command("year")
def year_command(
    year: Annotated[
        int,
        typer.Argument(metavar="YEAR", help="The year to look up.", callback=valid_year, autocompletion=complete.years),
    ],
    *,
    common: Common,
) -> None:
    """The quick-lookup card for one year: anniversary, articles and sources, attendees, casualty figures."""
    from jan20.query.year import year_card

    card = common.lookup(lambda opened: year_card(opened, year))
    has_articles = any(getattr(record, "type", None) == "article" for record in card)
    common.emit(card, title=f"{year}")
    raise typer.Exit(0 if has_articles else 1)
