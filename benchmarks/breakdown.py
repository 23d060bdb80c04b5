"""Where the time goes: jan20's build and search split into stages, on an archive kept by `bench.py --keep`.

    .venv/bin/python benchmarks/bench.py --sizes 100 --keep
    .venv/bin/python benchmarks/breakdown.py --size 100 [--files 1000]

Build stages are timed serially on the first --files documents (a real build parses in worker processes
and writes in the main one), then the facts the first command that reads them extracts (also in workers).
Search stages are the medians over the planted queries, plus what a whole `jan20 search` process pays
before searching: imports and the index freshness check.

This mirrors jan20's internals (private functions of index, indexwriter and search), so it may need
updating when they change; bench.py uses only the public API.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench
import synth

from jan20.archive import facts, freshness, index, schema
from jan20.archive._parsing import Parsed, ParseTask, folded_paragraphs
from jan20.archive.indexwriter import IndexWriter
from jan20.archive.textindex import rebuild_vocabulary, terms_of_length
from jan20.archive.walk import list_documents, scan
from jan20.extract.anniversary import stated_anniversary
from jan20.extract.attendees import extract_attendees, extract_groups
from jan20.extract.casualties import extract_casualties
from jan20.query import search
from jan20.reading.articles import articles_from_document
from jan20.reading.catalog import load_catalog
from jan20.reading.corpus import read_document
from jan20.text.fold import fold, words

T = TypeVar("T")


class Stopwatch:
    """Seconds added up per stage."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.totals[name] += time.perf_counter() - started

    def time(self, name: str, function: Callable[[], T]) -> T:
        with self.stage(name):
            return function()


# --- build ------------------------------------------------------------------------------------------------------


def build_breakdown(corpus: Path, limit: int) -> tuple[dict[str, float], int]:
    """Seconds per build stage over the first `limit` documents, and the bytes they hold."""
    watch = Stopwatch()
    files = watch.time("scan (stat every file)", lambda: scan(corpus)[0])[:limit]
    catalog = load_catalog(corpus, {f.path for f in files})
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "index.sqlite")
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        schema.create(conn)
        writer = IndexWriter(conn, catalog, incremental=False)
        for item in files:
            with watch.stage("read + decode"):
                data, decoded = read_document(item.abspath)
            with watch.stage("sha256"):
                sha = hashlib.sha256(data).hexdigest()
            with watch.stage("split into articles"):
                articles = articles_from_document(item.path, decoded.text)
            with watch.stage("fold paragraphs"):
                pairs = [(article, folded_paragraphs(article)) for article in articles]
            parsed = Parsed(ParseTask(item, None, None, None), sha, decoded.encoding, decoded.warning, articles=pairs)
            with watch.stage("sqlite: rows + FTS5 insert"):
                writer.store(parsed, None)
        watch.time("sqlite: vocabulary copy (once)", lambda: rebuild_vocabulary(conn))
        watch.time("sqlite: commit", conn.commit)
        # What the first command that reads facts then does (facts.complete_facts), one extractor at a time.
        rows = conn.execute("SELECT id, title, text FROM articles").fetchall()
        for article_id, title, text in rows:
            extracted = _facts(watch, title, text)
            watch.time("facts: sqlite rows", lambda: facts.store_facts(conn, article_id, extracted))  # noqa: B023
        watch.time("facts: names merged (once)", lambda: facts.merge_names(conn))
        conn.close()
    return dict(watch.totals), sum(f.size for f in files)


def _facts(watch: Stopwatch, title: str | None, text: str) -> facts.ArticleFacts:
    """facts.extract_facts, one extractor at a time."""
    stated = watch.time("facts: anniversary", lambda: stated_anniversary(text))
    attendees = watch.time("facts: attendees", lambda: extract_attendees(text))
    groups = watch.time("facts: attendee groups", lambda: extract_groups(text))
    casualties = watch.time("facts: casualties", lambda: extract_casualties(text))
    return facts.ArticleFacts(stated, False, attendees, groups, casualties)


# --- search -----------------------------------------------------------------------------------------------------


def freshness_breakdown(corpus: Path, index_path: Path) -> dict[str, float]:
    """What every command pays to find the index up to date, stage by stage (a warm cache, nothing changed)."""
    watch = Stopwatch()
    corpus = corpus.resolve()
    listing = watch.time("scan: walk + stat every file", lambda: list_documents(corpus))
    digest = watch.time("digest of paths, sizes and times", listing.digest)
    probe = watch.time("check: index usable (schema, reader, meta)", lambda: freshness.probe(index_path, corpus))
    if probe.problem is not None or probe.meta.get("files_digest") != digest:
        raise RuntimeError("the index is not fresh: run bench.py --keep first")
    return dict(watch.totals)


