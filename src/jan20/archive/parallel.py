"""Running a pure function over many items in worker processes, in order, with bounded memory."""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")
BATCH = 64
# Below this many items, starting worker processes costs more than it saves.
PARALLEL_FROM = 64


def workers() -> int:
    """How many processes to use: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(function: Callable[[T], R], items: Iterable[T], count: int) -> Iterator[R]:
    """function(item) for each of the count items, in order: in worker processes when there are many."""
    return in_batches(function, items) if count >= PARALLEL_FROM else map(function, items)


def in_batches(function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
    """function(item) for each item, in order, computed by worker processes.

    Work is sent in batches with only a few batches in flight, so results never pile up in memory while the
    caller (writing to SQLite) is slower than the workers. items is read as the work is sent, so it may be a
    generator that reads them from disk a batch at a time.
    """
    count = workers()
    if count < 2:
        yield from map(function, items)
        return
    # Imported here: multiprocessing costs ~10 ms to import, and every command imports this module's workers().
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=count, initializer=_exit_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque[Future[list[R]]] = deque()
        chunks = iter(items)
        while batch := list(itertools.islice(chunks, BATCH)):
            pending.append(pool.submit(_run_batch, function, batch))
            if len(pending) > count * 2:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _run_batch(function: Callable[[T], R], batch: list[T]) -> list[R]:
    return [function(item) for item in batch]


def _exit_with_parent(parent: int) -> None:
    """Runs in each worker: leave when the parent is gone (a build killed with SIGKILL cannot stop its pool)."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
