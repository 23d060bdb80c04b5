"""Hardening: folders people did not write (scraped pages, old encodings, half-copied archives, broken catalogs,
damaged indexes, hostile text) keep working, lose nothing, and never take over the terminal.

Most tests run the installed `jan20` command, as a user would; a few fake what root cannot see (unreadable files).
Tests marked xfail document bugs reported for files this suite may not change; each names the file to fix.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from jan20 import walk
from jan20.index import refresh

from .conftest import JAN20, STORY, Run, WriteCorpus
from .test_arguments import BAD_ARGUMENTS as REFUSED_BEFORE_OPENING

RUSSIAN = "Баку, 20 января 2020 года. Прошло 30 лет с трагедии. Погибли 147 человек, сотни были ранены."
# Short legacy texts fit several code pages equally well; the usual one must win (not Baltic cp775, DOS cp1125).
LATIN1 = "Café résumé, naïve. Baku, 20 January 2021. Thirty-one years have passed since the tragédie à Bakou."
RUSSIAN_SHORT = "Баку, 20 января"
TERMINAL_ESCAPES = re.compile(r"\x1b\[[0-9;]*m")  # the styles Rich itself draws with


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
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        # Root reads any file, so a chmod 000 alone would prove nothing when the tests run as root.
        if path == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
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
    root = write_corpus({"kept.txt": STORY, "locked/inside.txt": STORY})
    real_scandir = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found, skipped = walk.scan(root)
    assert [f.path for f in found] == ["kept.txt"]
    assert [(s.path, s.reason) for s in skipped] == [("locked", "cannot read folder: permission denied")]


def test_a_50_mb_one_line_page_is_indexed_in_seconds_and_kept_whole(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    sentence = (
        "On 20 January 1990 Soviet troops entered Baku and 147 people were killed; President Ilham Aliyev "
        "visited the Alley of Martyrs, 34 years have passed. "
    )
    size = 50 * 1024 * 1024
    page = (sentence * (size // len(sentence) + 1))[:size]
    (root / "page.txt").write_text(page, encoding="ascii")
    env = {"JAN20_CORPUS": str(root)}

    started = time.monotonic()
    rows = index_rows(run("index", "-f", "json", env=env))
    took = time.monotonic() - started
    assert rows["page.txt"]["status"] == "added"
    assert took < 10, f"indexing a 50 MB one-line file took {took:.1f} s"

    with sqlite3.connect(os.environ["JAN20_INDEX"]) as conn:
        assert conn.execute("SELECT length(text) FROM articles").fetchone()[0] == size  # nothing lost
    started = time.monotonic()
    hits = run("search", "Ilham Aliyev", "-f", "json", env=env)
    assert hits.returncode == 0 and json.loads(hits.stdout)[0]["article"] == "page"
    assert time.monotonic() - started < 10


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
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda command: run(*command, env=env), commands))
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


# --- 3. A damaged index -------------------------------------------------------------------------------------


def _truncate(index: Path) -> None:
    data = index.read_bytes()
    index.write_bytes(data[: len(data) // 3])


def _empty(index: Path) -> None:
    index.write_bytes(b"")


def _text_file(index: Path) -> None:
    index.write_text("these are not the bytes you are looking for\n" * 100)


def _foreign(index: Path) -> None:
    index.unlink()
    with sqlite3.connect(index) as conn:
        conn.execute("CREATE TABLE articles (id TEXT, title TEXT)")
        conn.execute("INSERT INTO articles VALUES ('intruder', 'not from this archive')")
    conn.close()


def _other_version(index: Path) -> None:
    with sqlite3.connect(index) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA user_version = {version + 1}")
    conn.close()


def _missing_table(index: Path) -> None:
    with sqlite3.connect(index) as conn:
        conn.execute("DROP TABLE casualties")
    conn.close()


def _garbage_journal(index: Path) -> None:
    Path(f"{index}-journal").write_bytes(random.Random(3).randbytes(5000))


@pytest.mark.parametrize(
    "damage", [_truncate, _empty, _text_file, _foreign, _other_version, _missing_table, _garbage_journal]
)
def test_damaged_index_is_rebuilt_with_a_one_line_note(
    run: Run, write_corpus: WriteCorpus, damage: Callable[[Path], None]
) -> None:
    root = write_corpus({"one.txt": STORY, "two.txt": RUSSIAN, "catalog.toml": GOOD_CATALOG})
    env = {"JAN20_CORPUS": str(root)}
    good = {command: run(command, "-f", "json", env=env).stdout for command in ("list", "casualties", "attendees")}
    damage(Path(os.environ["JAN20_INDEX"]))

    first = run("casualties", "-f", "json", env=env)
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"jan20: rebuilding the index: [^\n]+\n", first.stderr), first.stderr
    assert first.stdout == good["casualties"]
    for command in ("list", "attendees"):
        again = run(command, "-f", "json", env=env)
        assert (again.returncode, again.stderr, again.stdout) == (0, "", good[command])


def _scribble_over_the_middle(index: Path, seed: int) -> None:
    data = bytearray(index.read_bytes())
    middle = len(data) // 2
    data[middle - 2048 : middle + 2048] = random.Random(seed).randbytes(4096)
    index.write_bytes(bytes(data))


def _hostile_archive(write_corpus: WriteCorpus) -> Path:
    return write_corpus({f"doc{n:02d}.txt": STORY.replace("147", str(100 + n)) * 3 for n in range(40)})


def test_scribbled_index_never_ends_in_a_traceback(run: Run, write_corpus: WriteCorpus) -> None:
    root = _hostile_archive(write_corpus)
    env = {"JAN20_CORPUS": str(root)}
    assert len(listed(run, env)) == 40
    pristine = Path(os.environ["JAN20_INDEX"]).read_bytes()
    for seed in range(3):
        Path(os.environ["JAN20_INDEX"]).write_bytes(pristine)
        _scribble_over_the_middle(Path(os.environ["JAN20_INDEX"]), seed)
        for command in (["list"], ["search", "Aliyev wreath"], ["casualties"], ["attendees"], ["show", "doc07"]):
            result = run(*command, "-f", "json", env=env)
            assert result.returncode in (0, 1) or len(result.stderr.splitlines()) == 1, result.stderr
            assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 1, result.stderr


def test_scribbled_index_is_detected_and_rebuilt(run: Run, write_corpus: WriteCorpus) -> None:
    root = _hostile_archive(write_corpus)
    env = {"JAN20_CORPUS": str(root)}
    good = run("search", "Aliyev wreath", "-n", "50", "-f", "json", env=env).stdout
    pristine = Path(os.environ["JAN20_INDEX"]).read_bytes()
    for seed in range(3):
        Path(os.environ["JAN20_INDEX"]).write_bytes(pristine)
        _scribble_over_the_middle(Path(os.environ["JAN20_INDEX"]), seed)
        result = run("search", "Aliyev wreath", "-n", "50", "-f", "json", env=env)
        assert result.stderr.startswith("jan20: rebuilding the index: "), (seed, result.stderr)
        assert result.stdout == good


# --- 4. Concurrency ------------------------------------------------------------------------------------------


BIG = 2000  # documents: a full build takes about a second


def _big_corpus(root: Path, count: int) -> Path:
    """A corpus whose full build takes a second or two."""
    names = ["Ilham Aliyev", "Mehriban Aliyeva", "Sahiba Gafarova", "Ali Asadov"]
    root.mkdir()
    for n in range(count):
        year = 1991 + n % 34
        (root / f"report{n:04d}.txt").write_text(
            f"# Commemoration report {n}\n\nBaku, 20 January {year}. {year - 1990} years have passed since the "
            f"tragedy.\n\n{names[n % 4]} visited the Alley of Martyrs and laid a wreath. {100 + n % 90} people "
            f"were killed and {500 + n % 300} wounded in 1990.\n"
        )
    return root


@pytest.fixture
def big_corpus(tmp_path: Path) -> Path:
    return _big_corpus(tmp_path / "big", BIG)


def _jan20(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [JAN20, *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so that its workers can be stopped with it
    )


def _check_index(path: Path) -> None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        orphans = "SELECT count(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)"
        assert conn.execute(orphans).fetchone()[0] == 0
    conn.close()


def test_two_rebuilds_at_once_leave_a_complete_consistent_index(run: Run, big_corpus: Path) -> None:
    env = {"JAN20_CORPUS": str(big_corpus)}
    builds = [_jan20("index", "--rebuild", "-f", "json", env=env) for _ in range(2)]
    for build in builds:
        out, err = build.communicate(timeout=120)
        assert build.returncode == 0, err
        assert len(json.loads(out)) == BIG
    assert len(listed(run, env)) == BIG
    _check_index(Path(os.environ["JAN20_INDEX"]))
    assert not list(Path(os.environ["JAN20_INDEX"]).parent.glob("index.sqlite.tmp-*"))


def _build_file_appears(index: Path, build: subprocess.Popen[str]) -> bool:
    """Wait until the build writes its temporary file; False when it ended first."""
    deadline = time.monotonic() + 60
    while not list(index.parent.glob(index.name + ".tmp-*")):
        if build.poll() is not None:
            return False
        assert time.monotonic() < deadline
        time.sleep(0.005)
    return True


def _stop_group(build: subprocess.Popen[str]) -> None:
    """End what is left of a build this test started (its worker processes), by its process group."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(build.pid, signal.SIGKILL)
    build.communicate()


