"""Hardening, injection and arguments: hostile document text, queries and ids are inert on a terminal and kept
exactly in JSON; bad arguments are one line on stderr and exit 2.

These tests run the installed `jan20` command, as a user would.
"""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from .conftest import JAN20, STORY, Run, WriteCorpus, listed, one_line_error, run_in_process
from .test_arguments import BAD_ARGUMENTS as REFUSED_BEFORE_OPENING

TERMINAL_ESCAPES = re.compile(r"\x1b\[[0-9;]*m")  # the styles Rich itself draws with


# --- 5. Injection -------------------------------------------------------------------------------------------

HOSTILE = (
    "[bold red]Takeover[/] \x1b[31;42mPAINT\x1b[0m headline\n\n"
    "Baku, 20 January 2021. Thirty-one years have passed. \x1b]8;;http://evil.test\x07a link\x1b]8;;\x07 "
    "bell\x07 back\x08\x08space C1\x9b2J csi \x1b[2J\x1b[H [link=http://evil.test]click[/link] :skull:\n\n"
    "President Ilham Aliyev \x1b[5mvisited\x1b[25m the Alley of Martyrs. 147 people were killed.\n"
)
HOSTILE_CATALOG = '["hostile.txt"]\nsource = "Evil \\u001b[5mPress [blink]x[/blink]"\n'
RAW_SEQUENCES = ("\x1b[31;42m", "\x1b]8;;", "\x07", "\x08", "\x9b", "\x1b[2J", "\x1b[H", "\x1b[5m")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An archive of hostile text, indexed once for the module; tests only read it."""
    folder = tmp_path_factory.mktemp("hostile")
    root = folder / "corpus"
    root.mkdir()
    (root / "hostile.txt").write_text(HOSTILE)
    (root / "calm.txt").write_text(STORY)
    (root / "catalog.toml").write_text(HOSTILE_CATALOG)
    env = {
        "JAN20_CORPUS": str(root),
        "JAN20_INDEX": str(folder / "index.sqlite"),
        "COLUMNS": "160",
        "TERM": "xterm-256color",
    }
    built = run_in_process("index", env=env)  # (building is library behaviour; the tests run processes)
    assert built.returncode == 0, built.stderr
    return env


def _assert_inert(output: str) -> None:
    for sequence in RAW_SEQUENCES:
        assert sequence not in output, (sequence, output)
    rest = TERMINAL_ESCAPES.sub("", output)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", rest), repr(rest)


HOSTILE_COMMANDS = [
    pytest.param(["show", "hostile"], id="show"),
    pytest.param(["list"], id="list"),
    pytest.param(["search", "bell csi"], id="search"),
    pytest.param(["attendees"], id="attendees"),
    pytest.param(["anniversaries"], id="anniversaries"),
    pytest.param(["year", "2021"], id="year"),
    pytest.param(["sources"], id="sources"),
    pytest.param(["index"], id="index"),
    pytest.param(["casualties", "--rows"], id="casualties-rows"),
    pytest.param(
        ["casualties"],
        id="casualties-compare",
    ),
]


def _on_a_terminal(command: list[str], env: dict[str, str]) -> str:
    """What command draws on a (pseudo-)terminal, as script(1) records it."""
    line = shlex.join([JAN20, *command])
    result = subprocess.run(["script", "-qec", line, "/dev/null"], capture_output=True, env={**os.environ, **env})
    output = result.stdout.decode("utf-8", errors="replace")
    assert result.returncode == 0, output
    assert "\x1b[" in output, "not drawn as on a terminal"
    return output


@pytest.mark.parametrize("command", HOSTILE_COMMANDS)
def test_document_text_is_inert_on_a_terminal_and_in_a_pipeline(
    run: Run, hostile: dict[str, str], command: list[str]
) -> None:
    pipelines = [[], ["-f", "tsv"], ["-f", "csv"], ["-f", "table"]]  # default: tsv, or plain text for show
    with ThreadPoolExecutor(max_workers=1) as pool:
        drawn = pool.submit(_on_a_terminal, command, hostile) if shutil.which("script") else None
        results = [run(*command, *fmt, env=hostile) for fmt in pipelines]  # (in this process, one at a time)
        for result in results:
            assert result.returncode == 0, result.stderr
            _assert_inert(result.stdout)
            assert "\x1b" not in result.stderr
        if drawn is not None:  # script(1) gives a pseudo-terminal: Rich draws tables and styles
            output = drawn.result(timeout=60)
            _assert_inert(output)
            if command[0] in ("show", "list"):
                assert "[bold red]Takeover[/]" in output  # Rich markup is shown, not interpreted


def test_json_keeps_document_text_exactly(run: Run, hostile: dict[str, str]) -> None:
    [article] = json.loads(run("show", "hostile", "-f", "json", env=hostile).stdout)
    assert article["title"] == "[bold red]Takeover[/] \x1b[31;42mPAINT\x1b[0m headline"
    for sequence in RAW_SEQUENCES:
        assert sequence in article["text"], sequence
    assert article["source"] == "Evil \x1b[5mPress [blink]x[/blink]"
    lines = run("list", "-f", "jsonl", env=hostile).stdout.splitlines()
    assert any(json.loads(line)["title"] == article["title"] for line in lines)


def test_library_renderer_keeps_a_terminal_safe() -> None:
    from jan20.query.browse import ArticleRecord
    from jan20.render import FORMATS, render, write_text
    from jan20.render.terminal import Terminal

    record = ArticleRecord("id", "p.txt", HOSTILE.splitlines()[0], None, 2021, "Evil \x1b[5mPress", (), None)
    for terminal in (Terminal(is_tty=True, width=120, color=True), Terminal()):
        for fmt in [f for f in FORMATS if f not in ("json", "jsonl")]:
            out = io.StringIO()
            render([record], fmt, out, terminal)
            _assert_inert(out.getvalue())
            assert "\\x1b[31;42m" in out.getvalue()  # shown as an escape, not lost
        out = io.StringIO()
        write_text(HOSTILE, out, terminal, title=HOSTILE.splitlines()[0], subtitle="Evil \x1b[5mPress")
        _assert_inert(out.getvalue())
        assert "[bold red]Takeover[/]" in out.getvalue()


def test_a_long_one_line_article_is_shown_whole_wrapped_and_inert_on_a_terminal() -> None:
    from jan20.render import inert, write_text
    from jan20.render.terminal import Terminal

    text = HOSTILE.replace("\n", " ") * 12_000  # about 4 MB on one line
    out = io.StringIO()
    write_text(text, out, Terminal(is_tty=True, width=80, color=True), title="Long", subtitle="one line")
    shown = out.getvalue()
    _assert_inert(shown)
    assert "[bold red]Takeover[/]" in shown and "\\x1b[31;42m" in shown
    body = TERMINAL_ESCAPES.sub("", shown).split("\n")[3:-1]  # after the title, the subtitle and the rule
    assert all(len(line) <= 80 for line in body)
    assert "".join(body).replace(" ", "") == inert(text).replace(" ", "")  # broken only at spaces: nothing lost


def test_wrap_breaks_lines_at_spaces_and_cuts_only_words_longer_than_the_width() -> None:
    from jan20.render import wrap

    assert list(wrap("aaa bbb ccc", 7)) == ["aaa bbb", "ccc"]
    assert list(wrap("x" * 10 + " y z", 4)) == ["xxxx", "xxxx", "xx y", "z"]
    assert list(wrap("  indented text", 10)) == ["  indented", "text"]
    assert list(wrap("short\n\nlines  kept  ", 20)) == ["short", "", "lines  kept  "]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain Müstəqillik",
        "\x1b",
        "a\x1b[2Jb\x07",
        "\x9b\x7f\x85\t\n\r\xa0",
        "a\x07" * 5000,
        ("x" * 99 + "\x0c") * 300,
    ],
    ids=["empty", "plain", "escape", "sequence", "edges", "dense", "sparse"],
)
def test_inert_escapes_every_control_character_however_many(text: str) -> None:
    from jan20.render import inert

    control = {*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)}
    assert inert(text) == "".join(f"\\x{ord(c):02x}" if ord(c) in control else c for c in text)


# Punctuation alone folds to no word at all: like an empty query, a usage error (see test_wordless_queries...).
WORDLESS_QUERIES = ['"', "'", "%", "_", "(", "\u202e", "\u0301", "\u2066\u2069"]
HOSTILE_QUERIES = [
    'Aliyev" OR "x',
    "NEAR(Aliyev Alley)",
    "Ali*",
    "^Baku",
    "title:Baku",
    "x'; DROP TABLE articles; --",
    "Robert'); DELETE FROM articles WHERE ('1'='1",
    "AND OR NOT",
    "../../etc/passwd",
    "\x1b[2J",
    "a" * 5000,
]


def test_hostile_queries_are_inert(run: Run, hostile: dict[str, str]) -> None:
    def attempt(query: str) -> str | None:
        result = run("search", query, "-f", "json", env=hostile)
        if result.returncode not in (0, 1) or result.stderr or not isinstance(json.loads(result.stdout), list):
            return f"{query[:40]!r}: exit {result.returncode}, stderr {result.stderr!r}"
        return None

    failures = [failure for failure in map(attempt, HOSTILE_QUERIES) if failure]
    assert not failures, "\n".join(failures)
    assert len(listed(run, hostile)) == 2  # nothing was dropped or deleted


@pytest.mark.parametrize("query", WORDLESS_QUERIES)
def test_wordless_queries_are_a_usage_error(query: str) -> None:
    from jan20.cli.main import main

    assert main(["search", query]) == 2


HOSTILE_IDS = ["../../etc/passwd", "/etc/passwd", "hostile' OR '1'='1", "hostile%", "*", "hostile/../calm", "\x1b[2Jx"]


@pytest.mark.parametrize("article_id", HOSTILE_IDS)
def test_hostile_ids_read_nothing(run: Run, hostile: dict[str, str], article_id: str) -> None:
    result = run("show", article_id, env=hostile)
    error = one_line_error(result)
    assert result.stdout == "" and "root:" not in error and "\x1b" not in error


def test_error_suggestions_are_inert(run: Run, hostile: dict[str, str]) -> None:
    error = one_line_error(run("list", "--source", "Evil Pres", env=hostile))
    assert "did you mean" in error and "\x1b" not in error


# --- 6. Arguments --------------------------------------------------------------------------------------------

BAD_ARGUMENTS = [
    *REFUSED_BEFORE_OPENING,  # (test_arguments checks those are refused before the index is opened)
    ["list", "--year", "-5"],
    ["list", "--nonsense"],
    ["year", "-1"],
    ["index", "extra"],
    ["no-such-command"],
    # Only the index can tell these are wrong.
    *([command, "--source", "No Such Outlet"] for command in ("list", "anniversaries", "attendees", "casualties")),
    ["search", "Aliyev", "--source", "No Such Outlet"],
    ["show", "no-such-article"],
]


def test_bad_arguments_are_one_line_on_stderr_and_exit_2(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"calm.txt": STORY, "catalog.toml": '["calm.txt"]\nsource = "Calm Outlet"\n'})
    env = {"JAN20_CORPUS": str(root)}
    assert len(listed(run, env)) == 1  # built first: a bad argument is then the only thing to say

    def attempt(args: list[str]) -> str | None:
        result = run(*args, env=env)
        # A rebuild note can only come from jan20's own files changing during the run (while developing it).
        lines = [line for line in result.stderr.splitlines() if not line.startswith("jan20: rebuilding the index:")]
        if result.returncode != 2 or len(lines) != 1 or not lines[0].startswith("jan20: error: ") or result.stdout:
            return f"{args}: exit {result.returncode}, stdout {result.stdout[:80]!r}, stderr {result.stderr!r}"
        return None

    failures = [failure for failure in map(attempt, BAD_ARGUMENTS) if failure]
    assert not failures, "\n".join(failures)
