"""Reading the corpus's files for the index (`indexwriter`): each file's articles and their paragraphs, folded for
the full-text index, in worker processes when there are many."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from jan20.archive.parallel import ordered_map
from jan20.reading.corpus import NotText, SourceFile

if TYPE_CHECKING:
    from jan20.reading.articles import Article
    from jan20.reading.catalog import CatalogEntry


@dataclass(frozen=True)
class ParseTask:
    """A file to read, with what the index knew of it."""

    item: SourceFile
    entry: CatalogEntry | None
    fingerprint: str | None
    old_sha: str | None  # the content hash stored for it, when its catalog entry is unchanged


class Paragraph(NamedTuple):
    """One paragraph of an article as the full-text index takes it."""

    start: int  # code-point offsets in the article text
    end: int
    folded: str  # its text folded for the index: in the worker, so the process writing to SQLite need not


@dataclass(frozen=True)
class Parsed:
    """What reading one file gave: its articles, or why it was skipped."""

    task: ParseTask
    sha: str | None = None
    encoding: str | None = None
    warning: str | None = None
    skip_reason: str | None = None
    unchanged: bool = False  # touched, but the same bytes: nothing to re-read
    folds: dict[str, str] = field(default_factory=dict)  # the folded form of each non-ASCII character it holds
    articles: list[tuple[Article, list[Paragraph]]] = field(default_factory=list)


def parse_file(task: ParseTask) -> Parsed:
    """Read and split one file (pure: runs in a worker process during big builds)."""
    import hashlib

    from jan20.reading.articles import articles_from_document
    from jan20.reading.formats import read_file

    try:
        # Any format: its text, and the metadata it declares (front matter, a page's meta tags).
        read = read_file(task.item.abspath, task.item.path)
    except NotText as exc:
        return Parsed(task, skip_reason=str(exc))
    except (Exception, RecursionError) as exc:  # a reader's failure on a hostile file skips that file, never the build
        return Parsed(task, skip_reason=f"could not be read ({type(exc).__name__})")
    sha = hashlib.sha256(read.data).hexdigest()
    if sha == task.old_sha:
        return Parsed(task, sha=sha, unchanged=True)
    articles = articles_from_document(task.item.path, read.text, read.entry(task.entry))
    from jan20.text.fold import folds_of

    pairs = [(article, folded_paragraphs(article)) for article in articles]
    return Parsed(task, sha, read.encoding, read.warning, articles=pairs, folds=folds_of(read.text))


def folded_paragraphs(article: Article) -> list[Paragraph]:
    """An article's paragraphs, each with its text folded for the full-text index."""
    from jan20.text.fold import fold

    return [Paragraph(start, end, fold(article.text[start:end])) for start, end in article.paragraphs()]


def parse_all(tasks: list[ParseTask]) -> Iterator[Parsed]:
    """parse_file over tasks, in order; in worker processes when there are many (a first build, a big change)."""
    if tasks:
        # The reader and its patterns (about 0.15 s of CPU to import and compile) are loaded here, once, before
        # the workers are forked, rather than by each worker on its first file (as facts.complete_facts does with
        # the extractors; a first build then has them loaded for its facts too). Measured 2026-12-06 on 2 cores, a
        # build of 10.7 MB of news-like text (synth.py): 2.02 s of CPU rather than 2.35 s (best of 3, workers'
        # CPU included).
        import jan20.reading.articles
        import jan20.reading.formats
        import jan20.text.fold  # noqa: F401
    return ordered_map(parse_file, tasks, len(tasks))
