"""Shell completion: the values of article ids, years and sources, read from the index as it is.

Only ever called by the shell while completing (`_JAN20_COMPLETE` set); it opens the index read-only and
never refreshes or builds it, so a completion costs one small query, and nothing when there is no index yet.
"""

from __future__ import annotations

import os
from typing import Any

COMPLETE_ENV = "_JAN20_COMPLETE"


def _option(ctx: Any, name: str) -> Any:
    """The value of a global option given before or after the command (None when not given)."""
    while ctx is not None:
        value = ctx.params.get(name)
        if value:
            return value
        ctx = ctx.parent
    return None


# At most this many values are offered: the shell shows no more usefully, and a huge archive stays quick.
MAX_VALUES = 1000


def _values(ctx: Any, sql: str, prefix: str) -> list[str]:
    """The values sql selects (its one parameter: a LIKE pattern) that start with prefix; a value holding a control
    character (an escape sequence in a document's source name) is never offered, as the shell would print it."""
    import sqlite3
    from urllib.parse import quote

    from jan20.archive.locations import corpus_folder, index_file

    path = index_file(_option(ctx, "index"), corpus_folder(_option(ctx, "corpus")))
    if not os.path.isfile(path):
        return []
    try:
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True)
        try:
            like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = conn.execute(f"{sql} LIMIT {MAX_VALUES}", (like,))
            found = (str(value) for (value,) in rows if value is not None)
            return [value for value in found if value.isprintable() and value.startswith(prefix)]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def article_ids(ctx: Any, incomplete: str) -> list[str]:
    return _values(ctx, "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id", incomplete)


def years(ctx: Any, incomplete: str) -> list[str]:
    sql = (
        "SELECT DISTINCT year FROM articles WHERE year BETWEEN 1900 AND 2100 AND year LIKE ? ESCAPE '\\' ORDER BY year"
    )
    return _values(ctx, sql, incomplete)


def sources(ctx: Any, incomplete: str) -> list[str]:
    sql = "SELECT DISTINCT source FROM articles WHERE source LIKE ? ESCAPE '\\' ORDER BY source"
    return _values(ctx, sql, incomplete)


def script(shell: str) -> str:
    """The completion script for shell, which asks jan20 itself for the words (with _JAN20_COMPLETE set)."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name="jan20", complete_var=COMPLETE_ENV, shell=shell)


def prepare() -> None:
    """Ready Typer's completion for the shells, when the shell is asking for completions (else: nothing)."""
    if os.environ.get(COMPLETE_ENV):
        from typer._completion_classes import completion_init

        completion_init()
