"""Hardening, the index: a truncated, damaged, foreign or other-version index is rebuilt with a one-line note;
two rebuilds at once, a build killed halfway and a reader during a rebuild all leave a whole, consistent index.

These tests run the installed `jan20` command, as a user would.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import JAN20, RUSSIAN, STORY, Run, WriteCorpus, listed, one_line_error
from .test_hardening import GOOD_CATALOG

# --- 3. A damaged index -------------------------------------------------------------------------------------


def _truncate(index: Path) -> None:
    data = index.read_bytes()
    index.write_bytes(data[: len(data) // 3])


def _empty(index: Path) -> None:
    index.write_bytes(b"")


def _text_file(index: Path) -> None:
    index.write_text("these are not the bytes you are looking for\n" * 100)


def _foreign(index: Path) -> None:
    index.unlink()
    with sqlite3.connect(index) as conn:
        conn.execute("CREATE TABLE articles (id TEXT, title TEXT)")
        conn.execute("INSERT INTO articles VALUES ('intruder', 'not from this archive')")
    conn.close()


def _other_version(index: Path) -> None:
    with sqlite3.connect(index) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.close()


def _newer_version(index: Path) -> None:
    with sqlite3.connect(index) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {version + 1}")
    conn.close()


def _missing_table(index: Path) -> None:
    with sqlite3.connect(index) as conn:
        conn.execute("DROP TABLE casualties")
    conn.close()


def _garbage_journal(index: Path) -> None:
    Path(f"{index}-journal").write_bytes(random.Random(3).randbytes(5000))


@pytest.mark.parametrize(
    ("damage", "in_cache"),
    [
        (_truncate, False),
        (_empty, False),
        (_other_version, False),
        (_missing_table, False),
        (_garbage_journal, False),
        # A file jan20 did not make is replaced only in jan20's own cache folder (where the default index lives).
        (_text_file, True),
        (_foreign, True),
    ],
)
def test_damaged_index_is_rebuilt_with_a_one_line_note(
    run: Run, write_corpus: WriteCorpus, damage: Callable[[Path], None], in_cache: bool, tmp_path: Path
) -> None:
    root = write_corpus({"one.txt": STORY, "two.txt": RUSSIAN, "catalog.toml": GOOD_CATALOG})
    env = {"JAN20_CORPUS": str(root)}
    if in_cache:
        env["JAN20_INDEX"] = str(tmp_path / "cache" / "jan20" / "archive.sqlite")
    good = {command: run(command, "-f", "json", env=env).stdout for command in ("list", "casualties", "attendees")}
    damage(Path(env.get("JAN20_INDEX", os.environ["JAN20_INDEX"])))

    first = run("casualties", "-f", "json", env=env)
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"jan20: rebuilding the index: [^\n]+\n", first.stderr), first.stderr
    assert first.stdout == good["casualties"]
    for command in ("list", "attendees"):
        again = run(command, "-f", "json", env=env)
        assert (again.returncode, again.stderr, again.stdout) == (0, "", good[command])


def _scribble_over_the_middle(index: Path, seed: int) -> None:
    data = bytearray(index.read_bytes())
    middle = len(data) // 2
    data[middle - 2048 : middle + 2048] = random.Random(seed).randbytes(4096)
    index.write_bytes(bytes(data))


def _hostile_archive(write_corpus: WriteCorpus) -> Path:
    return write_corpus({f"doc{n:02d}.txt": STORY.replace("147", str(100 + n)) * 3 for n in range(40)})


def test_scribbled_index_never_ends_in_a_traceback(run: Run, write_corpus: WriteCorpus) -> None:
    root = _hostile_archive(write_corpus)
    env = {"JAN20_CORPUS": str(root)}
    assert len(listed(run, env)) == 40
    pristine = Path(os.environ["JAN20_INDEX"]).read_bytes()
    for seed in range(3):
        Path(os.environ["JAN20_INDEX"]).write_bytes(pristine)
        _scribble_over_the_middle(Path(os.environ["JAN20_INDEX"]), seed)
        for command in (["list"], ["search", "Aliyev wreath"], ["casualties"], ["attendees"], ["show", "doc07"]):
            result = run(*command, "-f", "json", env=env)
            assert result.returncode in (0, 1) or len(result.stderr.splitlines()) == 1, result.stderr
            assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 1, result.stderr


def test_scribbled_index_is_detected_and_rebuilt(run: Run, write_corpus: WriteCorpus) -> None:
    root = _hostile_archive(write_corpus)
    env = {"JAN20_CORPUS": str(root)}
    good = run("search", "Aliyev wreath", "-n", "50", "-f", "json", env=env).stdout
    pristine = Path(os.environ["JAN20_INDEX"]).read_bytes()
    for seed in range(3):
        Path(os.environ["JAN20_INDEX"]).write_bytes(pristine)
        _scribble_over_the_middle(Path(os.environ["JAN20_INDEX"]), seed)
        result = run("search", "Aliyev wreath", "-n", "50", "-f", "json", env=env)
        assert result.stderr.startswith("jan20: rebuilding the index: "), (seed, result.stderr)
        assert result.stdout == good


# --- 4. Concurrency ------------------------------------------------------------------------------------------


BIG = 500  # documents: a full build takes a second or two of CPU, long enough for reads to overlap it


def _big_corpus(root: Path, count: int) -> Path:
    """A corpus whose full build takes a second or two."""
    names = ["Ilham Aliyev", "Mehriban Aliyeva", "Sahiba Gafarova", "Ali Asadov"]
    root.mkdir()
    for n in range(count):
        year = 1991 + n % 34
        (root / f"report{n:04d}.txt").write_text(
            f"# Commemoration report {n}\n\nBaku, 20 January {year}. {year - 1990} years have passed since the "
            f"tragedy.\n\n{names[n % 4]} visited the Alley of Martyrs and laid a wreath. {100 + n % 90} people "
            f"were killed and {500 + n % 300} wounded in 1990.\n"
        )
    return root


@pytest.fixture
def big_corpus(tmp_path: Path) -> Path:
    return _big_corpus(tmp_path / "big", BIG)


def _jan20(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [JAN20, *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so that its workers can be stopped with it
    )


def _check_index(path: Path) -> None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        orphans = "SELECT count(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)"
        assert conn.execute(orphans).fetchone()[0] == 0
    conn.close()


def test_two_rebuilds_at_once_leave_a_complete_consistent_index(run: Run, tmp_path: Path) -> None:
    # (Both builds run whatever their length: the second waits for the first's lock, so a smaller corpus will do.)
    count = BIG // 4
    env = {"JAN20_CORPUS": str(_big_corpus(tmp_path / "big", count))}
    builds = [_jan20("index", "--rebuild", "-f", "json", env=env) for _ in range(2)]
    for build in builds:
        out, err = build.communicate(timeout=120)
        assert build.returncode == 0, err
        assert len(json.loads(out)) == count
    assert len(listed(run, env)) == count
    _check_index(Path(os.environ["JAN20_INDEX"]))
    assert not list(Path(os.environ["JAN20_INDEX"]).parent.glob("index.sqlite.tmp-*"))


def _build_file_appears(index: Path, build: subprocess.Popen[str]) -> bool:
    """Wait until the build writes its temporary file; False when it ended first."""
    deadline = time.monotonic() + 60
    while not list(index.parent.glob(index.name + ".tmp-*")):
        if build.poll() is not None:
            return False
        assert time.monotonic() < deadline
        time.sleep(0.005)
    return True


def _stop_group(build: subprocess.Popen[str]) -> None:
    """End what is left of a build this test started (its worker processes), by its process group."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(build.pid, signal.SIGKILL)
    build.communicate()


