"""The index command: build or refresh the index and report what was read and skipped."""

from __future__ import annotations

from typing import Annotated

import typer

from .app import CorpusOption, FormatOption, IndexOption, app, archive, emit, note


@app.command("index")
def index_command(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Build the index anew.")] = False,
    fmt: FormatOption = None,
    corpus: CorpusOption = None,
    index: IndexOption = None,
) -> None:
    """Build or refresh the index and extract its facts; list each file with what was done (added, changed,
    skipped and why)."""
    opened = archive(corpus, index, rebuild=rebuild, strict=True, refresh=True)
    opened.ensure_facts()  # what other commands would extract on first use: all is ready once this returns
    report = opened.report
    note(
        f"{report.count('added') + report.count('changed') + report.count('unchanged')} documents indexed "
        f"({report.count('added')} added, {report.count('changed')} changed, {report.count('removed')} removed), "
        f"{report.count('skipped')} skipped; index: {report.index}"
    )
    emit(list(report.files), fmt)
    raise typer.Exit(0)
