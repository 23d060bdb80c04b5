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
from jan20.render.terminal import Terminal

from .conftest import JAN20, REPO, Run


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


def test_the_readme_sqlite3_example_runs_on_the_index(run: Run) -> None:
    import sqlite3

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"sqlite3 -readonly \"\$\(jan20 index --path\)\" '([^']+)'", readme)
    assert found is not None
    result = run("index", "--path")
    path = result.stdout.strip()
    assert run("years").returncode == 0  # the index is built
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(found.group(1)).fetchall()
    finally:
        conn.close()
    assert (2004, "President.az", 1) in rows
    for table in ("anniversaries", "attendees", "attendee_groups", "casualties"):
        row = re.search(rf"^\| `{table}` \| [^:|]+: ([^|]+)\|", readme, re.M)
        assert row is not None, table
        named = {re.sub(r"\s*\(.*?\)", "", column).strip() for column in row.group(1).split(",")}
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            real = {info[1] for info in conn.execute(f"PRAGMA table_info({table})")}
        finally:
            conn.close()
        assert named <= real, (table, named - real)
