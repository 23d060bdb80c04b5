"""A document's text on a terminal or in a pipeline: a heading, wrapping, a pager."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TextIO

from jan20.render.terminal import Terminal

from .cells import inert, make_console


def write_text(
    text: str,
    out: TextIO,
    terminal: Terminal,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    pager: list[str] | None = None,
) -> None:
    """Show a document's text: on a terminal under a Rich heading and wrapped to its width, else plain; through
    pager (a command) when it is longer than the terminal is high, as git does."""
    if pager and terminal.is_tty:
        import io

        buffer = io.StringIO()
        write_text(text, buffer, terminal, title=title, subtitle=subtitle)
        shown = buffer.getvalue()
        if shown.count("\n") < terminal.height or not _paged(shown, pager):
            out.write(shown)
        return
    body = inert(text).rstrip("\n")
    if terminal.is_tty:
        _write_heading(out, terminal, title, subtitle)
        # Written directly, not through Rich: the body has no style, and Rich's layout of a document of many
        # megabytes takes minutes. inert() has left no control character but tab and newline in it.
        body = "\n".join(wrap(body.expandtabs(), terminal.width))
    out.write(body + "\n")


def _paged(text: str, pager: list[str]) -> bool:
    """Whether text went through the pager (False when it cannot be started). less is told -FRX unless $LESS
    says otherwise: quit when it fits, keep colours, leave the screen as it was."""
    import os
    import subprocess

    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LV": os.environ.get("LV", "-c")}
    try:
        process = subprocess.Popen(pager, stdin=subprocess.PIPE, env=env, encoding="utf-8", errors="replace")
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text)
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early
        pass
    process.wait()
    return True


def _write_heading(out: TextIO, terminal: Terminal, title: str | None, subtitle: str | None) -> None:
    from rich.rule import Rule
    from rich.text import Text

    console = make_console(out, terminal)
    if title:
        console.print(Text(inert(title), style="bold"))
    if subtitle:
        console.print(Text(inert(subtitle), style="dim"))
    if title or subtitle:
        console.print(Rule(style="dim"))


def wrap(text: str, width: int) -> Iterator[str]:
    """text's lines, each broken at spaces to fit width (a word longer than width is cut), in linear time.

    Widths are counted in characters: a line of wide (East Asian) characters is folded again by the terminal.
    """
    width = max(width, 1)
    piece = re.compile(rf"(.{{1,{width}}})(?:[ \t]+|$)|(.{{{width}}})")  # a stretch ending at a space, else cut
    for line in text.split("\n"):
        if len(line) <= width:
            yield line
        else:
            yield from (match.group(1) or match.group(2) for match in piece.finditer(line))
