"""Arguments: a bad one is one line on stderr and exit 2, said before the index is opened, refreshed or built;
arguments that are not UTF-8 (as a shell passes bytes) and index paths that cannot hold an index are errors like
any other, never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from jan20.archive.index import open_archive
from jan20.archive.paths import check_index_path
from jan20.errors import Jan20Error
from jan20.query.browse import MAX_YEAR, MIN_YEAR, get_article

from .conftest import JAN20, STORY, Run, WriteCorpus

CATALOG = '["calm.txt"]\nsource = "Calm Outlet"\n'
NOT_UTF8 = os.fsdecode(b"\xff")  # what Python makes of the byte 0xff in an argument: a surrogate escape

BAD_YEARS = ["abc", "20.5", "99999", str(MIN_YEAR - 1), str(MAX_YEAR + 1), "0"]
BAD_ARGUMENTS = [
    *(
        [command, "--year", year]
        for command in ("list", "anniversaries", "attendees", "casualties")
        for year in BAD_YEARS
    ),
    *([command, "-y", "1066"] for command in ("list", "anniversaries", "attendees", "casualties")),
    *([command, "--format", "xml"] for command in ("list", "anniversaries", "attendees", "casualties", "years")),
    *(["search", "Aliyev", "--year", year] for year in BAD_YEARS),
    ["search", "Aliyev", "--limit", "0"],
    ["search", "Aliyev", "--limit", "-1"],
    ["search", "Aliyev", "--limit", "400000000000000000"],
    ["search", "Aliyev", "-n", "100001"],
    ["search", "\u202e"],
    ["search", "\u0301"],
    ["search", "--count", "\u2066\u2069"],
    ["search", "Aliyev", "-n", "many"],
    ["search", "Aliyev", "--min-score", "101"],
    ["search", "Aliyev", "--min-score", "-1"],
    ["search", "Aliyev", "--min-score", "high"],
    ["search", "Aliyev", "--format", "xml"],
    ["search", ""],
    ["search", "   "],
    ["search", "\t\n"],
    ["search", "--count", " "],
    ["search", "--count", "Aliyev", "--year", "99999"],
    ["search"],
    *(["year", year] for year in BAD_YEARS),
    ["year", "--", "-5"],
    ["year"],
    ["year", "2021", "--format", "xml"],
    ["years", "2021"],
    ["sources", "--format", "yaml"],
    ["sources", "--year", "2021"],
    ["show"],
    ["show", "a", "b"],
    ["show", "calm", "--format", "xml"],
    ["index", "--format", "xml"],
    ["index", "--rebuild=yes"],
    ["attendees", "--by", "nobody"],
    ["casualties", "--rows", "--compare"],
    ["list", "--corpus", "/no/such/folder"],
    # `--corpus "$DIR"` with DIR unset: the current folder was indexed in the archive's place
    ["list", "--corpus", ""],
    ["--corpus=", "years"],
    ["list", "--index", ""],
    ["--index", "", "years"],
]


def _failure(result: subprocess.CompletedProcess[str], args: list[str], state: Path) -> str | None:
    """What is wrong with a bad-argument run (None when it is one error line, exit 2, and nothing was built)."""
    lines = result.stderr.splitlines()
    if (
        result.returncode != 2
        or result.stdout
        or len(lines) != 1
        or not lines[0].startswith("jan20: error: ")
        or "Traceback" in result.stderr
    ):
        return f"{args}: exit {result.returncode}, stdout {result.stdout[:80]!r}, stderr {result.stderr!r}"
    if state.exists():
        return f"{args}: the index was opened or built first: {sorted(p.name for p in state.iterdir())}"
    return None


def test_bad_arguments_are_refused_before_the_index_is_opened_or_built(
    run: Run, write_corpus: WriteCorpus, tmp_path: Path
) -> None:
    root = write_corpus({"calm.txt": STORY, "catalog.toml": CATALOG})

    def attempt(numbered: tuple[int, list[str]]) -> str | None:
        number, args = numbered
        state = tmp_path / f"state{number}"  # the index's folder is made only when the index is opened
        env = {"JAN20_CORPUS": str(root), "JAN20_INDEX": str(state / "index.sqlite")}
        return _failure(run(*args, env=env), args, state)

    failures = [failure for failure in map(attempt, enumerate(BAD_ARGUMENTS)) if failure]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("where", ["before", "after"])
def test_bad_arguments_with_the_index_option_build_nothing(
    run: Run, write_corpus: WriteCorpus, tmp_path: Path, where: str
) -> None:
    root = write_corpus({"calm.txt": STORY})
    state = tmp_path / "state"
    option = ["--index", str(state / "index.sqlite"), "--corpus", str(root)]
    command = ["search", "Aliyev", "--year", "99999"]
    args = [*option, *command] if where == "before" else [*command, *option]
    assert _failure(run(*args), args, state) is None


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["list", "--year", "99999"], f"'--year' / '-y': year 99999 is out of range ({MIN_YEAR}–{MAX_YEAR})"),
        (["year", "1066"], f"'YEAR': year 1066 is out of range ({MIN_YEAR}–{MAX_YEAR})"),
        (["search", "x", "--limit", "0"], "'--limit' / '-n': 0 is not in the range 1<=x<=100000"),
        (["search", "x", "--min-score", "101"], "'--min-score': 101 is not in the range 0<=x<=100"),
        (["search", " "], "'QUERY': the query is empty"),
        (["list", "--corpus", ""], "'--corpus': the path is empty"),
        (["years", "--index", ""], "'--index': the path is empty"),
    ],
)
def test_bad_argument_messages_name_the_argument_and_the_rule(run: Run, args: list[str], says: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith(f"jan20: error: Invalid value for {says}") and result.stderr.count("\n") == 1


def test_good_boundaries_are_accepted(run: Run, write_corpus: WriteCorpus) -> None:
    env = {"JAN20_CORPUS": str(write_corpus({"calm.txt": STORY}))}
    assert run("list", "--year", str(MIN_YEAR), env=env).returncode == 1  # valid, and no article that year
    assert run("list", "--year", "2021", env=env).returncode == 0
    found = run("search", "Aliyev", "--limit", "1", "--min-score", "100", "-f", "json", env=env)
    assert found.returncode == 0 and len(json.loads(found.stdout)) == 1
    assert run("search", "Aliyev", "--min-score", "0", env=env).returncode == 0


# --- Arguments that are not UTF-8 ---------------------------------------------------------------------------


def _run_bytes(*args: bytes, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run jan20 with arguments given as bytes, exactly as a shell passes `$'\\xff'`."""
    return subprocess.run(
        [os.fsencode(JAN20), *args],
        capture_output=True,
        text=True,
        errors="replace",
        env={**os.environ, **env},
        timeout=60,
    )


