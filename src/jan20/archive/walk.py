"""Finding an archive folder's documents: one lstat per file, and one digest of what was found.

Every command walks the whole folder (that is how it knows the index is fresh), so this is the cost a large
archive adds to a quick lookup: a few microseconds per file, most of it the system call. The walk is plain
`os.scandir` in one process, which works the same on Linux, macOS and Windows.

What is never a document: hidden entries, a folder's README or licence, links to folders, links that lead out
of the folder, anything that is not a regular file (a FIFO or a device is never opened), and the index's own
files when the index is kept inside the folder (see `index_files`).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Collection
from pathlib import Path

from jan20.reading.corpus import Skipped, SourceFile
from jan20.reading.documents import DOCUMENT_SUFFIXES, MAX_BYTES, NOT_DOCUMENTS, os_reason, text_path, unsupported

try:  # hashlib's own blake2b, without hashlib loading OpenSSL (2 ms of every command's start-up)
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

DIGEST_BYTES = 16
# The change stamp (SourceFile.changed) as SQLite's integers hold it.
_STAMP_MASK = 2**63 - 1
_WINDOWS = os.name == "nt"
_LOOP = getattr(errno, "ELOOP", None)  # (a link loop's error, said the same on every Python: `_link_target`)
# What a document's name ends with (a name that is only the ending is hidden: it begins with a dot).
_DOCUMENT_ENDINGS = tuple(DOCUMENT_SUFFIXES)
# The files SQLite and jan20 keep beside an index (its lock, journals), by what they add to its name.
_INDEX_COMPANIONS = ("", ".lock", "-journal", "-wal", "-shm")
_INDEX_TEMPORARY = ".tmp-"  # an index being built: INDEX.tmp-PID


def index_files(index_path: str | os.PathLike[str]) -> frozenset[str]:
    """The paths of an index and the files kept beside it (lock, journals), which a walk never reads as
    documents; a temporary build (INDEX.tmp-PID) is recognised by its name (see is_index_file)."""
    # Spelled as the walk spells the folder's entries: the index's folder with its links resolved (the walk starts
    # at the archive's real path), so an index inside the archive is known however its path was given.
    folder, name = os.path.split(os.path.abspath(os.fspath(index_path)))
    base = os.path.join(os.path.realpath(folder), name)
    return frozenset(os.path.normcase(base + ending) for ending in _INDEX_COMPANIONS)


def is_index_file(full: str, index_paths: Collection[str]) -> bool:
    """Whether full (a path as the walk spells it) is one of the index's own files."""
    if not index_paths:
        return False
    folded = os.path.normcase(full)
    if folded in index_paths:
        return True
    head, _, tail = folded.rpartition(_INDEX_TEMPORARY)
    return bool(head) and head in index_paths and tail.isdigit()


class Listing:
    """What a walk found: the documents (sorted by path), what was skipped and why, and their digest."""

    def __init__(self, found: list[SourceFile], passed: list[Skipped]) -> None:
        self.found = sorted(found)
        self.passed = sorted(passed)

    def files(self) -> list[SourceFile]:
        return list(self.found)

    def skipped(self) -> list[Skipped]:
        return list(self.passed)

    def digest(self) -> str:
        """One hash of every document's path, size and modification time, and of what was skipped and why."""
        found = "".join([f"{item.path}\0{item.size}\0{item.mtime_ns}\0{item.changed}\n" for item in self.found])
        passed = "".join([f"{path}\0{reason}\n" for path, reason in self.passed])
        digest = blake2b(f"{found}\1{passed}".encode("utf-8", "surrogatepass"), digest_size=DIGEST_BYTES)
        return digest.hexdigest()


def scan(root: str | os.PathLike[str]) -> tuple[list[SourceFile], list[Skipped]]:
    """Find the documents under root (.txt and .md, recursively, hidden entries left out).

    Symbolic links to files are followed only when they point inside root, so a link loop or a link to
    elsewhere on the disk never pulls outside text into the archive; links to folders are not followed.
    Folders that cannot be read and folder links are reported as skipped, like files.
    """
    listing = list_documents(root)
    return listing.files(), listing.skipped()


def list_documents(root: str | os.PathLike[str], *, exclude: Collection[str] = ()) -> Listing:
    """scan(), as a Listing; exclude: the index's own files (index_files), never documents."""
    walker = _Walker(os.path.realpath(root), exclude)
    pending = [(walker.root, "")]
    while pending:
        pending += walker.list_folder(*pending.pop())
    walker.add_links()
    return Listing(walker.found, walker.skipped)


