"""An edit that keeps a file's size and sets its modification time back is still seen (walk.change_stamp)."""

import os
import sqlite3
from pathlib import Path

import pytest

from jan20.archive import schema
from jan20.archive.index import refresh
from jan20.archive.walk import change_stamp, list_documents

POSIX = os.name != "nt"


def _text(word: str) -> str:
    return f"Report of the ceremony\n\nOn 20 January 2015 the pupils laid {word} at the memorial of the martyrs.\n"


def _statuses(report) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.path: f.status for f in report.files}


def _edit_keeping_size_and_time(path: Path, text: str) -> None:
    before = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


@pytest.mark.skipif(not POSIX, reason="on Windows only an edit that replaces the file is seen")
def test_an_edit_with_its_size_and_time_restored_is_reread(write_corpus, tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": _text("tulips"), "b.txt": _text("roses")})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    _edit_keeping_size_and_time(root / "a.txt", _text("irises"))  # the same length as "tulips"
    assert _statuses(refresh(root, index)) == {"a.txt": "changed", "b.txt": "unchanged"}
    # and a command's own freshness check (the digest) sees it too, with nothing asked for
    _edit_keeping_size_and_time(root / "a.txt", _text("lilies"))
    result = run("search", "lilies", "--exact", "--count", "--corpus", str(root), "--index", str(index))
    assert (result.returncode, result.stdout.strip()) == (0, "1")


def test_an_edit_that_replaces_the_file_with_its_time_restored_is_reread(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": _text("tulips")})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    path = root / "a.txt"
    before = path.stat()
    saved = root / "a.txt.new"  # an editor's save: a new file moved over the old one, its time copied
    saved.write_text(_text("irises"), encoding="utf-8")
    os.utime(saved, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(saved, path)
    assert _statuses(refresh(root, index)) == {"a.txt": "changed"}


def test_a_change_of_mode_alone_is_hashed_not_reread(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": _text("tulips")})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    os.chmod(root / "a.txt", 0o600)
    assert _statuses(refresh(root, index)) == {"a.txt": "unchanged"}
    assert _statuses(refresh(root, index)) == {"a.txt": "unchanged"}


def test_the_stamp_is_the_change_time_on_posix_and_fits_sqlite(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    st = os.lstat(tmp_path / "a.txt")
    expected = st.st_ctime_ns if POSIX else st.st_ino
    assert change_stamp(st) == expected & (2**63 - 1)
    assert [f.changed for f in list_documents(tmp_path).files()] == [change_stamp(st)]


def test_an_index_of_the_layout_before_the_stamp_is_rebuilt_not_a_crash(write_corpus, tmp_path: Path, run) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": _text("tulips")})
    index = tmp_path / "i.sqlite"
    refresh(root, index)
    with sqlite3.connect(index) as conn:  # version 9's documents table: no `changed` column
        conn.execute("ALTER TABLE documents DROP COLUMN changed")
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.close()
    result = run("list", "-f", "tsv", "--corpus", str(root), "--index", str(index))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[1].startswith("a\t")
    with sqlite3.connect(index) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("SELECT changed FROM documents").fetchone()[0] == change_stamp(os.lstat(root / "a.txt"))
    conn.close()
