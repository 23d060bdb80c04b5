"""The search command."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import Common, SourceOption, YearOption, command

MAX_LIMIT = 100_000


def _nonblank(query: str) -> str:
    # Checked while the arguments are parsed, like every bad argument: before the index is opened or built. A
    # query of no letters or digits once folded (a lone U+202E, a combining mark, punctuation) is empty too.
    from jan20.text.fold import fold, words

    if not query.strip():
        raise typer.BadParameter("the query is empty")
    if not words(fold(query)):
        raise typer.BadParameter("the query has no letters or digits to look for")
    return query


@command("search")
def search_command(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", help="Words to look for; typos, case and accents forgiven.", callback=_nonblank
        ),
    ],
    year: YearOption = None,
    source: SourceOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=MAX_LIMIT, help="At most this many hits.")] = 10,
    min_score: Annotated[
        int, typer.Option("--min-score", min=0, max=100, help="Only hits scoring at least this.")
    ] = 50,
    count: Annotated[bool, typer.Option("--count", "-c", help="Print the number of matching articles.")] = False,
    all_passages: Annotated[
        bool, typer.Option("--all-passages", help="Every matching passage, not one per article.")
    ] = False,
    exact: Annotated[
        bool,
        typer.Option(
            "--exact", "-w", help="Whole words as typed (case and accents still forgiven; no typos, no endings)."
        ),
    ] = False,
    *,
    common: Common,
) -> None:
    """Fuzzy search of the articles' text: one hit per article, best first."""
    from jan20.query import (
        search as searching,  # (loaded when searching: every command's module is imported at start-up)
    )

    if count:
        total = common.lookup(
            lambda opened: searching.count(opened, query, year=year, source=source, min_score=min_score, exact=exact)
        )
        typer.echo(total)
        raise typer.Exit(0 if total else 1)
    hits = common.lookup(
        lambda opened: searching.search(
            opened,
            query,
            year=year,
            source=source,
            limit=limit,
            min_score=min_score,
            all_passages=all_passages,
            exact=exact,
        )
    )
    raise typer.Exit(common.emit(hits, kind=searching.Hit))
