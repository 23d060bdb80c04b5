"""Where the corpus and its index live: options, environment variables, defaults."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

CORPUS_ENV = "JAN20_CORPUS"
INDEX_ENV = "JAN20_INDEX"


def shipped_corpus() -> Path:
    """The archive shipped with jan20: inside the installed package, or the checkout's `corpus/`."""
    packaged = Path(__file__).resolve().parent / "corpus"
    if packaged.is_dir():
        return packaged
    # An editable install runs from src/, where the corpus is the repository's top-level folder.
    return Path(__file__).resolve().parents[2] / "corpus"


def resolve_corpus(option: str | os.PathLike[str] | None = None) -> Path:
    """The corpus folder: the --corpus option, else $JAN20_CORPUS, else the shipped corpus."""
    chosen = option or os.environ.get(CORPUS_ENV) or None
    return Path(chosen).expanduser().resolve() if chosen else shipped_corpus()


def default_index_path(corpus: Path) -> Path:
    """One index per corpus folder, in the user cache directory."""
    from platformdirs import user_cache_dir

    resolved = str(corpus.resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9]+", "-", corpus.resolve().name).strip("-").lower() or "corpus"
    return Path(user_cache_dir("jan20")) / f"{name}-{digest}.sqlite"


def resolve_index(option: str | os.PathLike[str] | None, corpus: Path) -> Path:
    """The index file: the --index option, else $JAN20_INDEX, else the default for this corpus."""
    chosen = option or os.environ.get(INDEX_ENV) or None
    return Path(chosen).expanduser().resolve() if chosen else default_index_path(corpus)
