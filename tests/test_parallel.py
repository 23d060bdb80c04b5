"""The worker pool of a build and of fact extraction: work shared between the workers, and the same results when
they are spawned (Windows, macOS, Linux from Python 3.14) as when they are forked."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jan20.archive import parallel

from .conftest import WriteCorpus

_STORY = (
    "Published 20 January 2019\n\nMinister Rauf Karimov laid a wreath at the Alley of Martyrs. {n} people were killed."
)


@pytest.mark.parametrize(("count", "processes", "size"), [(64, 2, 8), (100, 2, 13), (7, 2, 1), (10_000, 2, 64)])
def test_each_worker_has_several_batches(count: int, processes: int, size: int) -> None:
    # 64 items used to go out as one batch of 64: one of two workers did all the work
    assert parallel.batch_size(count, processes) == size
    assert -(-count // size) >= min(count, processes * parallel.SHARES)


_POOLED = 24  # (articles: a few batches for each of two workers)


def test_a_spawned_pool_gives_what_a_forked_one_gives(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({f"d{n:03}.txt": _STORY.format(n=100 + n) for n in range(_POOLED)})
    # One process builds with each start method in turn (starting Python and jan20 once, not once a method): a
    # spawned worker starts from nothing whatever its parent did before, so the second build is a spawned one's.
    # (main is given its arguments: without them it ends the process when the command ends. The pools start from
    # a few articles here: what a worker computes does not depend on how many there are, and each article of the
    # 256 a spawned pool otherwise waits for was read twice a build, for seconds of CPU.)
    indexes = {method: tmp_path / f"{method}.sqlite" for method in ("fork", "spawn")}
    script = (
        "import multiprocessing, sys\n"
        "if __name__ == '__main__':\n"
        "    from jan20.archive import parallel\n"
        f"    parallel.PARALLEL_FROM = parallel.PARALLEL_FROM_SPAWNED = {_POOLED}\n"
        "    from jan20.cli import main\n"
        f"    for method, index in {[(method, str(index)) for method, index in indexes.items()]!r}:\n"
        "        multiprocessing.set_start_method(method, force=True)\n"
        f"        code = main(['--corpus', {str(root)!r}, '--index', index, 'index', '-f', 'json'])\n"
        "        if code:\n"
        "            sys.exit(code)\n"
    )
    (tmp_path / "run.py").write_text(script, encoding="utf-8")
    done = subprocess.run([sys.executable, str(tmp_path / "run.py")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    facts = []
    for index in indexes.values():
        with sqlite3.connect(index) as conn:
            facts.append([sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in ("attendees", "casualties")])
    assert facts[0] == facts[1]
    assert len(facts[0][0]) == len(facts[0][1]) == _POOLED


@pytest.mark.parametrize(("forks", "count", "pooled"), [(True, 100, True), (False, 100, False), (False, 300, True)])
def test_spawned_workers_start_only_for_many_items(
    monkeypatch: pytest.MonkeyPatch, forks: bool, count: int, pooled: bool
) -> None:
    # a spawned worker imports jan20 and compiles its patterns (0.7 s): not worth it for a hundred articles
    sent: list[int] = []
    monkeypatch.setattr(parallel, "_forks", lambda: forks)
    monkeypatch.setattr(
        parallel, "in_batches", lambda function, items, count: sent.append(count) or map(function, items)
    )
    assert list(parallel.ordered_map(abs, range(-count, 0), count)) == list(range(count, 0, -1))
    assert bool(sent) == pooled


def _handlers(_item: int) -> tuple[bool, bool]:
    """Whether a worker ends on SIGTERM and ignores SIGINT."""
    import signal

    return signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.getsignal(signal.SIGINT) == signal.SIG_IGN


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix signal")
def test_workers_leave_signals_to_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    # a forked worker kept jan20's SIGTERM handler: told to stop, it raised in its batch, the pool reported that
    # and the worker took the next batch; Ctrl-C in a worker waiting for work printed a traceback
    import signal

    monkeypatch.setattr(parallel, "workers", lambda: 2)
    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        seen = set(parallel.in_batches(_handlers, range(8), 1))
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert seen == {(True, True)}


_STOPPED_AT_ONCE = """
import sys, threading
from jan20.archive import parallel

def wait_for_ever(item):
    if item:
        threading.Event().wait()
    return item

if __name__ == "__main__":
    parallel.workers = lambda: 2
    batches = parallel.in_batches(wait_for_ever, range(40), 1)
    assert next(batches) == 0
    try:
        batches.throw(KeyboardInterrupt)
    except KeyboardInterrupt:
        print("stopped")
"""


def test_an_interrupted_pool_stops_at_once(tmp_path: Path) -> None:
    # Ctrl-C during a build waited for every batch already sent to the workers (seconds; here: for ever)
    (tmp_path / "stop.py").write_text(_STOPPED_AT_ONCE, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, str(tmp_path / "stop.py")], capture_output=True, text=True, check=False, timeout=120
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the pool waited for its workers' batches after Ctrl-C")
    assert done.stdout == "stopped\n", done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("count", [64, 200, 974, 5000])
def test_the_batches_shrink_towards_the_end(count: int) -> None:
    # batches of 64 to the last left one worker idle while the other ended its last: on cue-dense text a batch of
    # 64 articles is about a second of CPU
    sizes = [len(chunk) for chunk in parallel.chunks(range(count), parallel.BATCH, count, 2)]
    assert sum(sizes) == count
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-4:] == [1] * 4
    left = count
    for size in sizes:
        assert size <= max(1, -(-left // (2 * parallel.SHARES)))
        left -= size


def _frozen_in_worker(item: int) -> tuple[int, int]:
    import gc

    return item * 2, gc.get_freeze_count()


@pytest.mark.skipif(parallel.workers() < 2 or not parallel._forks(), reason="needs forked workers")
def test_forked_workers_start_with_the_parents_objects_frozen() -> None:
    # a worker's collections of the oldest generation read every object it was forked with (some 26,000 once the
    # extractors are imported); frozen, they are not read, and the parent has them back when the pool ends
    import gc

    found = list(parallel.in_batches(_frozen_in_worker, range(20), 4, count=20))
    assert [doubled for doubled, _ in found] == [n * 2 for n in range(20)]
    assert all(frozen > 0 for _, frozen in found)
    assert gc.get_freeze_count() == 0
