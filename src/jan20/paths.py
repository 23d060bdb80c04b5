"""Where the corpus and its index live, as Path objects (worked out in `locations`), and the checks on them."""

from __future__ import annotations

import os
from pathlib import Path

from . import locations
from .errors import Jan20Error


def resolve_corpus(option: str | os.PathLike[str] | None = None) -> Path:
    """The corpus folder: the --corpus option, else $JAN20_CORPUS, else the shipped corpus."""
    return Path(locations.corpus_folder(option))


def resolve_index(option: str | os.PathLike[str] | None, corpus: Path) -> Path:
    """The index file: the --index option, else $JAN20_INDEX, else the default for this corpus."""
    return Path(locations.index_file(option, os.fspath(corpus)))


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
