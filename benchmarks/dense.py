"""Fact extraction on text dense with cue words, in process: MB/s of attendees, groups, casualty figures and
anniversaries over documents where a share of the sentences carries a cue.

    .venv/bin/python benchmarks/dense.py                 # 5 MB, half the sentences with a cue
    .venv/bin/python benchmarks/dense.py --mb 2 --share 0.1
    .venv/bin/python benchmarks/dense.py --index         # `jan20 index` (build + facts) on them, wall clock
    .venv/bin/python benchmarks/dense.py --index --folder DIR   # the same on any archive folder

Text dense with cues is the extractors' worst case: their prefilters let every such sentence through to the
slow patterns and walks. CPU time (the machine is shared); the documents are about 5 KB, like the archive's.
With --index the documents are written to a temporary folder and `jan20 index` builds a new index of it in a
child process, as a user would run it: wall-clock MB/s on every core this process may use (the child's CPU
time, its workers' included, is shown beside it).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from growth import _name

from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.attendees import extract_attendees, extract_groups
from jan20.extract.casualties import extract_casualties

_CUES = (
    "Minister {a} visited the Alley of Martyrs and laid a wreath at the Eternal Flame.",
    "The ceremony was attended by {a}, {b} and Ambassador {c}.",
    "Flowers were laid by {a}, who paid tribute to the victims.",
    "Among those present were {a} and {b}.",
    "According to official figures, {n} people were killed and {m} wounded that night.",
    "More than {n} people were arrested in the days after the tragedy.",
    "Today marks {y} years since the tragedy of 20 January.",
    "President {a} honoured the memory of the martyrs.",
)
_FILLER = (
    "The city was quiet in the early morning, and the streets were covered with snow.",
    "Residents brought red carnations from the markets of the old town.",
    "Schools held lessons about the history of the country and its independence.",
    "Television channels showed documentaries and interviews with witnesses.",
    "Traffic was stopped for a minute at noon, and cars sounded their horns.",
    "The weather was cold, with a wind from the sea and low clouds over the hills.",
)


def documents(mb: float, share: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    docs: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        sentences = []
        while sum(map(len, sentences)) < 5000:
            if rng.random() < share:
                cue = rng.choice(_CUES)
                names = {k: _name(rng) for k in "abc"}
                sentences.append(
                    cue.format(**names, n=rng.randint(20, 900), m=rng.randint(20, 900), y=rng.randint(5, 35))
                )
            else:
                sentences.append(rng.choice(_FILLER))
        doc = "Published 20 January 2019\n\n" + " ".join(sentences) + "\n"
        docs.append(doc)
        size += len(doc.encode())
    return docs


def extract(doc: str) -> None:
    extract_attendees(doc)
    extract_groups(doc)
    extract_casualties(doc)
    find_stated_anniversaries(doc)


def index_seconds(folder: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `jan20 index` building a new index of the folder (build and facts), in a
    child process; the jan20 beside this Python."""
    jan20 = Path(sys.executable).with_name("jan20")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JAN20_")}
    with tempfile.TemporaryDirectory() as scratch:
        command = [str(jan20), "--corpus", str(folder), "--index", f"{scratch}/index.sqlite", "index", "-f", "json"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"jan20 index failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1_000_000


def index_main(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.folder) if args.folder else Path(scratch)
        what = f"{folder}"
        if not args.folder:
            for k, doc in enumerate(documents(args.mb, args.share, args.seed)):
                (folder / f"doc-{k:05d}.txt").write_text(doc, encoding="utf-8")
            what = f"{args.share:.0%} of sentences with a cue"
        mb = _folder_mb(folder)
        wall, cpu = index_seconds(folder)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"jan20 index, {mb:.1f} MB ({what}): {wall:.2f} s wall, {mb / wall:.2f} MB/s on {cores} cores ({cpu:.2f} s CPU)"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text (default 5)")
    parser.add_argument("--share", type=float, default=0.5, help="share of sentences with a cue (default 0.5)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--index", action="store_true", help="time `jan20 index` (build + facts), wall clock")
    parser.add_argument("--folder", help="with --index: an archive folder to index instead of generated text")
    args = parser.parse_args(argv)
    if args.index:
        return index_main(args)
    docs = documents(args.mb, args.share, args.seed)
    extract(docs[0])  # warm: the patterns compile
    start = time.process_time()
    for doc in docs:
        extract(doc)
    seconds = time.process_time() - start
    total = sum(len(d.encode()) for d in docs) / 1_000_000
    print(
        f"{total:.1f} MB, {len(docs)} documents, {args.share:.0%} of sentences with a cue: {seconds:.2f} s CPU, "
        f"{total / seconds:.2f} MB/s per core"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
