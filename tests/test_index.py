import os
import sqlite3
import time
from pathlib import Path

import pytest

from jan20.archive import schema
from jan20.archive.index import open_archive, refresh
from jan20.archive.textindex import terms_of_length
from jan20.errors import CatalogError, Jan20Error
from jan20.query.browse import list_articles
from jan20.reading.articles import paragraph_spans

BODY = "Thousands of people visited the Alley of Martyrs to honour the victims of the tragedy of 1990."


def doc(title: str, year: int) -> str:
    return f"{title}\n\nPublished 20 January {year}\n\n{BODY}\n\n{BODY}\n"


def statuses(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.path: f.status for f in report.files}


def bump(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def test_build_then_unchanged(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010), "sub/b.md": doc("Beta report", 2011)})
    index = tmp_path / "i.sqlite"
    first = refresh(root, index)
    assert statuses(first) == {"a.txt": "added", "sub/b.md": "added"}
    second = refresh(root, index)
    assert statuses(second) == {"a.txt": "unchanged", "sub/b.md": "unchanged"}
    assert not second.rebuilt


def test_refresh_on_add_change_delete(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010), "b.txt": doc("Beta report", 2011)})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    (root / "c.txt").write_text(doc("Gamma report", 2012))
    (root / "a.txt").write_text(doc("Alpha report revised", 2013))
    bump(root / "a.txt")
    (root / "b.txt").unlink()
    report = refresh(root, index)
    assert statuses(report) == {"a.txt": "changed", "b.txt": "removed", "c.txt": "added"}
    archive = open_archive(root, index)
    assert {(a.id, a.year) for a in list_articles(archive)} == {("a", 2013), ("c", 2012)}


def test_touched_but_identical_file_is_not_reread(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010)})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    bump(root / "a.txt")
    assert statuses(refresh(root, index)) == {"a.txt": "unchanged"}


def test_catalog_change_rereads_only_that_document(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010), "b.txt": doc("Beta report", 2011)})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    (root / "catalog.toml").write_text('["a.txt"]\nsource = "Declared Outlet"\n')
    assert statuses(refresh(root, index)) == {"a.txt": "changed", "b.txt": "unchanged"}
    articles = {a.id: a for a in list_articles(open_archive(root, index))}
    assert articles["a"].source == "Declared Outlet" and articles["a"].declared == ("source",)


def test_an_older_schema_version_is_rebuilt_and_a_newer_one_refused(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010)})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    with sqlite3.connect(index) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    report = refresh(root, index)
    assert report.rebuilt and any("schema version" in note for note in report.notes)
    assert statuses(report) == {"a.txt": "added"}
    with sqlite3.connect(index) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    before = index.read_bytes()
    with pytest.raises(Jan20Error, match="newer jan20"):
        refresh(root, index)
    assert index.read_bytes() == before


CACHE = "cache/jan20"  # jan20's own folder under the tests' XDG_CACHE_HOME (see conftest)


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 3000])
def test_damaged_or_foreign_index_in_jans_own_folder_is_rebuilt(write_corpus, tmp_path: Path, content: bytes) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010)})
    index = tmp_path / CACHE / "i.sqlite"
    index.parent.mkdir(parents=True)
    index.write_bytes(content)
    report = refresh(root, index)
    assert report.rebuilt
    assert [a.id for a in list_articles(open_archive(root, index))] == ["a"]


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 3000])
def test_a_file_jan20_did_not_make_elsewhere_is_refused_and_kept(write_corpus, tmp_path: Path, content: bytes) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010)})
    index = tmp_path / "notes.txt"
    index.write_bytes(content)
    with pytest.raises(Jan20Error, match="not a jan20 index"):
        refresh(root, index)
    assert index.read_bytes() == content


