"""Finding an archive folder's documents: one lstat per file, the folder tree shared between two processes.

Every command walks the whole folder (that is how it knows the index is fresh), so this is the cost a large
archive adds to a quick lookup: about 3 µs per file on this project's machine, most of it the system call.
Each folder is listed through a descriptor, so each stat is relative to it. Threads do not help (the Python
between system calls holds the GIL), so once the tree is wide enough the folders are dealt out to forked
children, each of which walks its share, hashes each folder's documents, and sends back plain tuples. A
process pool would cost more to start than it saves; a raw fork costs a millisecond. For the same reason a
command can begin the whole walk in a child before its own imports (EarlyDigest), and collect only its digest.
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import signal
import stat
import threading
from array import array
from collections.abc import Callable
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

try:  # hashlib would load OpenSSL first (5 ms on every command); this is the same BLAKE2 without it
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from .corpus import DOCUMENT_SUFFIXES, MAX_BYTES, NOT_DOCUMENTS, Skipped, SourceFile, os_reason
from .parallel import workers

# What a document's name ends with (a name that is only the ending is hidden: it begins with a dot).
_DOCUMENT_ENDINGS = tuple(DOCUMENT_SUFFIXES)
# Folders are dealt out once at least this many are known; below that a fork costs more than it saves.
SPLIT_FROM = 8
DIGEST_BYTES = 16  # of a folder's digest (its hexdigest has twice as many characters)

_Found = tuple[str, str, int, int]  # SourceFile as a plain tuple, which marshal can carry
_Passed = tuple[str, str]  # Skipped as a plain tuple
_Folder = tuple[str, str]  # (path to open, path relative to the root)


class Listing(NamedTuple):
    """What a walk found, as plain tuples: the freshness check every command makes needs only their digest, so
    records are made (and sorted) only when the index must be refreshed."""

    found: list[_Found]
    passed: list[_Passed]
    folder_digests: list[tuple[str, bytes]]  # (folder, digest of its documents' paths, sizes and times)

    def files(self) -> list[SourceFile]:
        """The documents, sorted by path (paths are unique, so the tuples sort by path)."""
        return [SourceFile(*item) for item in sorted(self.found)]

    def skipped(self) -> list[Skipped]:
        return [Skipped(*item) for item in sorted(self.passed)]

    def digest(self) -> str:
        """One hash of every document's path, size and modification time, and of what was skipped and why.

        Each folder's part was hashed by whichever process walked it, while its entries were at hand; this
        puts the parts in folder order, so the digest does not depend on how the walk was shared."""
        digest = blake2b(digest_size=DIGEST_BYTES)
        for _, part in sorted(self.folder_digests):
            digest.update(part)
        passed = "\n".join(f"{path}\0{reason}" for path, reason in sorted(self.passed))
        digest.update(passed.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


def scan(root: Path) -> tuple[list[SourceFile], list[Skipped]]:
    """Find the documents under root (.txt and .md, recursively, hidden entries left out).

    Symbolic links to files are followed only when they point inside root, so a link loop or a link to
    elsewhere on the disk never pulls outside text into the archive; links to folders are not followed.
    Folders that cannot be read and folder links are reported as skipped, like files.
    """
    listing = list_documents(root)
    return listing.files(), listing.skipped()


def list_documents(root: Path, *, split: bool = True) -> Listing:
    """scan(), with its findings left as plain tuples (split: deal a wide tree out to forked children)."""
    root = root.resolve()
    walker = _Walker(os.fspath(root))
    frontier = [(walker.root, "")]
    # Breadth first until the tree is wide enough to share (or has been walked whole).
    while split and frontier and len(frontier) < SPLIT_FROM:
        frontier = [sub for folder in frontier for sub in walker.list_folder(folder)]
    shares = max(1, min(workers(), len(frontier) // (SPLIT_FROM // 2))) if split else 1
    if shares > 1 and threading.active_count() == 1:  # forking a threaded process is unsafe
        shared = [frontier[i::shares] for i in range(1, shares)]
        children = [(_fork(functools.partial(_walk_share, walker.root, share)), share) for share in shared]
        walker.walk(frontier[0::shares])
        for child, share in children:
            data = _collect(child)
            if data is None:  # the child failed: do its share here
                walker.walk(share)
            else:
                found, skipped, digests = marshal.loads(data)
                walker.found += found
                walker.skipped += skipped
                walker.digests += digests
    else:
        walker.walk(frontier)
    return Listing(walker.found, walker.skipped, walker.digests)


class _Walker:
    """Lists folders, collecting documents and skipped entries as plain tuples."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.found: list[_Found] = []
        self.skipped: list[_Passed] = []
        self.digests: list[tuple[str, bytes]] = []

    def walk(self, folders: list[_Folder]) -> None:
        pending = list(folders)
        while pending:
            pending += self.list_folder(pending.pop())

    def list_folder(self, folder: _Folder) -> list[_Folder]:
        """Record the documents of one folder; return its subfolders."""
        path, rel_folder = folder
        try:
            # Listed through a descriptor, so each stat names the file relative to its folder: the kernel
            # does not walk the whole path again for every file (a sixth less time on a large archive).
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as exc:
            self.skipped.append((text_path(rel_folder or "."), f"cannot read folder: {os_reason(exc)}"))
            return []
        try:
            return self._list_open_folder(fd, path, rel_folder)
        finally:
            os.close(fd)

    def _list_open_folder(self, fd: int, path: str, rel_folder: str) -> list[_Folder]:
        try:
            with os.scandir(fd) as listing:
                entries = list(listing)
        except OSError as exc:
            self.skipped.append((text_path(rel_folder or "."), f"cannot read folder: {os_reason(exc)}"))
            return []
        subfolders: list[_Folder] = []
        found = self.found
        first = len(found)
        prefix = f"{rel_folder}/" if rel_folder else ""
        endings = _DOCUMENT_ENDINGS
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            lowered = name.lower()
            is_document = lowered.endswith(endings)
            # The common case first, in as few Python steps as possible: a plain file (its kind is in the
            # directory listing, no system call) with a document's name needs just one lstat.
            if is_document and entry.is_file(follow_symlinks=False) and lowered not in NOT_DOCUMENTS:
                rel = prefix + name
                if not rel.isascii():
                    rel = text_path(rel)
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError as exc:
                    self.skipped.append((rel, f"cannot read: {os_reason(exc)}"))
                    continue
                if st.st_size <= MAX_BYTES:
                    found.append((rel, f"{path}/{name}", st.st_size, st.st_mtime_ns))
                else:
                    self._add(rel, f"{path}/{name}", f"{path}/{name}")  # to be reported as too large
                continue
            rel = text_path(prefix + name)
            full = f"{path}/{name}"
            if _is_folder(entry):
                if entry.is_symlink():
                    self.skipped.append((rel, "symbolic link to a folder, not followed"))
                else:
                    subfolders.append((full, rel))
            elif is_document:
                if lowered in NOT_DOCUMENTS:
                    self.skipped.append((rel, "the folder's README or licence, not a document"))
                elif (target := self._link_target(entry, full, rel)) is not None:
                    self._add(rel, full, target)
        if len(found) > first:
            self.digests.append((rel_folder, _folder_digest(sorted(found[first:]))))
        return subfolders

    def _add(self, rel: str, full: str, target: str) -> None:
        """Record a document with its size and time (target: the file itself, or where a link to it points)."""
        try:
            st = os.stat(target)
        except OSError as exc:
            self.skipped.append((rel, f"cannot read: {os_reason(exc)}"))
            return
        if not stat.S_ISREG(st.st_mode):
            self.skipped.append((rel, "not a regular file"))
        elif st.st_size > MAX_BYTES:
            self.skipped.append((rel, f"larger than {MAX_BYTES // (1024 * 1024)} MB"))
        else:
            self.found.append((rel, full, st.st_size, st.st_mtime_ns))

    def _link_target(self, entry: os.DirEntry[str], full: str, rel: str) -> str | None:
        """Where a link to a file points, when that is inside the root; None otherwise (reported as skipped)."""
        if not entry.is_symlink():
            return full  # a document name on something that is neither file, folder nor link
        try:
            target = Path(full).resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
            self.skipped.append((rel, f"cannot read: {os_reason(exc)}"))
            return None
        if not target.is_relative_to(self.root):
            self.skipped.append((rel, "symbolic link to outside the corpus folder"))
            return None
        return os.fspath(target)


