"""Maintenance commands: index (build or refresh the index and report what was read and skipped) and completion."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from .app import Common, archive, command, index_location, note


@command("index")
def index_command(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Build the index anew.")] = False,
    path: Annotated[
        bool, typer.Option("--path", help="Print where the index file is (for sqlite3 or Datasette), and exit.")
    ] = False,
    *,
    common: Common,
) -> None:
    """Build or refresh the index and extract its facts; list each file with what was done (added, changed,
    skipped and why)."""
    if path:
        typer.echo(index_location(common.corpus, common.index))  # nothing is opened, made or built
        raise typer.Exit(0)
    opened = archive(common.corpus, common.index, rebuild=rebuild, strict=True, refresh=True)
    opened.ensure_facts()  # what other commands would extract on first use: all is ready once this returns
    report = opened.report
    note(
        f"{_documents(report.count('added') + report.count('changed') + report.count('unchanged'))} indexed "
        f"({report.count('added')} added, {report.count('changed')} changed, {report.count('removed')} removed), "
        f"{report.count('skipped')} skipped; index: {report.index}"
    )
    common.emit(list(report.files))
    raise typer.Exit(0)


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


@command("completion", archive=False)
def completion_command(shell: Annotated[Shell, typer.Argument(help="bash, zsh or fish.")]) -> None:
    """Print the shell completion script: commands, options, article ids, years and source names complete
    (ids, years and sources from the index as it is; completing never builds or refreshes it)."""
    from . import complete

    typer.echo(complete.script(shell.value))


def _documents(count: int) -> str:
    return f"{count} document" if count == 1 else f"{count} documents"
