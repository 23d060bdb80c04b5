"""The Typer application, its global options, and what every command shares."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from ..browse import check_year
from ..errors import Jan20Error
from ..index import Archive, Progress, open_archive
from ..locations import NO_REFRESH_ENV
from ..paths import check_corpus, check_index_path, resolve_corpus, resolve_index
from ..render import default_format, render
from ..terminal import Terminal

app = typer.Typer(
    name="jan20",
    help="Explore the archive of 20 January 1990 (Black January) in Baku and its commemorations.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


CorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        metavar="DIR",
        help="Archive folder (default: $JAN20_CORPUS, else the shipped corpus).",
        file_okay=False,
    ),
]
IndexOption = Annotated[
    Path | None,
    typer.Option(
        "--index",
        metavar="PATH",
        help="Index file (default: $JAN20_INDEX, else the user cache).",
        dir_okay=False,
    ),
]
FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format (default: table on a terminal, tsv in a pipeline)."),
]


def valid_year(year: int | None) -> int | None:
    """A year option or argument, checked while the arguments are parsed: a bad one never opens the index."""
    try:
        check_year(year)
    except Jan20Error as exc:
        raise typer.BadParameter(str(exc)) from None
    return year


YearOption = Annotated[int | None, typer.Option("--year", "-y", help="Only this year.", callback=valid_year)]
SourceOption = Annotated[str | None, typer.Option("--source", "-s", help="Only this source.")]


class Settings:
    """The global options, as given before the command."""

    corpus: Path | None = None
    index: Path | None = None
    rebuild: bool = False  # set when a run found the index damaged, for the run that follows
    check_fresh: bool = True


settings = Settings()
T = TypeVar("T")


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"jan20 {__version__}")
        raise typer.Exit(0)


@app.callback()
def _global(
    corpus: CorpusOption = None,
    index: IndexOption = None,
    no_refresh: Annotated[
        bool,
        typer.Option(
            "--no-refresh",
            envvar=NO_REFRESH_ENV,
            help="Use the index as it is, without checking the folder for changes (for scripts running many "
            "lookups on an archive that has not changed; `jan20 index` refreshes it).",
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    settings.corpus = corpus
    settings.index = index
    settings.check_fresh = not no_refresh


def lookup(corpus: Path | None, index: Path | None, answer: Callable[[Archive], T]) -> T:
    """answer(archive) for the archive the options choose, from an up-to-date index."""
    opened = archive(corpus, index)
    try:
        return answer(opened)
    finally:
        opened.close()


def archive(
    corpus: Path | None = None,
    index: Path | None = None,
    *,
    rebuild: bool = False,
    strict: bool = False,
    refresh: bool = False,
) -> Archive:
    """Open the archive chosen by the command's options, the global ones, or the environment (refresh: bring
    the index up to date even under --no-refresh)."""
    corpus_dir, index_path = _chosen_paths(corpus, index)
    rebuild = rebuild or settings.rebuild
    check_fresh = settings.check_fresh or refresh
    opened = open_archive(
        corpus_dir,
        index_path,
        rebuild=rebuild,
        progress=_progress_bar(),
        strict=strict,
        check_fresh=check_fresh,
    )
    for warning in opened.warnings:
        note(warning)
    return opened


def _chosen_paths(corpus: Path | None, index: Path | None) -> tuple[Path, Path]:
    """The corpus folder and index file the command's options, the global ones, or the environment choose."""
    corpus_dir = check_corpus(resolve_corpus(corpus or settings.corpus))
    return corpus_dir, check_index_path(resolve_index(index or settings.index, corpus_dir))


def note(message: str) -> None:
    """One line on stderr that is not an error, inert like every line jan20 writes (a path in it may hold escape
    sequences or bidi overrides)."""
    from ..render import inert

    sys.stderr.write(f"jan20: {inert(message)}\n")


QuotesOption = Annotated[
    bool,
    typer.Option(
        "--quotes", "-q", help="Show each row's quote in full (tables shorten it; csv, tsv and json have it)."
    ),
]


def emit(
    records: list[Any],
    fmt: Format | None,
    *,
    title: str | None = None,
    kind: type | None = None,
    full: tuple[str, ...] = (),
) -> int:
    """Render records to stdout; the exit status like grep: 0 when there are records, 1 when none.

    With none: JSON gives [], csv and tsv their header (when kind, the records' class, names the columns),
    and a terminal a note on stderr rather than nothing at all."""
    terminal = Terminal.detect(sys.stdout)
    chosen = fmt.value if fmt else default_format(terminal)
    if records or chosen in ("json", "csv", "tsv"):
        render(records, chosen, sys.stdout, terminal, title=title, kind=kind, full=full)
    if not records and terminal.is_tty:
        typer.echo("jan20: nothing found", err=True)
    return 0 if records else 1


def _progress_bar() -> Progress | None:
    """A progress bar on stderr for work that takes more than a moment, on a terminal only: indexing the files,
    then extracting facts (each stage counts from 1 to its total, and the bar starts anew for the next)."""
    if not sys.stderr.isatty():
        return None
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        started = state.setdefault("started", time.monotonic())
        if "bar" not in state and done < total and time.monotonic() - started >= 0.5:
            from rich.console import Console
            from rich.progress import Progress as RichProgress

            bar = RichProgress(console=Console(stderr=True), transient=True)
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task("indexing", total=total)
        if "bar" in state:
            state["bar"].update(state["task"], completed=done)
        if done >= total:  # this stage is over: the next one starts its own clock and bar
            if "bar" in state:
                state["bar"].stop()
            state.clear()

    return update
