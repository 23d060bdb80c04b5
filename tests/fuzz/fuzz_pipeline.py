"""Fuzz the whole jan20 pipeline in process with hostile documents and queries.

    python tests/fuzz/fuzz_pipeline.py --inputs 10000 --seed 1

Documents (mixed and legacy encodings, truncated UTF-8, control characters and terminal escapes, huge lines,
Markdown, random dates, numbers and names, odd file names, catalogs good and broken) are written to temporary
corpus folders in batches; each batch is indexed with jan20.archive.index.refresh (and refreshed again after
some edits), opened with open_archive, and read back through every library call behind the commands (list, years,
sources, show, year, search, anniversaries, attendees, casualties); every result is rendered in every output
format, on a terminal and in a pipeline.

An input (a document or a query) fails when anything raises other than a usage error (Jan20Error), or when an
output breaks its contract: JSON that does not parse, or a control character that reaches a terminal (in a table,
csv, tsv, plain text, or an error message). A batch that fails as a whole is retried document by document to
name the culprit. Exit status 1 when any input failed.
"""

from __future__ import annotations

import argparse
import codecs
import datetime
import io
import json
import random
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jan20.archive.index import open_archive, refresh
from jan20.errors import Jan20Error
from jan20.render import FORMATS, render, write_text
from jan20.render.terminal import Terminal

BATCH = 50  # documents per corpus: below the size at which a build uses worker processes, so all runs here
QUERIES_PER_BATCH = 10
TERMINALS = (Terminal(is_tty=True, width=110, color=True), Terminal(is_tty=False))
RICH_STYLES = re.compile(r"\x1b\[[0-9;]*m")  # what Rich itself draws with on a terminal
UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # control characters that may act on a terminal

WORDS = re.findall(
    r"\S+",
    "the people of Baku remember victims tragedy January Soviet troops entered city night martyrs Alley "
    "commemoration ceremony wreath flowers president speaker parliament ambassadors residents thousands "
    "killed wounded injured arrested missing death toll civilians soldiers anniversary years passed since ago "
    "Azerbaijan independence freedom memory honour national mourning day",
)
NAMES = [
    "Ilham Aliyev",
    "Mehriban Aliyeva",
    "Sahiba Gafarova",
    "Ogtay Asadov",
    "Ali Asadov",
    "Heydar Aliyev",
    "Artur Rasi-zade",
    "Əli Həsənov",
    "Ильхам Алиев",
    "Mr. Smith",
]
CONTROL = [
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\r",
    "\x1b[31m",
    "\x1b[2J\x1b[H",
    "\x1b]8;;http://evil.test\x07",
    "\x1b]0;title\x07",
    "\x9b31m",
    "\x85",
    "\u2028",
    "\u202e",
    "\ufeff",
    "\u200b",
    "[bold red]",
    "[/]",
    "[link=http://evil.test]",
    ":skull:",
]
QUERY_SYNTAX = ['"', "'", "*", "^", "NEAR(", ")", "(", "OR", "AND", "NOT", "-", "+", ":", "%", "_", ";", "--", "/*"]
MONTHS = ["January", "February", "March", "December", "Jan.", "Sept.", "января", "yanvar", "мая"]


def _date_text(rng: random.Random) -> str:
    day = datetime.date(1900, 1, 1) + datetime.timedelta(days=rng.randrange(0, 200 * 365))
    forms = [
        f"{day.day} {day:%B} {day.year}",
        f"{day:%B} {day.day}, {day.year}",
        day.isoformat(),
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.month}/{day.day}/{day.year}",
        f"{rng.randint(0, 40)}.{rng.randint(0, 14)}.{rng.randint(1000, 2300)}",
        f"{rng.choice(MONTHS)} {rng.randint(0, 35)}",
        f"{rng.randint(1, 31)}-{rng.randint(1, 31)} {rng.choice(MONTHS)} {rng.randint(1800, 2200)}",
        f"Politics {rng.randint(0, 23)}:{rng.randint(0, 59):02d} {day.day:02d}.{day.month:02d}.{day.year}",
        f"{rng.randint(1, 40)}-ci il {rng.randint(1, 31)} yanvar",
    ]
    return rng.choice(forms)


