"""Values as text a terminal, csv or tsv can show: inert (no escape sequence acts), one line, escaped."""

from __future__ import annotations

import re
from typing import Any, TextIO

from jan20.render.terminal import Terminal

# C0 and C1 control characters except tab and newline (the raw material of terminal escape sequences), and the
# format characters that reorder text on screen (bidi embeddings, overrides, isolates and marks: a title with
# U+202E shows its end reversed, hiding what it says).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_RUNS = re.compile(f"({_CONTROL.pattern}+)")
_ESCAPES = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0xA0), 0x61C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    if _CONTROL.match(chr(code))
}
# TSV has no quoting: a backslash, tab and line break inside a value are written as \\, \t, \n and \r (the
# text format of PostgreSQL's COPY, MySQL's LOAD DATA and jq's @tsv), which a reader can undo exactly.
# Replaced in this order, the backslash first: four `str.replace` are 5× faster than one `str.translate` with a
# table of strings on a text with many of them (1 MB of a document's lines in a cell: 0.05 against 0.25 s).
_TSV_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))
# A CSV cell starting with one of these opens as a formula in a spreadsheet (OWASP "CSV injection"): it is
# written after a ' unless it is a plain number such as -5 or +3.5.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def default_format(terminal: Terminal) -> str:
    """table on a terminal, tsv (with a header row) in a pipeline, like gh."""
    return "table" if terminal.is_tty else "tsv"


def inert(text: str) -> str:
    """text with control characters shown as escapes (\\x1b) instead of acting on a terminal."""
    # Fast on documents of many megabytes: most texts have no control character; the rest are escaped run by
    # run, or in one pass of translate (which costs the same for every character) when runs are many.
    if _CONTROL.search(text) is None:
        return text
    parts = _CONTROL_RUNS.split(text)
    if len(parts) > len(text) // 16:
        return text.translate(_ESCAPES)
    parts[1::2] = [run.translate(_ESCAPES) for run in parts[1::2]]
    return "".join(parts)


def cell(value: Any) -> str:
    """One value as table/csv/tsv text: lists joined by commas, None empty, control characters escaped."""
    return inert(plain_text(value))


def plain_text(value: Any) -> str:
    """One value as text, before any escaping: lists joined by commas, None empty, booleans yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(plain_text(item) for item in value)
    return str(value)


def tsv_cell(value: Any) -> str:
    """One TSV value: backslash, tab, newline and CR escaped (\\\\, \\t, \\n, \\r), then control characters
    (\\x1b); the backslash being escaped first, each escape reads back unambiguously."""
    text = plain_text(value)
    for char, escape in _TSV_ESCAPES:
        text = text.replace(char, escape)
    return inert(text)


def csv_cell(value: Any) -> str:
    """One CSV value: inert, and a text a spreadsheet would run as a formula (=, +, -, @ first) after a '."""
    text = cell(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def make_console(out: TextIO, terminal: Terminal) -> Any:
    """A Rich console for out that never interprets markup or escape codes found in documents, and that leaves a
    reader who went away (`jan20 year 2020 | head -1`) to jan20's own handling: Rich's own ends the process with
    status 1, which reads as "nothing found"."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return _Console(
        file=out,
        width=terminal.width,
        force_terminal=terminal.is_tty,
        no_color=not terminal.color,
        color_system="auto" if terminal.color else None,
        markup=False,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
