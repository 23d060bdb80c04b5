"""Forked children that send one result back through a pipe: the shares of a wide walk, and the early digest.

A command on a large archive forks a child to walk the folder before the command has imported anything
heavy, and collects the folder's digest when it checks that its index is fresh (EarlyDigest). This module,
and what the child imports to walk (`walk`, `documents`), import only what Python has loaded at start-up, so
the walk begins a few milliseconds after the process does.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # (typing itself is not imported: it costs a few milliseconds before the fork)
if TYPE_CHECKING:
    from collections.abc import Callable

Child = tuple[int, int]  # (pid, read end of its pipe)
DIGEST_BYTES = 16  # of the folder digests a walk makes (in hex, twice as many characters)


def can_fork() -> bool:
    """Whether this process may fork: not while other threads run (a child could inherit a held lock)."""
    threading = sys.modules.get("threading")  # (never imported: no other thread was started from Python)
    return threading is None or threading.active_count() == 1


def fork_child(work: Callable[[], bytes]) -> Child | None:
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


def collect(child: Child | None, *, wait: bool = True) -> bytes | None:
    """What a child wrote, once it has exited; None when it could not be started or failed. wait=False takes what
    it wrote as soon as the pipe closes, and reaps the child later (a child that failed wrote nothing)."""
    if child is None:
        return None
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    if not wait:
        _reap_later(pid)
        return data or None
    _, status = os.waitpid(pid, 0)
    return data if status == 0 and data else None


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
    """The digest of a folder (walk.Listing.digest), worked out by a forked child while this process goes on.

    A command starts it before its own slow start (imports, parsing its arguments) and collects it when it checks
    that the index is fresh: on two cores the walk then costs only what it takes beyond that start."""

    def __init__(self, root: str | os.PathLike[str], *, split: bool = False) -> None:
        """split: the child shares the walk with a child of its own (for a folder whose walk takes several
        times what the command does: otherwise the command needs the other core)."""
        self.root = os.path.realpath(root)  # the folder walked, as the walk names it
        folder = self.root
        # Without a child (another thread runs), result() is None and the caller walks itself.
        self._child = fork_child(lambda: _digest(folder, split)) if can_fork() else None

    def result(self) -> str | None:
        """The digest, or None when the child could not be started or failed (once: the child is then gone)."""
        # Not waited for: the digest is in once the pipe closes, and the child's exit (the kernel freeing a copy
        # of this process) takes a few milliseconds more.
        data = collect(self._child, wait=False)
        self._child = None
        return data.decode() if data is not None and len(data) == 2 * DIGEST_BYTES else None

    def cancel(self) -> None:
        """Stop the child if its result was not collected (the command ended first, or needed another folder)."""
        if self._child is not None:
            pid, read_end = self._child
            self._child = None
            os.close(read_end)
            try:
                os.kill(pid, 9)  # SIGKILL (the signal module would import enum)
                os.waitpid(pid, 0)
            except OSError:
                pass


def _digest(folder: str, split: bool) -> bytes:
    """The child's work: the folder's digest."""
    from .walk import list_documents

    return list_documents(folder, split=split).digest().encode()
