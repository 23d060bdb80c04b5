"""What an 80-column terminal shows: screen captures (tmux, 80×50) of the commands a person runs first, against
the output the same commands give now. To capture again after a deliberate change, see tests/screens/README."""

from __future__ import annotations

from pathlib import Path

import pytest

from jan20.cli.main import main
from jan20.render.terminal import Terminal

SCREENS = Path(__file__).parent / "screens"
CAPTURED = {
    "list": ["list"],
    "attendees_by_person": ["attendees", "--by", "person"],
    "casualties": ["casualties"],
    "year_2020": ["year", "2020"],
    "search_wreath_limit_5": ["search", "wreath", "--limit", "5"],
}


def _screen(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


@pytest.mark.parametrize("name", sorted(CAPTURED))
def test_an_80_column_terminal_shows_what_was_captured(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = Terminal(is_tty=True, width=80, color=False, height=50)
    monkeypatch.setattr(Terminal, "detect", classmethod(lambda cls, stream: terminal))
    assert main(CAPTURED[name]) == 0
    shown = _screen(capsys.readouterr().out)
    assert shown == _screen((SCREENS / f"{name}.txt").read_text(encoding="utf-8"))
    assert all(len(line) <= 80 for line in shown)
