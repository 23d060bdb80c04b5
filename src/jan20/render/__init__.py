"""Every output format in one place: table (Rich), json, jsonl, csv, tsv, and plain text.

Commands hand over records (`records.Row`: frozen dataclasses); nothing else formats output. Text taken from
documents is made inert for terminals here (control characters and bidi controls escaped, Rich markup never
interpreted); JSON keeps it exactly as it is. `cells` makes values text, `tables` draws tables on a terminal,
`text` shows a document's text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from jan20.render.terminal import Terminal

from ..records import Record, Row
from .cells import cell, csv_cell, default_format, inert, plain_text, tsv_cell
from .text import wrap, write_text

__all__ = ["FORMATS", "cell", "default_format", "inert", "plain_text", "render", "select_fields", "wrap", "write_text"]

FORMATS = ("table", "json", "jsonl", "csv", "tsv")


def render(
    records: Sequence[Record],
    fmt: str,
    out: TextIO,
    terminal: Terminal,
    *,
    title: str | None = None,
    kind: type[Row] | None = None,
    full: Sequence[str] = (),
    fields: Sequence[str] = (),
) -> None:
    """Write records to out in the given format. kind: the records' class, whose columns head an empty csv/tsv;
    full: text columns a table shows in full (wrapped) rather than shortened to one line; fields: the JSON
    fields to keep (all when empty), in that order."""

    def public(record: Record) -> dict[str, Any]:
        whole = record.to_dict()
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
        from .tables import write_tables  # (only a terminal's tables need it and Rich: not json, csv or tsv)

        write_tables(records, out, terminal, title, full)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def select_fields(wanted: str, records: Sequence[Record], kind: type[Row] | None) -> tuple[str, ...]:
    """--json's comma-separated field names, checked against the records' JSON fields (a usage error names the
    ones there are)."""
    from ..errors import Jan20Error

    names = tuple(dict.fromkeys(name.strip() for name in wanted.split(",") if name.strip()))
    available: list[str] = []
    for record in records:
        available += [name for name in record.to_dict() if name not in available]
    if not records and kind is not None:
        available = list(kind.json_fields())
    unknown = [name for name in names if name not in available]
    if not names or unknown:
        said = f"unknown field {', '.join(unknown)}" if unknown else "--json needs field names"
        raise Jan20Error(f"{said}; the fields are: {', '.join(available)}")
    return names


def _write_delimited(records: Sequence[Record], out: TextIO, delimiter: str, kind: type[Row] | None = None) -> None:
    # A header row always: the records' columns, else (none found) those of their kind.
    header = _union_columns(records) or (list(kind.empty_header()) if kind is not None else [])
    if delimiter == "\t":
        out.write("\t".join(tsv_cell(name) for name in header) + "\n")
        for record in records:
            values = record.table_dict()
            out.write("\t".join(tsv_cell(values.get(c)) for c in header) + "\n")
        return
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([csv_cell(name) for name in header])
    for record in records:
        values = record.table_dict()
        writer.writerow([csv_cell(values.get(c)) for c in header])


def _union_columns(records: Sequence[Record]) -> list[str]:
    """The columns of records of several kinds, each once; when they are typed records (a year card), their
    type first, so that each row says what it is (also when the card is its year's row alone: a year with no
    article lost the column a script reads)."""
    columns: list[str] = []
    if records and all("type" in record.to_dict() for record in records):
        columns.append("type")
    for record in records:
        for name in record.columns():
            if name not in columns:
                columns.append(name)
    return columns
