"""When worker processes pay for themselves: the facts of the first N articles of an index, extracted serially and in
the pool `jan20 index` uses (`archive.parallel`), wall clock, under a start method.

    .venv/bin/python benchmarks/pool.py INDEX.sqlite --counts 8,16,32,64,128,256 --method fork
    .venv/bin/python benchmarks/pool.py INDEX.sqlite --method spawn      # as on Windows and macOS

INDEX is an index `jan20 index` built (e.g. of `dense.py`'s documents or of a `synth.py` archive). The pool is
started anew for each count, as a command starts it: its start-up is part of its time. What it prints is where
`parallel.PARALLEL_FROM` and `PARALLEL_FROM_SPAWNED` come from.

    .venv/bin/python benchmarks/pool.py INDEX.sqlite --counts 974 --tail           # the pool only, and its tail
    .venv/bin/python benchmarks/pool.py INDEX.sqlite --counts 974 --tail --fixed   # batches of one size to the last

--tail skips the serial run and prints how long the first worker to finish sat idle before the last one ended (what
`parallel.chunks`' shrinking batches are for); --fixed sends batches of `parallel.batch_size(count)` to the end, as
jan20 did before them.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sqlite3
import sys
import time
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("index", help="an index built by `jan20 index`")
    parser.add_argument("--counts", default="8,16,32,64,128,256", help="article counts, comma-separated")
    parser.add_argument("--method", default="fork", choices=["fork", "spawn", "forkserver"])
    parser.add_argument("--tail", action="store_true", help="the pool only, with its workers' idle tail")
    parser.add_argument("--fixed", action="store_true", help="batches of one size to the last")
    args = parser.parse_args(argv)
    multiprocessing.set_start_method(args.method)

    import jan20.extract.anniversary
    import jan20.extract.attendees
    import jan20.extract.casualties  # noqa: F401 (compiled before the pool starts, as complete_facts does)
    from jan20.archive import facts, parallel

    with sqlite3.connect(args.index) as conn:
        rows = conn.execute("SELECT id, title, text FROM articles ORDER BY rowid").fetchall()
    for count in map(int, args.counts.split(",")):
        items = rows[:count]
        serial = 0.0
        if not args.tail:
            start = time.perf_counter()
            list(map(facts._facts_of, items))
            serial = time.perf_counter() - start
        sizes = {"batch": parallel.batch_size(len(items))} if args.fixed else {"count": len(items)}
        start = time.perf_counter()
        ends = list(parallel.in_batches(_timed_facts, items, **sizes))
        pooled = time.perf_counter() - start
        last: dict[int, float] = {}
        for pid, end in ends:
            last[pid] = max(last.get(pid, end), end)
        idle = max(last.values()) - min(last.values())
        said = f"pool {pooled:.2f} s, first worker idle {idle:.2f} s at the end"
        serially = "" if args.tail else f"serial {serial:.2f} s, "
        print(f"{args.method}: {len(items)} articles, {serially}{said}", flush=True)
    return 0


def _timed_facts(item: tuple[str, str | None, str]) -> tuple[int, float]:
    """An article's facts extracted in a worker: which worker, and when it ended (a clock all processes share)."""
    from jan20.archive import facts

    facts._facts_of(item)
    return os.getpid(), time.monotonic()


if __name__ == "__main__":
    sys.exit(main())
