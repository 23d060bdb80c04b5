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
    full: Sequence[str] = (),
    fields: Sequence[str] = (),
) -> None:
    """Write records to out in the given format. kind: the records' class, whose columns head an empty csv/tsv;
    full: text columns a table shows in full (wrapped) rather than shortened to one line; fields: the JSON
    fields to keep (all when empty), in that order."""

    def public(record: Any) -> dict[str, Any]:
        whole = record_dict(record)
        return {name: whole[name] for name in fields if name in whole} if fields else whole

    if fmt == "json":
        json.dump([public(r) for r in records], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(public(record), ensure_ascii=False) + "\n")
    elif fmt in ("csv", "tsv"):
        _write_delimited(records, out, "," if fmt == "csv" else "\t", kind)
    elif fmt == "table":
        _write_tables(records, out, terminal, title, full)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def select_fields(wanted: str, records: Sequence[Any], kind: type | None) -> tuple[str, ...]:
    """--json's comma-separated field names, checked against the records' JSON fields (a usage error names the
    ones there are)."""
    from .errors import Jan20Error

    names = tuple(dict.fromkeys(name.strip() for name in wanted.split(",") if name.strip()))
    available: list[str] = []
    for record in records:
        available += [name for name in record_dict(record) if name not in available]
    if not records and kind is not None and dataclasses.is_dataclass(kind):
        available = [f.name for f in dataclasses.fields(kind)] + list(getattr(kind, "JSON_EXTRA", ()))
    unknown = [name for name in names if name not in available]
    if not names or unknown:
        said = f"unknown field {', '.join(unknown)}" if unknown else "--json needs field names"
        raise Jan20Error(f"{said}; the fields are: {', '.join(available)}")
    return names


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
    header = _union_columns(records) or empty_columns(kind)
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


def empty_columns(kind: type | None) -> list[str]:
    """The header of a csv/tsv with no rows of kind: its TABLE_COLUMNS (or EMPTY_COLUMNS when they depend on the
    rows), else its fields; a header row is always written."""
    if kind is None:
        return []
    names = getattr(kind, "EMPTY_COLUMNS", None) or getattr(kind, "TABLE_COLUMNS", None)
    if isinstance(names, tuple):
        return list(names)
    return [f.name for f in dataclasses.fields(kind)] if dataclasses.is_dataclass(kind) else []


def _union_columns(records: Sequence[Any]) -> list[str]:
    """The columns of records of several kinds, each once; when they are typed records (a year card), their
    type first, so that each row says what it is."""
    columns: list[str] = []
    if len({type(record) for record in records}) > 1 and all(hasattr(record, "type") for record in records):
        columns.append("type")
    for record in records:
        for name in columns_of(record):
            if name not in columns:
                columns.append(name)
    return columns


SHORT_COLUMN = 8  # the narrowest a shortened text column gets before the table goes to blocks
WRAP_COLUMN = 24  # the narrowest a text column shown in full (wrapped) gets


@dataclasses.dataclass(frozen=True)
class _Column:
    name: str
    header: str
    width: int
    mode: str  # whole: never cut or wrapped; short: one line, cut with an ellipsis; wrap: in full, wrapped

    @property
    def least(self) -> int:
        """The narrowest this column may get."""
        least = {"whole": self.width, "short": SHORT_COLUMN, "wrap": WRAP_COLUMN}[self.mode]
        return min(least, self.width)


