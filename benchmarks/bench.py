"""jan20's benchmarks: index build, refresh, search latency and recall, memory, start-up, against targets.

    .venv/bin/python benchmarks/bench.py [--sizes 100,500] [--seed 1] [--quick] [--keep]

For each size (MB) a seeded synthetic archive is generated under benchmarks/data/ (see synth.py), indexed
and searched; the results are printed as one table and written to benchmarks/results.json. The archives
and their indexes are deleted afterwards unless --keep is given (a kept archive is reused by the next run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # benchmarks/ is not a package: found through the line above

import jan20
from jan20 import __version__ as jan20_version
from jan20.archive.index import open_archive, refresh
from jan20.query.search import Hit, search

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
RESULTS = HERE / "results.json"
QUICK_SIZE_MB = 2
TIMED_QUERIES = 3  # the light queries of this many phrases are timed as whole processes and with ugrep
PROCESS_RUNS = 6  # whole-process searches (cycling over the timed queries)
UGREP_RUNS = 3
STARTUP_RUNS = 25  # a ratio of two ~10-100 ms runs on a shared machine: many samples steady the medians
# Child processes: no JAN20_* settings, and bytecode cached (outside the source tree) as in a real install,
# even where PYTHONDONTWRITEBYTECODE is set; each timed command is run once untimed first.
CHILD_ENV = {
    **{k: v for k, v in os.environ.items() if k not in ("JAN20_CORPUS", "JAN20_INDEX", "PYTHONDONTWRITEBYTECODE")},
    "PYTHONPYCACHEPREFIX": str(DATA / "pycache"),
}

# The build, then what the first command that reads facts (attendees, casualties, ...) adds: their extraction.
BUILD_CHILD = """
import sys, time
from pathlib import Path
from jan20.archive.index import open_archive, refresh
corpus, index = Path(sys.argv[1]), Path(sys.argv[2])
started = time.perf_counter()
report = refresh(corpus, index, rebuild=True)
built = time.perf_counter()
open_archive(corpus, index, check_fresh=False).ensure_facts()
print(built - started, time.perf_counter() - built, len(report.files))
"""


# --- running child processes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One child process: wall time, peak resident memory, exit code and output."""

    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str


def run_child(command: Sequence[str], env: dict[str, str] | None = None, *, sample_tree: bool = False) -> Run:
    """Run command to completion; its own ru_maxrss comes from wait4, so other children do not count.

    ru_maxrss is the largest single process: with sample_tree, the memory of the whole process tree (worker
    processes included, as PSS) is also sampled every 0.1 s, and the peak is the larger of the two. Sampling delays
    noticing the end by up to 0.1 s, so it is for long runs only.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env or CHILD_ENV)
        if sample_tree:
            status, usage, tree_peak = _wait_sampling(process.pid)
        else:
            _, status, usage = os.wait4(process.pid, 0)
            tree_peak = 0.0
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        texts = []
        for handle in (out, err):
            handle.seek(0)
            texts.append(handle.read().decode("utf-8", "replace"))
        return Run(seconds, max(usage.ru_maxrss / 1024, tree_peak), process.returncode, *texts)


def _wait_sampling(pid: int) -> tuple[int, resource.struct_rusage, float]:
    """wait4 for pid, sampling its process tree's memory meanwhile: (status, rusage, peak tree MB)."""
    peak = 0.0
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage, peak
        peak = max(peak, _tree_rss_mb(pid))
        time.sleep(0.1)