@dataclass
class KilledBuild:
    env: dict[str, str]
    documents: int
    before: bytes  # the index file as it was before the build started
    build: subprocess.Popen[str]


def _kill_a_build_halfway(run: Run, tmp_path: Path) -> KilledBuild:
    """Start `jan20 index --rebuild` over an indexed corpus and SIGKILL it halfway (the corpus grows until its
    build lasts long enough to be caught in the middle, however fast builds get)."""
    index = Path(os.environ["JAN20_INDEX"])
    documents = 200
    for attempt in range(5):
        env = {"JAN20_CORPUS": str(_big_corpus(tmp_path / f"killed{attempt}", documents))}
        started = time.monotonic()
        assert len(listed(run, env)) == documents
        took = time.monotonic() - started
        before = index.read_bytes()
        build = _jan20("index", "--rebuild", env=env)
        if _build_file_appears(index, build):
            time.sleep(took / 3)
            if build.poll() is None:
                os.kill(build.pid, signal.SIGKILL)
                build.wait(timeout=30)
                # Killed while its temporary file was still there: halfway. (On a loaded machine the build may
                # already have moved its finished file into place and be only exiting: not halfway, try bigger.)
                if list(index.parent.glob(index.name + ".tmp-*")):
                    return KilledBuild(env, documents, before, build)
        _stop_group(build)
        documents *= 4
    pytest.fail("every build ended before it could be killed")


