"""What the output stream is (a terminal or a pipe, how wide, whether colour is wanted).

Passed in to the renderer rather than looked up there, so terminal behaviour is testable.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Terminal:
    is_tty: bool = False
    width: int = 100
    color: bool = False
    height: int = 24

    def pager(self) -> list[str] | None:
        """The pager for long text on this terminal, as git chooses it: $JAN20_PAGER, else $PAGER, else less;
        none when not a terminal, or when the variable is empty or cat."""
        if not self.is_tty:
            return None
        import shlex

        chosen = os.environ.get("JAN20_PAGER", os.environ.get("PAGER", "less"))
        try:
            words = shlex.split(chosen)
        except ValueError:
            return None
        return words if words and words != ["cat"] else None

    @classmethod
    def detect(cls, stream: TextIO) -> Terminal:
        """Describe stream as it is now (NO_COLOR and TERM=dumb turn colour off; COLUMNS sets the width)."""
        try:
            is_tty = stream.isatty()
        except (AttributeError, ValueError):
            is_tty = False
        size = shutil.get_terminal_size((100, 24)) if is_tty else os.terminal_size((100, 24))
        color = is_tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        return cls(is_tty=is_tty, width=max(size.columns, 40), color=bool(color), height=max(size.lines, 2))
