"""What `jan20 --help` shows beyond Typer's own: the commands by section, each one's summary and examples, and
close suggestions for a mistyped option."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

# The commands as a user thinks of them, each section in the order of `jan20 --help`.
SECTIONS = (
    ("Look up", ("year", "show", "list", "years", "sources")),
    ("Tables", ("attendees", "casualties", "anniversaries")),
    ("Search", ("search",)),
    ("Maintenance", ("index", "completion")),
)
# Each command in one line of `jan20 --help`.
SUMMARIES = {
    "year": "The card for one year: anniversary, articles, attendees, figures.",
    "show": "One article's text.",
    "list": "The articles: id, date, year, source, title.",
    "years": "How many articles each year has.",
    "sources": "How many articles each source has.",
    "attendees": "Who attended each ceremony, with the sentence saying so.",
    "casualties": "Casualty figures, source by source, and their spread.",
    "anniversaries": "The anniversary each article states, against its year.",
    "search": "Fuzzy search of the articles' text, best first.",
    "index": "Build or refresh the index; what was read and skipped.",
    "completion": "Shell completion for bash, zsh or fish.",
}
# Two or three real examples per command, at the end of its --help (the tests run every one of them).
EXAMPLES = {
    "year": ["jan20 year 2020", "jan20 year 2024 -f json"],
    "show": ["jan20 show jamnews-2024-01-20", "jan20 show president-az-2015-01-20 -f json"],
    "list": ["jan20 list --year 2024", "jan20 list --source JAMnews", "jan20 list --json id,title | jq -r '.[].id'"],
    "years": ["jan20 years", "jan20 years -f csv"],
    "sources": ["jan20 sources", "jan20 sources --json source"],
    "attendees": ["jan20 attendees --year 2004", "jan20 attendees --by person", "jan20 attendees --groups --quotes"],
    "casualties": [
        "jan20 casualties",
        'jan20 casualties --rows --source "EU Reporter"',
        "jan20 casualties --quotes --year 2024",
    ],
    "anniversaries": ["jan20 anniversaries --gaps", "jan20 anniversaries --year 2024 -f json"],
    "search": [
        'jan20 search "etarnal flame memorail" --limit 1',
        "jan20 search wreath --exact --count",
        "jan20 search Aliyev --year 2020 --json article,score",
    ],
    "index": ["jan20 index", "jan20 index --path", "jan20 index --rebuild -f json"],
    "completion": ['eval "$(jan20 completion bash)"', "jan20 completion zsh > ~/.zfunc/_jan20"],
}
# Options people type from other tools, and the jan20 option that does it.
OPTION_HINTS = {
    "--csv": "-f csv",
    "--tsv": "-f tsv",
    "--jsonl": "-f jsonl",
    "--table": "-f table",
    "--format=json": "-f json",
    "--word-regexp": "--exact",
    "--words": "--exact",
    "--max-count": "--limit",
    "--quote": "--quotes",
}


def better_suggestions(error: Any, options: list[str]) -> None:
    """A misspelt option's suggestions: the jan20 option for one known from other tools (--csv: -f csv), else
    options that are close in spelling (not the loose matches click offers: --json for --count)."""
    from difflib import get_close_matches

    wrong = error.option_name
    hint = OPTION_HINTS.get(wrong)
    error.possibilities = [hint] if hint else get_close_matches(wrong, options, n=3, cutoff=0.75)


def _suggesting(parse: Callable[..., list[str]], ctx: Any, args: list[str], params: list[Any]) -> list[str]:
    """The arguments as `parse` reads them; a misspelt option's error given `better_suggestions` among the long
    options of `params`."""
    from typer._click.exceptions import NoSuchOption

    try:
        return parse(ctx, args)
    except NoSuchOption as error:
        better_suggestions(error, [name for p in params for name in p.opts if name.startswith("--")])
        raise


class Jan20Command(TyperCommand):
    """A command whose option typos get close suggestions only."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return _suggesting(super().parse_args, ctx, args, self.params)


class Jan20Group(TyperGroup):
    """The jan20 command group: bare `jan20` prints the help; commands listed by section."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:
            typer.echo(ctx.get_help())
            ctx.exit(0)
        return _suggesting(super().parse_args, ctx, args, self.params)

    def list_commands(self, ctx: Any) -> list[str]:
        order = [name for _, names in SECTIONS for name in names]
        return sorted(self.commands, key=lambda name: order.index(name) if name in order else len(order))

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        for section, names in SECTIONS:
            rows = [(name, self.commands[name].get_short_help_str(80)) for name in names if name in self.commands]
            if rows:
                with formatter.section(section):
                    formatter.write_dl(rows)