def _write_tables(
    records: Sequence[Any], out: TextIO, terminal: Terminal, title: str | None, full: Sequence[str] = ()
) -> None:
    """One Rich table per record type. Ids and names are never wrapped or cut; long text columns (the record's
    TABLE_SHORTEN) are one line each, shortened with an ellipsis, unless full names them (then they wrap);
    columns a narrow terminal can do without (TABLE_OPTIONAL) are left out, saying so under the table; a table
    too wide for the terminal even then (a matrix) is shown in blocks of columns, each repeating the key
    column(s) (TABLE_KEY, else the first)."""
    console = make_console(out, terminal)
    groups: dict[type, list[Any]] = {}
    for record in records:
        groups.setdefault(type(record), []).append(record)
    printed = 0
    for kind, items in groups.items():
        heading = getattr(kind, "TABLE_TITLE", None) if len(groups) > 1 else title
        compact = getattr(kind, "TABLE_COMPACT", False)  # a matrix: many narrow columns, one line per row
        names = columns_of(items[0])
        rows = [table_dict(item) for item in items]
        texts = {name: [cell(row.get(name)) for row in rows] for name in names}
        modes = {name: "short" for name in getattr(kind, "TABLE_SHORTEN", ())} | {name: "wrap" for name in full}
        key = [name for name in getattr(kind, "TABLE_KEY", names[:1]) if name in names]
        left_out: list[str] = []
        for name in reversed(getattr(kind, "TABLE_OPTIONAL", ())):
            if name in names and name not in full and len(_blocks(names, texts, modes, key, terminal.width)) > 1:
                names.remove(name)
                left_out.insert(0, name)
        caption = f"not shown at this width: {', '.join(left_out)} (see -f json)" if left_out else None
        for block in _blocks(names, texts, modes, key, terminal.width, compact):
            if printed:
                console.print()
            console.print(_table(block, items, rows, heading, compact, caption))
            printed += 1
            heading = None


def _header(name: str, compact: bool) -> str:
    header = inert(name.replace("_", " "))
    if compact and len(name) == 4 and name.isdigit():
        header = "’" + name[2:]  # a matrix of years: '04 '05 … fits a terminal
    return header


def _blocks(
    names: list[str],
    texts: dict[str, list[str]],
    modes: dict[str, str],
    key: list[str],
    width: int,
    compact: bool = False,
) -> list[list[_Column]]:
    """The columns of each block of a table (one block when it fits), with their widths."""
    from rich.cells import cell_len

    # What a column costs beyond its text: padding and a rule (boxed), or one space (a compact matrix).
    per_column, edge = (1, 0) if compact else (3, 1)
    columns, tight = [], []
    for name in names:
        header = _header(name, compact)
        longest = max((cell_len(text) for text in texts[name]), default=0)
        # A header may wrap at its spaces (a long source name over a column of figures) when the table would
        # not fit otherwise; values never do.
        header_word = max((cell_len(word) for word in header.split()), default=0)
        columns.append(_Column(name, header, max(longest, cell_len(header)), modes.get(name, "whole")))
        tight.append(
            _Column(name, header, max(longest, cell_len(header) if compact else header_word), columns[-1].mode)
        )
    room = width - edge - per_column * len(columns)
    if sum(c.width for c in columns) > room:
        columns = tight
    if sum(c.width for c in columns) <= room or len(columns) <= len(key) + 1:
        return [columns]
    flexible = [c for c in columns if c.least < c.width]
    room -= sum(c.width for c in columns if c not in flexible)
    if flexible and room >= sum(c.least for c in flexible):
        share = _share(room, {c.name: c.width for c in flexible}, {c.name: c.least for c in flexible})
        return [[dataclasses.replace(c, width=share[c.name]) if c in flexible else c for c in columns]]
    return _split([dataclasses.replace(c, width=c.least) for c in columns], key, width, per_column, edge)


def _share(room: int, wants: dict[str, int], least: dict[str, int]) -> dict[str, int]:
    """room shared out among columns wanting wants[name] each: equal shares, a column that wants less than its
    share taking only what it wants and leaving the rest to the others, one needing more than its share
    (least[name]) taking that."""
    share: dict[str, int] = {}
    left = dict(wants)
    while left:
        fair = room // len(left)
        settled = {name: want for name, want in left.items() if want <= fair}
        settled |= {name: least[name] for name in left if least[name] > fair}
        if not settled:
            for number, name in enumerate(left):
                share[name] = fair + (1 if number < room - fair * len(left) else 0)
            break
        for name, want in settled.items():
            share[name] = want
            room -= want
            del left[name]
    return share


