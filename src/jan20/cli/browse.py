"""Browse commands: list, years, sources, show, year."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from jan20.query import browse
from jan20.render.terminal import Terminal

from ..render import render, write_text
from . import complete
from .app import Common, SourceOption, YearOption, command


@command("list")
def list_command(year: YearOption = None, source: SourceOption = None, *, common: Common) -> None:
    """List articles (id, date, year, source, title)."""
    records = common.lookup(lambda opened: browse.list_articles(opened, year=year, source=source))
    raise typer.Exit(common.emit(records, kind=browse.ArticleRecord))


@command("years")
def years_command(*, common: Common) -> None:
    """How many articles each year has."""
    raise typer.Exit(common.emit(common.lookup(browse.year_counts), kind=browse.YearCount))


@command("sources")
def sources_command(*, common: Common) -> None:
    """How many articles each source has."""
    records = common.lookup(browse.source_counts)
    raise typer.Exit(common.emit(records, kind=browse.SourceCount))


@command("show", listing=False)
def show_command(
    article_id: Annotated[
        str, typer.Argument(metavar="ID", help="Article id (see `jan20 list`).", autocompletion=complete.article_ids)
    ],
    pager: Annotated[
        bool, typer.Option("--pager/--no-pager", help="Page a long text on a terminal ($JAN20_PAGER, $PAGER, less).")
    ] = True,
    *,
    common: Common,
) -> None:
    """Show one article's text."""
    article = common.lookup(lambda opened: browse.get_article(opened, article_id))
    terminal = Terminal.detect(sys.stdout)
    if common.fmt is None or common.fmt.value == "table":
        subtitle = " · ".join(str(v) for v in (article.date or article.year, article.source, article.id) if v)
        pager_command = terminal.pager() if pager else None
        write_text(article.text, sys.stdout, terminal, title=article.title, subtitle=subtitle, pager=pager_command)
    else:
        render([article], common.fmt.value, sys.stdout, terminal)
