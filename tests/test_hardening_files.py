"""Hardening, part three: jan20 writes only its index, its lock and its temporary files, loses no file of the user's,
never blocks forever, and never answers wrong because of a name, a time or a cap (issue: "Never write where you
were not asked, never lose a file, never hang")."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import zlib
from pathlib import Path

import pytest

from jan20.archive import freshness, indexwriter, walk
from jan20.archive import lock as lock_module
from jan20.archive.index import open_archive, refresh
from jan20.archive.lock import LockBusy, writer_lock
from jan20.archive.paths import IndexNotWritten
from jan20.errors import CatalogError, Jan20Error
from jan20.reading import corpus as corpus_module

from .conftest import JAN20, STORY, Run, WriteCorpus, index_rows, listed, one_line_error

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="links and FIFOs as Unix makes them")


def _shell(line: str, root: Path) -> subprocess.CompletedProcess[str]:
    """A shell line that runs jan20 (as JAN20) on the corpus root, as a user's shell would (bash, for pipefail)."""
    return subprocess.run(
        ["bash", "-c", line],
        capture_output=True,
        text=True,
        env={**os.environ, "JAN20_CORPUS": str(root)},
        timeout=60,
    )


def _index() -> Path:
    return Path(os.environ["JAN20_INDEX"])


# --- Links and other people's files at the index path --------------------------------------------------------


@unix_only
def test_a_link_at_the_index_path_is_refused_and_its_target_untouched(
    run: Run, write_corpus: WriteCorpus, tmp_path: Path
) -> None:
    root = write_corpus({"one.txt": STORY})
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    link = tmp_path / "i.sqlite"
    link.symlink_to(notes)
    for command in (["list"], ["index", "--rebuild"]):
        line = one_line_error(run("--index", str(link), *command, env={"JAN20_CORPUS": str(root)}))
        assert "symbolic link" in line and str(link) in line
    assert notes.read_text() == "my notes\n" and link.is_symlink()
    with pytest.raises(Jan20Error, match="symbolic link"):
        refresh(root, link)
    assert notes.read_text() == "my notes\n"


@unix_only
def test_a_link_at_the_lock_path_is_refused_and_nothing_is_made_where_it_points(
    run: Run, write_corpus: WriteCorpus, tmp_path: Path
) -> None:
    root = write_corpus({"one.txt": STORY})
    elsewhere = tmp_path / "elsewhere" / "new-file"
    elsewhere.parent.mkdir()
    Path(f"{_index()}.lock").symlink_to(elsewhere)
    line = one_line_error(run("list", env={"JAN20_CORPUS": str(root)}))
    assert "lock file" in line and "symbolic link" in line
    assert not elsewhere.exists() and not _index().exists()


def test_a_document_given_as_the_index_is_refused(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY, "keep.txt": "Keep this text exactly as it is.\n"})
    line = one_line_error(run("--index", str(root / "keep.txt"), "list", env={"JAN20_CORPUS": str(root)}))
    assert "not a jan20 index" in line and "keep.txt" in line
    assert (root / "keep.txt").read_text() == "Keep this text exactly as it is.\n"


def test_an_index_kept_inside_the_archive_is_never_read_as_a_document(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY})
    env = {"JAN20_CORPUS": str(root), "JAN20_INDEX": str(root / "index.txt")}
    assert [a["path"] for a in listed(run, env)] == ["one.txt"]
    stamp = (root / "index.txt").stat().st_mtime_ns
    assert [a["path"] for a in listed(run, env)] == ["one.txt"]
    assert (root / "index.txt").stat().st_mtime_ns == stamp  # not rewritten by the next command
    assert "index.txt" not in index_rows(run("index", "-f", "json", env=env))


# --- Builds that fail, locks that are held -------------------------------------------------------------------


def test_a_failed_build_removes_its_temporary_file_and_a_later_run_sweeps_stale_ones(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"one.txt": STORY})
    index = tmp_path / "i.sqlite"

    def out_of_memory(*_: object, **__: object) -> None:
        raise MemoryError

    monkeypatch.setattr("jan20.archive.indexwriter.IndexWriter.apply", out_of_memory)
    with pytest.raises(MemoryError):
        refresh(root, index)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "i.sqlite.lock"]
    monkeypatch.undo()
    (tmp_path / "i.sqlite.tmp-12345").write_bytes(b"left by a build that was killed" * 1000)
    (tmp_path / "i.sqlite.tmp-notes").write_text("not ours: its name does not end in a pid")
    refresh(root, index)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "i.sqlite", "i.sqlite.lock", "i.sqlite.tmp-notes"]