def _folder_digest(found: list[_Found]) -> bytes:
    """The hash of one folder's documents: their paths, sizes and times, packed in C rather than formatted."""
    digest = blake2b("\n".join(map(itemgetter(0), found)).encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(array("q", list(map(itemgetter(2), found))).tobytes())
    digest.update(array("q", list(map(itemgetter(3), found))).tobytes())
    return digest.digest()


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link, so a link to a folder is seen (and reported) as one
    except OSError:
        return False


def _fork(work: Callable[[], bytes]) -> tuple[int, int] | None:
    """Start a child that runs work and writes what it returns to a pipe: (pid, read end), or None."""
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: never returns
        status = 1
        try:
            os.close(read_end)
            data = work()
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)  # no atexit handlers, no flushing of the parent's buffers
    os.close(write_end)
    return pid, read_end


def _collect(child: tuple[int, int] | None) -> bytes | None:
    """What a child wrote, or None when it could not be started or failed."""
    if child is None:
        return None
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    return data if status == 0 and data else None


def _walk_share(root: str, share: list[_Folder]) -> bytes:
    walker = _Walker(root)
    walker.walk(share)
    return marshal.dumps((walker.found, walker.skipped, walker.digests))


_UNREAPED: list[int] = []  # children whose digest is in, their exit not yet seen


