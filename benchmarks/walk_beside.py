"""Would a freshness walk run beside the command pay? Whole-process `jan20 search` timed four ways.

    .venv/bin/python benchmarks/bench.py --sizes 56 --keep      # once: the archive and its index
    .venv/bin/python benchmarks/walk_beside.py --size 56 [--runs 15]

Every jan20 command walks the archive folder (one lstat per file) to check its index is fresh, then answers.
The issue "Layers" allows a walk begun beside the command (a child process or a thread started at entry, before
the slow imports) only if it saves at least a quarter of a whole-process search at 56 MB on 2 cores. This times,
interleaved, on the archive `bench.py --keep` left:

- serial: `jan20 search QUERY --format json` as it is (the walk in the command's own process);
- no walk: the same with `--no-refresh` (the floor any overlap could reach);
- thread / fork: a prototype launcher that starts the walk (and its digest) in a thread, or in a forked child
  that sends the digest back through a pipe, then imports jan20 and runs the same command, whose freshness check
  takes that digest instead of walking (the rest of the check, reading the index's meta, is unchanged);

and ugrep for scale. The prototype is for this measurement only: it takes the folder and index from its own
arguments (a real one would have to parse Typer's options by hand), and nothing is cleaned up on a signal.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # benchmarks/ is not a package: found through the line above
import synth

# The prototype launcher: argv = CORPUS INDEX MODE jan20-arguments...
LAUNCHER = r"""
import os, sys
corpus, index, mode, *args = sys.argv[1:]

def walk():
    from jan20.archive.walk import index_files, list_documents
    return list_documents(corpus, exclude=index_files(index)).digest()

if mode == "fork":
    read_end, write_end = os.pipe()
    if os.fork() == 0:
        os.close(read_end)
        os.write(write_end, walk().encode())
        os._exit(0)
    os.close(write_end)
    def digest():
        with os.fdopen(read_end, "rb") as pipe:
            value = pipe.read().decode()
        os.wait()
        return value
else:
    import threading
    found = {}
    worker = threading.Thread(target=lambda: found.setdefault("digest", walk()))
    worker.start()
    def digest():
        worker.join()
        return found["digest"]

import jan20.archive.index as index_module

class Walked:
    def digest(self):
        return digest()

index_module.list_documents = lambda root, exclude=(): Walked()
from jan20.cli.main import main
sys.exit(main(["--corpus", corpus, "--index", index, *args]))
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (the process and its children) of one run; a failed run stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1) or "rebuilding" in done.stderr:
        raise RuntimeError(f"{command[:3]}… exited {done.returncode}: {done.stderr.strip()}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=56, help="archive size in MB (kept by bench.py --keep)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=15, help="runs of each way, interleaved (default 15)")
    args = parser.parse_args(argv)
    paths = bench.Paths.of(args.size, args.seed)
    if not paths.manifest.exists():
        parser.error(f"no kept archive at {paths.corpus}: run bench.py --sizes {args.size} --keep first")
    queries = bench.timed_queries(synth.Manifest.load(paths.manifest))
    env = bench.CHILD_ENV
    jan20 = [*bench.jan20_command(), "--corpus", str(paths.corpus), "--index", str(paths.index)]
    ways: dict[str, list[str]] = {
        "serial": [*jan20, "search"],
        "no walk": [*jan20, "--no-refresh", "search"],
        "thread": [sys.executable, "-c", LAUNCHER, str(paths.corpus), str(paths.index), "thread", "search"],
        "fork": [sys.executable, "-c", LAUNCHER, str(paths.corpus), str(paths.index), "fork", "search"],
    }
    if not hasattr(os, "fork"):
        del ways["fork"]
    ugrep = shutil.which("ugrep")
    if ugrep:
        ways["ugrep"] = [ugrep, "-Z2", "-i", "-r", "-l"]
    for way, command in ways.items():  # warm-up: bytecode, page cache, an index built by this code
        subprocess.run([*command, queries[0], *([] if way == "ugrep" else ["--format", "json"])], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    times: dict[str, list[tuple[float, float]]] = {way: [] for way in ways}
    load = os.getloadavg()[0]
    for run in range(args.runs):
        query = queries[run % len(queries)]
        for way, command in ways.items():
            tail = [query, str(paths.corpus)] if way == "ugrep" else [query, "--format", "json"]
            times[way].append(timed([*command, *tail], env))
    serial = statistics.median(wall for wall, _ in times["serial"])
    print(f"{args.size} MB, {args.runs} interleaved runs of each, load {load:.2f} -> {os.getloadavg()[0]:.2f}")
    for way, samples in times.items():
        wall = statistics.median(w for w, _ in samples)
        cpu = statistics.median(c for _, c in samples)
        saved = "" if way == "ugrep" else f"  {1 - wall / serial:+6.1%} of serial's time saved"
        print(f"  {way:8} wall {wall * 1000:7.1f} ms  cpu {cpu * 1000:7.1f} ms{saved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
