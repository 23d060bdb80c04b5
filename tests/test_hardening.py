"""Hardening, documents and catalogs: folders people did not write (scraped pages, old encodings, half-copied
archives, broken catalogs) keep working and lose nothing. The index, and hostile text and arguments, have files
of their own (test_hardening_index.py, test_hardening_injection.py).

Most tests run the installed `jan20` command, as a user would; a few fake what root cannot see (unreadable files).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jan20.archive import walk
from jan20.archive.index import refresh

from .conftest import RUSSIAN, STORY, Run, WriteCorpus, index_rows, listed, one_line_error

# Short legacy texts fit several code pages equally well; the usual one must win (not Baltic cp775, DOS cp1125).
LATIN1 = "Café résumé, naïve. Baku, 20 January 2021. Thirty-one years have passed since the tragédie à Bakou."
RUSSIAN_SHORT = "Баку, 20 января"


# --- 1. Bad documents ---------------------------------------------------------------------------------------


def test_bad_documents_are_decoded_or_skipped_each_with_a_one_line_reason(run: Run, write_corpus: WriteCorpus) -> None:
    deep = "/".join(f"level{n}" for n in range(60)) + "/deep.txt"
    root = write_corpus(
        {
            "cp1251.txt": RUSSIAN.encode("cp1251"),
            "latin1.txt": LATIN1.encode("latin-1"),
            "cp1251-short.txt": RUSSIAN_SHORT.encode("cp1251"),
            "utf16.txt": STORY.encode("utf-16"),  # with its byte-order mark
            "binary.txt": bytes(range(256)) * 40,
            "empty.txt": b"",
            "blank.md": b" \n\n\t\n",
            deep: STORY,
        }
    )
    os.symlink(".", root / "loop")  # a folder link back to itself
    os.symlink("ping.txt", root / "pong.txt")  # two file links pointing at each other
    os.symlink("pong.txt", root / "ping.txt")
    env = {"JAN20_CORPUS": str(root)}

    result = run("index", "-f", "json", env=env)
    rows = index_rows(result)
    assert {path: row["status"] for path, row in rows.items()} == {
        "cp1251.txt": "added",
        "cp1251-short.txt": "added",
        "latin1.txt": "added",
        "utf16.txt": "added",
        deep: "added",
        "binary.txt": "skipped",
        "empty.txt": "skipped",
        "blank.md": "skipped",
        "loop": "skipped",
        "ping.txt": "skipped",
        "pong.txt": "skipped",
    }
    assert rows["cp1251.txt"]["reason"] == "not UTF-8; decoded as cp1251"
    assert str(rows["latin1.txt"]["reason"]).startswith("not UTF-8; decoded as ")
    assert rows["utf16.txt"]["reason"] is None and rows[deep]["reason"] is None
    assert rows["binary.txt"]["reason"] == "binary file"
    assert rows["empty.txt"]["reason"] == rows["blank.md"]["reason"] == "empty file"
    assert rows["loop"]["reason"] == "symbolic link to a folder, not followed"
    assert str(rows["ping.txt"]["reason"]).startswith("cannot read: ")
    for row in rows.values():
        assert row["status"] != "skipped" or (row["reason"] and "\n" not in str(row["reason"]))
    assert "5 documents indexed" in result.stderr and "6 skipped" in result.stderr

    # Nothing is lost: the decoded documents read exactly as written.
    texts = {path: show_text(run, env, path) for path in ("cp1251.txt", "cp1251-short.txt", "latin1.txt", "utf16.txt")}
    assert texts["cp1251.txt"] == RUSSIAN
    assert texts["cp1251-short.txt"] == RUSSIAN_SHORT
    assert texts["latin1.txt"] == LATIN1
    assert "Thirty-one years have passed" in texts["utf16.txt"] and "Ilham Aliyev" in texts["utf16.txt"]

    # The table a person reads lists every skipped file with its reason.
    table = run("index", "-f", "tsv", env=env).stdout
    for path in ("binary.txt", "empty.txt", "loop", "ping.txt"):
        assert re.search(rf"^{re.escape(path)}\tskipped\t0\t\S", table, re.MULTILINE), table


def test_file_names_that_are_not_utf8_are_indexed_under_an_escaped_name(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / os.fsdecode(b"\xcf\xe0\xef\xea\xe0")).mkdir(parents=True)  # cp1251 names, as an old archive unpacks
    (root / os.fsdecode(b"\xcf\xe0\xef\xea\xe0/\xd1\xf2\xe0\xf2\xfc\xff.txt")).write_text(STORY)
    (root / "plain.txt").write_text(STORY)
    env = {"JAN20_CORPUS": str(root)}
    rows = index_rows(run("index", "-f", "json", env=env))
    assert {path: row["status"] for path, row in rows.items()} == {
        "\\xcf\\xe0\\xef\\xea\\xe0/\\xd1\\xf2\\xe0\\xf2\\xfc\\xff.txt": "added",
        "plain.txt": "added",
    }
    assert len(listed(run, env)) == 2


def test_corpus_folder_whose_name_is_not_utf8_works(run: Run, tmp_path: Path) -> None:
    root = tmp_path / os.fsdecode(b"\xc0\xf0\xf5\xe8\xe2")
    root.mkdir()
    (root / "plain.txt").write_text(STORY)
    result = run("list", "-f", "json", env={"JAN20_CORPUS": str(root)})
    assert result.returncode == 0, result.stderr


def show_text(run: Run, env: dict[str, str], path: str) -> str:
    articles = [a for a in listed(run, env) if a["path"] == path]
    assert len(articles) == 1, articles
    shown = run("show", str(articles[0]["id"]), "-f", "json", env=env)
    assert shown.returncode == 0, shown.stderr
    text: str = json.loads(shown.stdout)[0]["text"]
    return text


def test_decoding_warning_is_still_shown_when_the_document_is_unchanged(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"cp1251.txt": RUSSIAN.encode("cp1251")})
    env = {"JAN20_CORPUS": str(root)}
    assert index_rows(run("index", "-f", "json", env=env))["cp1251.txt"]["reason"]
    again = index_rows(run("index", "-f", "json", env=env))["cp1251.txt"]
    assert again["status"] == "unchanged"
    assert again["reason"] == "not UTF-8; decoded as cp1251"


def test_unreadable_file_is_skipped_with_its_reason(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"secret.txt": STORY, "open.txt": STORY})
    secret = root / "secret.txt"
    secret.chmod(0)
    real_open = os.open

    def fake_open(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: object) -> int:
        # Root reads any file, so a chmod 000 alone would prove nothing when the tests run as root.
        if Path(path) == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", fake_open)
    report = refresh(root, tmp_path / "i.sqlite")
    by_path = {f.path: f for f in report.files}
    assert (by_path["secret.txt"].status, by_path["secret.txt"].reason) == ("skipped", "cannot read: permission denied")
    assert by_path["open.txt"].status == "added"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode (see the monkeypatched test)")
def test_unreadable_file_is_listed_by_the_command(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"secret.txt": STORY, "open.txt": STORY})
    (root / "secret.txt").chmod(0)
    rows = index_rows(run("index", "-f", "json", env={"JAN20_CORPUS": str(root)}))
    assert rows["secret.txt"]["status"] == "skipped" and "cannot read" in str(rows["secret.txt"]["reason"])


def test_unreadable_folder_is_reported_not_silently_dropped(
    write_corpus: WriteCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_corpus({"kept.txt": STORY, "locked/inside.txt": STORY, "listless/inside.txt": STORY})
    real_scandir = os.scandir

    def fake_scandir(folder: str) -> Iterator[os.DirEntry[str]]:
        if Path(folder).name in ("locked", "listless"):  # root may list any folder: pretend these are not ours
            raise PermissionError(13, "Permission denied")
        return real_scandir(folder)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    found, skipped = walk.scan(root)
    assert [f.path for f in found] == ["kept.txt"]
    assert [(s.path, s.reason) for s in skipped] == [
        ("listless", "cannot read folder: permission denied"),
        ("locked", "cannot read folder: permission denied"),
    ]


def test_a_16_mb_one_line_page_is_indexed_and_kept_whole(run: Run, tmp_path: Path) -> None:
    # (How long a 50 MB one takes is measured by benchmarks/large_document.py, never asserted here.)
    root = tmp_path / "corpus"
    root.mkdir()
    sentence = (
        "On 20 January 1990 Soviet troops entered Baku and 147 people were killed; President Ilham Aliyev "
        "visited the Alley of Martyrs, 34 years have passed. "
    )
    size = 16 * 1024 * 1024
    page = (sentence * (size // len(sentence) + 1))[:size]
    (root / "page.txt").write_text(page, encoding="ascii")
    env = {"JAN20_CORPUS": str(root)}

    rows = index_rows(run("index", "-f", "json", env=env))
    assert rows["page.txt"]["status"] == "added"

    with sqlite3.connect(os.environ["JAN20_INDEX"]) as conn:
        assert conn.execute("SELECT length(text) FROM articles").fetchone()[0] == size  # nothing lost
    hits = run("search", "Ilham Aliyev", "-f", "json", env=env)
    assert hits.returncode == 0 and json.loads(hits.stdout)[0]["article"] == "page"


# --- 2. Broken catalog --------------------------------------------------------------------------------------

GOOD_CATALOG = '["one.txt"]\nsource = "Declared Outlet"\n'


@pytest.mark.parametrize(
    ("catalog", "where", "says"),
    [
        ('["one.txt"]\nsource = "Declared Outlet"\n\n["two.txt"\n', "catalog.toml:4", "invalid TOML"),
        ('["one.txt"]\nsource = "Declared Outlet"\n\n["missing.txt"]\nsource = "x"\n', "catalog.toml:4", "missing.txt"),
        ('["one.txt"]\nsource = 12\n', "catalog.toml:2", "source should be a non-empty string"),
        ('["one.txt"]\nsource = "x"\ndate = "yesterday"\n', "catalog.toml:3", "date should be a date"),
        ('["one.txt"]\nsource = "x"\ntags = ["a", "b"]\n', "catalog.toml:3", "tags should be a string"),
        ("\n\none.txt = 3\n", "catalog.toml:3", "is not a document"),  # a dotted key, not a table
        ('"one.txt" = "a string"\n', "catalog.toml:1", "should be a table"),
        (b'["one.txt"]\nsource = "Caf\xe9"\n', "catalog.toml", "not UTF-8"),
    ],
)
def test_broken_catalog_is_one_error_and_the_previous_index_stays_usable(
    run: Run, write_corpus: WriteCorpus, catalog: str | bytes, where: str, says: str
) -> None:
    root = write_corpus({"one.txt": STORY, "catalog.toml": GOOD_CATALOG})
    env = {"JAN20_CORPUS": str(root)}
    before = listed(run, env)
    assert before[0]["source"] == "Declared Outlet"

    (root / "catalog.toml").write_bytes(catalog if isinstance(catalog, bytes) else catalog.encode())
    error = one_line_error(run("index", env=env))
    assert f"{root / where}" in error and says in error, error

    commands = (["list", "-f", "json"], ["years", "-f", "json"], ["search", "Aliyev", "-f", "json"])
    results = [run(*command, env=env) for command in commands]
    for used in results:
        assert used.returncode == 0, used.stderr
        assert used.stderr.splitlines() == [used.stderr.strip()] and "using the previous index" in used.stderr
        assert where in used.stderr
    assert listed(run, env) == before

    (root / "catalog.toml").write_text(GOOD_CATALOG.replace("Declared", "Mended"))
    mended = run("list", "-f", "json", env=env)
    assert mended.stderr == "" and json.loads(mended.stdout)[0]["source"] == "Mended Outlet"


def test_catalog_saved_with_a_byte_order_mark_is_read(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY, "catalog.toml": "\ufeff" + GOOD_CATALOG})
    assert listed(run, {"JAN20_CORPUS": str(root)})[0]["source"] == "Declared Outlet"


def test_catalog_errors_do_not_send_control_characters_to_the_terminal(run: Run, write_corpus: WriteCorpus) -> None:
    root = write_corpus({"one.txt": STORY, "catalog.toml": '["one.txt"]\n"\\u001b[2J\\u0007" = [1]\n'})
    error = one_line_error(run("index", env={"JAN20_CORPUS": str(root)}))
    assert "\x1b" not in error and "\x07" not in error
    assert "\\x1b[2J\\x07 should be a string" in error
