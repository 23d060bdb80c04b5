"""jan20 imports and answers where the Unix-only parts of Python are missing (as on Windows): no `fcntl`, no
`os.fork`, no `os.sched_getaffinity`. Checked in a fresh interpreter in which they are hidden."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import STORY, WriteCorpus

HIDE_AND_RUN = """
import importlib.abc, os, sys

class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("fcntl", "termios", "resource"):
            raise ImportError(f"{name} is hidden: this test plays a system without it")
        return None

sys.meta_path.insert(0, Hide())
for name in ("fork", "forkpty", "sched_getaffinity", "O_NOFOLLOW", "O_NONBLOCK", "pread", "pwrite"):
    if hasattr(os, name):
        delattr(os, name)
from jan20.cli.main import main
code = main(sys.argv[1:])
assert "fcntl" not in sys.modules, "fcntl was imported"
sys.exit(code)
"""


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", HIDE_AND_RUN, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_jan20_answers_without_fcntl_or_fork(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    root = write_corpus({"one.txt": STORY, "two.txt": STORY.replace("2021", "2022")})
    env = {"JAN20_CORPUS": str(root), "JAN20_INDEX": str(tmp_path / "i.sqlite")}
    listed = _run("list", "-f", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert [a["year"] for a in json.loads(listed.stdout)] == [2021, 2022]
    for command in (["index"], ["attendees", "-f", "json"], ["search", "wreath", "-f", "json"], ["year", "2021"]):
        result = _run(*command, env=env)
        assert result.returncode == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr
