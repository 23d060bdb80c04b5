"""Every output format in one place: table (Rich), json, jsonl, csv, tsv, and plain text.

Commands hand over frozen dataclass records; nothing else formats output. Text taken from documents is
made inert for terminals here (control characters escaped, Rich markup never interpreted); JSON keeps it
exactly as it is.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from .terminal import Terminal

FORMATS = ("table", "json", "jsonl", "csv", "tsv")
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
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
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


def record_dict(record: Any) -> dict[str, Any]:
    """A record as the public JSON object: its to_dict() if it has one, else its dataclass fields."""
    if hasattr(record, "to_dict"):
        return dict(record.to_dict())
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return record_dict(value)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def render(
    records: Sequence[Any],
    fmt: str,
    out: TextIO,
    terminal: Terminal,
    *,
    title: str | None = None,
    kind: type | None = None,
) -> None:
    """Write records to out in the given format. kind: the records' class, whose columns head an empty csv/tsv."""
    if fmt == "json":
        json.dump([record_dict(r) for r in records], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record_dict(record), ensure_ascii=False) + "\n")
    elif fmt in ("csv", "tsv"):
        _write_delimited(records, out, "," if fmt == "csv" else "\t", kind)
    elif fmt == "table":
        _write_tables(records, out, terminal, title)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def table_dict(record: Any) -> dict[str, Any]:
    """A record as a table, csv or tsv row: its table_dict() if it has one, else its JSON object."""
    if hasattr(record, "table_dict"):
        return dict(record.table_dict())
    return record_dict(record)


def columns_of(record: Any) -> list[str]:
    """The columns a record shows in tables, csv and tsv (TABLE_COLUMNS, else all its fields)."""
    names = getattr(record, "TABLE_COLUMNS", None)
    if names:
        return list(names)
    return list(table_dict(record))


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
    return inert(plain_text(value).translate(_TSV_ESCAPES))


def csv_cell(value: Any) -> str:
    """One CSV value: inert, and a text a spreadsheet would run as a formula (=, +, -, @ first) after a '."""
    text = cell(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _write_delimited(records: Sequence[Any], out: TextIO, delimiter: str, kind: type | None = None) -> None:
    header = _union_columns(records) or list(getattr(kind, "TABLE_COLUMNS", ()))
    if delimiter == "\t":
        out.write("\t".join(tsv_cell(name) for name in header) + "\n")
        for record in records:
            values = table_dict(record)
            out.write("\t".join(tsv_cell(values.get(c)) for c in header) + "\n")
        return
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([csv_cell(name) for name in header])
    for record in records:
        values = table_dict(record)
        writer.writerow([csv_cell(values.get(c)) for c in header])


def _union_columns(records: Sequence[Any]) -> list[str]:
    columns: list[str] = []
    for record in records:
        for name in columns_of(record):
            if name not in columns:
                columns.append(name)
    return columns


def _write_tables(records: Sequence[Any], out: TextIO, terminal: Terminal, title: str | None) -> None:
    from rich.table import Table

    console = make_console(out, terminal)
    groups: dict[type, list[Any]] = {}
    for record in records:
        groups.setdefault(type(record), []).append(record)
    for number, (kind, items) in enumerate(groups.items()):
        heading = getattr(kind, "TABLE_TITLE", None) if len(groups) > 1 else title
        compact = getattr(kind, "TABLE_COMPACT", False)  # a matrix: many narrow columns, one line per row
        table = Table(title=heading, title_justify="left", expand=False, highlight=False)
        if compact:
            table.box, table.padding, table.collapse_padding = None, (0, 1), True
        names = columns_of(items[0])
        for name in names:
            header = inert(name.replace("_", " "))
            if compact and len(name) == 4 and name.isdigit():
                header = "’" + name[2:]  # a matrix of years: '04 '05 … fits a terminal
            table.add_column(header, overflow="fold", no_wrap=compact, min_width=len(header) if compact else None)
        for item in items:
            values = table_dict(item)
            table.add_row(*(_rich_cell(item, name, values.get(name)) for name in names))
        if number:
            console.print()
        console.print(table)


def _rich_cell(record: Any, name: str, value: Any) -> Any:
    """A table cell; the record's HIGHLIGHT column gets its match styled (offsets taken before escaping)."""
    marked = getattr(record, "HIGHLIGHT", None)
    if not marked or marked[0] != name or not isinstance(value, str):
        return cell(value)
    from rich.text import Text

    start, end = getattr(record, marked[1])
    return Text.assemble(inert(value[:start]), (inert(value[start:end]), "bold yellow"), inert(value[end:]))


def make_console(out: TextIO, terminal: Terminal) -> Any:
    """A Rich console for out that never interprets markup or escape codes found in documents."""
    from rich.console import Console

    return Console(
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


def write_text(
    text: str, out: TextIO, terminal: Terminal, *, title: str | None = None, subtitle: str | None = None
) -> None:
    """Show a document's text: on a terminal under a Rich heading and wrapped to its width, else plain."""
    body = inert(text).rstrip("\n")
    if terminal.is_tty:
        _write_heading(out, terminal, title, subtitle)
        # Written directly, not through Rich: the body has no style, and Rich's layout of a document of many
        # megabytes takes minutes. inert() has left no control character but tab and newline in it.
        body = "\n".join(wrap(body.expandtabs(), terminal.width))
    out.write(body + "\n")


def _write_heading(out: TextIO, terminal: Terminal, title: str | None, subtitle: str | None) -> None:
    from rich.rule import Rule
    from rich.text import Text

    console = make_console(out, terminal)
    if title:
        console.print(Text(inert(title), style="bold"))
    if subtitle:
        console.print(Text(inert(subtitle), style="dim"))
    if title or subtitle:
        console.print(Rule(style="dim"))


def wrap(text: str, width: int) -> Iterator[str]:
    """text's lines, each broken at spaces to fit width (a word longer than width is cut), in linear time.

    Widths are counted in characters: a line of wide (East Asian) characters is folded again by the terminal.
    """
    width = max(width, 1)
    piece = re.compile(rf"(.{{1,{width}}})(?:[ \t]+|$)|(.{{{width}}})")  # a stretch ending at a space, else cut
    for line in text.split("\n"):
        if len(line) <= width:
            yield line
        else:
            yield from (match.group(1) or match.group(2) for match in piece.finditer(line))