def _reap_later(pid: int) -> None:
    """Reap pid if it has exited, else on a later call (a process that ends first leaves it to the system)."""
    _UNREAPED.append(pid)
    for child in list(_UNREAPED):
        try:
            done, _ = os.waitpid(child, os.WNOHANG)
        except ChildProcessError:
            done = child
        if done:
            _UNREAPED.remove(child)


class EarlyDigest:
    """The digest of a folder (Listing.digest), worked out by a forked child while this process goes on.

    A command starts it before its own slow start (imports, parsing its arguments) and collects it when it checks
    that the index is fresh: on two cores the walk then costs only what it takes beyond that start."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        folder = self.root
        # Forking a threaded process is unsafe; without a child, result() is None and the caller walks itself.
        alone = threading.active_count() == 1
        # The child walks alone: the command goes on on the other core, so sharing the walk would only slow both.
        walk = lambda: list_documents(folder, split=False).digest().encode()  # noqa: E731
        self._child = _fork(walk) if alone else None

    def result(self) -> str | None:
        """The digest, or None when the child could not be started or failed (once: the child is then gone)."""
        if self._child is None:
            return None
        pid, read_end = self._child
        self._child = None
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        # Not waited for: the digest is in once the pipe closes, and the child's exit (the kernel freeing a
        # copy of this process) takes a few milliseconds more. A child that failed wrote nothing.
        _reap_later(pid)
        return data.decode() if len(data) == 2 * DIGEST_BYTES else None

    def cancel(self) -> None:
        """Stop the child if its result was not collected (the command ended first, or needed another folder)."""
        if self._child is not None:
            pid, read_end = self._child
            self._child = None
            os.close(read_end)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)


def text_path(path: str) -> str:
    r"""A path as text that can be stored and shown: bytes of a name that is not UTF-8 (an archive unpacked from
    another system) appear as \xNN escapes; the file itself is still read through its real path."""
    if path.isascii():
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")
