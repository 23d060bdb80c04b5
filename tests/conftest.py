"""Shared fixtures: every test gets its own cache and index, never the user's."""

from __future__ import annotations

import io
import itertools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from ._cases import group_cases

# Property tests explore new examples on every local run (that is how they find bugs); CI sets
# HYPOTHESIS_PROFILE=ci and replays a fixed set, so that a landing never hangs on a rare example it did not cause.
# Neither times an example (no deadline): a first example that pays a lazy import or a busy machine's pause is no
# failure, and speed is measured in benchmarks/, never in a unit test.
settings.register_profile("local", deadline=None)
settings.register_profile("ci", derandomize=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "local"))

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
JAN20 = shutil.which("jan20", path=str(Path(sys.executable).parent)) or "jan20"

Run = Callable[..., subprocess.CompletedProcess[str]]  # the `run` fixture
WriteCorpus = Callable[[dict[str, str | bytes]], Path]  # the `write_corpus` fixture

# A short report with a date, a stated anniversary, an attendee and a casualty figure.
STORY = (
    "Baku, 20 January 2021. Thirty-one years have passed since the tragedy.\n\n"
    "President Ilham Aliyev visited the Alley of Martyrs and laid a wreath. 147 people were killed.\n"
)
RUSSIAN = "Баку, 20 января 2020 года. Прошло 30 лет с трагедии. Погибли 147 человек, сотни были ранены."


# The slowest files, with their seconds of CPU on 2 cores (`--durations`, 2026-12-07). Under `--dist worksteal`
# (pyproject.toml) each worker is handed an equal share of the collection, in its order, and one that runs out of
# tests takes the end of another's queue. So the slow files open the shares, split evenly between them: they run
# first, and a run ends on quick tests rather than with one worker alone on a long one (front-loading them into the
# first share left its worker 8 s on the fuzzer and the spawned pool while the other had finished). The two files
# that draw text from the cue patterns go to one worker, which builds those regex strategies once for both (alone
# 8 + 12 s of CPU, together 14 s). Only the order of the tests changes.
SLOW = {
    ("test_anchored.py", "test_prefilters.py"): 17,
    ("test_hardening_index.py",): 7,
    ("test_properties.py",): 4,
    ("test_arguments.py",): 4,
    ("test_hardening_injection.py",): 4,
    ("test_hardening.py",): 3,
    ("test_hardening_files.py",): 4,
    ("test_fuzz_short.py",): 3,
    ("test_cli_usability.py",): 3,
    ("test_parallel.py",): 2,
    ("test_readme.py",): 2,
    ("test_formats.py",): 2,
}


def pytest_configure(config: pytest.Config) -> None:
    # Where the environment says not to write bytecode (PYTHONDONTWRITEBYTECODE), every worker would rewrite the
    # asserts of each test module and compile jan20 anew on every run (some 7 s of CPU a worker). Its compiled code
    # is kept in pytest's own cache folder instead (ignored by git, as the rest of .pytest_cache), and checked
    # against each source as Python checks any bytecode; the jan20 processes tests start read it too.
    cache = getattr(config, "cache", None)  # (None under `-p no:cacheprovider`)
    if sys.dont_write_bytecode and sys.pycache_prefix is None and cache is not None:
        sys.pycache_prefix = str(cache.mkdir("pycache"))
        sys.dont_write_bytecode = False


@pytest.hookimpl(trylast=True)  # (after -k and -m have chosen the tests)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items[:] = group_cases(items)
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    heads: list[list[pytest.Item]] = [[] for _ in range(workers)]
    load = [0] * workers
    for files, seconds in sorted(SLOW.items(), key=lambda entry: -entry[1]):  # each to the least loaded share
        share = load.index(min(load))
        load[share] += seconds
        heads[share] += [item for item in items if item.path.name in files]  # (each file's tests in their order)
    slow = {name for files in SLOW for name in files}
    rest = [item for item in items if item.path.name not in slow]
    ordered: list[pytest.Item] = []
    for share, head in enumerate(heads):  # the shares worksteal hands out: len // workers to the first, ...
        size = (len(items) - len(ordered)) // (workers - share)
        taken = max(0, size - len(head))
        ordered += head + rest[:taken]
        rest = rest[taken:]
    items[:] = ordered + rest


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed command (asserting there is exactly one, and no traceback)."""
    assert result.returncode == 2, (result.returncode, result.stdout[:500], result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("jan20: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def listed(run: Run, env: dict[str, str]) -> list[dict[str, object]]:
    result = run("list", "-f", "json", env=env)
    assert result.returncode == 0, result.stderr
    articles: list[dict[str, object]] = json.loads(result.stdout)
    return articles


def index_rows(result: subprocess.CompletedProcess[str]) -> dict[str, dict[str, object]]:
    assert result.returncode == 0, result.stderr
    return {row["path"]: row for row in json.loads(result.stdout)}


@pytest.fixture(scope="session")
def _bytecode_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One folder for the whole run: under pytest-xdist each worker's temporary folder is in the run's, so the
    # jan20 processes of every worker share it and each module is compiled once a run, not once a worker. (Or the
    # folder this process keeps its own in, from pytest_configure: the modules the workers compiled are there.)
    if sys.pycache_prefix is not None:
        return Path(sys.pycache_prefix)
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "pycache"
    folder.mkdir(exist_ok=True)
    return folder


_HOMES = itertools.count()


@pytest.fixture(autouse=True)
def _isolated(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _bytecode_cache: Path,
) -> None:
    # The test's own folder: its tmp_path when it asks for one, else a new name under the run's (worker's) folder,
    # made only if jan20 writes there (most tests never start jan20, and a tmp_path is a folder made and listed).
    if "tmp_path" in request.fixturenames:
        home: Path = request.getfixturevalue("tmp_path")
    else:
        home = tmp_path_factory.getbasetemp() / "homes" / str(next(_HOMES))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("JAN20_INDEX", str(home / "index.sqlite"))
    monkeypatch.delenv("JAN20_CORPUS", raising=False)
    monkeypatch.delenv("JAN20_NO_REFRESH", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    # The jan20 processes tests start keep their bytecode, as an installed jan20 does, even where the
    # environment says not to write it: otherwise each one compiles the package anew.
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(_bytecode_cache))


@pytest.fixture
def write_corpus(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Make a corpus folder from {relative path: text or bytes}."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


def run_in_process(
    *args: str, env: dict[str, str] | None = None, input: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run jan20 in this process, as `jan20 ARGS` would with this environment (and env): its exit status, stdout
    and stderr. (The `run` fixture; also for module-scoped helpers, which cannot take it.)"""
    from jan20.cli.main import main

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", write_through=True)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (env or {}).items():
            patch.setenv(name, value)
        patch.setattr(sys, "stdin", io.StringIO(input or ""))
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        code = main(list(args))
    stdout = out.buffer.getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]
    stderr = err.buffer.getvalue().decode("utf-8", "replace")  # type: ignore[attr-defined]
    return subprocess.CompletedProcess([JAN20, *args], code, stdout, stderr)


@pytest.fixture
def run() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run jan20 in this process, as `jan20 ARGS` would with the test's environment: its exit status, stdout and
    stderr. (Tests of what only a real process shows, pipes, signals, terminals, use `run_process`.)"""
    return run_in_process


@pytest.fixture
def run_process() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed `jan20` command as a process of its own, with the test's environment."""

    def call(
        *args: str, env: dict[str, str] | None = None, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [JAN20, *args],
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            input=input,
            timeout=60,
        )

    return call
