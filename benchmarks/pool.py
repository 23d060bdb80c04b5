"""When worker processes pay for themselves: the facts of the first N articles of an index, extracted serially and in
the pool `jan20 index` uses (`archive.parallel`), wall clock, under a start method.

    .venv/bin/python benchmarks/pool.py INDEX.sqlite --counts 8,16,32,64,128,256 --method fork
    .venv/bin/python benchmarks/pool.py INDEX.sqlite --method spawn      # as on Windows and macOS

INDEX is an index `jan20 index` built (e.g. of `dense.py`'s documents or of a `synth.py` archive). The pool is
started anew for each count, as a command starts it: its start-up is part of its time. What it prints is where
`parallel.PARALLEL_FROM` and `PARALLEL_FROM_SPAWNED` come from.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sqlite3
import sys
import time
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("index", help="an index built by `jan20 index`")
    parser.add_argument("--counts", default="8,16,32,64,128,256", help="article counts, comma-separated")
    parser.add_argument("--method", default="fork", choices=["fork", "spawn", "forkserver"])
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
        start = time.perf_counter()
        list(map(facts._facts_of, items))
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(parallel.in_batches(facts._facts_of, items, count=len(items)))
        pooled = time.perf_counter() - start
        print(f"{args.method}: {len(items)} articles, serial {serial:.2f} s, pool {pooled:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