@dataclass
class KilledBuild:
    env: dict[str, str]
    documents: int
    before: bytes  # the index file as it was before the build started
    build: subprocess.Popen[str]


def _kill_a_build_halfway(run: Run, tmp_path: Path) -> KilledBuild:
    """Start `jan20 index --rebuild` over an indexed corpus and SIGKILL it halfway (the corpus grows until its
    build lasts long enough to be caught in the middle, however fast builds get)."""
    index = Path(os.environ["JAN20_INDEX"])
    documents = 500
    for attempt in range(4):
        env = {"JAN20_CORPUS": str(_big_corpus(tmp_path / f"killed{attempt}", documents))}
        started = time.monotonic()
        assert len(listed(run, env)) == documents
        took = time.monotonic() - started
        before = index.read_bytes()
        build = _jan20("index", "--rebuild", env=env)
        if _build_file_appears(index, build):
            time.sleep(took / 3)
            if build.poll() is None:
                os.kill(build.pid, signal.SIGKILL)
                build.wait(timeout=30)
                return KilledBuild(env, documents, before, build)
        build.communicate()
        documents *= 4
    pytest.fail("every build ended before it could be killed")


def test_build_killed_halfway_leaves_the_old_index_intact(run: Run, tmp_path: Path) -> None:
    index = Path(os.environ["JAN20_INDEX"])
    killed = _kill_a_build_halfway(run, tmp_path)
    _stop_group(killed.build)
    assert index.read_bytes() == killed.before

    after = run("list", "-f", "json", env=killed.env)
    assert (after.returncode, after.stderr) == (0, "") and len(json.loads(after.stdout)) == killed.documents
    rebuilt = run("index", "--rebuild", env=killed.env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert not list(index.parent.glob(index.name + ".tmp-*"))  # the killed build's file is cleaned up
    _check_index(index)


def test_build_killed_halfway_leaves_no_worker_processes(run: Run, tmp_path: Path) -> None:
    from jan20.parallel import workers

    if workers() < 2:
        pytest.skip("builds run in one process on a single CPU")
    killed = _kill_a_build_halfway(run, tmp_path)
    try:
        deadline = time.monotonic() + 8
        while _group_alive(killed.build.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _group_alive(killed.build.pid), "worker processes outlived the killed build"
    finally:
        _stop_group(killed.build)


def _group_alive(pgid: int) -> bool:
    """True while a process of the group still runs (zombies waiting for a reaper do not count)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    for stat_file in proc.glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def test_reader_during_a_rebuild_sees_a_whole_index(run: Run, big_corpus: Path) -> None:
    env = {"JAN20_CORPUS": str(big_corpus)}
    assert len(listed(run, env)) == BIG
    build = _jan20("index", "--rebuild", env=env)
    reads: list[int] = []
    during = 0  # reads that started while the new index was being written
    try:
        _build_file_appears(Path(os.environ["JAN20_INDEX"]), build)
        while build.poll() is None or not reads:
            during += build.poll() is None
            result = run("list", "-f", "json", env=env)
            assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
            reads.append(len(json.loads(result.stdout)))  # parses: never a half-written answer
    finally:
        build.communicate(timeout=120)
    assert build.returncode == 0
    assert reads and set(reads) == {BIG}, reads
    assert during >= 1, "no read overlapped the build: use a bigger corpus"


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
    built = subprocess.run([JAN20, "index"], env={**os.environ, **env}, capture_output=True, timeout=60)
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
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda fmt: run(*command, *fmt, env=hostile), pipelines))
        drawn = pool.submit(_on_a_terminal, command, hostile) if shutil.which("script") else None
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
    from jan20.browse import ArticleRecord
    from jan20.render import FORMATS, render, write_text
    from jan20.terminal import Terminal

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
    from jan20.terminal import Terminal

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


HOSTILE_QUERIES = [
    '"',
    "'",
    'Aliyev" OR "x',
    "NEAR(Aliyev Alley)",
    "Ali*",
    "^Baku",
    "title:Baku",
    "x'; DROP TABLE articles; --",
    "Robert'); DELETE FROM articles WHERE ('1'='1",
    "%",
    "_",
    "(",
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

    with ThreadPoolExecutor(max_workers=4) as pool:
        failures = [failure for failure in pool.map(attempt, HOSTILE_QUERIES) if failure]
    assert not failures, "\n".join(failures)
    assert len(listed(run, hostile)) == 2  # nothing was dropped or deleted


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

    with ThreadPoolExecutor(max_workers=4) as pool:
        failures = [failure for failure in pool.map(attempt, BAD_ARGUMENTS) if failure]
    assert not failures, "\n".join(failures)
