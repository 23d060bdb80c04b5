"""What the renderer needs from a record: its public JSON object, its table row, and how its kind is laid out.

Every record a command prints is a frozen dataclass deriving from `Row`, which gives the JSON object (its fields)
and the table row (the same, unless the record says otherwise); its kind's `LAYOUT` says which columns a table,
csv and tsv show and how a narrow terminal may shorten them. The renderer reads records through `Record` only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol


@dataclass(frozen=True)
class Layout:
    """How records of one kind show in tables, csv and tsv."""

    columns: tuple[str, ...] = ()  # the columns, in order (none: every field of its JSON object)
    title: str | None = None  # a table's heading, where records of several kinds are shown together
    shorten: tuple[str, ...] = ()  # long text columns: one line on a terminal, cut with an ellipsis
    optional: tuple[str, ...] = ()  # columns a narrow terminal leaves out (saying so under the table)
    key: tuple[str, ...] = ()  # what starts each block of a table too wide for the screen (none: the first column)
    compact: bool = False  # a matrix: many narrow columns, one line per row
    empty_columns: tuple[str, ...] = ()  # the header of an empty csv/tsv, where the columns depend on the rows
    highlight: tuple[str, str] | None = None  # (column, field holding the match's offsets in it) styled on a terminal
    json_extra: tuple[str, ...] = ()  # JSON fields that are not dataclass fields (computed ones)
    # What a terminal table shows for a column's null, where an empty cell would read as a blank name: (column,
    # text) pairs ("(unknown source)"); csv, tsv and JSON keep the value empty or null.
    placeholders: tuple[tuple[str, str], ...] = ()


class Record(Protocol):
    """What the renderer reads from a record."""

    LAYOUT: ClassVar[Layout]

    def to_dict(self) -> dict[str, Any]:
        """The public JSON object (field names are a contract: added to, never renamed or dropped)."""
        ...

    def table_dict(self) -> dict[str, Any]:
        """The row a table, csv or tsv shows (its keys include columns())."""
        ...

    def columns(self) -> tuple[str, ...]:
        """The columns this record shows in a table, csv or tsv."""
        ...


class Row:
    """The base of every record jan20 prints (a frozen dataclass): its JSON object is its fields."""

    LAYOUT: ClassVar[Layout] = Layout()

    def to_dict(self) -> dict[str, Any]:
        assert dataclasses.is_dataclass(self)
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def table_dict(self) -> dict[str, Any]:
        return self.to_dict()

    def columns(self) -> tuple[str, ...]:
        return self.LAYOUT.columns or tuple(self.table_dict())

    @classmethod
    def empty_header(cls) -> tuple[str, ...]:
        """The header row of a csv/tsv with no record of this kind."""
        layout = cls.LAYOUT
        if layout.empty_columns or layout.columns:
            return layout.empty_columns or layout.columns
        return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()

    @classmethod
    def json_fields(cls) -> tuple[str, ...]:
        """The names of its JSON object's fields (what --json may select when there is no record to look at)."""
        fields = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()
        return fields + cls.LAYOUT.json_extra


def _plain(value: Any) -> Any:
    if isinstance(value, Row):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value