@pytest.fixture
def calm(write_corpus: WriteCorpus, run: Run) -> dict[str, str]:
    # The index is built here, in this process, which has the extractors loaded: each jan20 process the test
    # starts then only answers (building it, a process would first compile them, half a second of CPU apiece).
    env = {"JAN20_CORPUS": str(write_corpus({"calm.txt": STORY, "catalog.toml": CATALOG}))}
    assert run("index", env=env).returncode == 0
    return env


@pytest.mark.parametrize(
    "args",
    [
        [b"show", b"\xff"],
        [b"show", b"calm\xff"],
        [b"show", b"\xff", b"-f", b"json"],
        [b"show", b"\xc3\x28\xa0\xa1", b"-f", b"table"],
    ],
)
def test_show_an_id_that_is_not_utf8_is_no_such_article(calm: dict[str, str], args: list[bytes]) -> None:
    result = _run_bytes(*args, env=calm)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("jan20: error: no article with id ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and "Unicode" not in result.stderr


@pytest.mark.parametrize("query", [b"Aliyev\xff", b"Ali\xffyev", b"\xffAliyev wreath"])
def test_search_for_bytes_that_are_not_utf8_answers_normally(calm: dict[str, str], query: bytes) -> None:
    listed = _run_bytes(b"search", query, b"-f", b"json", env=calm)
    counted = _run_bytes(b"search", b"--count", query, env=calm)
    for result in (listed, counted):
        assert result.returncode in (0, 1) and result.stderr == "", result.stderr
    hits = json.loads(listed.stdout)
    assert (listed.returncode, counted.returncode) == ((0, 0) if hits else (1, 1))
    assert counted.stdout == f"{len(hits)}\n"


@pytest.mark.parametrize(
    "args",
    [[b"list", b"--source", b"\xff"], [b"search", b"Aliyev", b"-s", b"Calm\xff"], [b"attendees", b"-s", b"\xff"]],
)
def test_a_source_that_is_not_utf8_is_an_unknown_source(calm: dict[str, str], args: list[bytes]) -> None:
    result = _run_bytes(*args, env=calm)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("jan20: error: unknown source ") and result.stderr.count("\n") == 1


@pytest.mark.parametrize("query", [b"\xff", b"\xff\xfe"])
def test_a_query_of_bytes_that_are_not_utf8_alone_has_no_word_and_is_a_usage_error(
    calm: dict[str, str], query: bytes
) -> None:
    result = _run_bytes(b"search", query, env=calm)
    assert result.returncode == 2 and "no letters or digits" in result.stderr and result.stderr.count("\n") == 1


def test_library_get_article_with_an_id_that_is_not_utf8(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    archive = open_archive(write_corpus({"calm.txt": STORY}), tmp_path / "lib.sqlite")
    try:
        with pytest.raises(Jan20Error, match="no article with id"):
            get_article(archive, NOT_UTF8)
        assert get_article(archive, "calm").text.startswith("Baku, 20 January 2021")
    finally:
        archive.close()


# --- Index paths that cannot hold an index ------------------------------------------------------------------


def _index_paths(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Index paths that cannot work, each with what the error says."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("untouched")
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    fifo = tmp_path / "a-fifo"
    os.mkfifo(fifo)
    return {
        "folder": (folder, f"the index path is a folder, not a file: {folder}"),
        "fifo": (fifo, f"the index path is not a regular file: {fifo}"),
        "parent is a file": (a_file / "index.sqlite", f"{a_file} is not a folder"),
        "ancestor is a file": (a_file / "x" / "y" / "index.sqlite", f"{a_file} is not a folder"),
        "name too long": (tmp_path / ("n" * 300) / "index.sqlite", "File name too long"),
    }


@pytest.mark.parametrize("given", ["environment", "option", "global option"])
def test_an_index_path_that_cannot_hold_an_index_fails_early(
    run: Run, write_corpus: WriteCorpus, tmp_path: Path, given: str
) -> None:
    root = write_corpus({"calm.txt": STORY})
    before = sorted(tmp_path.iterdir())
    for name, (index, says) in _index_paths(tmp_path).items():
        if given == "environment":
            result = run("list", env={"JAN20_CORPUS": str(root), "JAN20_INDEX": str(index)})
        elif given == "option":
            result = run("list", "--corpus", str(root), "--index", str(index))
        else:
            result = run("--index", str(index), "--corpus", str(root), "list")
        lines = result.stderr.splitlines()
        assert (result.returncode, result.stdout, len(lines)) == (2, "", 1), (name, result.stderr)
        assert lines[0].startswith("jan20: error: ") and "Traceback" not in result.stderr, (name, lines)
        if given == "environment":  # click checks the option itself, in its own words, for a folder
            assert says in lines[0], (name, lines)
    assert sorted(tmp_path.iterdir()) == sorted(
        [*before, tmp_path / "a-folder", tmp_path / "a-file", tmp_path / "a-fifo"]
    )
    assert [p.name for p in (tmp_path / "a-folder").iterdir()] == ["keep.txt"]  # no temporary or lock file


def test_library_check_index_path_makes_the_folder(tmp_path: Path) -> None:
    index = tmp_path / "new" / "deeper" / "index.sqlite"
    assert check_index_path(index) == index
    assert index.parent.is_dir() and not index.exists()
    with pytest.raises(Jan20Error, match="is a folder"):
        check_index_path(index.parent)


def test_a_corpus_variable_naming_a_file_says_it_is_a_file(run: Run, write_corpus: WriteCorpus) -> None:
    # JAN20_CORPUS=doc.txt said "corpus folder not found" of a path that is there
    document = write_corpus({"calm.txt": STORY}) / "calm.txt"
    result = run("years", env={"JAN20_CORPUS": str(document)})
    assert result.returncode == 2
    assert result.stderr == f"jan20: error: the corpus is a file, not a folder: {document}\n"
