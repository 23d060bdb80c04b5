"""The Typer application, its global options, and what every command shares."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer.models import TyperPath

from jan20.archive.index import Archive, open_archive
from jan20.archive.locations import NO_REFRESH_ENV
from jan20.archive.paths import check_corpus, check_index_path, resolve_corpus, resolve_index
from jan20.query.browse import check_year
from jan20.render.terminal import Terminal

from ..errors import Jan20Error
from ..render import default_format, render
from . import complete
from .usage import EXAMPLES, SUMMARIES, Jan20Command, Jan20Group

if TYPE_CHECKING:
    from jan20.archive.indexreport import Progress

complete.prepare()
app = typer.Typer(
    name="jan20",
    cls=Jan20Group,
    help="Explore the archive of 20 January 1990 (Black January) in Baku and its commemorations.",
    epilog="Each command's --help ends with examples: jan20 search --help. More in the README.",
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def command(
    name: str, *, archive: bool = True, listing: bool = True
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a jan20 command: its help ends with its examples, and option typos get close suggestions.

    archive: the command reads the archive, and takes the options every such command has (--format, --corpus,
    --index, --no-refresh, and --json when listing), which reach it as one Common argument named `common`."""
    examples = "\n".join(f"  {example}" for example in EXAMPLES[name])
    register = app.command(name, cls=Jan20Command, short_help=SUMMARIES[name], epilog=f"\b\nExamples:\n{examples}")
    if not archive:
        return register

    def with_common_options(function: Callable[..., Any]) -> Callable[..., Any]:
        import functools
        import inspect

        signature = inspect.signature(function, eval_str=True)
        own = [parameter for parameter in signature.parameters.values() if parameter.name != "common"]
        shared = [
            inspect.Parameter(option, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)
            for option, annotation in _COMMON_OPTIONS.items()
            if listing or option != "json_fields"
        ]

        @functools.wraps(function)
        def run(**given: Any) -> Any:
            common = Common(given.pop("fmt"), given.pop("json_fields", None), given.pop("corpus"), given.pop("index"))
            given.pop("no_refresh", None)  # (it sets the settings as it is parsed)
            return function(**given, common=common)

        del run.__wrapped__  # Typer reads the signature below, not the function's own
        run.__signature__ = signature.replace(parameters=own + shared)  # type: ignore[attr-defined]
        run.__annotations__ = {parameter.name: parameter.annotation for parameter in own + shared}
        return register(run)

    return with_common_options


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class _GivenPath(TyperPath):
    """A path option that may not be empty: `--corpus "$DIR"` with DIR unset would otherwise be the current
    folder (Path("") is Path(".")), indexed in its place, as `--index ""` would name it for the index."""

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, str) and not value:
            self.fail("the path is empty (is the variable that should give it unset?)", param, ctx)
        return super().convert(value, param, ctx)


CorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        metavar="DIR",
        help="Archive folder (default: $JAN20_CORPUS, else the shipped corpus).",
        click_type=_GivenPath(file_okay=False),
    ),
]
IndexOption = Annotated[
    Path | None,
    typer.Option(
        "--index",
        metavar="PATH",
        help="Index file (default: $JAN20_INDEX, else the user cache).",
        click_type=_GivenPath(dir_okay=False),
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


YearOption = Annotated[
    int | None,
    typer.Option("--year", "-y", help="Only this year.", callback=valid_year, autocompletion=complete.years),
]
SourceOption = Annotated[
    str | None, typer.Option("--source", "-s", help="Only this source.", autocompletion=complete.sources)
]
JsonOption = Annotated[
    str | None,
    typer.Option(
        "--json",
        metavar="FIELDS",
        help="JSON with only these fields, comma-separated (like gh): --json id,title.",
    ),
]


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


def _no_refresh(value: bool) -> bool:
    """--no-refresh after the command: it only ever turns the check off."""
    if value:
        settings.check_fresh = False
    return value


def _no_refresh_first(value: bool) -> bool:
    """--no-refresh before the command: parsed first, so it sets the check for this run."""
    settings.check_fresh = not value
    return value


_NO_REFRESH_HELP = (
    "Use the index as it is, without checking the folder for changes (for scripts running many lookups on an "
    "archive that has not changed; `jan20 index` refreshes it)."
)
NoRefreshOption = Annotated[
    bool,
    typer.Option(
        "--no-refresh", envvar=NO_REFRESH_ENV, callback=_no_refresh, expose_value=False, help=_NO_REFRESH_HELP
    ),
]


@app.callback()
def _global(
    corpus: CorpusOption = None,
    index: IndexOption = None,
    no_refresh: Annotated[
        bool,
        typer.Option(
            "--no-refresh",
            envvar=NO_REFRESH_ENV,
            callback=_no_refresh_first,
            expose_value=False,
            help=_NO_REFRESH_HELP,
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    settings.corpus = corpus
    settings.index = index


_COMMON_OPTIONS = {
    "fmt": FormatOption,
    "json_fields": JsonOption,
    "corpus": CorpusOption,
    "index": IndexOption,
    "no_refresh": NoRefreshOption,
}


@dataclass(frozen=True)
class Common:
    """The options every command that reads the archive takes."""

    fmt: Format | None
    fields: str | None  # --json
    corpus: Path | None
    index: Path | None

    def lookup(self, answer: Callable[[Archive], T]) -> T:
        """answer(archive) for the archive the options choose, from an up-to-date index."""
        return lookup(self.corpus, self.index, answer)

    def emit(self, records: list[Any], **how: Any) -> int:
        """Render records in the chosen format (see emit); the exit status."""
        return emit(records, self.fmt, fields=self.fields, **how)


def lookup(corpus: Path | None, index: Path | None, answer: Callable[[Archive], T]) -> T:
    """answer(archive) for the archive the options choose, from an up-to-date index."""
    opened = archive(corpus, index)
    said = len(opened.warnings)  # (archive() has said these)
    try:
        return answer(opened)
    finally:
        for warning in opened.warnings[said:]:  # what answering added (facts that could not be stored, say)
            note(warning)
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
        progress=_progress_bar("indexing"),
        strict=strict,
        check_fresh=check_fresh,
    )
    opened.progress = _progress_bar("extracting facts")
    for warning in opened.warnings:
        note(warning)
    if opened.refreshed is not None and not strict and sys.stderr.isatty():
        from jan20.archive.not_read import not_read_summary

        if summary := not_read_summary(opened.refreshed):
            note(summary)
    return opened


def index_location(corpus: Path | None, index: Path | None) -> Path:
    """Where the index of the chosen archive is, or would be built (nothing is checked or made)."""
    return resolve_index(index or settings.index, resolve_corpus(corpus or settings.corpus))


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
    fields: str | None = None,
) -> int:
    """Render records to stdout; the exit status like grep: 0 when there are records, 1 when none.

    With none: JSON gives [], csv and tsv their header (when kind, the records' class, names the columns),
    and a terminal a note on stderr rather than nothing at all. fields: --json's list, which makes the output
    JSON (or JSON lines with -f jsonl) of those fields only."""
    terminal = Terminal.detect(sys.stdout)
    chosen = fmt.value if fmt else default_format(terminal)
    selected: tuple[str, ...] = ()
    if fields is not None:
        from ..render import select_fields

        if fmt not in (None, Format.json, Format.jsonl):
            raise typer.BadParameter(f"--json gives JSON; it does not go with --format {chosen}")
        chosen = "jsonl" if fmt is Format.jsonl else "json"
        selected = select_fields(fields, records, kind)
    if records or chosen in ("json", "csv", "tsv"):
        render(records, chosen, sys.stdout, terminal, title=title, kind=kind, full=full, fields=selected)
    if not records and terminal.is_tty:
        typer.echo("jan20: nothing found", err=True)
    return 0 if records else 1


def _progress_bar(label: str) -> Progress | None:
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
            state["bar"], state["task"] = bar, bar.add_task(label, total=total)
        if "bar" in state:
            state["bar"].update(state["task"], completed=done)
        if done >= total:  # this stage is over: the next one starts its own clock and bar
            if "bar" in state:
                state["bar"].stop()
            state.clear()

    return update
