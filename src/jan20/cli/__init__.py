"""The `jan20` command: thin Typer commands over library functions."""

from __future__ import annotations

from .main import main

__all__ = ["main"]
