"""What a person meets first: bare `jan20`, each command's help and examples, shell completion, option typos,
--exact search, --json FIELDS, --no-refresh after the command, the pager, and where the index is."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from jan20.cli.usage import EXAMPLES, SECTIONS

from .conftest import JAN20, Run

COMMANDS = [name for _, names in SECTIONS for name in names]


def test_bare_jan20_prints_the_help_by_section_and_points_to_examples(run: Run) -> None:
    result = run(env={"COLUMNS": "80"})
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Usage: jan20")
    for section, names in SECTIONS:
        at = lines.index(f"{section}:")
        listed = [line.split()[0] for line in lines[at + 1 : at + 1 + len(names)]]
        assert listed == list(names), section  # one line each, in the order a user thinks of them
    assert all(len(line) <= 80 for line in lines)
    assert "examples" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_help_ends_with_examples(run: Run, name: str) -> None:
    result = run(name, "--help")
    assert result.returncode == 0
    tail = result.stdout.rstrip().splitlines()[-len(EXAMPLES[name]) - 1 :]
    assert tail[0].strip() == "Examples:"
    assert [line.strip() for line in tail[1:]] == EXAMPLES[name]
    assert 2 <= len(EXAMPLES[name]) <= 3


def test_every_example_runs(run: Run, tmp_path: Path) -> None:
    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    bin_dir = str(Path(JAN20).parent)
    home = tmp_path / "home"
    (home / ".zfunc").mkdir(parents=True)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "HOME": str(home)}
    assert run("index").returncode == 0  # built once, not by each example

    def in_bash(example: str) -> str | None:
        result = subprocess.run(
            ["bash", "-o", "pipefail", "-c", example], env=env, capture_output=True, text=True, timeout=60
        )
        quiet = "> " in example or example.startswith("eval")  # what prints nothing when it works
        if result.returncode != 0 or not (result.stdout or quiet):
            return f"{example}: exit {result.returncode}, {result.stderr[:200]!r}"
        return None

    examples = [example for name in COMMANDS for example in EXAMPLES[name]]
    # A pipeline, a redirection or an `eval` runs in bash; an example without them runs in this process, as the
    # README's tour lines do: the same arguments reach the same code (a jan20 process each cost 3 s of CPU a run).
    shell = [example for example in examples if set(example) & set("|>$;&~`") or example.startswith("eval")]
    failures = []
    for example in examples:
        if example not in shell:
            result = run(*shlex.split(example)[1:], env={"HOME": str(home)})
            if result.returncode != 0 or not result.stdout:
                failures.append(f"{example}: exit {result.returncode}, {result.stderr[:200]!r}")
    with ThreadPoolExecutor(max_workers=4) as pool:
        failures += [failure for failure in pool.map(in_bash, shell) if failure]
    assert not failures, "\n".join(failures)
    assert (home / ".zfunc" / "_jan20").read_text().startswith("#compdef jan20")


def _complete(words: str, env: dict[str, str] | None = None) -> list[str]:
    line = {"_JAN20_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    if words.endswith(" "):
        line["COMP_CWORD"] = str(len(words.split()))
    result = subprocess.run([JAN20], env={**os.environ, **line, **(env or {})}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line]


def test_completion_of_commands_options_ids_years_and_sources(run: Run) -> None:
    assert run("years").returncode == 0  # the index exists: completion reads it, and never builds one
    assert _complete("jan20 li") == ["list"]
    assert "--source" in _complete("jan20 list --so")
    assert "president-az-2015-01-20" in _complete("jan20 show president-az-201")
    years = [line.split("\t")[0] for line in run("years").stdout.splitlines()[1:]]
    assert _complete("jan20 year 202") == [year for year in years if year.startswith("202")]
    assert _complete("jan20 list --year 200") == ["2004", "2006", "2007", "2008", "2009"]
    assert set(_complete("jan20 casualties --source E")) == {"EU Reporter", "Embassy of Azerbaijan in Hungary"}


def test_completion_never_builds_an_index(tmp_path: Path) -> None:
    index = tmp_path / "never.sqlite"
    assert _complete("jan20 show pres", env={"JAN20_INDEX": str(index)}) == []
    assert not index.exists()


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts(run: Run, shell: str) -> None:
    result = run("completion", shell)
    assert result.returncode == 0 and "_JAN20_COMPLETE" in result.stdout


def test_the_bash_script_completes_in_bash(run: Run) -> None:
    script = run("completion", "bash").stdout
    bin_dir = str(Path(JAN20).parent)
    probe = f'{script}\nCOMP_WORDS=(jan20 cas); COMP_CWORD=1; _jan20_completion jan20; echo "${{COMPREPLY[@]}}"'
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-c", probe], env=env, capture_output=True, text=True)
    assert result.stdout.strip() == "casualties", result.stderr


def test_completion_costs_nothing_at_start_up() -> None:
    # Typer loads its completion modules anyway; jan20 readies them for the shells only while completing.
    code = (
        "from typer._click import shell_completion as s; from jan20.cli import app; print(sorted(s._available_shells))"
    )
    idle = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert idle.stdout.strip() == "[]"
    env = {**os.environ, "_JAN20_COMPLETE": "complete_bash"}
    completing = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert "bash" in completing.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["search", "x", "--json_"], "--json"),
        (["list", "--csv"], "-f csv"),
        (["search", "x", "--word-regexp"], "--exact"),
        (["search", "x", "--jsn"], "--json"),
        (["search", "x", "--qiet"], None),
    ],
)
def test_option_typos_suggest_close_options_only(run: Run, args: list[str], says: str | None) -> None:
    result = run(*args)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    if says is None:
        assert "Possible options" not in result.stderr and "--count" not in result.stderr
    else:
        assert says in result.stderr


def test_json_typed_where_count_was_close_is_now_an_option(run: Run) -> None:
    result = run("search", "wreath", "--json", "article,score", "--limit", "2")
    assert result.returncode == 0
    assert [set(hit) for hit in json.loads(result.stdout)] == [{"article", "score"}] * 2


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json", "id,year"],
        ["years", "--json", "year"],
        ["attendees", "--year", "2004", "--json", "name,article"],
        ["casualties", "--json", "figure,article"],
        ["anniversaries", "--json", "year,stated"],
        ["year", "2024", "--json", "type,year"],
    ],
)
def test_json_fields_keep_only_those_fields_in_that_order(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    wanted = args[-1].split(",")
    records = json.loads(result.stdout)
    assert records and all(list(record) == [f for f in wanted if f in record] for record in records)
    assert all(record for record in records)


def test_json_fields_unknown_or_with_another_format_is_a_usage_error(run: Run) -> None:
    unknown = run("list", "--json", "id,nosuch")
    assert unknown.returncode == 2 and "unknown field nosuch; the fields are: id, path" in unknown.stderr
    assert run("list", "--json", "id", "-f", "csv").returncode == 2
    lines = run("list", "--json", "id", "-f", "jsonl").stdout.splitlines()
    assert json.loads(lines[0]) == {"id": "president-az-2004-01-20"}


def test_exact_search_finds_whole_words_only(run: Run) -> None:
    fuzzy = json.loads(run("search", "wreath", "--limit", "50", "--min-score", "0", "-f", "json").stdout)
    exact = json.loads(run("search", "wreath", "-w", "--limit", "50", "--min-score", "0", "-f", "json").stdout)
    assert any(hit["match"].lower() != "wreath" for hit in fuzzy)  # "great", "breath": within one edit
    assert exact and all(hit["match"].lower() == "wreath" for hit in exact)
    assert run("search", "wreath", "--exact", "--count").stdout == f"{len(exact)}\n"
    in_2020 = json.loads(run("search", "wreath", "-w", "--year", "2020", "-f", "json").stdout)
    assert in_2020 and {hit["year"] for hit in in_2020} == {2020}
    assert run("search", "wreat", "--exact").returncode == 1


def test_no_refresh_works_after_the_command(run: Run, write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": "Baku, 20 January 2021. First story."})
    env = {"JAN20_CORPUS": str(root)}
    assert len(json.loads(run("list", "-f", "json", env=env).stdout)) == 1
    (root / "b.txt").write_text("Baku, 20 January 2022. Second story.", encoding="utf-8")
    assert len(json.loads(run("list", "-f", "json", "--no-refresh", env=env).stdout)) == 1
    assert len(json.loads(run("--no-refresh", "list", "-f", "json", env=env).stdout)) == 1
    assert len(json.loads(run("list", "-f", "json", env=env).stdout)) == 2


def test_index_path_says_where_the_index_is_without_building_it(run: Run, tmp_path: Path) -> None:
    index = tmp_path / "some" / "where.sqlite"
    result = run("index", "--path", env={"JAN20_INDEX": str(index)})
    assert (result.returncode, result.stdout) == (0, f"{index}\n")
    assert not index.parent.exists()


def test_show_as_tsv_or_csv_keeps_the_text(run: Run) -> None:
    tsv = run("show", "jamnews-2024-01-20", "-f", "tsv").stdout.splitlines()
    assert tsv[0].split("\t")[-1] == "text" and len(tsv) == 2 and "\\n" in tsv[1]
    text = json.loads(run("show", "jamnews-2024-01-20", "-f", "json").stdout)[0]["text"]
    assert tsv[1].split("\t")[-1].replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\") == text
    assert text in run("show", "jamnews-2024-01-20", "-f", "csv").stdout


def test_a_long_show_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    import io

    from jan20.render import write_text
    from jan20.render.terminal import Terminal

    captured = tmp_path / "paged.txt"
    pager = [sys.executable, "-c", f"import sys; open({str(captured)!r}, 'w').write(sys.stdin.read())"]
    out = io.StringIO()
    terminal = Terminal(is_tty=True, width=80, height=10)
    write_text("line\n" * 50, out, terminal, title="Long", pager=pager)
    assert out.getvalue() == "" and captured.read_text().count("line") == 50
    write_text("short\n", out, terminal, title="Short", pager=pager)
    assert "short" in out.getvalue()  # it fits: no pager


def test_the_pager_is_chosen_as_git_does(monkeypatch: pytest.MonkeyPatch) -> None:
    from jan20.render.terminal import Terminal

    tty = Terminal(is_tty=True)
    monkeypatch.delenv("JAN20_PAGER", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    assert tty.pager() == ["less"]
    monkeypatch.setenv("PAGER", "most -s")
    assert tty.pager() == ["most", "-s"]
    monkeypatch.setenv("JAN20_PAGER", "cat")
    assert tty.pager() is None
    assert Terminal(is_tty=False).pager() is None


def test_the_examples_quote_real_ids() -> None:
    ids = {word for name in COMMANDS for example in EXAMPLES[name] for word in shlex.split(example) if "-20" in word}
    assert ids <= {"jamnews-2024-01-20", "president-az-2015-01-20"}


def test_the_progress_bar_names_each_stage(monkeypatch: pytest.MonkeyPatch, write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jan20.cli import app as cli_app

    labels: list[str] = []

    def bar(label: str):  # type: ignore[no-untyped-def]
        labels.append(label)
        return lambda done, total: None

    monkeypatch.setattr(cli_app, "_progress_bar", bar)
    root = write_corpus({"a.txt": "Baku, 20 January 2021. A story."})
    opened = cli_app.archive(root, tmp_path / "index.sqlite")
    opened.close()
    assert labels == ["indexing", "extracting facts"]


def test_passages_with_every_word_as_typed_rank_above_fuzzy_ones(run: Run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus(
        {
            "apart.txt": "The President laid flowers at the gate and then, much later in the day, a wreath.",
            "close.txt": "The President laid wreaths at the gate.",
        }
    )
    hits = json.loads(run("search", "laid wreath", "-f", "json", env={"JAN20_CORPUS": str(root)}).stdout)
    assert [hit["article"] for hit in hits] == ["apart", "close"]
    assert hits[0]["score"] < hits[1]["score"]  # ranked first for its exact words, not for its score
