"""Facts are extracted on first use: a build makes the archive searchable, the first command that reads facts
extracts them (every article after a build, only the new ones after a refresh), and the answers are the same as
if they had been extracted while building."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from jan20.archive import facts, parallel
from jan20.archive.index import open_archive, refresh
from jan20.query.anniversaries import anniversaries
from jan20.query.attendees import attendees, groups
from jan20.query.casualties import casualty_rows
from jan20.query.year import year_card

from .conftest import RUSSIAN, STORY, Run, WriteCorpus


def _story(year: int, dead: int, name: str = "Ilham Aliyev") -> str:
    return (
        f"Baku, 20 January {year}.\n\nPresident {name} visited the Alley of Martyrs and laid a wreath. "
        f"{dead} people were killed.\n"
    )


def _pending(index: Path) -> int:
    with sqlite3.connect(index) as conn:
        return int(conn.execute("SELECT count(*) FROM articles WHERE facts = 0").fetchone()[0])


def _facts(index: Path) -> dict[str, list[tuple[object, ...]]]:
    """The fact tables, without their row ids (which depend on the order of extraction)."""
    with sqlite3.connect(index) as conn:
        return {
            "casualties": sorted(conn.execute("SELECT article_id, category, value, quote, start FROM casualties")),
            "attendees": sorted(conn.execute("SELECT article_id, mention, role, start FROM attendees")),
            "anniversaries": sorted(conn.execute("SELECT article_id, stated, phrase FROM anniversaries")),
            "names": sorted(conn.execute("SELECT mention, name FROM names")),
        }


def test_a_build_leaves_facts_to_the_first_command_that_reads_them(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"a.txt": STORY, "b.txt": RUSSIAN})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    assert _pending(index) == 2
    assert _facts(index)["casualties"] == []
    archive = open_archive(root, index)
    rows = casualty_rows(archive)
    assert {(r.article, r.value) for r in rows if r.category == "killed"} == {("a", 147), ("b", 147)}
    assert _pending(index) == 0


@pytest.mark.parametrize(
    "view",
    [
        lambda a: attendees(a),
        lambda a: groups(a),
        lambda a: casualty_rows(a),
        lambda a: anniversaries(a),
        lambda a: year_card(a, 2021),
    ],
    ids=["attendees", "groups", "casualties", "anniversaries", "year"],
)
def test_every_view_of_facts_extracts_them_first(write_corpus: WriteCorpus, tmp_path: Path, view) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": STORY})
    index = tmp_path / "i.sqlite"
    archive = open_archive(root, index)
    assert _pending(index) == 1
    view(archive)
    assert _pending(index) == 0


def test_a_refresh_leaves_only_what_it_read_to_extract(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({f"r{n}.txt": _story(2000 + n, 100 + n) for n in range(5)})
    index = tmp_path / "i.sqlite"
    open_archive(root, index).ensure_facts()
    (root / "r2.txt").write_text(_story(2002, 999, "Ilham Əliyev"), encoding="utf-8")
    os.utime(root / "r2.txt", ns=(0, 5_000_000_000))
    (root / "new.txt").write_text(_story(2010, 7), encoding="utf-8")
    (root / "r4.txt").unlink()
    refresh(root, index)
    assert _pending(index) == 2  # the changed file and the new one
    incremental = open_archive(root, index)
    incremental.ensure_facts()
    rebuilt = tmp_path / "rebuilt.sqlite"
    open_archive(root, rebuilt, rebuild=True).ensure_facts()
    assert _facts(index) == _facts(rebuilt)
    assert {r.value for r in casualty_rows(incremental)} == {100, 101, 999, 103, 7}
    assert {r.name for r in attendees(incremental)} == {"Ilham Aliyev"}  # the new spelling merged with the others


def test_with_nothing_to_extract_no_extraction_runs(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"a.txt": STORY})
    archive = open_archive(root, tmp_path / "i.sqlite")
    archive.ensure_facts()

    def fail(*_: object) -> int:
        raise AssertionError("extracted again")

    monkeypatch.setattr(facts, "complete_facts", fail)
    archive.ensure_facts()
    assert casualty_rows(archive)


def test_facts_extracted_after_another_process_replaced_the_index(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"a.txt": STORY})
    index = tmp_path / "i.sqlite"
    archive = open_archive(root, index)
    (root / "b.txt").write_text(_story(2005, 55), encoding="utf-8")
    refresh(root, index, rebuild=True)  # a new file moved over the one this archive has open
    archive.ensure_facts()
    assert {r.value for r in casualty_rows(archive) if r.category == "killed"} == {147, 55}
    assert _pending(index) == 0


def test_extraction_reports_progress(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 3)  # in worker processes, read from the index in batches
    monkeypatch.setattr(facts, "READ_BATCH", 2)
    root = write_corpus({f"r{n}.txt": _story(2000 + n, 100 + n) for n in range(7)})
    calls: list[tuple[int, int]] = []
    archive = open_archive(root, tmp_path / "i.sqlite", progress=lambda done, total: calls.append((done, total)))
    calls.clear()  # (the build's own)
    archive.ensure_facts()
    assert calls == [(n, 7) for n in range(1, 8)]
    assert sorted(r.value for r in casualty_rows(archive)) == [100 + n for n in range(7)]


def test_jan20_index_extracts_the_facts_too(run: Run, write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"a.txt": STORY, "b.txt": RUSSIAN})
    index = tmp_path / "cli.sqlite"
    result = run("--corpus", str(root), "--index", str(index), "index", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert _pending(index) == 0 and len(_facts(index)["casualties"]) >= 2


def test_a_search_does_not_extract_facts(run: Run, write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"a.txt": STORY})
    index = tmp_path / "cli.sqlite"
    result = run("--corpus", str(root), "--index", str(index), "search", "wreath", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert _pending(index) == 1
    result = run("--corpus", str(root), "--index", str(index), "casualties", "--rows", "-f", "json")
    assert result.returncode == 0 and "147" in result.stdout
    assert _pending(index) == 0


KHOJALY = (
    "Baku, February 26, APA. Azerbaijan marks the 30th anniversary of the Khojaly genocide today.\n\n"
    "President Ilham Aliyev visited the memorial and laid flowers at the monument.\n\n"
    "On the night of 25-26 February 1992 the town was seized. As a result, 613 civilians were killed. "
    "487 people were wounded.\n\n"
    "Khojaly, like the tragedy of 20 January 1990 two years earlier, is remembered as a dark page.\n"
)


@pytest.mark.parametrize(
    ("title", "text", "another"),
    [
        ("Azerbaijan commemorates victims of Khojaly genocide", KHOJALY, True),
        (None, KHOJALY, True),  # no title: the lead names the event
        ("Ходжалинская трагедия: 30 лет", "Погибли 613 человек.", True),
        ("Azerbaijan marks 34th anniversary of 20 January tragedy", "147 people were killed. Khojaly followed.", False),
        ("Black January and Khojaly: two tragedies", "147 people were killed.", False),
        ("President visits Alley of Martyrs", "147 people were killed in January 1990.", False),
    ],
)
def test_a_story_about_another_event_gives_no_figures_or_attendees(title: str | None, text: str, another: bool) -> None:
    from jan20.archive.facts import about_another_event, extract_facts

    assert about_another_event(title, text) is another
    extracted = extract_facts(title, text)
    assert (extracted.casualties == [] and extracted.attendees == []) is another