def test_build_killed_halfway_leaves_the_old_index_intact(run: Run, tmp_path: Path) -> None:
    index = Path(os.environ["JAN20_INDEX"])
    killed = _kill_a_build_halfway(run, tmp_path)
    _stop_group(killed.build)
    assert index.read_bytes() == killed.before

    after = run("list", "-f", "json", env=killed.env)
    assert (after.returncode, after.stderr) == (0, "") and len(json.loads(after.stdout)) == killed.documents
    rebuilt = run("index", "--rebuild", env=killed.env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert not list(index.parent.glob(index.name + ".tmp-*"))  # the killed build's file is cleaned up
    _check_index(index)


def test_build_killed_halfway_leaves_no_worker_processes(run: Run, tmp_path: Path) -> None:
    from jan20.archive.parallel import workers

    if workers() < 2:
        pytest.skip("builds run in one process on a single CPU")
    killed = _kill_a_build_halfway(run, tmp_path)
    try:
        deadline = time.monotonic() + 8
        while _group_alive(killed.build.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _group_alive(killed.build.pid), "worker processes outlived the killed build"
    finally:
        _stop_group(killed.build)


def _group_alive(pgid: int) -> bool:
    """True while a process of the group still runs (zombies waiting for a reaper do not count)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    for stat_file in proc.glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def test_reader_during_a_rebuild_sees_a_whole_index(run: Run, big_corpus: Path) -> None:
    env = {"JAN20_CORPUS": str(big_corpus)}
    assert len(listed(run, env)) == BIG
    build = _jan20("index", "--rebuild", env=env)
    reads: list[int] = []
    during = 0  # reads that started while the new index was being written
    try:
        _build_file_appears(Path(os.environ["JAN20_INDEX"]), build)
        while build.poll() is None or not reads:
            during += build.poll() is None
            result = run("list", "-f", "json", env=env)
            assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
            reads.append(len(json.loads(result.stdout)))  # parses: never a half-written answer
    finally:
        build.communicate(timeout=120)
    assert build.returncode == 0
    assert reads and set(reads) == {BIG}, reads
    assert during >= 1, "no read overlapped the build: use a bigger corpus"


@pytest.mark.parametrize("damage", [_text_file, _foreign, _newer_version])
def test_a_file_jan20_did_not_make_or_cannot_read_is_never_replaced(
    run: Run, write_corpus: WriteCorpus, damage: Callable[[Path], None]
) -> None:
    root = write_corpus({"one.txt": STORY})
    env = {"JAN20_CORPUS": str(root)}
    assert run("list", env=env).returncode == 0
    index = Path(os.environ["JAN20_INDEX"])
    damage(index)
    before = index.read_bytes()
    for command in (["list"], ["index"], ["index", "--rebuild"], ["casualties"]):
        line = one_line_error(run(*command, env=env))
        assert str(index) in line and ("not a jan20 index" in line or "newer jan20" in line), line
    assert index.read_bytes() == before


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="a Unix signal")
def test_sigterm_during_a_build_removes_its_temporary_file(run: Run, tmp_path: Path) -> None:
    index = Path(os.environ["JAN20_INDEX"])
    documents = 200
    for attempt in range(6):
        env = {"JAN20_CORPUS": str(_big_corpus(tmp_path / f"terminated{attempt}", documents))}
        assert len(listed(run, env)) == documents
        before = index.read_bytes()
        build = _jan20("index", "--rebuild", env=env)
        if _build_file_appears(index, build):
            build.send_signal(signal.SIGTERM)
            try:
                build.wait(timeout=60)
                if build.returncode == 0:  # it ended before the signal came
                    documents *= 2
                    continue
                assert build.returncode == 128 + signal.SIGTERM, build.stderr.read() if build.stderr else ""
                assert not list(index.parent.glob(index.name + ".tmp-*"))
                assert index.read_bytes() == before  # the old index, whole
                return
            finally:
                _stop_group(build)
        build.communicate()
        documents *= 2
    pytest.skip("every build ended before it could be stopped")
