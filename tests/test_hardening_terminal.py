"""Every line jan20 writes to a terminal is inert (notes included, bidi overrides too); TSV escapes tabs and line
breaks reversibly; CSV cells that a spreadsheet would run as formulas are defused."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from jan20 import records
from jan20.render import inert, render, write_text
from jan20.render.terminal import Terminal

from .conftest import STORY, Run, WriteCorpus

TTY = Terminal(is_tty=True, width=80, color=False)
PIPE = Terminal(is_tty=False)
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


@dataclass(frozen=True)
class Row(records.Row):
    LAYOUT: ClassVar[records.Layout] = records.Layout(columns=("id", "title"))

    id: str
    title: str


def rendered(fmt: str, rows: list[Row], terminal: Terminal = PIPE) -> str:
    buffer = io.StringIO()
    render(rows, fmt, buffer, terminal)
    return buffer.getvalue()


def test_bidi_overrides_and_isolates_are_shown_as_escapes_on_a_terminal() -> None:
    title = "invoice\u202egpj.exe \u2067isolated\u2069"
    table = rendered("table", [Row("a", title)], TTY)
    assert not any(char in table for char in BIDI)
    assert "\\u202e" in table and "\\u2067" in table
    assert inert(BIDI) == "".join(f"\\u{ord(char):04x}" for char in BIDI)


def test_bidi_in_document_text_is_inert_but_json_keeps_it() -> None:
    buffer = io.StringIO()
    write_text("abc \u202edef", buffer, TTY, title="t\u202e")
    assert "\u202e" not in buffer.getvalue() and buffer.getvalue().count("\\u202e") == 2
    assert json.loads(rendered("json", [Row("a", "x\u202ey")]))[0]["title"] == "x\u202ey"


def test_notes_on_stderr_are_inert(run: Run, write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"calm.txt": STORY})
    index = tmp_path / "evil\x1b[31m\u202e" / "index.sqlite"
    result = run("index", "--corpus", str(root), "--index", str(index), "-f", "json")
    assert result.returncode == 0, result.stderr
    assert "index: " in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "\\x1b[31m\\u202e" in result.stderr


def _untsv(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[m.group(1)], value)


@pytest.mark.parametrize("value", ["a\tb", "a b", "a\\tb", "line\nbreak", "line\\nbreak", "cr\r", "back\\slash\\"])
def test_tsv_escapes_tabs_newlines_and_backslashes_reversibly(value: str) -> None:
    lines = rendered("tsv", [Row("x", value)]).splitlines()
    assert len(lines) == 2 and lines[1].count("\t") == 1
    assert _untsv(lines[1].split("\t")[1]) == value


def test_tsv_keeps_different_values_different() -> None:
    text = rendered("tsv", [Row("1", "a\tb"), Row("2", "a b"), Row("3", "a\\tb")])
    assert len(set(line.split("\t")[1] for line in text.splitlines()[1:])) == 3


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tpadded", "'\tpadded"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("147", "147"),
        ("~147", "~147"),
        ("a=b", "a=b"),
    ],
)
def test_csv_defuses_formulas_and_keeps_numbers(value: str, written: str) -> None:
    rows = list(csv.reader(io.StringIO(rendered("csv", [Row("x", value)]))))
    assert rows[1][1] == written