def test_a_held_lock_times_out_naming_the_holder_and_readers_answer_from_the_index_as_it_is(
    run: Run, write_corpus: WriteCorpus
) -> None:
    root = write_corpus({"one.txt": STORY})
    env = {"JAN20_CORPUS": str(root), "JAN20_LOCK_TIMEOUT": "0.5"}
    assert len(listed(run, env)) == 1
    (root / "two.txt").write_text(STORY.replace("2021", "2022"))
    with writer_lock(_index()):
        line = one_line_error(run("index", env=env))
        assert f"another jan20 is updating {_index()} (pid {os.getpid()})" in line
        reader = run("list", "-f", "json", env=env)
        assert reader.returncode == 0 and [a["path"] for a in json.loads(reader.stdout)] == ["one.txt"]
        assert "another jan20 is updating" in reader.stderr and "as it is" in reader.stderr
    assert [a["path"] for a in listed(run, env)] == ["one.txt", "two.txt"]  # refreshed once the lock is free


def test_a_held_lock_without_a_usable_index_is_an_error_not_a_hang(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"one.txt": STORY})
    index = tmp_path / "i.sqlite"
    with writer_lock(index), pytest.raises(LockBusy, match="another jan20 is updating"):
        refresh(root, index, wait=0.2)


def test_the_lock_timeout_is_bounded(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY})
    line = one_line_error(run("list", env={"JAN20_CORPUS": str(root), "JAN20_LOCK_TIMEOUT": "1e12"}))
    assert "JAN20_LOCK_TIMEOUT" in line


@pytest.mark.parametrize("failure", ["database or disk is full", "attempt to write a readonly database"])
def test_a_full_or_read_only_disk_is_one_line_and_readers_use_the_index_as_it_is(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    root = write_corpus({"one.txt": STORY})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    (root / "two.txt").write_text(STORY)

    def cannot_write(*_: object, **__: object) -> None:
        error = sqlite3.OperationalError(failure)
        error.sqlite_errorname = "SQLITE_FULL" if "full" in failure else "SQLITE_READONLY"  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(indexwriter, "update", cannot_write)
    expected = "the disk is full" if "full" in failure else "read-only"
    with pytest.raises(IndexNotWritten, match=expected):
        refresh(root, index)
    opened = open_archive(root, index)
    assert any(expected in warning and "as it is" in warning for warning in opened.warnings)
    assert [row[0] for row in opened.conn.execute("SELECT path FROM documents")] == ["one.txt"]
    opened.close()


# --- Hangs and what cannot be read ---------------------------------------------------------------------------


@unix_only
def test_a_fifo_is_never_opened_for_reading(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"one.txt": STORY})
    os.mkfifo(root / "pipe.txt")
    found, skipped = walk.scan(root)
    assert [f.path for f in found] == ["one.txt"]
    assert ("pipe.txt", "not a regular file") in [(s.path, s.reason) for s in skipped]
    # A document replaced by a FIFO after the walk (between the walk and the read): refused, not waited on.
    with pytest.raises(corpus_module.NotText, match="not a regular file"):
        corpus_module.read_bytes(root / "pipe.txt")


@unix_only
@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero", "link out of the folder"])
def test_a_catalog_that_is_not_a_regular_file_inside_the_folder_is_refused(
    write_corpus: WriteCorpus, tmp_path: Path, kind: str
) -> None:
    root = write_corpus({"one.txt": STORY})
    catalog = root / "catalog.toml"
    if kind == "fifo":
        os.mkfifo(catalog)
    elif kind == "link to /dev/zero":
        catalog.symlink_to("/dev/zero")
    else:
        outside = tmp_path / "outside.toml"
        outside.write_text('["one.txt"]\nsource = "Outside"\n')
        catalog.symlink_to(outside)
    done: list[BaseException] = []

    def build() -> None:
        try:
            refresh(root, tmp_path / "i.sqlite")
        except BaseException as exc:
            done.append(exc)

    worker = threading.Thread(target=build, daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "reading the catalog blocked"
    assert len(done) == 1 and isinstance(done[0], CatalogError), done
    assert "regular file" in str(done[0]) or "outside the corpus folder" in str(done[0])


def test_reading_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 3 * 1024 * 1024)
    with pytest.raises(corpus_module.NotText, match="larger than 2 MB"):
        corpus_module.read_bytes(big, limit=2 * 1024 * 1024)
    assert len(corpus_module.read_bytes(big, limit=4 * 1024 * 1024)) == 3 * 1024 * 1024


def test_a_document_over_the_limit_is_skipped_with_its_reason(
    write_corpus: WriteCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"one.txt": STORY, "huge.txt": "y" * 3 * 1024 * 1024})
    monkeypatch.setattr(walk, "MAX_BYTES", 2 * 1024 * 1024)
    found, skipped = walk.scan(root)
    assert [f.path for f in found] == ["one.txt"]
    assert [(s.path, s.reason) for s in skipped] == [("huge.txt", "larger than 2 MB")]


