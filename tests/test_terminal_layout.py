"""Tables on a narrow terminal: ids and names whole, long text shortened with an ellipsis, a matrix in blocks,
columns left out only with a note; the evidence (quote, article) in every tabular form; a header row always."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import ClassVar

import pytest

from jan20 import records
from jan20.query.attendees import AttendeeRow, PersonYears
from jan20.render import render
from jan20.render.terminal import Terminal

from .conftest import Run

NARROW = Terminal(is_tty=True, width=80, color=False)


@dataclass(frozen=True)
class Article(records.Row):
    LAYOUT: ClassVar[records.Layout] = records.Layout(columns=("id", "source", "title"), shorten=("title",))

    id: str
    source: str
    title: str


def table(records: list[object], width: int = 80, full: tuple[str, ...] = ()) -> str:
    buffer = io.StringIO()
    render(records, "table", buffer, Terminal(is_tty=True, width=width, color=False), full=full)
    return buffer.getvalue()


def test_ids_are_never_broken_and_titles_are_one_line_with_an_ellipsis() -> None:
    rows = [Article(f"president-az-20{n:02}-01-20", "President.az", "Nationwide commemoration " * 6) for n in range(5)]
    text = table(rows)
    assert all(f"president-az-20{n:02}-01-20" in text for n in range(5))
    assert len(text.splitlines()) == 5 + 4  # one line a row, under a three-line header and over a rule
    assert "…" in text and max(len(line) for line in text.splitlines()) <= 80


def test_a_person_year_matrix_wider_than_the_screen_is_shown_in_blocks() -> None:
    years = tuple(range(2000, 2030))
    rows = [PersonYears("Mehriban Aliyeva", None, (2000, 2029), years), PersonYears("Ilham Aliyev", None, years, years)]
    text = table(rows)
    assert text.count("Mehriban Aliyeva") == 2 and text.count("Ilham Aliyev") == 2  # the name starts each block
    assert "’00" in text and "’29" in text
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80


def _attendee(name: str) -> AttendeeRow:
    quote = f"President of the Republic of Azerbaijan {name} paid tribute to the victims of the tragedy."
    return AttendeeRow(
        "president-az-2020-01-20",
        2020,
        name,
        name,
        "Head of the Presidential Administration",
        None,
        quote,
        "President.az",
        0,
        5,
    )


def test_a_column_left_out_on_a_narrow_terminal_is_named_under_the_table() -> None:
    text = table([_attendee("Mehriban Aliyeva")])
    assert "Mehriban Aliyeva" in text and "president-az-2020-01-20" in text
    assert "not shown at this width: mention, quote" in text or "not shown at this width: quote" in text
    wide = table([_attendee("Mehriban Aliyeva")], width=250)
    assert "not shown" not in wide and "paid tribute to the victims of the tragedy." in wide


def test_quotes_in_full_wrap_and_are_never_cut() -> None:
    text = table([_attendee("Mehriban Aliyeva")], full=("quote",))
    joined = " ".join(line.strip("│ ") for line in text.splitlines())
    assert "…" not in text.split("quote")[-1]
    for word in ("victims", "tragedy."):
        assert word in joined


def test_casualty_rows_in_tsv_name_their_article_and_quote(run: Run) -> None:
    lines = run("casualties", "--rows", "--source", "EU Reporter", "-f", "tsv").stdout.splitlines()
    header = lines[0].split("\t")
    assert "article" in header and "quote" in header
    assert lines[1].split("\t")[header.index("article")] == "eureporter-black-january"


def test_attendee_rows_in_tsv_have_their_quote(run: Run) -> None:
    lines = run("attendees", "--year", "2004", "-f", "tsv").stdout.splitlines()
    assert lines[0].split("\t")[-1] == "quote" and "Aliyev" in lines[1].split("\t")[-1]


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["attendees"],
        ["attendees", "--groups"],
        ["attendees", "--by", "person"],
        ["casualties"],
        ["casualties", "--rows"],
        ["anniversaries"],
    ],
)
def test_an_empty_result_piped_is_a_header_row(run: Run, args: list[str]) -> None:
    result = run(*args, "--year", "1995")
    assert result.returncode == 1 and len(result.stdout.splitlines()) == 1 and result.stdout.strip()


def test_search_with_no_hit_piped_is_a_header_row(run: Run) -> None:
    assert run("search", "xyzzyq").stdout == "score\tarticle\tyear\tsource\tsnippet\n"


def test_the_year_card_piped_says_each_rows_type(run: Run) -> None:
    for year, kinds_there in (("2020", {"article", "attendee"}), ("2024", {"article", "casualty"})):
        lines = run("year", year).stdout.splitlines()
        assert lines[0].startswith("type\tyear\t")
        kinds = [line.split("\t")[0] for line in lines[1:]]
        assert kinds[0] == "year" and kinds_there <= set(kinds)
        typed = json.loads(run("year", year, "-f", "json").stdout)
        assert [record["type"] for record in typed] == kinds


@pytest.mark.parametrize("fmt", ["tsv", "csv"])
def test_a_year_with_no_article_still_says_its_rows_type(run: Run, fmt: str) -> None:
    # the card of a year with no article (its year row alone) lost the type column a script reads
    sep = "\t" if fmt == "tsv" else ","
    result = run("year", "2005", "-f", fmt)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        sep.join(("type", "year", "anniversary", "articles")),
        sep.join(("year", "2005", "15", "0")),
    ]


def test_groups_by_person_is_a_usage_error(run: Run) -> None:
    result = run("attendees", "--by", "person", "--groups")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