class _Walker:
    """Lists folders, collecting documents and skipped entries."""

    def __init__(self, root: str, exclude: Collection[str]) -> None:
        self.root = root
        self.exclude = exclude
        # What the names of the index's files begin with: only a name that begins so is checked (is_index_file).
        self.index_names = tuple({os.path.basename(path).lower() for path in exclude})
        self.found: list[SourceFile] = []
        self.skipped: list[Skipped] = []
        self.links: list[tuple[str, str]] = []  # links to documents inside the root: (path, where it points)

    def list_folder(self, path: str, rel_folder: str) -> list[tuple[str, str]]:
        """Record the documents of one folder; return its subfolders (path, path relative to the root).

        This runs for every file of the archive on every command: the common case, a document that is no link,
        costs its lstat and a few string operations."""
        try:
            with os.scandir(path) as listing:
                entries = list(listing)
        except OSError as exc:
            self.skipped.append(Skipped(text_path(rel_folder or "."), f"cannot read folder: {os_reason(exc)}"))
            return []
        subfolders: list[tuple[str, str]] = []
        prefix = f"{rel_folder}/" if rel_folder else ""
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            rel = prefix + text_path(name)  # (the folder's part is text already)
            lowered = name.lower()
            if _is_folder(entry):
                if entry.is_symlink():
                    self.skipped.append(Skipped(rel, "symbolic link to a folder, not followed"))
                else:
                    subfolders.append((entry.path, rel))
            elif not lowered.endswith(_DOCUMENT_ENDINGS):
                if (reason := unsupported(lowered)) is not None:  # a document jan20 cannot read: said, not ignored
                    self.skipped.append(Skipped(rel, reason))
            elif lowered.startswith(self.index_names) and is_index_file(entry.path, self.exclude):
                continue
            elif lowered in NOT_DOCUMENTS:
                self.skipped.append(Skipped(rel, "the folder's README or licence, not a document"))
            elif not entry.is_symlink():
                self._add(rel, entry.path)
            elif (target := self._link_target(entry.path, rel)) is not None:
                self.links.append((rel, target))
        return subfolders

    def add_links(self) -> None:
        """Record the links to documents once the folders are walked: a link to a document the walk reads as itself,
        or to one another link leads to, is skipped, so no document is read twice (its articles and facts listed
        twice)."""
        read = {os.path.normcase(f.full) for f in self.found}
        for rel, target in sorted(self.links):
            if os.path.normcase(target) in read:
                self.skipped.append(Skipped(rel, "symbolic link to a document read under its own name"))
            else:
                self._add(rel, target)
                read.add(os.path.normcase(target))

    def _add(self, rel: str, target: str) -> None:
        """Record a document with its size and time (target: the file itself, or where a link to it points; it is
        read there, so that reading never follows a link)."""
        try:
            st = os.stat(target, follow_symlinks=False)
        except OSError as exc:
            self.skipped.append(Skipped(rel, f"cannot read: {os_reason(exc)}"))
            return
        if not stat.S_ISREG(st.st_mode):
            self.skipped.append(Skipped(rel, "not a regular file"))
        elif st.st_size > MAX_BYTES:
            self.skipped.append(Skipped(rel, f"larger than {MAX_BYTES // (1024 * 1024)} MB"))
        else:
            self.found.append(SourceFile(rel, target, st.st_size, st.st_mtime_ns, change_stamp(st)))

    def _link_target(self, full: str, rel: str) -> str | None:
        """Where a link to a document points, when that is a file inside the root; None otherwise (reported as
        skipped)."""
        try:
            target = Path(full).resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop before Python 3.13 (then OSError ELOOP)
            loop = isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == _LOOP
            self.skipped.append(Skipped(rel, f"cannot read: {'symbolic link loop' if loop else os_reason(exc)}"))
            return None
        if not target.is_relative_to(self.root):
            self.skipped.append(Skipped(rel, "symbolic link to outside the corpus folder"))
            return None
        if is_index_file(os.fspath(target), self.exclude):
            return None
        return os.fspath(target)


def change_stamp(st: os.stat_result) -> int:
    """What changes whenever a file's content does, even when its size and modification time are set back: the
    inode's change time (st_ctime_ns on Linux and macOS, set by the system on every write, rename or chmod,
    never by a program); on Windows, where st_ctime is the creation time, the file's id (st_ino), which an
    edit saved by replacing the file changes (an edit in place that restores the time stays unseen there).
    Free: both come with the lstat the walk makes anyway."""
    return (st.st_ino if _WINDOWS else st.st_ctime_ns) & _STAMP_MASK


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link, so a link to a folder is seen (and reported) as one
    except OSError:
        return False
