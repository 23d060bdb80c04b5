"""Where the corpus and its index live, as Path objects (worked out in `locations`), and the checks on them."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from jan20.archive import locations
from jan20.errors import Jan20Error
from jan20.reading.documents import open_for_reading, os_reason


def resolve_corpus(option: str | os.PathLike[str] | None = None) -> Path:
    """The corpus folder: the --corpus option, else $JAN20_CORPUS, else the shipped corpus."""
    return Path(locations.corpus_folder(option))


def resolve_index(option: str | os.PathLike[str] | None, corpus: Path) -> Path:
    """The index file: the --index option, else $JAN20_INDEX, else the default for this corpus."""
    return Path(locations.index_file(option, os.fspath(corpus)))


def check_corpus(path: Path) -> Path:
    """path, if it is a folder; else a usage error (said before the index's folder is made for it)."""
    try:
        found, a_file = path.is_dir(), path.is_file()
    except OSError:  # a name too long, a folder that may not be searched
        found = a_file = False
    if a_file:  # (JAN20_CORPUS naming a document: "not found" would send the user looking for a missing path)
        raise Jan20Error(f"the corpus is a file, not a folder: {path}")
    if not found:
        raise Jan20Error(f"corpus folder not found: {path}")
    return path


def check_index_path(path: Path) -> Path:
    """path, once an index file can be kept there (its folder is made); else a usage error saying why.

    Checked before anything is read or built, so that a folder, a device or a parent that is a file is one
    clear line, not a failure halfway through a build (and a device is never replaced by an index file).
    """
    try:
        if path.is_symlink():
            raise Jan20Error(f"the index path is a symbolic link, which jan20 does not follow: {path}")
        if path.is_dir():
            raise Jan20Error(f"the index path is a folder, not a file: {path}")
        if path.exists() and not path.is_file():
            raise Jan20Error(f"the index path is not a regular file: {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Jan20Error(f"cannot keep the index at {path}: {_why_not(path, exc)}") from None
    check_replaceable(path)
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


_SQLITE_HEADER = b"SQLite format 3\x00"


def check_replaceable(path: Path) -> None:
    """Raise a usage error unless the file at path is one jan20 may build or replace its index in: none yet, an
    empty file, a jan20 index (its `application_id`) of this schema or an older one, or a damaged file in jan20's
    own cache folder. A link at the path is never followed; another program's file is never touched."""
    from jan20.archive import schema

    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise Jan20Error(f"cannot keep the index at {path}: {_why_not(path, exc)}") from None
    if stat.S_ISLNK(st.st_mode):
        raise Jan20Error(f"the index path is a symbolic link, which jan20 does not follow: {path}")
    if not stat.S_ISREG(st.st_mode):
        raise Jan20Error(f"the index path is not a regular file: {path}")
    _check_companions(path)
    if st.st_size == 0:
        return
    if st.st_nlink > 1:  # an update in place would change the other names' file too (a user's copy, say)
        raise Jan20Error(f"the index {path} has other names (hard links); jan20 will not update it in place")
    header = _head(path, 100)
    if header.startswith(_SQLITE_HEADER) and len(header) >= 72:
        if int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID:
            version = int.from_bytes(header[60:64], "big")
            if version > schema.SCHEMA_VERSION:
                raise Jan20Error(
                    f"the index {path} was built by a newer jan20 (schema {version}; this one reads "
                    f"{schema.SCHEMA_VERSION}): use that jan20, or another --index"
                )
            return
        what = "another program's SQLite database"
    else:
        what = "a file jan20 did not make"
    if _in_cache_folder(path):
        return  # jan20's own folder: a damaged index, rebuilt
    raise Jan20Error(f"not a jan20 index: {path} is {what}; jan20 will not replace it (choose another --index)")


def _check_companions(path: Path) -> None:
    """Refuse an index beside which SQLite would open something that is not a plain file (a FIFO at its journal's
    name blocks every connection; a folder there makes every write fail)."""
    for ending in ("-journal", "-wal", "-shm"):
        companion = Path(f"{path}{ending}")
        try:
            st = os.lstat(companion)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            raise Jan20Error(f"{companion} is not a regular file: jan20 will not use the index beside it")


def _head(path: Path, size: int) -> bytes:
    """The first bytes of a regular file, opened without following a link or blocking on a FIFO."""
    try:
        fd = open_for_reading(path)
    except OSError as exc:
        raise Jan20Error(f"cannot read the index {path}: {_why_not(path, exc)}") from None
    try:
        return os.read(fd, size)
    except OSError as exc:
        raise Jan20Error(f"cannot read the index {path}: {_why_not(path, exc)}") from None
    finally:
        os.close(fd)


def _in_cache_folder(path: Path) -> bool:
    try:
        return os.path.samefile(path.parent, locations.user_cache_folder())
    except OSError:
        return False


class IndexNotWritten(Jan20Error):
    """The index could not be updated (a read-only folder, a full disk); the message says which and why."""


def write_failure(exc: BaseException) -> str:
    """Why writing the index failed, in a few plain words."""
    import errno

    code = getattr(exc, "errno", None)
    name = getattr(exc, "sqlite_errorname", "")
    if code == errno.ENOSPC or name == "SQLITE_FULL":
        return "the disk is full"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or name in ("SQLITE_READONLY", "SQLITE_CANTOPEN"):
        return "its folder is read-only or not writable"
    return os_reason(exc) if isinstance(exc, OSError) else str(exc)


def sweep_temporary_files(index_path: Path) -> None:
    """Remove what builds that were killed left beside the index (INDEX.tmp-PID): the caller holds the lock, so
    no build is under way."""
    prefix = index_path.name + ".tmp-"
    try:
        names = os.listdir(index_path.parent)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name[len(prefix) :].isdigit():
            with contextlib.suppress(OSError):
                (index_path.parent / name).unlink()
