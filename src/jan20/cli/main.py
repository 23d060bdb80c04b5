"""The entry point: runs the Typer app and turns every error into one line on stderr."""

from __future__ import annotations

import os
import sys

from jan20.reading.documents import os_reason

from ..errors import Jan20Error


class Terminated(BaseException):
    """A signal asked jan20 to stop (SIGTERM, SIGHUP): raised where it was, so that what it was building is
    removed on the way out, as for Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.exit_code = 128 + signum


def main(argv: list[str] | None = None) -> int:
    """Run jan20 with argv; exit status 0 results, 1 none, 2 usage or input error."""
    args = sys.argv[1:] if argv is None else argv
    if sys.stderr is None:  # started with its error output closed (`2>&-`): notes and errors go nowhere
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the life of the process)
    try:
        if argv is None:
            _stop_on_signals()
        # Started with its output closed (`jan20 list >&-`), nothing could be written.
        closed = sys.stdout is None
        code = _fail("cannot write the output: standard output is closed", 2) if closed else _run(args)
    except KeyboardInterrupt:  # (Ctrl-C before the command began: while Python loaded its modules)
        code = 130
    except Terminated as exc:
        code = exc.exit_code
    if argv is None:
        code = _flushed(code)
        # A process of its own ends here, without the interpreter's teardown (freeing every object, module by
        # module: 10-15 ms after a search of a large archive). Nothing is left to do: output is flushed, the
        # index's changes are committed, worker pools are finished.
        os._exit(code)
    return code


def _stop_on_signals() -> None:
    """SIGTERM and SIGHUP stop jan20 as Ctrl-C does (its temporary files removed), with status 128 + the signal."""
    import signal

    def stop(signum: int, _frame: object) -> None:
        raise Terminated(signum)

    for name in ("SIGTERM", "SIGHUP"):  # (Windows has no SIGHUP)
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def _run(args: list[str]) -> int:
    import sqlite3

    import typer

    # Each module registers its commands on app as it is imported (they import their libraries lazily, so all of
    # them cost no more at start-up than one).
    from . import anniversaries_cmd, attendees_cmd, browse, casualties_cmd, index_cmd, search_cmd, year_cmd  # noqa: F401
    from .app import app, settings

    settings.rebuild = False  # (main may run more than once in a process: a test, a caller of the library)
    command = typer.main.get_command(app)
    try:
        try:
            result = command.main(args=args, prog_name="jan20", standalone_mode=False)
        except sqlite3.DatabaseError as exc:
            # A damaged page deep in a large index shows only when a query reads it (the check on opening
            # is cheap only for small ones): build the index anew and run the command once more.
            if isinstance(exc, sqlite3.OperationalError) or settings.rebuild:
                raise  # locked, read-only, out of disk: not damage that a rebuild mends
            settings.rebuild = True
            sys.stderr.write(f"jan20: the index is damaged ({exc}); rebuilding it\n")
            result = command.main(args=args, prog_name="jan20", standalone_mode=False)
        code = result if isinstance(result, int) else 0
    except Jan20Error as exc:
        code = _fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        code = _quiet_broken_pipe()
    except SystemExit as exc:
        # Typer's way out when the reader closed the pipe (EPIPE), even outside standalone mode: it wraps stdout to
        # keep it quiet first. Any other exit keeps its status.
        if type(sys.stdout).__name__ == "PacifyFlushWrapper":
            code = _quiet_broken_pipe()
        else:
            code = exc.code if isinstance(exc.code, int) else 2
    except KeyboardInterrupt:
        code = 130
    except sqlite3.OperationalError as exc:  # locked past SQLite's wait, the disk full, a read-only folder
        code = _fail(f"the index could not be read or written: {exc}", 2)
    except OSError as exc:  # what is left: writing the output (a full disk, /dev/full, a closed descriptor)
        code = _fail(f"cannot write the output: {os_reason(exc)}", 2)
    except Exception as exc:
        code = _from_exception(exc)
    return code


def _from_exception(exc: Exception) -> int:
    exit_code = getattr(exc, "exit_code", None)
    if type(exc).__name__ in ("Exit",) and isinstance(exit_code, int):
        return exit_code
    if type(exc).__name__ == "Abort":
        return 130
    if hasattr(exc, "format_message") and isinstance(exit_code, int):  # click's usage errors
        return _fail(str(exc.format_message()), 2)
    if os.environ.get("JAN20_DEBUG"):
        raise exc
    return _fail(f"unexpected {type(exc).__name__}: {exc} (set JAN20_DEBUG=1 for details)", 2)


def _fail(message: str, code: int) -> int:
    from ..render import inert

    first_line = inert(" ".join(message.split()))
    sys.stderr.write(f"jan20: error: {first_line}\n")
    return code


def _quiet_broken_pipe() -> int:
    """The reader went away (`jan20 list | head -1`): stop quietly with status 0, as the output was taken as far as
    it was wanted (1 would read as "nothing found"); keep Python's own flush at exit from complaining."""
    import contextlib

    with contextlib.suppress(OSError, ValueError, AttributeError):  # (Typer may have wrapped stdout already)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ is not None else 1)
    return 0


def _flushed(code: int) -> int:
    """The exit status once the output is flushed: code, or 2 when the output could not be written."""
    if sys.stdout is None:
        return code
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as exc:  # a full disk, say: the output is incomplete
        code = _fail(f"cannot write the output: {os_reason(exc)}", 2)
    import contextlib  # (loaded by now: the command's imports brought it)

    with contextlib.suppress(OSError, AttributeError):
        sys.stderr.flush()
    return code