def _split(columns: list[_Column], key: list[str], width: int, per_column: int, edge: int) -> list[list[_Column]]:
    """Blocks of the non-key columns, each after the key columns, as many to a block as fit (at least one)."""
    keys = [c for c in columns if c.name in key]
    rest = [c for c in columns if c.name not in key]
    used = edge + sum(c.width + per_column for c in keys)
    blocks: list[list[_Column]] = []
    current: list[_Column] = []
    taken = used
    for column in rest:
        if current and taken + column.width + per_column > width:
            blocks.append(keys + current)
            current, taken = [], used
        current.append(column)
        taken += column.width + per_column
    if current:
        blocks.append(keys + current)
    # A text shown in full takes what its block leaves (wrapping less).
    return [
        [
            dataclasses.replace(
                c,
                width=max(
                    c.width,
                    width - edge - per_column * len(block) - sum(other.width for other in block if other is not c),
                ),
            )
            if c.mode == "wrap" and c is block[-1]
            else c
            for c in block
        ]
        for block in blocks
    ]


def _table(
    block: list[_Column],
    items: list[Any],
    rows: list[dict[str, Any]],
    heading: str | None,
    compact: bool,
    caption: str | None = None,
) -> Any:
    from rich.table import Table

    table = Table(
        title=heading, title_justify="left", caption=caption, caption_justify="left", expand=False, highlight=False
    )
    if compact:
        table.box, table.padding, table.collapse_padding, table.pad_edge = None, (0, 1), True, False
    for column in block:
        table.add_column(
            column.header,
            width=column.width,
            no_wrap=column.mode == "short" or compact,  # a whole value fits its width; a header may wrap
            overflow="ellipsis" if column.mode == "short" else "fold",
        )
    for item, values in zip(items, rows, strict=True):
        shortened = {c.name: c.width for c in block if c.mode == "short"}
        table.add_row(*(_rich_cell(item, c.name, values.get(c.name), shortened.get(c.name)) for c in block))
    return table


def _rich_cell(record: Any, name: str, value: Any, width: int | None = None) -> Any:
    """A table cell; the record's HIGHLIGHT column gets its match styled (offsets taken before escaping) and, when
    shortened to width, the part of it around the match."""
    marked = getattr(record, "HIGHLIGHT", None)
    if not marked or marked[0] != name or not isinstance(value, str):
        return cell(value)
    from rich.text import Text

    start, end = getattr(record, marked[1])
    if width is not None and len(value) > width:
        value, start, end = _around(value, start, end, width)
    return Text.assemble(inert(value[:start]), (inert(value[start:end]), "bold yellow"), inert(value[end:]))


def _around(text: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """The stretch of text, width characters long, around text[start:end], with … where it was cut."""
    first = max(0, min(start - (width - (end - start)) // 3, len(text) - width))
    last = first + width
    chars = list(text[first:last])
    if first:
        chars[0] = "…"
    if last < len(text):
        chars[-1] = "…"
    low, high = (1 if first else 0), width - (1 if last < len(text) else 0)
    return "".join(chars), min(max(start - first, low), high), min(max(end - first, low), high)


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
    text: str,
    out: TextIO,
    terminal: Terminal,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    pager: list[str] | None = None,
) -> None:
    """Show a document's text: on a terminal under a Rich heading and wrapped to its width, else plain; through
    pager (a command) when it is longer than the terminal is high, as git does."""
    if pager and terminal.is_tty:
        import io

        buffer = io.StringIO()
        write_text(text, buffer, terminal, title=title, subtitle=subtitle)
        shown = buffer.getvalue()
        if shown.count("\n") < terminal.height or not _paged(shown, pager):
            out.write(shown)
        return
    body = inert(text).rstrip("\n")
    if terminal.is_tty:
        _write_heading(out, terminal, title, subtitle)
        # Written directly, not through Rich: the body has no style, and Rich's layout of a document of many
        # megabytes takes minutes. inert() has left no control character but tab and newline in it.
        body = "\n".join(wrap(body.expandtabs(), terminal.width))
    out.write(body + "\n")


def _paged(text: str, pager: list[str]) -> bool:
    """Whether text went through the pager (False when it cannot be started). less is told -FRX unless $LESS
    says otherwise: quit when it fits, keep colours, leave the screen as it was."""
    import os
    import subprocess

    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LV": os.environ.get("LV", "-c")}
    try:
        process = subprocess.Popen(pager, stdin=subprocess.PIPE, env=env, encoding="utf-8", errors="replace")
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text)
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early
        pass
    process.wait()
    return True


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