def test_a_time_after_2262_is_indexed_and_its_edits_are_seen(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"future.txt": STORY})
    far = 10_413_792_000 * 10**9  # 2300-01-01, past SQLite's largest integer in nanoseconds
    os.utime(root / "future.txt", ns=(far, far))
    env = {"JAN20_CORPUS": str(root)}
    assert [a["year"] for a in listed(run, env)] == [2021]
    assert run("index", "--rebuild", env=env).returncode == 0
    (root / "future.txt").write_text(STORY.replace("2021", "2023"))  # the same size
    os.utime(root / "future.txt", ns=(far + 1, far + 1))
    assert [a["year"] for a in listed(run, env)] == [2023]


def test_stdout_closed_is_one_line_not_a_traceback(write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY})
    result = _shell(f'"{JAN20}" list >&-', root)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == "jan20: error: cannot write the output: standard output is closed\n"


def test_a_reader_that_stops_early_is_not_nothing_found(write_corpus: WriteCorpus) -> None:
    # Enough output that the pipe fills, so jan20 is still writing when `head` goes away.
    root = write_corpus({"long.txt": STORY + "The Alley of Martyrs was full of flowers. " * 20_000})
    result = _shell(f'set -o pipefail; "{JAN20}" show long | head -c 100 >/dev/null', root)
    assert (result.returncode, result.stderr) == (0, "")


# --- Answers that must not depend on order, names or caps ----------------------------------------------------


def test_ids_do_not_depend_on_the_order_files_were_indexed_in(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"x.txt": STORY})
    env = {"JAN20_CORPUS": str(root)}
    assert [a["id"] for a in listed(run, env)] == ["x"]
    (root / "x.md").write_text(STORY.replace("2021", "2022"))  # added later, but its path sorts first
    refreshed = {a["path"]: a["id"] for a in listed(run, env)}
    assert run("index", "--rebuild", env=env).returncode == 0
    rebuilt = {a["path"]: a["id"] for a in listed(run, env)}
    assert refreshed == rebuilt
    assert rebuilt["x.md"] == "x" and rebuilt["x.txt"] == f"x-{zlib.crc32(b'x.txt'):08x}"
    (root / "x.md").unlink()  # the file that held x is gone: x.txt has it again, as a full build gives it
    assert [a["id"] for a in listed(run, env)] == ["x"]


def test_a_name_equal_to_a_derived_id_does_not_break_the_build(run: Run, write_corpus: WriteCorpus) -> None:
    derived = f"a-{zlib.crc32(b'a.txt'):08x}"
    root = write_corpus({"a.txt": STORY, "a.md": STORY, f"{derived}.txt": STORY})
    ids = [a["id"] for a in listed(run, {"JAN20_CORPUS": str(root)})]
    assert len(ids) == len(set(ids)) == 3


@unix_only
def test_two_names_that_would_read_the_same_are_both_kept(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "\\xff.txt").write_text(STORY)  # a name spelled with a backslash, x, f, f
    try:
        with open(os.path.join(os.fsencode(root), b"\xff.txt"), "w") as handle:  # the byte 0xFF
            handle.write(STORY.replace("2021", "2022"))
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    rows = listed(run, {"JAN20_CORPUS": str(root)})
    assert sorted(a["path"] for a in rows) == ["\\\\xff.txt", "\\xff.txt"]
    assert sorted(a["year"] for a in rows) == [2021, 2022]


def test_search_count_counts_past_any_cap(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    from jan20.query import search

    # One compilation of many dated sections: each is an article of its own that mentions the wreath (more than
    # the 5000 passages a count once stopped at).
    months = ("January", "February", "March", "April", "May", "June")
    sections = [
        f"## {day} {month} {year}\n\nA wreath was laid at the memorial.\n\n"
        for year in range(1991, 2022)
        for month in months
        for day in range(1, 29)
    ]
    root = write_corpus({"many.md": "".join(sections)})
    opened = open_archive(root, tmp_path / "i.sqlite")
    articles = opened.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles == len(sections) == 5208
    assert search.count(opened, "wreath") == articles
    opened.close()


# --- Found by a hostile try of the above -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["hard link", "a file of the user's"])
def test_a_lock_file_jan20_did_not_make_is_never_written(
    run: Run, write_corpus: WriteCorpus, tmp_path: Path, kind: str
) -> None:
    root = write_corpus({"one.txt": STORY})
    lock = Path(f"{_index()}.lock")
    if kind == "hard link":
        precious = tmp_path / "precious.txt"
        precious.write_text("precious user data\n")
        os.link(precious, lock)
    else:
        precious = lock
        precious.write_text("precious user data\n")
    line = one_line_error(run("list", env={"JAN20_CORPUS": str(root)}))
    assert str(lock) in line
    assert precious.read_text() == "precious user data\n"


@unix_only
def test_a_fifo_at_the_journals_name_is_one_line_not_a_hang(run_process: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY})
    env = {"JAN20_CORPUS": str(root)}
    assert run_process("list", env=env).returncode == 0
    os.mkfifo(f"{_index()}-journal")
    for command in (["list"], ["--no-refresh", "list"], ["index", "--rebuild"]):
        line = one_line_error(run_process(*command, env=env))  # (the fixture's timeout would fail a hang)
        assert "-journal is not a regular file" in line


