"""Where the corpus and its index live, as plain path strings: options, environment variables, defaults.

`paths` gives these as Path objects, with the checks a command makes.
"""

from __future__ import annotations

import os
import sys
import zlib

CORPUS_ENV = "JAN20_CORPUS"
INDEX_ENV = "JAN20_INDEX"
NO_REFRESH_ENV = "JAN20_NO_REFRESH"  # set to 1: the --no-refresh option


def _chosen(option: str | os.PathLike[str] | None, variable: str, *, resolve: bool = True) -> str | None:
    """The option, else the environment variable, as an absolute path (resolve: with links resolved); None if
    neither."""
    chosen = option or os.environ.get(variable) or None
    if not chosen:
        return None
    path = os.path.abspath(os.path.expanduser(os.fspath(chosen)))
    return os.path.realpath(path) if resolve else path


# The folder of the jan20 package (this module's package's parent): its code, and its corpus when installed.
PACKAGE_FOLDER = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def shipped_corpus_folder() -> str:
    """The archive shipped with jan20: inside the installed package, or the checkout's `corpus/`."""
    package = PACKAGE_FOLDER
    packaged = os.path.join(package, "corpus")
    if os.path.isdir(packaged):
        return packaged
    # An editable install runs from src/, where the corpus is the repository's top-level folder.
    return os.path.join(os.path.dirname(os.path.dirname(package)), "corpus")


def corpus_folder(option: str | os.PathLike[str] | None = None) -> str:
    """The corpus folder: the --corpus option, else $JAN20_CORPUS, else the shipped corpus."""
    return _chosen(option, CORPUS_ENV) or shipped_corpus_folder()


def index_file(option: str | os.PathLike[str] | None, corpus: str) -> str:
    """The index file: the --index option, else $JAN20_INDEX, else the default for this corpus folder.

    Its folders' links are resolved, never the file's own name: a link there is refused (see paths), not
    followed, so that jan20 never writes through a link it did not make."""
    chosen = _chosen(option, INDEX_ENV, resolve=False)
    if chosen is None:
        return default_index_file(corpus)
    folder, name = os.path.split(chosen)
    return os.path.join(os.path.realpath(folder), name)


def default_index_file(corpus: str) -> str:
    """One index per corpus folder, in the user cache directory: named after the folder, with a hash of its path."""
    resolved = os.path.realpath(corpus)
    digest = f"{zlib.crc32(resolved.encode('utf-8', 'surrogateescape')):08x}"
    # The folder's name in lower-case ASCII letters and digits, each other run of characters one dash.
    spaced = "".join(c if c.isascii() and c.isalnum() else " " for c in os.path.basename(resolved))
    name = "-".join(spaced.split()).lower() or "corpus"
    return os.path.join(user_cache_folder(), f"{name}-{digest}.sqlite")


def user_cache_folder() -> str:
    """jan20's folder in the user cache directory."""
    if sys.platform.startswith("linux"):
        # What platformdirs answers on Linux (XDG), without its import on every quick lookup.
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return os.path.join(base if os.path.isabs(base) else os.path.join(os.path.expanduser("~"), ".cache"), "jan20")
    from platformdirs import user_cache_dir

    return str(user_cache_dir("jan20"))
