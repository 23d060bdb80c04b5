"""Where the corpus and its index live: options, environment variables, defaults."""

from __future__ import annotations

import os
import re
import sys
import zlib
from pathlib import Path

from .errors import Jan20Error

CORPUS_ENV = "JAN20_CORPUS"
INDEX_ENV = "JAN20_INDEX"
NO_REFRESH_ENV = "JAN20_NO_REFRESH"  # set to 1: the --no-refresh option


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
    resolved = str(corpus.resolve())
    digest = f"{zlib.crc32(resolved.encode('utf-8', 'surrogateescape')):08x}"
    name = re.sub(r"[^A-Za-z0-9]+", "-", corpus.resolve().name).strip("-").lower() or "corpus"
    return user_cache_dir() / f"{name}-{digest}.sqlite"


def user_cache_dir() -> Path:
    """jan20's folder in the user cache directory."""
    if sys.platform.startswith("linux"):
        # What platformdirs answers on Linux (XDG), without its import on every quick lookup.
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "jan20"
    from platformdirs import user_cache_dir as platform_cache_dir

    return Path(platform_cache_dir("jan20"))


def resolve_index(option: str | os.PathLike[str] | None, corpus: Path) -> Path:
    """The index file: the --index option, else $JAN20_INDEX, else the default for this corpus."""
    chosen = option or os.environ.get(INDEX_ENV) or None
    return Path(chosen).expanduser().resolve() if chosen else default_index_path(corpus)


def check_corpus(path: Path) -> Path:
    """path, if it is a folder; else a usage error (said before the index's folder is made for it)."""
    try:
        found = path.is_dir()
    except OSError:  # a name too long, a folder that may not be searched
        found = False
    if not found:
        raise Jan20Error(f"corpus folder not found: {path}")
    return path


def check_index_path(path: Path) -> Path:
    """path, once an index file can be kept there (its folder is made); else a usage error saying why.

    Checked before anything is read or built, so that a folder, a device or a parent that is a file is one
    clear line, not a failure halfway through a build (and a device is never replaced by an index file).
    """
    try:
        if path.is_dir():
            raise Jan20Error(f"the index path is a folder, not a file: {path}")
        if path.exists() and not path.is_file():
            raise Jan20Error(f"the index path is not a regular file: {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Jan20Error(f"cannot keep the index at {path}: {_why_not(path, exc)}") from None
    return path


def _why_not(path: Path, exc: OSError) -> str:
    """Why path cannot be made: a file where a folder should be (the system only says "File exists"), or exc."""
    for parent in path.parents:
        try:
            if parent.exists():
                return (exc.strerror or str(exc)) if parent.is_dir() else f"{parent} is not a folder"
        except OSError:  # a name too long, a folder that may not be searched: look further up
            continue
    return exc.strerror or str(exc)