def test_a_build_whose_index_cannot_be_replaced_leaves_no_temporary_file(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"one.txt": STORY})
    index = tmp_path / "i.sqlite"

    def cannot_replace(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "replace", cannot_replace)
    with pytest.raises(IndexNotWritten, match="read-only or not writable"):
        refresh(root, index)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "i.sqlite.lock"]


def test_stderr_closed_still_answers(write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY})
    result = _shell(f'"{JAN20}" list -f json 2>&-', root)
    assert result.returncode == 0 and [a["path"] for a in json.loads(result.stdout)] == ["one.txt"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_output_is_one_line(write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY})
    result = _shell(f'"{JAN20}" list >/dev/full', root)
    assert (result.returncode, result.stderr.splitlines()[-1]) == (
        2,
        "jan20: error: cannot write the output: no space left on device",
    )


def test_a_lock_that_cannot_be_made_lets_readers_answer_from_the_index_as_it_is(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"one.txt": STORY})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    (root / "two.txt").write_text(STORY)

    def read_only(path: Path) -> int:
        raise lock_module.LockUnavailable(f"cannot open the index's lock file {path}: read-only file system")

    monkeypatch.setattr(lock_module, "_open_lock_file", read_only)
    opened = open_archive(root, index)
    assert any("read-only file system" in w and "as it is" in w for w in opened.warnings)
    assert [row[0] for row in opened.conn.execute("SELECT path FROM documents")] == ["one.txt"]
    opened.close()


def test_facts_are_extracted_for_the_command_when_the_index_cannot_take_them(
    run_process: Run, write_corpus: WriteCorpus
) -> None:
    root = write_corpus({"one.txt": STORY})
    env = {"JAN20_CORPUS": str(root), "JAN20_LOCK_TIMEOUT": "3600"}
    assert run_process("list", env=env).returncode == 0  # searchable; its facts not yet extracted
    with writer_lock(_index()):
        # A reader waits a moment, not the writer's hour (the fixture's timeout would fail that), and answers.
        result = run_process("attendees", "-f", "json", env=env)
    assert result.returncode == 0, result.stderr
    assert [a["name"] for a in json.loads(result.stdout)] == ["Ilham Aliyev"]
    assert "extracted for this command only" in result.stderr
    with sqlite3.connect(_index()) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE facts = 0").fetchone()[0] == 1  # not stored
    conn.close()
    assert json.loads(run_process("attendees", "-f", "json", env=env).stdout)[0]["name"] == "Ilham Aliyev"


def test_ids_in_a_chain_of_contested_names_do_not_depend_on_order(run: Run, write_corpus: WriteCorpus) -> None:
    derived = f"{zlib.crc32(b'b.txt'):08x}"
    root = write_corpus({"b.md": STORY, f"b/{derived}.txt": STORY})
    env = {"JAN20_CORPUS": str(root)}
    listed(run, env)
    (root / "b.txt").write_text(STORY)  # added later: a refresh must give what a full build gives
    refreshed = {a["path"]: a["id"] for a in listed(run, env)}
    assert run("index", "--rebuild", env=env).returncode == 0
    assert {a["path"]: a["id"] for a in listed(run, env)} == refreshed
    assert len(set(refreshed.values())) == 3


def test_another_programs_lock_on_the_index_is_not_damage(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"one.txt": STORY})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    (root / "two.txt").write_text(STORY)
    before = index.read_bytes()
    monkeypatch.setattr(freshness, "PROBE_WAIT_SECONDS", 0.1)
    other = sqlite3.connect(index, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE meta SET value = value")  # a write under way
    try:
        with pytest.raises(freshness.IndexBusy, match="locked by another program"):
            open_archive(root, index)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert index.read_bytes() == before


@unix_only
def test_an_index_inside_the_archive_named_through_a_link_is_still_not_a_document(
    write_corpus: WriteCorpus, tmp_path: Path
) -> None:
    root = write_corpus({"one.txt": STORY})
    (tmp_path / "via").symlink_to(root, target_is_directory=True)
    index = tmp_path / "via" / "index.txt"  # the archive's folder, by another path
    index.write_text("not a document: the index's place")
    listing = walk.list_documents(root, exclude=walk.index_files(index))
    assert [f.path for f in listing.files()] == ["one.txt"]
