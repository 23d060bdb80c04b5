"""The freshness walk begun ahead: a lookup's answer is worked out while the walk ends, and worked out again
when the walk finds the folder changed, so answers are exactly as fresh as without it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jan20 import early as early_module
from jan20 import walk
from jan20.cli import app as cli_app
from jan20.cli.main import WALK_AHEAD_FROM_BYTES, _walk_ahead
from jan20.early import EarlyDigest
from jan20.index import Archive, open_ahead, open_archive
from jan20.walk import list_documents

from .conftest import STORY, WriteCorpus


def _corpus(write_corpus: WriteCorpus, count: int = 3) -> Path:
    return write_corpus({f"y{n}/a{n}.txt": STORY.replace("2021", str(2000 + n)) for n in range(count)})


def test_early_digest_is_the_walks_digest_and_is_collected_once(write_corpus: WriteCorpus) -> None:
    # Wide enough that a walk of its own would be shared with another process: the child walks it alone.
    root = _corpus(write_corpus, count=12)
    early = EarlyDigest(root)
    assert early.root == str(root.resolve())
    assert early.result() == list_documents(root).digest() == list_documents(root, split=False).digest()
    assert early.result() is None  # the child is gone: a second caller walks itself


def test_a_collected_child_is_reaped_without_waiting_for_its_exit(write_corpus: WriteCorpus) -> None:
    root = _corpus(write_corpus)
    first = EarlyDigest(root)
    assert first._child is not None
    pid = first._child[0]
    assert first.result() is not None
    time.sleep(0.2)  # it has exited by now; the next collection reaps it
    assert EarlyDigest(root).result() is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    assert pid not in early_module._UNREAPED


def test_a_child_that_fails_gives_no_digest(write_corpus: WriteCorpus, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> None:
        raise OSError("the walk failed")

    monkeypatch.setattr(walk, "list_documents", fail)  # (in the child, which is a copy of this process)
    assert EarlyDigest(_corpus(write_corpus)).result() is None


def test_cancel_stops_the_child_and_leaves_no_zombie(write_corpus: WriteCorpus) -> None:
    early = EarlyDigest(_corpus(write_corpus))
    child = early._child
    assert child is not None
    early.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(child[0], os.WNOHANG)  # already reaped
    assert early.result() is None


def test_open_ahead_confirms_an_unchanged_folder(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root, index = _corpus(write_corpus), tmp_path / "i.sqlite"
    open_archive(root, index).close()
    ahead = open_ahead(root, index, EarlyDigest(root))
    assert ahead is not None
    assert [row[0] for row in ahead.conn.execute("SELECT id FROM articles ORDER BY id")] == ["y0-a0", "y1-a1", "y2-a2"]
    assert ahead.confirm_fresh() and ahead.confirm_fresh()


def test_open_ahead_finds_a_changed_folder_stale(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root, index = _corpus(write_corpus), tmp_path / "i.sqlite"
    open_archive(root, index).close()
    (root / "y0" / "new.txt").write_text(STORY)
    ahead = open_ahead(root, index, EarlyDigest(root))
    assert ahead is not None
    assert not ahead.confirm_fresh()
    assert not ahead.confirm_fresh()  # stays stale


@pytest.mark.parametrize("why", ["no index", "another folder", "catalog changed", "built for another folder"])
def test_open_ahead_declines_an_index_it_cannot_use_as_it_stands(
    why: str, write_corpus: WriteCorpus, tmp_path: Path
) -> None:
    root, index = _corpus(write_corpus), tmp_path / "i.sqlite"
    early_root = root
    if why != "no index":
        open_archive(root, index).close()
    if why == "another folder":
        early_root = tmp_path / "elsewhere"
        early_root.mkdir()
    elif why == "catalog changed":
        (root / "catalog.toml").write_text('["y0/a0.txt"]\nsource = "Somewhere"\n')
    elif why == "built for another folder":
        other = tmp_path / "other"
        other.mkdir()
        (other / "x.txt").write_text(STORY)
        open_archive(other, index).close()
    early = EarlyDigest(early_root)
    try:
        assert open_ahead(root, index, early) is None
    finally:
        early.cancel()


def test_lookup_answers_again_when_the_folder_changed(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, index = _corpus(write_corpus), tmp_path / "i.sqlite"
    open_archive(root, index).close()
    (root / "y9.txt").write_text(STORY)
    monkeypatch.setattr(cli_app.settings, "early", EarlyDigest(root))
    answers: list[list[str]] = []

    def ids(archive: Archive) -> list[str]:
        answers.append([row[0] for row in archive.conn.execute("SELECT id FROM articles ORDER BY id")])
        return answers[-1]

    assert cli_app.lookup(root, index, ids) == ["y0-a0", "y1-a1", "y2-a2", "y9"]
    assert answers == [["y0-a0", "y1-a1", "y2-a2"], ["y0-a0", "y1-a1", "y2-a2", "y9"]]  # stale, then fresh


def test_lookup_answers_once_when_the_folder_is_unchanged(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, index = _corpus(write_corpus), tmp_path / "i.sqlite"
    open_archive(root, index).close()
    monkeypatch.setattr(cli_app.settings, "early", EarlyDigest(root))
    calls: list[bool] = []

    def answer(archive: Archive) -> int:
        calls.append(archive.unconfirmed is not None)  # opened ahead, not yet confirmed
        return 7

    assert cli_app.lookup(root, index, answer) == 7
    assert calls == [True]


def test_walk_ahead_only_for_a_large_index_and_a_command_that_checks(tmp_path: Path, write_corpus: WriteCorpus) -> None:
    root = _corpus(write_corpus)
    large, small = tmp_path / "large.sqlite", tmp_path / "small.sqlite"
    with open(large, "wb") as handle:
        handle.truncate(WALK_AHEAD_FROM_BYTES)  # sparse: only its size is looked at
    small.write_bytes(b"x")
    spelled = (["--corpus", str(root), "--index", str(large)], [f"--corpus={root}", f"--index={large}"])
    for args in ([*options, "list"] for options in spelled):
        early = _walk_ahead(args)
        assert early is not None and early.root == str(root.resolve())
        early.cancel()
    assert _walk_ahead(["--corpus", str(root), "--index", str(small), "list"]) is None
    assert _walk_ahead(["--corpus", str(root), "--index", str(large), "--no-refresh", "list"]) is None
    assert _walk_ahead(["--corpus", str(root), "--index", str(large), "list", "--help"]) is None
    assert _walk_ahead(["--corpus", str(tmp_path / "none"), "--index", str(tmp_path / "none.sqlite"), "list"]) is None


def test_a_very_large_archive_shares_the_walk_ahead(
    tmp_path: Path, write_corpus: WriteCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    cli_main = importlib.import_module("jan20.cli.main")
    root = _corpus(write_corpus, count=12)
    chosen: list[bool] = []

    def recording(corpus: str, *, split: bool) -> EarlyDigest:
        chosen.append(split)
        return EarlyDigest(corpus, split=split)

    monkeypatch.setattr(cli_main, "EarlyDigest", recording)
    for size in (cli_main.WALK_AHEAD_FROM_BYTES, cli_main.SPLIT_WALK_FROM_BYTES):
        index = tmp_path / f"{size}.sqlite"
        with open(index, "wb") as handle:
            handle.truncate(size)  # sparse
        early = _walk_ahead(["--corpus", str(root), "--index", str(index), "list"])
        assert early is not None and early.result() == list_documents(root).digest()
    assert chosen == [False, True]


# The real entry point, with every index counted as large, so the walk begins ahead as on a large archive.
_MAIN = "import sys; import jan20.cli.main; m = sys.modules['jan20.cli.main']; m.WALK_AHEAD_FROM_BYTES = 0; m.main()"


def _jan20_walking_ahead(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", _MAIN, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_a_command_walking_ahead_sees_an_edit_made_just_before(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root, index = _corpus(write_corpus), tmp_path / "i.sqlite"
    where = ["--corpus", str(root), "--index", str(index)]
    first = _jan20_walking_ahead(*where, "search", "Alley of Martyrs", "-f", "json")
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)) == 3
    again = _jan20_walking_ahead(*where, "search", "Alley of Martyrs", "-f", "json")
    assert again.stdout == first.stdout  # answered ahead, and confirmed
    (root / "y1" / "a1.txt").write_text("Nothing about it here.")
    (root / "late.txt").write_text(STORY.replace("Alley of Martyrs", "Alley of Martyrs in Baku"))
    changed = _jan20_walking_ahead(*where, "search", "Alley of Martyrs", "-f", "json")
    assert changed.returncode == 0, changed.stderr
    assert sorted(hit["article"] for hit in json.loads(changed.stdout)) == ["late", "y0-a0", "y2-a2"]
    (root / "later.txt").write_text(STORY)
    shown = _jan20_walking_ahead(*where, "show", "later", "-f", "json")  # an id only the refreshed index knows
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)[0]["id"] == "later"
    missing = _jan20_walking_ahead(*where, "show", "nowhere")  # unknown even after the check: the usual error
    assert missing.returncode == 2 and "nowhere" in missing.stderr


def test_the_walk_ahead_begins_before_anything_slow_is_imported() -> None:
    # What main imports before it forks the walk, and what the child imports to walk: none of the modules that
    # cost milliseconds (the command's own imports bring them after the fork).
    program = (
        "import sys; import jan20.cli.main; before = set(sys.modules); import jan20.walk; "
        "print(sorted({'typing', 'pathlib', 're', 'enum', 'collections', 'threading'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
