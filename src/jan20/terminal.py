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

    @classmethod
    def detect(cls, stream: TextIO) -> Terminal:
        """Describe stream as it is now (NO_COLOR and TERM=dumb turn colour off; COLUMNS sets the width)."""
        try:
            is_tty = stream.isatty()
        except (AttributeError, ValueError):
            is_tty = False
        width = shutil.get_terminal_size((100, 24)).columns if is_tty else 100
        color = is_tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        return cls(is_tty=is_tty, width=max(width, 40), color=bool(color))