def _number_text(rng: random.Random) -> str:
    forms = [
        str(rng.randint(0, 10 ** rng.randint(1, 25))),
        f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}",
        f"{rng.randint(1, 999)} {rng.randint(0, 999):03d}",
        rng.choice(["one hundred and forty-seven", "a dozen", "Thirty-one", "twenty second", "several hundred"]),
        f"{rng.randint(1, 150)}{rng.choice(['st', 'nd', 'rd', 'th', 'rd'])} anniversary",
        f"{rng.randint(1, 200)} years have passed",
        f"between {rng.randint(1, 200)} and {rng.randint(1, 200)}",
        f"{rng.randint(1, 500)}–{rng.randint(1, 500)}",
        f"{rng.choice(['at least', 'nearly', 'about', 'more than', 'up to'])} {rng.randint(1, 900)}",
        f"{rng.randint(1, 900)} {rng.choice(['people were killed', 'wounded', 'were arrested', 'went missing'])}",
        f"death toll rose to {rng.randint(1, 900)}",
        f"{rng.randint(1, 99)}.{rng.randint(0, 99)}",
        "١٢٣",
        "２０",
    ]
    return rng.choice(forms)


def _piece(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
    if kind < 0.45:
        return _date_text(rng)
    if kind < 0.55:
        return _number_text(rng)
    if kind < 0.60:
        return f"{rng.choice(['President', 'Speaker', 'Minister', ''])} {rng.choice(NAMES)} " + rng.choice(
            ["visited the Alley of Martyrs", "laid a wreath", "attended the ceremony", "said", "was not present"]
        )
    if kind < 0.63:
        who = rng.choice(["people", "civilians", "soldiers", "Azerbaijanis", ""])
        what = rng.choice(["were killed", "died", "were wounded", "were arrested", "went missing", "lost their lives"])
        return f"{rng.choice(['', 'At least ', 'Nearly ', 'In total, '])}{_number_text(rng)} {who} {what}. "
    if kind < 0.70:
        return rng.choice(CONTROL)
    if kind < 0.78:
        return rng.choice(["\n", "\n\n", "\r\n", "  \n", "\t", ". ", ", ", "; ", "! ", "? ", "...", "…"])
    if kind < 0.86:
        mark = rng.choice(["# ", "## ", "### ", "**", "- ", "* ", "1. ", "> ", "---", "* * *"])
        return f"\n\n{mark}{rng.choice(WORDS).title()} ({_date_text(rng)}){'**' if mark == '**' else ''}\n\n"
    if kind < 0.90:
        return rng.choice(
            [
                "Trend reports.",
                "(AzerTAc)",
                "Source: Report.az",
                "© 2024 Azernews",
                "EU Reporter publishes",
                "told Report",
                "You May Also Like",
                "Share this",
                "https://example.test/a?b=1",
                "<http://x.test>",
                "Press release",
            ]
        )
    if kind < 0.97:
        return "".join(
            chr(rng.choice([rng.randint(32, 0x2FF), rng.randint(0x400, 0x4FF), rng.randint(0x80, 0xFFFF)]))
            for _ in range(rng.randint(1, 20))
        )
    return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 8)))


def _text(rng: random.Random) -> str:
    parts = [_piece(rng) for _ in range(rng.randint(0, 80))]
    text = " ".join(parts) if rng.random() < 0.5 else "".join(parts)
    if rng.random() < 0.01:  # a page saved as one huge line
        text += " ".join(rng.choice(WORDS + NAMES) for _ in range(rng.randint(20_000, 60_000)))
    if rng.random() < 0.02:  # very many short lines
        text += "\n".join(_piece(rng) for _ in range(rng.randint(500, 3000)))
    return text


def _encode(rng: random.Random, text: str) -> bytes:
    """The document's bytes: mostly UTF-8, else a legacy code page, a BOM, mixed or broken encodings, or junk."""
    kind = rng.random()
    clean = text.encode("utf-8", "replace")
    if kind < 0.55:
        return clean
    if kind < 0.60:
        return codecs.BOM_UTF8 + clean
    if kind < 0.66:
        return text.encode(rng.choice(["utf-16", "utf-32"]), "replace")  # with a byte-order mark
    if kind < 0.68:
        return text.encode("utf-16-le", "replace")  # without one
    if kind < 0.82:
        return text.encode(rng.choice(["cp1251", "latin-1", "cp1252", "koi8-r", "cp1254", "cp866"]), "replace")
    if kind < 0.88:  # parts in different encodings
        middle = len(text) // 2
        return text[:middle].encode("utf-8", "replace") + text[middle:].encode("cp1251", "replace")
    if kind < 0.94:  # truncated UTF-8: cut in the middle of a character
        return clean[: max(0, len(clean) - rng.randint(1, 3))] + "Ə".encode()[:1]
    if kind < 0.97:
        return rng.randbytes(rng.randint(0, 3000))
    return rng.choice([b"", b" \n\t\n", b"\x00" * 10, b"\xef\xbb\xbf", b"\xff\xfe", b"\n" * 1000])


