"""The entry point: runs the Typer app and turns every error into one line on stderr."""

from __future__ import annotations

import os
import sys

from ..documents import os_reason
from ..errors import Jan20Error

# Which module defines each command: a quick lookup loads (and builds) only its own command, which keeps
# start-up within a few times Python's own. Help and unknown commands load them all.
COMMAND_MODULES = {
    "list": "browse",
    "years": "browse",
    "sources": "browse",
    "show": "browse",
    "year": "year_cmd",
    "index": "index_cmd",
    "completion": "index_cmd",
    "search": "search_cmd",
    "anniversaries": "anniversaries_cmd",
    "attendees": "attendees_cmd",
    "casualties": "casualties_cmd",
}
GLOBAL_OPTIONS_WITH_VALUES = frozenset({"--corpus", "--index"})


def _modules_for(argv: list[str]) -> set[str]:
    words = iter(argv)
    for word in words:
        if word in GLOBAL_OPTIONS_WITH_VALUES:
            next(words, None)
        elif not word.startswith("-"):
            module = COMMAND_MODULES.get(word)
            return {module} if module else set(COMMAND_MODULES.values())
    return set(COMMAND_MODULES.values())


def main(argv: list[str] | None = None) -> int:
    """Run jan20 with argv; exit status 0 results, 1 none, 2 usage or input error."""
    args = sys.argv[1:] if argv is None else argv
    code = _run(args)
    if argv is None:
        code = _flushed(code)
        # A process of its own ends here, without the interpreter's teardown (freeing every object, module by
        # module: 10-15 ms after a search of a large archive). Nothing is left to do: output is flushed, the
        # index's changes are committed, worker pools are finished.
        os._exit(code)
    return code


def _run(args: list[str]) -> int:
    import importlib
    import sqlite3

    import typer

    from .app import app, settings

    for module in sorted(_modules_for(args)):
        importlib.import_module(f"{__package__}.{module}")  # registers its commands on app
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
    except KeyboardInterrupt:
        code = 130
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
    # The reader went away (`jan20 list | head -1`): stop quietly, and keep Python's own
    # flush at exit from complaining about the closed pipe.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def _flushed(code: int) -> int:
    """The exit status once the output is flushed: code, or 2 when the output could not be written."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as exc:  # a full disk, say: the output is incomplete
        code = _fail(f"cannot write the output: {os_reason(exc)}", 2)
    import contextlib  # (loaded by now: the command's imports brought it)

    with contextlib.suppress(OSError):
        sys.stderr.flush()
    return code