def test_another_programs_sqlite_database_is_refused(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010)})
    index = tmp_path / "someone.db"
    with sqlite3.connect(index) as conn:
        conn.execute("CREATE TABLE other (x)")
    conn.close()
    before = index.read_bytes()
    with pytest.raises(Jan20Error, match="another program's SQLite database"):
        refresh(root, index)
    assert index.read_bytes() == before


def test_binary_and_undecodable_files_are_reported(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus(
        {
            "a.txt": doc("Alpha report", 2010),
            "bin.txt": b"\x00\x01\x02binary" * 50,
            "ru.txt": ("Годовщина трагедии 20 января. " * 20).encode("cp1251"),
            "empty.txt": " \n\n",
        }
    )
    report = refresh(root, tmp_path / "i.sqlite")
    by_path = {f.path: f for f in report.files}
    assert by_path["bin.txt"].status == "skipped" and by_path["bin.txt"].reason == "binary file"
    assert by_path["ru.txt"].status == "added" and "not UTF-8" in (by_path["ru.txt"].reason or "")
    assert by_path["empty.txt"].status == "skipped" and by_path["empty.txt"].reason == "empty file"
    # an unchanged binary file does not make the index stale
    assert statuses(refresh(root, tmp_path / "i.sqlite"))["bin.txt"] == "skipped"


def test_missing_corpus_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(Jan20Error):
        refresh(tmp_path / "nope", tmp_path / "i.sqlite")


def test_broken_catalog_raises_and_leaves_the_index(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010)})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    before = index.read_bytes()
    (root / "catalog.toml").write_text('["a.txt"\nsource = 1\n')
    time.sleep(0.01)
    with pytest.raises(CatalogError):
        refresh(root, index)
    assert index.read_bytes() == before


def test_paragraph_spans_are_offsets_into_the_text() -> None:
    text = "  First para\nstill first\n\n\nSecond para  \n\n   \nThird"
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == ["First para\nstill first", "Second para", "Third"]


def test_refresh_keeps_the_vocabulary_equal_to_a_full_build(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": doc("Alpha report", 2010), "b.txt": "Beta Müstəqillik words here.\n\nMore words."})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    (root / "a.txt").write_text("Gamma delta epsilon.\n\nWords again, Bakı.")
    bump(root / "a.txt")
    (root / "c.txt").write_text("Zeta eta theta words.")
    (root / "b.txt").unlink()
    refresh(root, index)
    with sqlite3.connect(index) as conn:
        kept = set(conn.execute("SELECT term, paragraphs FROM vocabulary"))
        truth = set(conn.execute("SELECT term, doc FROM paragraphs_fts_terms"))
        lists = {term for (joined,) in conn.execute("SELECT terms FROM vocabulary_lists") for term in joined.split()}
        lengths = {length: terms_of_length(conn, length, length) for length in range(1, 20)}
    assert kept == truth
    assert ("gamma", 1) in kept and ("words", 2) in kept and not any(t == "beta" for t, _ in kept)
    # The per-length lists that search fetches hold the same words, each under its own length.
    assert lists == {term for term, _ in truth}
    assert all(len(term) == length for length, terms in lengths.items() for term in terms)


def test_parallel_build_gives_what_a_serial_build_gives(write_corpus, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from jan20.archive import parallel

    files = {f"d{n:03}.txt": doc(f"Report number {n}", 2000 + n % 25) + "147 people were killed." for n in range(80)}
    root = write_corpus(files)
    open_archive(root, tmp_path / "parallel.sqlite").ensure_facts()  # the build, then the facts: both in workers
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10_000)
    open_archive(root, tmp_path / "serial.sqlite").ensure_facts()
    tables = ("articles", "paragraphs", "casualties", "anniversaries", "vocabulary")
    dumps = []
    for name in ("parallel.sqlite", "serial.sqlite"):
        with sqlite3.connect(tmp_path / name) as conn:
            dumps.append({t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in tables})
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["articles"]) == 80 and len(dumps[0]["casualties"]) == 80