def _file_name(rng: random.Random, number: int) -> str:
    stem = rng.choice(
        [
            f"doc{number}",
            f"Doc {number}",
            f"статья-{number}",
            f"Şəhid {number}",
            f"a/b/c/deep{number}",
            f"dir{number % 3}/x",  # the same stem in several folders and suffixes: ids collide
            "same",
            f".hidden{number}",
            "README",
            f"{number}" + "x" * rng.randint(1, 200),
            f"name\x1b[31m{number}",
            f"bad-\udcc0\udce7-{number}",  # a name that is not UTF-8 (surrogate-escaped bytes)
            f"tab\t{number}",
        ]
    )
    return stem + rng.choice([".txt", ".txt", ".md", ".TXT", ".Md"])


def _catalog(rng: random.Random, names: list[str]) -> str | None:
    """A catalog for some of the documents: mostly valid, with hostile values; sometimes broken."""
    if rng.random() < 0.6 or not names:
        return None
    lines: list[str] = []
    for name in rng.sample(names, k=min(len(names), rng.randint(1, 6))):
        lines.append(f"[{json.dumps(name)}]")
        if rng.random() < 0.8:
            lines.append(f"source = {json.dumps(rng.choice(['Trend', 'Evil ' + rng.choice(CONTROL) + 'Press', 'A']))}")
        if rng.random() < 0.4:
            lines.append(f"date = {rng.randint(1900, 2100)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
        if rng.random() < 0.3:
            lines.append(f"title = {json.dumps(_piece(rng))}")
        if rng.random() < 0.2:
            lines.append(f"id = {json.dumps(rng.choice(['same-id', 'doc1', 'x.y_z', 'Bad Id']))}")
        if rng.random() < 0.2:
            lines.append(f"extra = {rng.choice(['1', 'true', '2.5', json.dumps(_piece(rng))])}")
    if rng.random() < 0.1:  # broken: bad TOML, a wrong type, a file that is not there
        lines.append(rng.choice(['["unclosed"', "source = [1, 2]", '["missing.txt"]\nsource = "x"', "= 3"]))
    return "\n".join(lines) + "\n"


def _query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 6)):
        kind = rng.random()
        if kind < 0.4:
            word = rng.choice(WORDS + NAMES)
            if rng.random() < 0.3 and len(word) > 3:  # a typo
                at = rng.randrange(len(word))
                word = word[:at] + rng.choice("aeiouxz") + word[at + 1 :]
            parts.append(word)
        elif kind < 0.6:
            parts.append(rng.choice(QUERY_SYNTAX))
        elif kind < 0.7:
            parts.append(rng.choice(CONTROL))
        elif kind < 0.8:
            parts.append(_number_text(rng))
        else:
            parts.append(_piece(rng))
    query = rng.choice([" ", ""]).join(parts)
    if rng.random() < 0.02:
        query = "a" * rng.randint(1000, 20000)
    return query


@dataclass
class Failure:
    what: str  # the input, briefly
    trace: str
    unsafe: bool = False  # an output broke its contract (rather than something raising)


@dataclass
class Results:
    tried: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len({failure.what for failure in self.failures})

    @property
    def crashes(self) -> list[Failure]:
        return [failure for failure in self.failures if not failure.unsafe]

    @property
    def unsafe(self) -> list[Failure]:
        return [failure for failure in self.failures if failure.unsafe]


class Unsafe(AssertionError):
    """An output broke its contract (JSON that does not parse, a control character for a terminal)."""


def _check_inert(output: str, where: str) -> None:
    found = UNSAFE.search(RICH_STYLES.sub("", output))
    if found:
        raise Unsafe(f"{where}: control character {found.group()!r} reaches the terminal: {output[:300]!r}")


def _render_all(records: list[Any], where: str, title: str | None = None) -> None:
    for terminal in TERMINALS:
        for fmt in FORMATS:
            out = io.StringIO()
            render(records, fmt, out, terminal, title=title)
            if fmt == "json":
                json.loads(out.getvalue())
            elif fmt == "jsonl":
                for line in out.getvalue().split("\n")[:-1]:  # only \n ends a record (U+2028 may stand in one)
                    json.loads(line)
            else:
                _check_inert(out.getvalue(), f"{where} as {fmt}{' on a terminal' if terminal.is_tty else ''}")


