"""Fact extraction on text dense with cue words, in process: MB/s of attendees, groups, casualty figures and
anniversaries over documents where a share of the sentences carries a cue.

    .venv/bin/python benchmarks/dense.py                 # 5 MB, half the sentences with a cue
    .venv/bin/python benchmarks/dense.py --mb 2 --share 0.1

Text dense with cues is the extractors' worst case: their prefilters let every such sentence through to the
slow patterns and walks. CPU time (the machine is shared); the documents are about 5 KB, like the archive's.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence

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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text (default 5)")
    parser.add_argument("--share", type=float, default=0.5, help="share of sentences with a cue (default 0.5)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
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
