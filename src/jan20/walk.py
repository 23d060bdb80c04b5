"""Finding an archive folder's documents: one lstat per file, the folder tree shared between two processes.

Every command walks the whole folder (that is how it knows the index is fresh), so this is the cost a large
archive adds to a quick lookup: about 3 µs per file on this project's machine, most of it the system call.
Each folder is listed through a descriptor, so each stat is relative to it. Threads do not help (the Python
between system calls holds the GIL), so once the tree is wide enough the folders are dealt out to forked
children, each of which walks its share, hashes each folder's documents, and sends back plain tuples. A
process pool would cost more to start than it saves; a raw fork costs a millisecond. For the same reason a
command can begin the whole walk in a child before its own imports (early.EarlyDigest), and collect only its
digest: this module imports nothing slow, so that child starts walking at once.
"""

from __future__ import annotations

import marshal
import os
import stat
from operator import itemgetter

try:  # hashlib would load OpenSSL first (5 ms on every command); this is the same BLAKE2 without it
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from .documents import DOCUMENT_SUFFIXES, MAX_BYTES, NOT_DOCUMENTS, os_reason, text_path
from .early import DIGEST_BYTES, can_fork, collect, fork_child

TYPE_CHECKING = False  # (typing itself is not imported: see early)
if TYPE_CHECKING:
    from collections.abc import Callable

    from .corpus import Skipped, SourceFile

# What a document's name ends with (a name that is only the ending is hidden: it begins with a dot).
_DOCUMENT_ENDINGS = tuple(DOCUMENT_SUFFIXES)
# Folders are dealt out once at least this many are known; below that a fork costs more than it saves.
SPLIT_FROM = 8

_Found = tuple[str, str, int, int]  # SourceFile as a plain tuple, which marshal can carry
_Passed = tuple[str, str]  # Skipped as a plain tuple
_Folder = tuple[str, str]  # (path to open, path relative to the root)


class Listing:
    """What a walk found, as plain tuples: the freshness check every command makes needs only their digest, so
    records are made (and sorted) only when the index must be refreshed."""

    def __init__(self, found: list[_Found], passed: list[_Passed], folder_digests: list[tuple[str, bytes]]) -> None:
        self.found = found
        self.passed = passed
        self.folder_digests = folder_digests  # (folder, digest of its documents' paths, sizes and times)

    def files(self) -> list[SourceFile]:
        """The documents, sorted by path (paths are unique, so the tuples sort by path)."""
        from .corpus import SourceFile

        return [SourceFile(*item) for item in sorted(self.found)]

    def skipped(self) -> list[Skipped]:
        from .corpus import Skipped

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


def scan(root: str | os.PathLike[str]) -> tuple[list[SourceFile], list[Skipped]]:
    """Find the documents under root (.txt and .md, recursively, hidden entries left out).

    Symbolic links to files are followed only when they point inside root, so a link loop or a link to
    elsewhere on the disk never pulls outside text into the archive; links to folders are not followed.
    Folders that cannot be read and folder links are reported as skipped, like files.
    """
    listing = list_documents(root)
    return listing.files(), listing.skipped()


def list_documents(root: str | os.PathLike[str], *, split: bool = True) -> Listing:
    """scan(), with its findings left as plain tuples (split: deal a wide tree out to forked children)."""
    walker = _Walker(os.path.realpath(root))
    frontier = [(walker.root, "")]
    # Breadth first until the tree is wide enough to share (or has been walked whole).
    while split and frontier and len(frontier) < SPLIT_FROM:
        frontier = [sub for folder in frontier for sub in walker.list_folder(folder)]
    if split:
        from .parallel import workers

        shares = max(1, min(workers(), len(frontier) // (SPLIT_FROM // 2)))
    else:
        shares = 1
    if shares > 1 and can_fork():
        shared = [frontier[i::shares] for i in range(1, shares)]
        children = [(fork_child(_share_walker(walker.root, share)), share) for share in shared]
        walker.walk(frontier[0::shares])
        for child, share in children:
            data = collect(child)
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
        from pathlib import Path  # (only for links: not on the path every command takes)

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
    digest = blake2b("\n".join(map(itemgetter(0), found)).encode("utf-8", "surrogatepass"), digest_size=DIGEST_BYTES)
    digest.update(marshal.dumps(list(map(itemgetter(2), found))))
    digest.update(marshal.dumps(list(map(itemgetter(3), found))))
    return digest.digest()


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link, so a link to a folder is seen (and reported) as one
    except OSError:
        return False


def _share_walker(root: str, share: list[_Folder]) -> Callable[[], bytes]:
    """What a child that walks one share of the folders runs: its findings, marshalled."""

    def work() -> bytes:
        walker = _Walker(root)
        walker.walk(share)
        return marshal.dumps((walker.found, walker.skipped, walker.digests))

    return work
