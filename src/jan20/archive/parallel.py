"""Running a pure function over many items in worker processes, in order, with bounded memory."""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")
BATCH = 64  # items sent to a worker at once, at most
SHARES = 4  # batches per worker at least: with fewer, one worker may be left with most of the work
# Below this many items, starting worker processes costs more than it saves. Measured on 2 cores (2026-12-05,
# `benchmarks/pool.py`, facts of 5 KB articles, wall clock): a forked pool is no slower than serial work from 8
# articles on (news-like text: 16 in 0.05 against 0.07 s, 64 in 0.14 against 0.23 s); the build's items (reading a
# file) are a few times cheaper, and 64 serves both. A spawned pool (the start method on Windows and macOS, and on
# Linux from Python 3.14: each worker imports jan20 and compiles its patterns) costs 0.7 s to start: it pays back
# from about 64 articles of cue-dense text and 400 of news-like text (256: 1.20 against 0.90 s serially).
PARALLEL_FROM = 64
PARALLEL_FROM_SPAWNED = 256


def workers() -> int:
    """How many processes to use: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(function: Callable[[T], R], items: Iterable[T], count: int) -> Iterator[R]:
    """function(item) for each of the count items, in order: in worker processes when there are many."""
    if count < PARALLEL_FROM or (count < PARALLEL_FROM_SPAWNED and not _forks()):
        return map(function, items)
    return in_batches(function, items, count=count)


def batch_size(count: int, processes: int | None = None) -> int:
    """Items per batch for count items: BATCH, or fewer so that each worker has SHARES batches or more (64
    articles sent as one batch of 64 kept one of two workers busy and the other idle: no faster than serially)."""
    return max(1, min(BATCH, -(-count // ((processes or workers()) * SHARES))))


def _forks() -> bool:
    """Whether worker processes are forked (Linux's default until Python 3.14), and so start with this process's
    imports and compiled patterns rather than importing their own."""
    import multiprocessing

    # (allow_none: asked without fixing the start method, which a caller may still set; the first of all methods
    # is the platform's default)
    method = multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]
    return method == "fork"


def in_batches(
    function: Callable[[T], R], items: Iterable[T], batch: int = BATCH, *, count: int | None = None
) -> Iterator[R]:
    """function(item) for each item, in order, computed by worker processes.

    Work is sent in batches with only a few batches in flight, so results never pile up in memory while the
    caller (writing to SQLite) is slower than the workers. items is read as the work is sent, so it may be a
    generator that reads them from disk a batch at a time. count, when known, is how many items there are: each
    batch is then at most a share of those not yet sent (`batch_size`), so that the batches shrink towards the end
    and the workers finish together. With batches of 64 to the last, one worker sat idle while the other ended its
    last batch: on cue-dense text a batch of 64 articles is about a second of CPU (`benchmarks/pool.py --tail` on
    974 cue-dense articles, 2026-12-07: the first worker idle 0.35-0.74 s at the end with batches of 64 to the last,
    0.00-0.01 s with these).
    """
    processes = workers()
    if processes < 2:
        yield from map(function, items)
        return
    # Imported here: multiprocessing costs ~10 ms to import, and every command imports this module's workers().
    from concurrent.futures import ProcessPoolExecutor

    with (
        _frozen(),
        ProcessPoolExecutor(max_workers=processes, initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool,
    ):
        pending: deque[Future[list[R]]] = deque()
        try:
            for chunk in chunks(items, batch, count, processes):
                pending.append(pool.submit(_run_batch, function, chunk))
                if len(pending) > processes * 2:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:  # Ctrl-C, SIGTERM, an error, or the caller stopped reading (GeneratorExit)
            _stop_workers(pool)
            raise


@contextlib.contextmanager
def _frozen() -> Iterator[None]:
    """The objects this process holds while the pool runs kept out of the cyclic garbage collector's reach
    (`gc.freeze`), and given back to it after. A forked worker starts with them (the compiled patterns, word tables
    and recorded gates: some 26,000 objects once the extractors are imported), and its collections of the oldest
    generation read every one of them, writing to each object's header, which also copies the page it is on from
    the parent; frozen, they are never read. The facts of 150 news-like documents in one process with them frozen:
    the collector's time 0.059 -> 0.015 s of 0.60 s (2026-12-07)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def chunks(items: Iterable[T], batch: int, count: int | None = None, processes: int = 2) -> Iterator[list[T]]:
    """items in batches of `batch`, or, when their count is known, of at most a share of the items left
    (`batch_size`): the last batches hold one item each."""
    left = count
    it = iter(items)
    while chunk := list(itertools.islice(it, batch if left is None else min(batch, batch_size(left, processes)))):
        if left is not None:
            left -= len(chunk)
        yield chunk


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Stop the work in flight at once: leaving the pool's block would otherwise wait for every batch sent (a
    Ctrl-C took seconds; a worker that Ctrl-C interrupted too only gives up its batch and takes the next one)."""
    # The futures are not cancelled here: shutdown(cancel_futures=True) has the pool's own thread cancel those not
    # yet running. Cancelling them from this thread raced with that thread on Python 3.11, which, seeing its
    # workers end, set an exception on a future already cancelled and printed a traceback (InvalidStateError).
    # (Python 3.14 has pool.terminate_workers(); before it, the processes are the pool's own attribute)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join()


def _run_batch(function: Callable[[T], R], batch: list[T]) -> list[R]:
    return [function(item) for item in batch]


def _exit_with_parent(parent: int) -> None:
    """Runs in each worker: leave when the parent is gone (a build killed with SIGKILL cannot stop its pool), or
    at once when the parent ends it; Ctrl-C is the parent's to act on (it stops the workers)."""
    import signal
    import threading
    import time

    # A forked worker inherits the parent's handlers: SIGTERM would raise in the batch, which the pool's worker
    # reports and then takes the next one; SIGINT in a worker waiting for work prints a traceback.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