def _usage(call: Callable[[], Any], where: str) -> Any:
    """call(), where a usage error (Jan20Error) is an expected answer; its message must be safe to print."""
    try:
        return call()
    except Jan20Error as exc:
        _check_inert(str(exc), f"{where}: error message")
        return None


def _views(archive: Any, year: int | None, source: str | None, rng: random.Random) -> None:
    """The anniversaries, attendees and casualties views for one filter, rendered."""
    from jan20.query.anniversaries import anniversaries
    from jan20.query.attendees import attendees, by_person, groups
    from jan20.query.casualties import casualty_rows, compare_sources

    calls: list[tuple[str, Callable[[], Any]]] = [
        ("anniversaries", lambda: anniversaries(archive, year=year, source=source, gaps=rng.random() < 0.5)),
        ("attendees", lambda: attendees(archive, year=year, source=source)),
        ("groups", lambda: groups(archive, year=year, source=source)),
        ("casualties", lambda: casualty_rows(archive, year=year, source=source)),
    ]
    for name, call in calls:
        rows = _usage(call, f"{name} --year {year} --source {source!r}")
        if rows is None:
            continue
        _render_all(rows, name)
        if name == "attendees":
            _render_all(by_person(rows), "attendees --by person")
        if name == "casualties":
            _render_all(compare_sources(rows), "casualties --compare")


def _read_back(corpus: Path, index: Path, queries: list[str], rng: random.Random) -> list[tuple[str, Exception]]:
    """Every library call behind the commands on the indexed corpus; failures by query (None: the batch)."""
    from jan20.query.browse import get_article, list_articles, source_counts, year_counts
    from jan20.query.search import count, search
    from jan20.query.year import year_card

    archive = _usage(lambda: open_archive(corpus, index), "open_archive")
    if archive is None:
        return []
    try:
        _render_all(list(archive.report.files), "index report")
        for warning in archive.warnings:
            _check_inert(warning, "warning")
        articles = list_articles(archive)
        _render_all(articles, "list")
        _render_all(year_counts(archive), "years")
        sources = source_counts(archive)
        _render_all(sources, "sources")
        for article in articles[:8]:
            shown = get_article(archive, article.id)
            _render_all([shown], f"show {article.id!r}")
            for terminal in TERMINALS:
                out = io.StringIO()
                write_text(shown.text, out, terminal, title=shown.title, subtitle=shown.source)
                _check_inert(out.getvalue(), f"show {article.id!r} as text")
        years = [y.year for y in year_counts(archive) if y.year is not None] + [rng.randint(1800, 2200)]
        names = [s.source for s in sources if s.source]
        names += [name[:-2] + "zz" for name in names] + ["No such outlet", ""]  # close misses get suggestions
        for year, source in ((None, None), (rng.choice(years), rng.choice(names))):
            _views(archive, year, source, rng)
        card = _usage(lambda: year_card(archive, rng.choice(years)), "year")
        if card is not None:
            _render_all(card, "year card", title="year")
        _usage(lambda: get_article(archive, rng.choice(["../../etc/passwd", "x' OR '1'='1", "\x1b[2J"])), "show")
    except Exception as exc:  # a failure of the batch, not of one query
        archive.close()
        return [("", exc)]
    failed: list[tuple[str, Exception]] = []
    for query in queries:
        try:
            limit = rng.choice([1, 10, 50])
            hits = _usage(
                lambda q=query, n=limit: search(archive, q, limit=n, all_passages=rng.random() < 0.3), "search"
            )
            if hits is not None:
                _render_all(hits, "search")
            _usage(lambda q=query: count(archive, q, year=rng.choice([None, *years])), "search --count")
        except Exception as exc:
            failed.append((query, exc))
    archive.close()
    return failed


def _trace(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)).rstrip()


def _write_batch(folder: Path, rng: random.Random, first: int) -> dict[Path, bytes]:
    corpus = folder / "corpus"
    corpus.mkdir()
    written: dict[Path, bytes] = {}
    for number in range(first, first + BATCH):
        name = _file_name(rng, number)
        path = corpus / name
        data = _encode(rng, _text(rng))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except (OSError, UnicodeError):  # a name this file system refuses: not jan20's concern
            continue
        written[path] = data
    catalog = _catalog(rng, sorted({p.relative_to(corpus).as_posix() for p in written}))
    if catalog is not None:
        (corpus / "catalog.toml").write_text(catalog, encoding="utf-8", errors="surrogatepass")
    return written


