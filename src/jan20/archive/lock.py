"""The writer lock beside an index: one jan20 at a time updates it, and none waits forever.

A small module of its own rather than a lock library: the lock file is opened with O_NOFOLLOW (a link planted at
its name is refused, never followed), holds the pid of the process that has it (for the message another jan20
shows while it waits), and nothing else is ever written beside the index. fcntl.flock on Linux and macOS,
msvcrt.locking on Windows; both are released by the system when the process dies, so a killed jan20 leaves no
stale lock.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from jan20.errors import Jan20Error
from jan20.reading.documents import NO_FOLLOW, os_reason

# How long a writer waits for another jan20 to finish updating the same index. A full build of a 500 MB
# archive takes under a minute here; a reader with a usable index does not wait this long (see index).
LOCK_TIMEOUT_SECONDS = 120.0
LOCK_TIMEOUT_ENV = "JAN20_LOCK_TIMEOUT"
_POLL_SECONDS = 0.05


class LockBusy(Jan20Error):
    """Another process holds the lock past the time allowed."""


class LockUnavailable(Jan20Error):
    """The lock file cannot be made or opened (a read-only folder, say): the index cannot be updated now."""


def lock_path(index_path: Path) -> Path:
    return index_path.with_name(index_path.name + ".lock")


def lock_timeout() -> float:
    """The seconds a writer waits: $JAN20_LOCK_TIMEOUT (0 to 3600), else LOCK_TIMEOUT_SECONDS."""
    value = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not value:
        return LOCK_TIMEOUT_SECONDS
    whole, dot, fraction = value.partition(".")
    plain = whole.isascii() and whole.isdigit() and (not dot or (fraction.isascii() and fraction.isdigit()))
    seconds = float(value) if plain else -1.0
    if not 0 <= seconds <= 3600:
        raise Jan20Error(f"{LOCK_TIMEOUT_ENV} must be a number of seconds from 0 to 3600, not {value!r}")
    return seconds


@contextlib.contextmanager
def writer_lock(index_path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the index's writer lock; LockBusy (naming the holder) when another jan20 keeps it past timeout."""
    path = lock_path(index_path)
    fd = _open_lock_file(path)
    try:
        deadline = time.monotonic() + (lock_timeout() if timeout is None else timeout)
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockBusy(f"another jan20 is updating {index_path}{_holder(fd)}; try again when it is done")
            time.sleep(_POLL_SECONDS)
        _write_pid(fd)
        try:
            yield
        finally:
            _clear_pid(fd)
            _unlock(fd)
    finally:
        os.close(fd)


def _open_lock_file(path: Path) -> int:
    """The lock file, opened for writing its pid: made anew, or one jan20 made (at most a pid in it, one name)."""
    flags = os.O_RDWR | os.O_CREAT | NO_FOLLOW  # (a FIFO planted at the name must not block the open either)
    if path.is_symlink():  # (O_NOFOLLOW does this on Unix; Windows has no such flag)
        raise Jan20Error(f"the index's lock file is a symbolic link, which jan20 does not follow: {path}")
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        raise LockUnavailable(f"cannot open the index's lock file {path}: {os_reason(exc)}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Jan20Error(f"the index's lock file is not a regular file: {path}")
        # Its pid is written into it: a file jan20 did not make (another name of a user's file, or a file of the
        # user's at this name) is never written to.
        if st.st_nlink > 1:
            raise Jan20Error(f"the index's lock file {path} has other names (hard links); jan20 will not write it")
        if st.st_size and (st.st_size > 32 or not os.read(fd, 32).strip().isdigit()):
            raise Jan20Error(f"{path} is not a jan20 lock file; jan20 will not replace it (choose another --index)")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _clear_pid(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)


def _write_pid(fd: int) -> None:
    with contextlib.suppress(OSError):  # the pid is only for the message: a full disk must not stop a build
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())


def _holder(fd: int) -> str:
    """ " (pid N)" for the process that holds the lock, as it wrote it; "" when that cannot be read."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {text})" if text.isdigit() and _alive(int(text)) else ""


def _alive(pid: int) -> bool:
    """Whether a process pid may be running (a pid left by a jan20 that was killed is not named)."""
    if sys.platform == "win32":  # pragma: no cover - no cheap check there; the pid is shown as written
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows locks byte ranges, and a locked byte cannot be read by others: the lock is on a byte past the pid.
    _LOCKED_BYTE = 4096

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    try:
        import fcntl
    except ImportError:  # a Unix without flock (none of the supported systems): writers are not serialised then,
        fcntl = None  # type: ignore[assignment]  # and SQLite's own locking still keeps the file whole

    def _try_lock(fd: int) -> bool:
        if fcntl is None:
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
