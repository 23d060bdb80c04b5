"""An index damaged where the check on opening does not look (deep in a large file) is rebuilt when a query
trips on it, and the command still answers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from jan20.archive import freshness
from jan20.archive import index as index_module
from jan20.archive.index import refresh
from jan20.cli import app as app_module
from jan20.cli.main import main

from .conftest import STORY


def _damage_table(index_path: Path, table: str) -> None:
    """Overwrite the first page of table's b-tree with garbage, leaving the file's header and schema intact."""
    conn = sqlite3.connect(index_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(index_path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


@pytest.fixture
def damaged(write_corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    root = write_corpus({f"story{n}.txt": STORY for n in range(5)})
    index_path = tmp_path / "damaged.sqlite"
    refresh(root, index_path)
    _damage_table(index_path, "articles")
    monkeypatch.setenv("JAN20_CORPUS", str(root))
    monkeypatch.setenv("JAN20_INDEX", str(index_path))
    # As for an index too large to check on every run: the damage is found only by the query.
    monkeypatch.setattr(freshness, "QUICK_CHECK_MAX_BYTES", 0)
    monkeypatch.setattr(app_module.settings, "rebuild", False)
    return index_path


def test_a_query_that_trips_on_damage_rebuilds_the_index_and_answers(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 5
    assert err.count("\n") == 1 and "the index is damaged" in err and "rebuilding" in err
    conn = sqlite3.connect(damaged)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_damage_a_rebuild_cannot_mend_is_one_line_not_a_loop(
    damaged: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_refresh = index_module._refresh

    def refresh_then_damage(*args: object, **kwargs: object) -> object:
        report = real_refresh(*args, **kwargs)  # type: ignore[arg-type]
        _damage_table(damaged, "articles")  # a disk that corrupts what is written
        return report

    monkeypatch.setattr(index_module, "_refresh", refresh_then_damage)
    assert main(["list", "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 2 and "rebuilding" in lines[0] and lines[1].startswith("jan20: error: ")


def test_a_locked_index_is_not_taken_for_a_damaged_one(
    damaged: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(index_module, "open_archive", locked)
    monkeypatch.setattr(app_module, "open_archive", locked)
    assert main(["list", "--format", "json"]) == 2
    _, err = capsys.readouterr()
    assert "rebuilding" not in err and "database is locked" in err