def _run_batch(rng: random.Random, first: int, results: Results) -> None:
    with tempfile.TemporaryDirectory(prefix="jan20-fuzz-") as tmp:
        folder = Path(tmp)
        written = _write_batch(folder, rng, first)
        queries = [_query(rng) for _ in range(QUERIES_PER_BATCH)]
        results.tried += len(written) + len(queries)
        corpus, index = folder / "corpus", folder / "index.sqlite"
        try:
            _usage(lambda: refresh(corpus, index, rebuild=rng.random() < 0.2), "refresh")
            for path in rng.sample(sorted(written), k=min(5, len(written))):  # edit, remove, add: a refresh
                action = rng.random()
                if action < 0.4:
                    path.write_bytes(_encode(rng, _text(rng)))
                elif action < 0.6:
                    path.unlink()
                else:
                    (path.parent / ("new-" + path.name)).write_bytes(_encode(rng, _text(rng)))
            failed = _read_back(corpus, index, queries, rng)
        except Exception as exc:
            failed = [("", exc)]
        for query, exc in failed:
            if query:
                what = f"query {query[:80]!r} (batch at input {first})"
                results.failures.append(Failure(what, _trace(exc), isinstance(exc, Unsafe)))
            elif isinstance(exc, Unsafe):
                results.failures.append(Failure(f"batch at input {first}", _trace(exc), unsafe=True))
            else:
                _blame_documents(folder, results, first, exc)


def _blame_documents(folder: Path, results: Results, first: int, exc: Exception) -> None:
    """A batch failed as a whole: read its documents one by one to name the ones that fail alone."""
    from jan20.archive.facts import extract_facts
    from jan20.archive.walk import scan
    from jan20.reading.articles import articles_from_document
    from jan20.reading.corpus import NotText, read_document

    culprits = 0
    files, _ = scan(folder / "corpus")
    for item in files:
        try:
            _, decoded = read_document(item.abspath)
            for article in articles_from_document(item.path, decoded.text):
                extract_facts(article.title, article.text)
        except NotText:
            continue
        except Exception as alone:
            culprits += 1
            results.failures.append(Failure(f"document {item.path!r} (batch at input {first})", _trace(alone)))
    if not culprits:
        results.failures.append(Failure(f"batch at input {first} (no document fails alone)", _trace(exc)))


def run_fuzz(inputs: int, seed: int, *, progress: bool = False) -> Results:
    """Try at least `inputs` inputs (documents and queries); return what failed."""
    rng = random.Random(seed)
    results = Results()
    started = time.monotonic()
    while results.tried < inputs:
        _run_batch(rng, results.tried, results)
        if progress:
            rate = results.tried / (time.monotonic() - started)
            print(f"\r{results.tried} inputs, {results.failed} failed ({rate:.0f}/s)", end="", file=sys.stderr)
    if progress:
        print(file=sys.stderr)
    return results


def _signature(trace: str) -> str:
    """What kind of failure a traceback shows: its last line without the particulars (values, formats)."""
    last = trace.splitlines()[-1]
    last = re.sub(r" as \w+( on a terminal)?|'[^']*'|\"[^\"]*\"|\d+", "", last)
    return last.split(" reaches the terminal")[0][:120]


def report(results: Results, shown: int = 5) -> str:
    lines = [f"fuzz: {results.tried} inputs tried, {results.failed} failed"]
    if results.failures:
        lines.append(f"({len(results.crashes)} raised, {len(results.unsafe)} gave unsafe or broken output)")
    seen: set[str] = set()
    for failure in results.failures:
        signature = _signature(failure.trace)
        if signature in seen:
            continue
        seen.add(signature)
        if len(seen) > shown:
            break
        lines += ["", f"--- {failure.what}", failure.trace]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--inputs", type=int, default=10_000, help="how many documents and queries to try")
    parser.add_argument("--seed", type=int, default=1, help="random seed (the same seed tries the same inputs)")
    parser.add_argument("--show", type=int, default=5, help="how many distinct failure tracebacks to print")
    args = parser.parse_args(argv)
    started = time.monotonic()
    results = run_fuzz(args.inputs, args.seed, progress=sys.stderr.isatty())
    print(report(results, args.show))
    print(f"({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
