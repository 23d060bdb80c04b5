"""`jan20 casualties` and the year card, on the shipped corpus and on documents written for the test."""

import csv
import io
import json

ROW_FIELDS = {"article", "source", "year", "category", "value", "low", "high", "qualifier", "scope", "who", "quote"}


def test_rows_are_the_json_contract(run) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(run("casualties", "-f", "json").stdout)
    assert rows and all(set(r) >= ROW_FIELDS for r in rows)
    assert rows == json.loads(run("casualties", "--rows", "-f", "json").stdout)
    assert all(r["low"] <= r["value"] <= r["high"] for r in rows)


def test_shipped_corpus_figures_by_source(run) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(run("casualties", "-f", "json").stdout)
    totals = {(r["source"], r["category"]): (r["value"], r["qualifier"]) for r in rows if r["scope"] == "total"}
    assert totals[("Embassy of Azerbaijan in Hungary", "killed")] == (147, "exact")
    assert totals[("Embassy of Azerbaijan in Hungary", "arrested")] == (841, "exact")
    assert totals[("EU Reporter", "killed")] == (147, "approx")
    assert totals[("Azernews", "missing")] == (4, "exact")
    assert totals[("JAMnews", "injured")] == (744, "exact")
    partial = sorted(r["value"] for r in rows if r["scope"] == "partial")
    assert partial == [3, 3, 6]
    civilians = {r["source"] for r in rows if r["who"] == "civilians"}
    assert civilians == {"Azernews", "JAMnews"}
    assert not any(r["article"].startswith("president-az") for r in rows)  # "hundreds of" is not a figure


def test_comparison_tells_the_disagreement(run) -> None:  # type: ignore[no-untyped-def]
    table = {r["category"]: r for r in csv.DictReader(io.StringIO(run("casualties", "-f", "csv").stdout))}
    assert table["killed"]["EU Reporter"] == "~147" and table["killed"]["Azernews"] == "150"
    assert table["killed"]["spread"] == "3" and table["injured"]["spread"] == "106"
    assert table["missing"]["Embassy of Azerbaijan in Hungary"] == ""
    compared = json.loads(run("casualties", "--compare", "-f", "json").stdout)
    killed = next(c for c in compared if c["category"] == "killed")
    assert (killed["low"], killed["high"], killed["spread"], killed["sources"]) == (147, 150, 3, 4)


def test_filters_and_exit_codes(run) -> None:  # type: ignore[no-untyped-def]
    only = json.loads(run("casualties", "--source", "azernews", "-f", "json").stdout)
    assert {r["source"] for r in only} == {"Azernews"}
    assert run("casualties", "--year", "2010").returncode == 1
    assert run("casualties", "--rows", "--compare").returncode == 2


def test_other_phrasings(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus(
        {
            "a.txt": "Published 20 January 2030\n\nBetween 131 and 170 people were killed; more than 800 were wounded."
            " Some 26,000 troops took part in the operation.",
            "b.txt": "Published 20 January 2031\n\nOne hundred and forty-seven people died, and about 700 were hurt."
            " Eight more people died in hospital later.",
        }
    )
    rows = json.loads(run("casualties", "-f", "json", env={"JAN20_CORPUS": str(root)}).stdout)
    got = {(r["article"], r["category"], r["qualifier"], r["scope"], r["low"], r["high"]) for r in rows}
    assert ("a", "killed", "range", "total", 131, 170) in got
    assert ("a", "injured", "at_least", "total", 800, 800) in got
    assert ("b", "killed", "exact", "total", 147, 147) in got
    assert ("b", "injured", "approx", "total", 700, 700) in got
    assert ("b", "killed", "exact", "partial", 8, 8) in got
    assert not any(r["value"] == 26000 for r in rows)


def test_year_card_has_attendees_and_figures(run) -> None:  # type: ignore[no-untyped-def]
    card = json.loads(run("year", "2024", "-f", "json").stdout)
    types = [r["type"] for r in card]
    assert types[0] == "year" and types.count("article") == 2 and "casualty" in types
    card2020 = json.loads(run("year", "2020", "-f", "json").stdout)
    assert {r["name"] for r in card2020 if r["type"] == "attendee"} >= {"Ali Asadov", "Samir Nuriyev"}


def test_unsourced_stories_are_compared_apart(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus(
        {
            "old.txt": "Published 20 January 1991\n\n131 people were killed.",
            "new.txt": "Published 20 January 2020\n\n147 people were killed.",
            "wire.txt": "Published 20 January 2021\n\n150 people were killed, Trend reports.",
        }
    )
    compared = json.loads(run("casualties", "--compare", "-f", "json", env={"JAN20_CORPUS": str(root)}).stdout)
    killed = next(c for c in compared if c["category"] == "killed")
    assert killed["by_source"] == {
        "(unknown source: old)": "131",
        "(unknown source: new)": "147",
        "Trend": "150",
    }
    assert killed["sources"] == 3 and killed["spread"] == 19
