"""How extraction time grows with the size of the input: seven shapes, each at size N and 2N.

    .venv/bin/python benchmarks/growth.py            # every shape at its default sizes
    .venv/bin/python benchmarks/growth.py --scale 0.5  # half the sizes: a quicker look

Linear code takes about 2× as long when the input doubles; the target is at most 2.5× (quadratic code takes
about 4×). Each shape and size is timed in a fresh process of its own (the best of a few runs, after one untimed run;
in one process the caches an earlier shape filled made a later shape's small size look faster), and the exit status
is 1 when a shape grows more than 2.5×. The shapes, each the worst case of one part of the extractors:

* visits: one document, one "Minister ‹Name› visited the Alley of Martyrs and laid a wreath." per person;
* list: one "The ceremony was attended by A, B, C, …" sentence;
* run-on: one sentence of "flowers were laid by X who attended the ceremony and …" clauses;
* lists: one document of "Those who attended the ceremony included:" sentences, each with a list of two below it;
* table: a table "Xy12 345 killed 678 wounded" without punctuation;
* people: distinct people, one per document, across the archive (`people.canonical_names`);
* givens: one document of "‹Word› then laid flowers at the Alley of Martyrs." sentences after one full name, each
  with another capitalised word where a given name alone may stand (`_given_names`).
"""

from __future__ import annotations

import argparse
import gc
import random
import string
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jan20.extract.attendees import extract_attendees
from jan20.extract.casualties import extract_casualties
from jan20.extract.people import canonical_names

TARGET = 2.5
# Syllables of made-up names: 100 of them, so that names drawn from them are distinct people (few surnames are
# within a spelling variant of another), as the shapes require.
_SYLLABLES = [c + v for c in "bdfgjklmnprstvzchxyw" for v in "aeiou"]


def _name(rng: random.Random) -> str:
    """A made-up two-word name ("Karimo Sedavi"), distinct enough that few pairs are spellings of one name."""

    def word(parts: int) -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()

    return f"{word(rng.randint(2, 3))} {word(rng.randint(3, 4))}"


def visits(n: int, rng: random.Random) -> list[str]:
    return [" ".join(f"Minister {_name(rng)} visited the Alley of Martyrs and laid a wreath." for _ in range(n))]


def attended_list(n: int, rng: random.Random) -> list[str]:
    return ["The ceremony was attended by " + ", ".join(_name(rng) for _ in range(n)) + "."]


def run_on(n: int, rng: random.Random) -> list[str]:
    clauses = (f"flowers were laid by {_name(rng)} who attended the ceremony" for _ in range(n))
    return [" and ".join(clauses) + "."]


def colon_lists(n: int, rng: random.Random) -> list[str]:
    lists = (
        f"Those who attended the ceremony included:\n- Minister {_name(rng)}\n- Ambassador {_name(rng)}"
        for _ in range(n)
    )
    return ["\n\n".join(lists)]


def table(n: int, rng: random.Random) -> list[str]:
    def label() -> str:
        return rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_lowercase) + str(rng.randint(10, 99))

    rows = (f"{label()} {rng.randint(100, 999)} killed {rng.randint(100, 999)} wounded" for _ in range(n))
    return ["\n".join(rows)]


def people(n: int, rng: random.Random) -> list[str]:
    return [_name(rng) for _ in range(n)]


def lone_givens(n: int, rng: random.Random) -> list[str]:
    words = {_name(rng).split()[0] for _ in range(n * 2)}
    sentences = (f"{w} then laid flowers at the Alley of Martyrs." for w in sorted(words)[:n])
    return ["Ambassador Elin Suleymanov attended. " + " ".join(sentences)]


def _read_attendees(texts: list[str]) -> None:
    for text in texts:
        extract_attendees(text)


def _read_casualties(texts: list[str]) -> None:
    for text in texts:
        extract_casualties(text)


def _read_names(names: list[str]) -> None:
    canonical_names(names)


@dataclass(frozen=True)
class Shape:
    name: str
    size: int  # N (the shape is also measured at 2N)
    unit: str
    make: Callable[[int, random.Random], list[str]]
    read: Callable[[list[str]], None]
    # timed runs per size, as a multiple of --repeats: a shape read in a few hundredths of a second is timed more
    # often, so that the best of its runs is stable on a shared machine (people, 0.05 -> 0.13 s: 2.12-2.69× over runs
    # of the same code with three runs, 2026-12-07)
    runs: int = 1


SHAPES = (
    Shape("visits", 800, "people in one document", visits, _read_attendees),
    Shape("list", 1000, "names after 'attended by'", attended_list, _read_attendees),
    Shape("run-on", 600, "clauses in one sentence", run_on, _read_attendees),
    Shape("lists", 600, "lists below a colon, one document", colon_lists, _read_attendees),
    Shape("table", 5000, "rows without punctuation", table, _read_casualties),
    Shape("people", 2000, "people, one per document", people, _read_names, runs=5),
    Shape("givens", 1000, "lone capitalised words, one document", lone_givens, _read_attendees),
)


def seconds(shape: Shape, n: int, repeats: int) -> float:
    """The best time of `repeats` (times the shape's `runs`) runs on a fresh input of size n (after one untimed run on
    another)."""
    shape.read(shape.make(n, random.Random(n + 1)))  # warm: the patterns compile, the caches fill
    best = float("inf")
    for run in range(repeats * shape.runs):
        texts = shape.make(n, random.Random(n * 7 + run))  # new text each run: nothing is read from a cache
        gc.collect()  # each run starts with the collector in the same state
        start = time.process_time()  # CPU time: the machine is shared, wall time is not ours alone
        shape.read(texts)
        best = min(best, time.process_time() - start)
    return best


def _in_own_process(shape: Shape, n: int, repeats: int) -> float:
    """`seconds` in a new Python process, so that no cache another shape or size filled is warm."""
    command = [sys.executable, __file__, "--time", shape.name, str(n), "--repeats", str(repeats)]
    return float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every shape's size (default 1)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per size, the best kept (default 3)")
    parser.add_argument("--only", default="", help="comma-separated shape names (default: all)")
    parser.add_argument("--time", nargs=2, metavar=("SHAPE", "N"), help=argparse.SUPPRESS)  # one size, this process
    args = parser.parse_args(argv)
    if args.time:
        shape = next(s for s in SHAPES if s.name == args.time[0])
        print(seconds(shape, int(args.time[1]), args.repeats))
        return 0
    chosen = [s for s in SHAPES if not args.only or s.name in args.only.split(",")]
    failed = False
    print(f"{'shape':<8} {'N':>6} {'unit':<28} {'t(N) s':>8} {'t(2N) s':>8} {'growth':>7}  target ≤ {TARGET}×")
    for shape in chosen:
        n = max(1, round(shape.size * args.scale))
        small, large = (_in_own_process(shape, size, args.repeats) for size in (n, 2 * n))
        growth = large / small if small > 0 else float("inf")
        ok = growth <= TARGET
        failed |= not ok
        mark = "ok" if ok else "FAIL"
        print(f"{shape.name:<8} {n:>6} {shape.unit:<28} {small:>8.3f} {large:>8.3f} {growth:>6.2f}×  {mark}")
        sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
