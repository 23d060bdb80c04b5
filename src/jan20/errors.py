"""Errors a user can act on: the CLI prints them as one line on stderr and exits 2."""

from __future__ import annotations


class Jan20Error(Exception):
    """A usage or input error (bad argument, unknown id, broken catalog)."""

    exit_code = 2


class CatalogError(Jan20Error):
    """The catalog file is not valid; the message names the file and line."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