def _tree_rss_mb(root: int) -> float:
    """Proportional set size (shared pages split between sharers, so forked workers are not counted twice) of a
    process and all its descendants, from /proc; 0 for processes that cannot be read."""
    total_kb, pending = 0, [root]
    while pending:
        pid = pending.pop()
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            total_kb += int(rollup.split("\nPss:", 1)[1].split()[0])
            for task in Path(f"/proc/{pid}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total_kb / 1024


def check_no_rebuild(runs: Sequence[Run]) -> None:
    """A timed jan20 process must find its index up to date (it is not, if jan20 changed during the run)."""
    for run in runs:
        if "rebuilding the index" in run.stderr:
            raise RuntimeError(f"a timed jan20 process rebuilt its index: {run.stderr.strip()}")


def jan20_command() -> list[str]:
    """The jan20 console script beside this interpreter, else `python -m jan20`."""
    script = Path(sys.executable).with_name("jan20")
    return [str(script)] if script.exists() else [sys.executable, "-m", "jan20"]


def median_seconds(runs: Sequence[Run]) -> float:
    return statistics.median(run.seconds for run in runs)


# --- the archive of one size ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paths:
    """Where one size's archive, manifest and index live."""

    corpus: Path
    manifest: Path
    index: Path

    @classmethod
    def of(cls, size_mb: int, seed: int) -> Paths:
        stem = DATA / f"archive-{size_mb}mb-seed{seed}"
        return cls(stem, stem.with_suffix(".json"), stem.with_suffix(".sqlite"))

    def remove(self) -> None:
        shutil.rmtree(self.corpus, ignore_errors=True)
        for path in (self.manifest, self.index, self.index.with_name(self.index.name + ".lock")):
            path.unlink(missing_ok=True)


def ensure_archive(paths: Paths, size_mb: int, seed: int) -> synth.Manifest:
    """The archive's manifest, generating the archive unless an identical one is already there."""
    if paths.manifest.exists() and paths.corpus.is_dir():
        manifest = synth.Manifest.load(paths.manifest)
        if (manifest.version, manifest.seed, manifest.size_mb) == (synth.GENERATOR_VERSION, seed, size_mb):
            print(f"bench: reusing {paths.corpus.name}", file=sys.stderr)
            return manifest
    paths.remove()
    started = time.perf_counter()
    manifest = synth.generate(paths.corpus, size_mb, seed)
    manifest.save(paths.manifest)
    took = time.perf_counter() - started
    print(f"bench: generated {paths.corpus.name}: {manifest.docs} documents, {manifest.bytes / 1e6:.0f} MB in "
          f"{took:.0f} s", file=sys.stderr)  # fmt: skip
    return manifest


# --- measurements ----------------------------------------------------------------------------------------------


def warm_page_cache(folder: Path) -> None:
    """Read every file once, so a timed run reads from memory as the other timed runs do (this machine's kernel
    reclaims cold pages on its own, so an archive written a while ago may be back on disk)."""
    for path in folder.rglob("*"):
        if path.is_file():
            path.read_bytes()


def measure_build(paths: Paths, manifest: synth.Manifest) -> dict[str, Any]:
    """A full build in a child process, then the extraction of facts the first command that reads them makes:
    throughputs (reading files included) and the child's peak memory over both."""
    warm_page_cache(paths.corpus)
    run = run_child([sys.executable, "-c", BUILD_CHILD, str(paths.corpus), str(paths.index)], sample_tree=True)
    if run.returncode != 0:
        raise RuntimeError(f"build failed (exit {run.returncode}): {run.stderr.strip()[-300:]}")
    seconds, facts_seconds = map(float, run.stdout.split()[:2])
    with sqlite3.connect(paths.index) as conn:
        vocabulary = conn.execute("SELECT count(*) FROM vocabulary").fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {
        "seconds": seconds,
        "bytes_mb": manifest.bytes / 1e6,
        "mb_per_s": manifest.bytes / 1e6 / seconds,
        "facts_seconds": facts_seconds,
        "facts_mb_per_s": manifest.bytes / 1e6 / facts_seconds,
        "peak_mb": run.peak_mb,
        "index_mb": paths.index.stat().st_size / 1e6,
        "vocabulary": vocabulary,
        "articles": articles,
    }


def measure_refresh(paths: Paths, manifest: synth.Manifest) -> dict[str, float]:
    """In process: a refresh with nothing changed (the freshness check), then one after one file changed, and the
    extraction of that file's facts the next command that reads facts makes."""
    started = time.perf_counter()
    refresh(paths.corpus, paths.index)
    unchanged = time.perf_counter() - started
    planted = {target for query in manifest.queries for target in query.targets}
    victim = next(
        p for p in sorted(paths.corpus.rglob("*.txt")) if p.relative_to(paths.corpus).as_posix() not in planted
    )
    original = victim.read_bytes()
    stat = victim.stat()
    try:
        victim.write_bytes(original + b"\nA wreath was laid at the monument by the delegation of students.\n")
        os.utime(victim, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        started = time.perf_counter()
        report = refresh(paths.corpus, paths.index)
        one_file = time.perf_counter() - started
        if report.count("changed") != 1:
            raise RuntimeError(f"expected one changed file, the refresh reported {report.count('changed')}")
        started = time.perf_counter()
        _extract_facts(paths)  # what the next command that reads facts adds
        its_facts = time.perf_counter() - started
    finally:
        victim.write_bytes(original)
        refresh(paths.corpus, paths.index)  # back to the generated archive
        _extract_facts(paths)
    return {"unchanged_s": unchanged, "one_file_s": one_file, "one_file_facts_s": its_facts}


def _extract_facts(paths: Paths) -> None:
    archive = open_archive(paths.corpus, paths.index, check_fresh=False)
    try:
        archive.ensure_facts()
    finally:
        archive.close()


def measure_search(paths: Paths, manifest: synth.Manifest) -> dict[str, Any]:
    """In process, warm index: latency of every planted query, and whether its target documents are hit."""
    archive = open_archive(paths.corpus, paths.index)
    try:
        article_of = dict(archive.conn.execute("SELECT path, id FROM articles").fetchall())
        latencies, misses = [], []
        found_by_kind: dict[str, list[bool]] = {}
        for query in manifest.queries:
            started = time.perf_counter()
            hits = search(archive, query.text)
            latencies.append(time.perf_counter() - started)
            missing = _missing_targets(hits, [article_of[t] for t in query.targets])
            found_by_kind.setdefault(query.kind, []).append(not missing)
            if missing:
                misses.append({"query": query.text, "phrase": query.phrase, "missing": missing})
    finally:
        archive.close()
    found = [ok for oks in found_by_kind.values() for ok in oks]
    return {
        "median_ms": statistics.median(latencies) * 1000,
        "max_ms": max(latencies) * 1000,
        "recall": sum(found) / len(found),
        "recall_by_kind": {kind: sum(oks) / len(oks) for kind, oks in found_by_kind.items()},
        "queries": len(found),
        "misses": misses,
    }


def _missing_targets(hits: list[Hit], targets: list[str]) -> list[str]:
    returned = {hit.article for hit in hits}
    return [target for target in targets if target not in returned]


def timed_queries(manifest: synth.Manifest) -> list[str]:
    """The queries timed as whole processes and with ugrep: the light misspellings (ugrep -Z2 finds them too)."""
    return [q.text for q in manifest.queries if q.kind == "light"][:TIMED_QUERIES]


def measure_process_search(paths: Paths, manifest: synth.Manifest) -> dict[str, Any]:
    """`jan20 search QUERY --format json` as a whole process, warm index: median time, peak memory."""
    queries = timed_queries(manifest)
    base = [*jan20_command(), "--corpus", str(paths.corpus), "--index", str(paths.index), "search"]
    run_child([*base, queries[0], "--format", "json"])  # warm-up: bytecode, page cache
    runs = [run_child([*base, queries[i % len(queries)], "--format", "json"]) for i in range(PROCESS_RUNS)]
    failed = [run for run in runs if run.returncode not in (0, 1)]
    if failed:
        raise RuntimeError(f"jan20 search failed with exit {failed[0].returncode}: {failed[0].stderr.strip()}")
    check_no_rebuild(runs)
    # The same with --no-refresh: what a lookup costs without walking the folder (the rest is start-up and search).
    unchecked = [run_child([*base[:-1], "--no-refresh", "search", queries[i % len(queries)], "--format", "json"])
                 for i in range(PROCESS_RUNS)]  # fmt: skip
    return {
        "median_s": median_seconds(runs),
        "peak_mb": max(run.peak_mb for run in runs),
        "runs": len(runs),
        "no_refresh_median_s": median_seconds(unchecked),
    }


def measure_ugrep(paths: Paths, manifest: synth.Manifest) -> dict[str, Any] | None:
    """`ugrep -Z2 -i -r -l QUERY DIR` on the same files (None when ugrep is not installed)."""
    ugrep = shutil.which("ugrep")
    if ugrep is None:
        return None
    queries = timed_queries(manifest)
    run_child([ugrep, "-Z2", "-i", "-r", "-l", queries[0], str(paths.corpus)])  # warm-up: page cache
    runs = [run_child([ugrep, "-Z2", "-i", "-r", "-l", queries[i % len(queries)], str(paths.corpus)])
            for i in range(UGREP_RUNS)]  # fmt: skip
    return {"median_s": median_seconds(runs), "files_listed": [len(run.stdout.splitlines()) for run in runs]}


def measure_startup() -> dict[str, float]:
    """Whole-process `jan20 year 2017 --format json` on the shipped corpus (warm index) vs `python -c pass`."""
    env = {**CHILD_ENV, "JAN20_INDEX": str(DATA / "shipped-corpus.sqlite")}
    jan20 = [*jan20_command(), "year", "2017", "--format", "json"]
    python = [sys.executable, "-c", "pass"]
    warm = run_child(jan20, env)
    run_child(python)
    if warm.returncode != 0:
        raise RuntimeError(f"jan20 year 2017 failed with exit {warm.returncode}")
    jan20_runs, python_runs = [], []
    for _ in range(STARTUP_RUNS):  # interleaved, so a busy moment hits both alike
        jan20_runs.append(run_child(jan20, env))
        python_runs.append(run_child(python))
    check_no_rebuild(jan20_runs)
    jan20_s, python_s = median_seconds(jan20_runs), median_seconds(python_runs)
    return {"jan20_s": jan20_s, "python_s": python_s, "ratio": jan20_s / python_s}


def measure_size(size_mb: int, seed: int, keep: bool) -> dict[str, Any]:
    """Every measurement for one archive size."""
    paths = Paths.of(size_mb, seed)
    DATA.mkdir(parents=True, exist_ok=True)
    manifest = ensure_archive(paths, size_mb, seed)
    steps: list[tuple[str, Callable[[Paths, synth.Manifest], Any]]] = [
        ("build", measure_build),
        ("refresh", measure_refresh),
        ("search", measure_search),
        ("process_search", measure_process_search),
        ("ugrep", measure_ugrep),
    ]
    result: dict[str, Any] = {"docs": manifest.docs, "bytes": manifest.bytes}
    try:
        for name, step in steps:
            print(f"bench: {size_mb} MB: {name}…", file=sys.stderr)
            try:
                result[name] = step(paths, manifest)
            except Exception as exc:  # one broken step must not lose a long run's other numbers
                result[name] = {"error": f"{type(exc).__name__}: {exc}"}
                print(f"bench: {size_mb} MB: {name} failed: {result[name]['error']}", file=sys.stderr)
    finally:
        if not keep:
            paths.remove()
    return result


# --- targets and the table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of the table; target and passed are empty for a row that is for information."""

    metric: str
    size: str
    value: str
    target: str = ""
    passed: bool | None = None


def _row(metric: str, size: str, value: str, target: str = "", check: bool | None = None) -> Row:
    return Row(metric, size, value, target, check)


def size_rows(size_mb: int, result: dict[str, Any]) -> list[Row]:
    """The table rows for one size, each checked against its target where one applies."""
    size = f"{size_mb} MB"
    rows: list[Row] = []
    for step, make_rows in ROW_MAKERS.items():
        measured = result.get(step)
        if isinstance(measured, dict) and "error" in measured:
            rows.append(_row(f"{step} (did not run)", size, measured["error"][:70], "no error", False))
        elif measured is not None:
            rows += make_rows(size_mb, measured, result)
    return rows


def _build_rows(size_mb: int, build: dict[str, Any], _: dict[str, Any]) -> list[Row]:
    size, rate, peak = f"{size_mb} MB", build["mb_per_s"], build["peak_mb"]
    return [
        _row("index build (searchable)", size, f"{rate:.1f} MB/s ({build['seconds']:.0f} s)", ">= 10 MB/s", rate >= 10),
        _row("  vocabulary (distinct words)", size, f"{build['vocabulary']:,}"),
        _row("facts, on first use", size, f"{build['facts_mb_per_s']:.1f} MB/s ({build['facts_seconds']:.0f} s)"),
        _row("build + facts", size, f"{build['bytes_mb'] / (build['seconds'] + build['facts_seconds']):.1f} MB/s"),
        _row("peak memory, build", size, f"{peak:.0f} MB", "<= 300 MB", peak <= 300),
    ]


def _refresh_rows(size_mb: int, fresh: dict[str, Any], _: dict[str, Any]) -> list[Row]:
    size, one_file, its_facts = f"{size_mb} MB", fresh["one_file_s"], fresh["one_file_facts_s"]
    # Checked with the file's facts included: what the next `jan20 casualties` after an edit pays in all.
    target = ("<= 1 s", one_file + its_facts <= 1) if size_mb <= 100 else ("", None)
    return [
        _row("refresh, nothing changed", size, f"{fresh['unchanged_s']:.2f} s"),
        _row("refresh, one file changed", size, f"{one_file:.2f} s + {its_facts:.2f} s its facts", *target),
    ]


def _search_rows(size_mb: int, found: dict[str, Any], _: dict[str, Any]) -> list[Row]:
    size, recall = f"{size_mb} MB", found["recall"]
    by_kind = " ".join(f"{kind} {share:.0%}" for kind, share in found["recall_by_kind"].items())
    return [
        _row("search in process (median)", size, f"{found['median_ms']:.0f} ms (max {found['max_ms']:.0f})"),
        _row("recall of misspelled queries", size, f"{recall:.0%} of {found['queries']}", "100%", recall == 1),
        _row("  recall by kind", size, by_kind),
    ]


def _process_rows(size_mb: int, process: dict[str, Any], result: dict[str, Any]) -> list[Row]:
    """Whole-process search: under 0.5 s from 500 MB up, else at most a tenth of ugrep's time from 100 MB up."""
    size, seconds, peak = f"{size_mb} MB", process["median_s"], process["peak_mb"]
    metric, value = "search, whole process (median)", f"{seconds:.2f} s"
    ugrep = result.get("ugrep")
    if size_mb >= 500:
        timing = _row(metric, size, value, "< 0.5 s", seconds < 0.5)
    elif size_mb >= 100 and isinstance(ugrep, dict) and "median_s" in ugrep:
        limit = 0.1 * ugrep["median_s"]
        value += f" ({seconds / ugrep['median_s']:.2f}x ugrep)"
        timing = _row(metric, size, value, f"<= 0.1x ugrep ({limit:.2f} s)", seconds <= limit)
    else:
        timing = _row(metric, size, value)
    rows = [timing]
    if "no_refresh_median_s" in process:
        rows.append(_row("  the same with --no-refresh", size, f"{process['no_refresh_median_s']:.2f} s"))
    return [*rows, _row("peak memory, search", size, f"{peak:.0f} MB", "<= 300 MB", peak <= 300)]


def _ugrep_rows(size_mb: int, ugrep: dict[str, Any], _: dict[str, Any]) -> list[Row]:
    return [_row("ugrep -Z2 -i -r -l (median)", f"{size_mb} MB", f"{ugrep['median_s']:.2f} s")]


RowMaker = Callable[[int, dict[str, Any], dict[str, Any]], list[Row]]
ROW_MAKERS: dict[str, RowMaker] = {
    "build": _build_rows,
    "refresh": _refresh_rows,
    "search": _search_rows,
    "process_search": _process_rows,
    "ugrep": _ugrep_rows,
}


def startup_row(startup: dict[str, float]) -> Row:
    value = f"{startup['ratio']:.1f}x ({startup['jan20_s'] * 1000:.0f} vs {startup['python_s'] * 1000:.0f} ms)"
    return _row("start-up: jan20 year 2017 / python -c pass", "-", value, "<= 8x", startup["ratio"] <= 8)


def format_table(rows: Sequence[Row]) -> str:
    """Plain aligned text: metric, size, value, target, pass/fail."""
    header = ("metric", "size", "value", "target", "result")
    cells = [header] + [
        (r.metric, r.size, r.value, r.target or "-", "-" if r.passed is None else ("pass" if r.passed else "FAIL"))
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


# --- machine and main ------------------------------------------------------------------------------------------


def machine_info() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
        ]
        cpu = models[0] if models else cpu
    ugrep = shutil.which("ugrep")
    ugrep_version = (
        subprocess.run([ugrep, "--version"], capture_output=True, text=True).stdout.split("\n")[0] if ugrep else None
    )
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "jan20": jan20_version,
        "jan20_path": str(Path(jan20.__file__).parent),
        "load_average": os.getloadavg(),
        "ugrep": ugrep_version,
    }


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="100,500", help="archive sizes in MB, comma-separated (default 100,500)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic archives (default 1)")
    parser.add_argument("--quick", action="store_true", help=f"one tiny archive ({QUICK_SIZE_MB} MB): a smoke test")
    parser.add_argument("--keep", action="store_true", help="keep the generated archives and indexes (and reuse them)")
    args = parser.parse_args(argv)
    args.sizes = [QUICK_SIZE_MB] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    started = time.time()
    machine = machine_info()
    print("bench: start-up…", file=sys.stderr)
    startup = measure_startup()
    sizes = {size: measure_size(size, args.seed, args.keep) for size in args.sizes}
    rows = [row for size, result in sizes.items() for row in size_rows(size, result)] + [startup_row(startup)]
    print(format_table(rows))
    results = {
        "machine": machine,
        "load_average_at_end": os.getloadavg(),
        "settings": {"sizes_mb": args.sizes, "seed": args.seed, "quick": args.quick},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "seconds": round(time.time() - started, 1),
        "rows": [asdict(row) for row in rows],
        "startup": startup,
        "sizes": {str(size): result for size, result in sizes.items()},
    }
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if all(row.passed is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
