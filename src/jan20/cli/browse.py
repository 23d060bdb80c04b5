"""Browse commands: list, years, sources, show, year."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import browse
from ..render import render, write_text
from ..terminal import Terminal
from . import complete
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


@command("list")
def list_command(
    year: YearOption = None,
    source: SourceOption = None,
    fmt: FormatOption = None,
    json_fields: JsonOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    no_refresh: NoRefreshOption = False,
) -> None:
    """List articles (id, date, year, source, title)."""
    records = lookup(corpus, index, lambda opened: browse.list_articles(opened, year=year, source=source))
    raise typer.Exit(emit(records, fmt, kind=browse.ArticleRecord, fields=json_fields))


@command("years")
def years_command(
    fmt: FormatOption = None,
    json_fields: JsonOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    no_refresh: NoRefreshOption = False,
) -> None:
    """How many articles each year has."""
    raise typer.Exit(emit(lookup(corpus, index, browse.year_counts), fmt, kind=browse.YearCount, fields=json_fields))


@command("sources")
def sources_command(
    fmt: FormatOption = None,
    json_fields: JsonOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    no_refresh: NoRefreshOption = False,
) -> None:
    """How many articles each source has."""
    records = lookup(corpus, index, browse.source_counts)
    raise typer.Exit(emit(records, fmt, kind=browse.SourceCount, fields=json_fields))


@command("show")
def show_command(
    article_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="Article id (see `jan20 list`).", autocompletion=complete.article_ids),
    ],
    fmt: FormatOption = None,
    pager: Annotated[
        bool, typer.Option("--pager/--no-pager", help="Page a long text on a terminal ($JAN20_PAGER, $PAGER, less).")
    ] = True,
    corpus: CorpusOption = None,
    index: IndexOption = None,
    no_refresh: NoRefreshOption = False,
) -> None:
    """Show one article's text."""
    article = lookup(corpus, index, lambda opened: browse.get_article(opened, article_id))
    terminal = Terminal.detect(sys.stdout)
    if fmt is None or (fmt.value == "table"):
        subtitle = " · ".join(str(v) for v in (article.date or article.year, article.source, article.id) if v)
        pager_command = terminal.pager() if pager else None
        write_text(article.text, sys.stdout, terminal, title=article.title, subtitle=subtitle, pager=pager_command)
    else:
        render([article], fmt.value, sys.stdout, terminal)
