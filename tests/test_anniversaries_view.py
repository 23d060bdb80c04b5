"""`jan20 anniversaries` on the shipped corpus and on documents written for the test."""

import json

EXPECTED_STATED = {2004: 14, 2006: 16, 2012: 22, 2013: 23, 2015: 25, 2021: 31, 2022: 32, 2024: 34, 2025: 35}


def test_shipped_corpus_anniversaries(run) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(run("anniversaries", "-f", "json").stdout)
    assert len(rows) == 22
    assert all(set(r) >= {"article", "year", "number", "stated", "consistent"} for r in rows)
    assert all(r["number"] == r["year"] - 1990 for r in rows)
    by_year = {r["year"]: r for r in rows}
    for year, stated in EXPECTED_STATED.items():
        assert by_year[year]["stated"] == stated, year
    for year in (2011, 2019, 2020):  # these texts state no anniversary
        assert by_year[year]["stated"] is None and by_year[year]["consistent"] is None
    assert all(r["consistent"] for r in rows if r["stated"] is not None)
    assert by_year[2004]["phrase"] == "14rd anniversary"


def test_gaps(run) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(run("anniversaries", "--gaps", "-f", "json").stdout)
    assert [r["year"] for r in rows if r.get("gap")] == [2005, 2023]
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)


def test_inconsistent_and_unstated(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus(
        {
            "a.txt": "Published 20 January 2020\n\nThe 31st anniversary was marked in Baku today.",
            "b.txt": "Published 20 January 2019\n\nTwenty-nine years have passed since that night.",
            "c.txt": "Published 20 January 2016\n\nNothing about how long ago it was.",
        }
    )
    rows = {
        r["article"]: r for r in json.loads(run("anniversaries", "-f", "json", env={"JAN20_CORPUS": str(root)}).stdout)
    }
    assert rows["a"]["stated"] == 31 and rows["a"]["number"] == 30 and rows["a"]["consistent"] is False
    assert rows["b"]["stated"] == 29 and rows["b"]["consistent"] is True
    assert rows["c"]["stated"] is None and rows["c"]["consistent"] is None
    gaps = json.loads(run("anniversaries", "--gaps", "-f", "json", env={"JAN20_CORPUS": str(root)}).stdout)
    assert [r["year"] for r in gaps if r["gap"]] == [2017, 2018]
