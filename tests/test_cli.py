"""The installed `jan20` command, run as a user would."""

import json
import subprocess
from pathlib import Path

from .conftest import JAN20, SHIPPED

ONE = "Trend reports.\n\nBAKU, January 20.\n\nThirty-one years have passed since the tragedy. People came to the Alley."


def test_shipped_corpus_lists_22_articles_with_year_and_source(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--format", "json")
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)
    assert len(articles) == 22
    assert len({a["id"] for a in articles}) == 22
    assert all(a["year"] and a["source"] for a in articles)
    assert set(articles[0]) >= {"id", "path", "title", "date", "year", "source", "declared"}


def test_plain_folder_without_catalog(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"one.txt": ONE, "two.txt": "Nothing to infer here at all."})
    result = run("list", "--format", "json", env={"JAN20_CORPUS": str(root)})
    assert result.returncode == 0, result.stderr
    by_id = {a["id"]: a for a in json.loads(result.stdout)}
    assert by_id["one"]["year"] == 2021 and by_id["one"]["source"] == "Trend" and by_id["one"]["date"] is None
    assert by_id["two"]["year"] is None and by_id["two"]["source"] is None
    assert by_id["one"]["declared"] == []


def test_corpus_option_after_the_command_and_index_env(run, write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"one.txt": ONE})
    index = tmp_path / "elsewhere.sqlite"
    result = run("years", "--corpus", str(root), "-f", "csv", env={"JAN20_INDEX": str(index)})
    assert result.stdout.splitlines() == ["year,articles", "2021,1"]
    assert index.exists()


def test_piped_default_is_tsv_with_header(run) -> None:  # type: ignore[no-untyped-def]
    lines = run("sources").stdout.splitlines()
    assert lines[0] == "source\tarticles"
    assert "President.az\t18" in lines


def test_exit_codes(run) -> None:  # type: ignore[no-untyped-def]
    assert run("list", "--year", "2017").returncode == 0
    none = run("list", "--year", "2005")
    assert none.returncode == 1 and none.stderr == ""
    for args in (
        ["list", "--year", "abc"],
        ["list", "--year", "99999"],
        ["list", "--format", "xml"],
        ["list", "--source", "Nonexistent Outlet"],
        ["nosuchcommand"],
        ["show"],
    ):
        bad = run(*args)
        assert bad.returncode == 2, args
        assert len(bad.stderr.strip().splitlines()) == 1, (args, bad.stderr)
        assert "Traceback" not in bad.stderr


def test_show_unknown_id_names_close_matches(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "president-az-2017")
    assert result.returncode == 2
    assert "president-az-2017-01-20" in result.stderr and len(result.stderr.splitlines()) == 1


def test_show_prints_plain_text_when_piped(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "eureporter-black-january")
    assert result.returncode == 0
    assert result.stdout.startswith("European Union")
    assert "You May Also Like" not in result.stdout
    data = json.loads(run("show", "eureporter-black-january", "-f", "json").stdout)
    assert data[0]["text"].endswith("territorial integrity of Azerbaijan…")


def test_source_filter_is_loose(run) -> None:  # type: ignore[no-untyped-def]
    result = run("list", "--source", "eu reporter", "-f", "jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["eureporter-black-january"]


def test_year_card(run) -> None:  # type: ignore[no-untyped-def]
    records = json.loads(run("year", "2017", "--format", "json").stdout)
    assert records[0] == {"type": "year", "year": 2017, "anniversary": 27, "articles": 2}
    assert {r["source"] for r in records if r["type"] == "article"} == {
        "President.az",
        "Embassy of Azerbaijan in Hungary",
    }
    assert run("year", "2005").returncode == 1


def test_head_is_quiet() -> None:
    result = subprocess.run(f"{JAN20} list | head -1", shell=True, capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("id\t")
    assert result.stderr == ""


def test_index_reports_what_it_read_and_skipped(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"one.txt": ONE, "blob.txt": b"\x00\xff" * 100, "README.md": "about"})
    result = run("index", "--rebuild", "-f", "json", env={"JAN20_CORPUS": str(root)})
    assert result.returncode == 0
    rows = {r["path"]: r for r in json.loads(result.stdout)}
    assert rows["one.txt"]["status"] == "added"
    assert rows["blob.txt"]["status"] == "skipped" and rows["blob.txt"]["reason"]
    assert rows["README.md"]["status"] == "skipped"
    assert "skipped" in result.stderr
    assert result.stderr.startswith("jan20: 1 document indexed (1 added, ")  # (not "1 documents")


def test_python_dash_m(tmp_path: Path) -> None:
    import sys

    result = subprocess.run([sys.executable, "-m", "jan20", "years", "-f", "json"], capture_output=True, text=True)
    assert result.returncode == 0 and json.loads(result.stdout)[0]["year"] == 2004


def test_shipped_corpus_is_found(run) -> None:  # type: ignore[no-untyped-def]
    assert (SHIPPED / "catalog.toml").exists()


def test_broken_catalog_keeps_the_previous_index_usable(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"one.txt": ONE})
    env = {"JAN20_CORPUS": str(root)}
    assert run("list", env=env).returncode == 0
    (root / "catalog.toml").write_text('["one.txt"]\nsource = \n')
    listed = run("list", "-f", "json", env=env)
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["id"] == "one"
    assert "catalog.toml:2" in listed.stderr and "previous index" in listed.stderr
    strict = run("index", env=env)
    assert strict.returncode == 2 and "catalog.toml:2" in strict.stderr
    assert len(strict.stderr.splitlines()) == 1


def test_broken_catalog_without_an_index_is_an_error(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"one.txt": ONE, "catalog.toml": '["two.txt"]\nsource = "x"\n'})
    result = run("list", env={"JAN20_CORPUS": str(root)})
    assert result.returncode == 2 and "two.txt" in result.stderr and "catalog.toml:1" in result.stderr


def test_version_and_help(run) -> None:  # type: ignore[no-untyped-def]
    assert run("--version").stdout.startswith("jan20 ")
    assert "search" in run("--help").stdout


def test_output_that_cannot_be_written_is_an_error(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import errno
    import importlib
    import io

    cli_main = importlib.import_module("jan20.cli.main")  # the module (jan20.cli.main is also its function)

    class Full(io.StringIO):
        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("sys.stdout", Full())
    assert cli_main._flushed(0) == 2
    assert capsys.readouterr().err == "jan20: error: cannot write the output: no space left on device\n"
