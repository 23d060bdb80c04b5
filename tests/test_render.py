import csv
import io
import json
from dataclasses import dataclass
from typing import ClassVar

import pytest

from jan20 import records
from jan20.render import default_format, inert, render, write_text
from jan20.render.terminal import Terminal


@dataclass(frozen=True)
class Row(records.Row):
    LAYOUT: ClassVar[records.Layout] = records.Layout(columns=("id", "title"))

    id: str
    title: str | None
    tags: tuple[str, ...]


ROWS = [Row("a", 'Müstəqilliyimiz, "quoted"\tand tabbed', ("x", "y")), Row("b", None, ())]
PIPE = Terminal(is_tty=False)
TTY = Terminal(is_tty=True, width=80, color=False)


def out(fmt: str, rows: list[Row] = ROWS, terminal: Terminal = PIPE) -> str:
    buffer = io.StringIO()
    render(rows, fmt, buffer, terminal)
    return buffer.getvalue()


def test_default_format_follows_the_terminal() -> None:
    assert default_format(TTY) == "table"
    assert default_format(PIPE) == "tsv"


def test_json_is_one_array_utf8_unescaped() -> None:
    text = out("json")
    assert "Müstəqilliyimiz" in text
    data = json.loads(text)
    assert data[0] == {"id": "a", "title": 'Müstəqilliyimiz, "quoted"\tand tabbed', "tags": ["x", "y"]}
    assert data[1]["title"] is None


def test_jsonl_is_one_object_per_line() -> None:
    lines = out("jsonl").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]


def test_csv_round_trips_through_the_csv_module() -> None:
    rows = list(csv.reader(io.StringIO(out("csv"))))
    assert rows[0] == ["id", "title"]
    assert rows[1][1] == 'Müstəqilliyimiz, "quoted"\tand tabbed'


def test_tsv_has_a_header_and_no_stray_tabs() -> None:
    lines = out("tsv").splitlines()
    assert lines[0] == "id\ttitle"
    assert all(line.count("\t") == 1 for line in lines)
    assert lines[2] == "b\t"


def test_table_on_a_terminal_shows_the_columns() -> None:
    text = out("table", terminal=TTY)
    assert "Müstəqilliyimiz" in text and "title" in text


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        out("xml")


HOSTILE = "[bold red]loud[/] \x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 \x9b2J"


def test_escape_sequences_are_inert_outside_json() -> None:
    for fmt, terminal in (("table", TTY), ("tsv", PIPE), ("csv", PIPE)):
        text = out(fmt, [Row("a", HOSTILE, ())], terminal)
        assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text, fmt
        assert "[bold red]loud[/]" in text, fmt  # markup shown as typed, never interpreted


def test_json_keeps_document_text_as_is() -> None:
    assert json.loads(out("json", [Row("a", HOSTILE, ())]))[0]["title"] == HOSTILE


def test_write_text_plain_when_piped_and_inert_on_a_terminal() -> None:
    piped, tty = io.StringIO(), io.StringIO()
    write_text("line one\n" + HOSTILE, piped, PIPE, title="T")
    write_text("line one\n" + HOSTILE, tty, TTY, title="[b]T[/b]")
    assert piped.getvalue().startswith("line one\n")
    assert "\x1b" not in piped.getvalue()
    assert "[b]T[/b]" in tty.getvalue() and "\x1b]8" not in tty.getvalue()


def test_inert_keeps_newlines_and_tabs() -> None:
    assert inert("a\tb\nc\x1bd") == "a\tb\nc\\x1bd"
