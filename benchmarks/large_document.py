"""How long jan20 takes over one very large document: a one-line page of --megabytes, indexed and then searched.

    python benchmarks/large_document.py [--megabytes 50]

Prints the seconds each step took and the peak memory of the build (the figures the README's "Reliability"
section quotes). Documents larger than jan20's limit (documents.MAX_BYTES) are skipped with that reason.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = (
    "On 20 January 1990 Soviet troops entered Baku and 147 people were killed; President Ilham Aliyev "
    "visited the Alley of Martyrs, 34 years have passed. "
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=50, choices=range(1, 65), metavar="1-64")
    args = parser.parse_args()
    jan20 = str(Path(sys.executable).with_name("jan20"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "corpus"
        root.mkdir()
        size = args.megabytes * 1024 * 1024
        (root / "page.txt").write_text((SENTENCE * (size // len(SENTENCE) + 1))[:size], encoding="ascii")
        env = {**os.environ, "JAN20_CORPUS": str(root), "JAN20_INDEX": str(Path(folder) / "i.sqlite")}
        for label, command in (("index", ["index"]), ("search", ["search", "Ilham Aliyev", "-f", "json"])):
            started = time.monotonic()
            subprocess.run([jan20, *command], env=env, check=True, capture_output=True)
            print(f"{label}: {time.monotonic() - started:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of a jan20 process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
