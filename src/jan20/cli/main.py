"""The entry point: runs the Typer app and turns every error into one line on stderr."""

from __future__ import annotations

import os
import sys

from ..errors import Jan20Error


def main(argv: list[str] | None = None) -> int:
    """Run jan20 with argv; exit status 0 results, 1 none, 2 usage or input error."""
    import typer

    from . import browse, index_cmd, search_cmd  # noqa: F401  (registers the commands)
    from .app import app

    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="jan20", standalone_mode=False)
        code = result if isinstance(result, int) else 0
    except Jan20Error as exc:
        code = _fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        code = _quiet_broken_pipe()
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:
        code = _from_exception(exc)
    if argv is None:
        _flush_quietly()
        sys.exit(code)
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
    first_line = " ".join(message.split())
    sys.stderr.write(f"jan20: error: {first_line}\n")
    return code


def _quiet_broken_pipe() -> int:
    # The reader went away (`jan20 list | head -1`): stop quietly, and keep Python's own
    # flush at exit from complaining about the closed pipe.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
