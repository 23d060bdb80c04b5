"""Browse commands: list, years, sources, show, year."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from .. import browse
from ..render import render, write_text
from ..terminal import Terminal
from .app import CorpusOption, FormatOption, IndexOption, SourceOption, YearOption, app, emit, lookup


@app.command("list")
def list_command(
    year: YearOption = None,
    source: SourceOption = None,
    fmt: FormatOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """List articles (id, date, year, source, title)."""
    records = lookup(corpus, index, lambda opened: browse.list_articles(opened, year=year, source=source))
    raise typer.Exit(emit(records, fmt, kind=browse.ArticleRecord))


@app.command("years")
def years_command(fmt: FormatOption = None, corpus: CorpusOption = None, index: IndexOption = None) -> None:
    """How many articles each year has."""
    raise typer.Exit(emit(lookup(corpus, index, browse.year_counts), fmt))


@app.command("sources")
def sources_command(fmt: FormatOption = None, corpus: CorpusOption = None, index: IndexOption = None) -> None:
    """How many articles each source has."""
    raise typer.Exit(emit(lookup(corpus, index, browse.source_counts), fmt))


@app.command("show")
def show_command(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (see `jan20 list`).")],
    fmt: FormatOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """Show one article's text."""
    article = lookup(corpus, index, lambda opened: browse.get_article(opened, article_id))
    terminal = Terminal.detect(sys.stdout)
    if fmt is None or (fmt.value == "table"):
        subtitle = " · ".join(str(v) for v in (article.date or article.year, article.source, article.id) if v)
        write_text(article.text, sys.stdout, terminal, title=article.title, subtitle=subtitle)
    else:
        render([article], fmt.value, sys.stdout, terminal)
