"""The README's tour is run: every `$ jan20 …` line exits 0, and the lines shown under it are what it prints
(tables on a 120-column terminal, in order, `…` standing for lines left out; piped output compared word by
word, since the README aligns with spaces what is tab-separated)."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from jan20.cli.main import main
from jan20.terminal import Terminal

from .conftest import JAN20, REPO


def _tour() -> list[tuple[str, list[str]]]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## A short tour\n\n```console\n(.*?)```", readme, re.S)
    assert block is not None
    steps: list[tuple[str, list[str]]] = []
    for line in block.group(1).splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


TOUR = _tour()


def _shown_in(shown: list[str], printed: list[str], same: object) -> str | None:
    """None when each shown line is printed, in order (a `…` line stands for any number of lines)."""
    at = 0
    for line in shown:
        if line == "…":
            continue
        while at < len(printed) and not same(line, printed[at]):  # type: ignore[operator]
            at += 1
        if at == len(printed):
            return f"not printed (in this order): {line!r}"
        at += 1
    return None


def test_the_tour_has_the_commands_people_start_with() -> None:
    commands = [command.split("#")[0].strip() for command, _ in TOUR]
    for wanted in ("jan20", "jan20 casualties", "jan20 list --year 2024 --json id,title", "jan20 index --path"):
        assert wanted in commands


@pytest.mark.parametrize(("command", "shown"), TOUR, ids=[command.split("#")[0].strip() for command, _ in TOUR])
def test_each_tour_line_runs_and_prints_what_the_readme_shows(
    command: str, shown: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if "|" in command or ";" in command:
        env = {**os.environ, "PATH": f"{Path(JAN20).parent}{os.pathsep}{os.environ['PATH']}"}
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        problem = _shown_in(shown, result.stdout.splitlines(), lambda a, b: a.split() == b.split())
    else:
        terminal = Terminal(is_tty=True, width=120, color=False, height=1000)
        monkeypatch.setattr(Terminal, "detect", classmethod(lambda cls, stream: terminal))
        args = shlex.split(command, comments=True)[1:]
        assert main(args) == 0, capsys.readouterr().err
        printed = [line.rstrip() for line in capsys.readouterr().out.splitlines()]
        problem = _shown_in(shown, printed, lambda a, b: a.rstrip() == b)
    assert problem is None, problem
