"""Tables on a terminal (Rich): ids and names never cut, long text shortened, wide tables in blocks."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TextIO

from jan20.render.terminal import Terminal

from ..records import Record
from .cells import cell, inert, make_console

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


def write_tables(
    records: Sequence[Record], out: TextIO, terminal: Terminal, title: str | None, full: Sequence[str] = ()
) -> None:
    """One Rich table per record type. Ids and names are never wrapped or cut; long text columns (the record's
    layout.shorten) are one line each, shortened with an ellipsis, unless full names them (then they wrap);
    columns a narrow terminal can do without (layout.optional) are left out, saying so under the table; a table
    too wide for the terminal even then (a matrix) is shown in blocks of columns, each repeating the key
    column(s) (layout.key, else the first)."""
    console = make_console(out, terminal)
    groups: dict[type, list[Record]] = {}
    for record in records:
        groups.setdefault(type(record), []).append(record)
    printed = 0
    for items in groups.values():
        layout = items[0].LAYOUT
        heading = layout.title if len(groups) > 1 else title
        compact = layout.compact  # a matrix: many narrow columns, one line per row
        names = list(items[0].columns())
        rows = [item.table_dict() for item in items]
        blanks = dict(layout.placeholders)
        texts = {name: [_shown(row.get(name), blanks.get(name)) for row in rows] for name in names}
        modes = {name: "short" for name in layout.shorten} | {name: "wrap" for name in full}
        key = [name for name in (layout.key or names[:1]) if name in names]
        left_out: list[str] = []
        for name in reversed(layout.optional):
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


def _shown(value: Any, blank: str | None) -> str:
    """A cell's text, as its width is measured: a null's placeholder (layout.placeholders) when it has one."""
    return blank if value is None and blank is not None else cell(value)


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
    wants = {c.name: c.width for c in columns}
    return _split([dataclasses.replace(c, width=c.least) for c in columns], key, width, per_column, edge, wants)


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


def _split(
    columns: list[_Column], key: list[str], width: int, per_column: int, edge: int, wants: dict[str, int]
) -> list[list[_Column]]:
    """Blocks of the non-key columns, each after the key columns, as many to a block as fit (at least one); a
    shortened text then takes what its block leaves, up to its whole length (wants)."""
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
    blocks = [_widened(block, width - edge - per_column * len(block), wants) for block in blocks]
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


def _widened(block: list[_Column], room: int, wants: dict[str, int]) -> list[_Column]:
    """A block's shortened texts (cut to the narrowest to split the table) given the room their block has left."""
    short = {c.name: c.width for c in block if c.mode == "short"}
    if not short:
        return block
    room -= sum(c.width for c in block if c.mode != "short")
    share = _share(room, {name: max(wants[name], least) for name, least in short.items()}, short)
    return [dataclasses.replace(c, width=max(c.width, share[c.name])) if c.name in short else c for c in block]


def _table(
    block: list[_Column],
    items: list[Record],
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


def _rich_cell(record: Record, name: str, value: Any, width: int | None = None) -> Any:
    """A table cell; the record's highlighted column gets its match styled (offsets taken before escaping) and,
    when shortened to width, the part of it around the match."""
    marked = record.LAYOUT.highlight
    if value is None and (blank := dict(record.LAYOUT.placeholders).get(name)) is not None:
        from rich.text import Text

        return Text(blank, style="dim italic")  # (a null shown as such: no value of that name)
    if not marked or marked[0] != name or not isinstance(value, str):
        return cell(value)
    from rich.text import Text

    start, end = record.to_dict()[marked[1]]
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