def query_breakdown(conn: sqlite3.Connection, query: str) -> dict[str, float]:
    """One query's stages: vocabulary fetch, RapidFuzz expansion, FTS5 candidates, rescoring."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    watch = Stopwatch()
    for word in list(dict.fromkeys(words(fold(query))))[: search.MAX_QUERY_WORDS]:
        budget = search.edit_budget(word)
        with watch.stage("vocabulary fetch"):
            terms = terms_of_length(conn, len(word) - budget, len(word) + budget)
        with watch.stage("rapidfuzz expansion"):
            process.extract(word, terms, scorer=Levenshtein.distance, score_cutoff=budget, limit=search.MAX_EXPANSIONS)
    plan = search._plan(conn, query)
    with watch.stage("FTS5 candidates (every word, then enough words)"):
        every_word = search._fts_query(plan, [list(range(len(plan)))])
        rows = search._candidates(conn, every_word, "1", [], 300)
        rows += search._candidates(
            conn, search._fts_query(plan, search._subsets_that_may_score(plan, 50)), "1", [], 300
        )
    with watch.stage("rescoring"):
        scored = sorted((s for row in rows if (s := search._score(row, plan, 50))), key=lambda s: -s.score)
    with watch.stage("top 10 hits: offsets and snippets"):
        for passage in scored[:10]:
            search._hit(passage)
    return dict(watch.totals)


def import_breakdown(top: int = 6) -> tuple[float, list[tuple[str, float]]]:
    """Seconds `jan20` spends importing (python -X importtime on the console script), and the costliest imports."""
    script = bench.jan20_command()
    command = [sys.executable, "-X", "importtime", *(script[1:] if script[0] == sys.executable else script)]
    # The index bench.py's start-up row uses, made fresh first: a stale one would time the extractors' imports too.
    env = {**bench.CHILD_ENV, "JAN20_INDEX": str(bench.DATA / "shipped-corpus.sqlite")}
    lookup = ["year", "2017", "--format", "json"]
    subprocess.run([*script, *lookup], capture_output=True, env=env)
    run = subprocess.run([*command, *lookup], capture_output=True, text=True, env=env)
    rows = re.findall(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)", run.stderr)
    top_level = [(name, int(cumulative) / 1e6) for _, cumulative, indent, name in rows if not indent]
    total = sum(seconds for _, seconds in top_level)
    return total, sorted(top_level, key=lambda item: -item[1])[:top]


# --- main -------------------------------------------------------------------------------------------------------


def print_stages(title: str, stages: dict[str, float], scale: float = 1.0, unit: str = "s") -> None:
    print(f"\n{title}")
    width = max(len(name) for name in stages)
    total = sum(stages.values())
    for name, seconds in stages.items():
        print(f"  {name.ljust(width)}  {seconds * scale:9.3f} {unit}  {seconds / total:6.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=100, help="archive size in MB (kept by bench.py --keep)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--files", type=int, default=1000, help="documents to time the build stages on")
    args = parser.parse_args(argv)
    paths = bench.Paths.of(args.size, args.seed)
    if not paths.manifest.exists():
        parser.error(f"no kept archive at {paths.corpus}: run bench.py --sizes {args.size} --keep first")
    manifest = synth.Manifest.load(paths.manifest)

    stages, size = build_breakdown(paths.corpus, args.files)
    building = sum(v for k, v in stages.items() if not k.startswith(("scan", "facts")))
    extracting = sum(v for k, v in stages.items() if k.startswith("facts"))
    print_stages(
        f"build, serial, first {args.files} documents ({size / 1e6:.1f} MB): {size / 1e6 / building:.2f} MB/s, "
        f"then facts on first use: {size / 1e6 / extracting:.2f} MB/s",
        stages,
    )

    report = index.refresh(paths.corpus, paths.index)  # an index built by other code is rebuilt first, untimed
    if report.rebuilt:
        print(f"\n(rebuilt the index first: {', '.join(report.notes) or 'none yet'})")
    total, imports = import_breakdown()
    print(f"\nimports of a jan20 process: {total * 1000:.0f} ms; costliest: "
          + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in imports))  # fmt: skip
    print_stages(
        "freshness check of every command (nothing changed)", freshness_breakdown(paths.corpus, paths.index), 1000, "ms"
    )

    with sqlite3.connect(paths.index) as conn:
        conn.row_factory = sqlite3.Row
        per_query = [query_breakdown(conn, q.text) for q in manifest.queries]
    medians: dict[str, Any] = {k: statistics.median(q.get(k, 0.0) for q in per_query) for k in per_query[0]}
    print_stages(f"search, median over {len(per_query)} planted queries", medians, 1000, "ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
