"""Search on an archive written for these tests, in many phrasings and scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jan20.archive.index import Archive, open_archive
from jan20.errors import Jan20Error
from jan20.query.search import count, edit_budget, search
from jan20.text.fold import fold, fold_with_offsets

DOCS = {
    "phrase.txt": "Published 20 January 2019\n\nThe President laid a wreath at the Eternal Flame memorial in Baku.\n",
    "scattered.txt": (
        "Published 20 January 2018\n\nThe flame was lit early. Many words stand between here and there, "
        "in a long sentence about the weather, the crowds and the music, before the memorial is named; "
        "nothing eternal is said until the very end: eternal.\n"
    ),
    "names.txt": "Published 20 January 2004\n\nChairman of the Milli Majlis Murtuz Alasgarov took part.\n",
    "az.txt": "Dərc: 20 January 2017\n\n“Müstəqilliyimiz əbədidir, daimidir, dönməzdir” — Türkiye də qeyd etdi.\n",
    "ru.txt": "Опубликовано 20 January 2020\n\nПрезидент Ильхам Алиев посетил Аллею шехидов.\n",
    "rare.txt": "Published 20 January 2015\n\nThe ceremony ceremony ceremony ceremony included Gorbachev.\n",
    "common.txt": "Published 20 January 2016\n\nThe ceremony was held. The ceremony ended.\n",
    "hostile.txt": "Published 20 January 2021\n\n[bold red]Alarm[/] \x1b[31mred text\x1b[0m appears here.\n",
}


@pytest.fixture
def archive(write_corpus, tmp_path: Path) -> Archive:  # type: ignore[no-untyped-def]
    return open_archive(write_corpus(DOCS), tmp_path / "search.sqlite")


def top(archive: Archive, query: str, **kwargs: object) -> list[str]:
    return [hit.article for hit in search(archive, query, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("etarnal flame memorail", "phrase"),
        ("Eternal Flame memorial", "phrase"),
        ("Murtuz Alesgerov", "names"),
        ("murtuz alasgarov", "names"),
        ("Musteqilliyimiz", "az"),
        ("müstəqilliyimiz", "az"),
        ("Turkiye", "az"),
        ("Алиев", "ru"),
        ("Ilham Aliev", "ru"),  # a Latin name finds its Cyrillic spelling
        ("посетил", "ru"),
        ("GORBACHEV", "rare"),
    ],
)
def test_typos_and_folding_find_the_article(archive: Archive, query: str, article: str) -> None:
    assert top(archive, query)[0] == article


def test_exact_phrase_beats_near_phrase_beats_scattered(archive: Archive) -> None:
    exact = search(archive, "eternal flame memorial")
    near = search(archive, "etarnal flame memorail")
    assert exact[0].article == "phrase" and exact[0].score == 100
    assert near[0].article == "phrase" and 50 <= near[0].score < 100
    scores = {hit.article: hit.score for hit in exact}
    assert scores["phrase"] > scores.get("scattered", 0)


def test_rare_word_counts_more_than_a_common_one(archive: Archive) -> None:
    hits = search(archive, "ceremony gorbachev")
    assert hits[0].article == "rare"


def test_offsets_and_highlight_land_on_the_original_characters(archive: Archive) -> None:
    for query, expected in (
        ("musteqilliyimiz", "Müstəqilliyimiz"),
        ("aliev", "Алиев"),
        ("eternal flame", "Eternal Flame"),
    ):
        hit = search(archive, query)[0]
        text = archive.conn.execute("SELECT text FROM articles WHERE id = ?", (hit.article,)).fetchone()[0]
        assert text[hit.start : hit.end] == expected
        assert hit.match == expected
        assert hit.snippet[hit.highlight[0] : hit.highlight[1]] == expected


def test_filters(archive: Archive) -> None:
    assert top(archive, "ceremony", year=2016) == ["common"]
    assert top(archive, "ceremony", year=2003) == []
    with pytest.raises(Jan20Error):
        search(archive, "ceremony", year=12345)


def test_one_hit_per_article_unless_all_passages(archive: Archive) -> None:
    assert top(archive, "ceremony").count("common") == 1
    assert len(search(archive, "ceremony", all_passages=True)) >= len(search(archive, "ceremony"))


def test_count_and_no_match(archive: Archive) -> None:
    assert count(archive, "ceremony") == 2
    assert search(archive, "zzzqqqxxx") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "NEAR(",
        "a OR b",
        "-",
        "*",
        "year-2020",
        "'; DROP TABLE articles; --",
        "[bold]x[/bold]",
        "x" * 10_000,
        "a " * 5000,
        "NOT AND OR",
        "col:term",
        "^start",
        "\x00\x1b[2J",
    ],
)
def test_hostile_queries_are_just_text(archive: Archive, query: str) -> None:
    search(archive, query)  # no exception
    count(archive, query)
    assert archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(DOCS)


def test_empty_query_is_a_usage_error(archive: Archive) -> None:
    with pytest.raises(Jan20Error):
        search(archive, "   ")
    with pytest.raises(Jan20Error):
        search(archive, "x", limit=0)


def test_fold() -> None:
    assert fold("Müstəqilliyimiz") == "musteqilliyimiz"
    assert fold("Türkiye") == "turkiye"
    assert fold("Алиев") == "aliev"
    folded, offsets = fold_with_offsets("Жа")
    assert folded == "zha" and offsets == [0, 0, 1, 2]
    assert fold("Ильхам") == "ilkham" and fold("Azerbaijan`s") == "azerbaijans"
    folded, offsets = fold_with_offsets("Ильхам Ж")
    assert folded == fold("Ильхам Ж") and len(offsets) == len(folded) + 1 and offsets[-1] == 8


def test_edit_budget() -> None:
    assert [edit_budget(w) for w in ("baku", "flame", "eternal", "alasgarov", "1990")] == [1, 1, 2, 3, 0]


def test_cli_search(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    env = {"JAN20_CORPUS": str(write_corpus(DOCS))}
    result = run("search", "etarnal flame memorail", "-f", "json", env=env)
    assert result.returncode == 0, result.stderr
    hit = json.loads(result.stdout)[0]
    assert set(hit) >= {"article", "year", "source", "score", "snippet", "start", "end"}
    assert run("search", "ceremony", "--count", env=env).stdout.strip() == "2"
    assert run("search", "zzzqqqxxx", env=env).returncode == 1
    # nothing found: csv and tsv still give their header, JSON an empty list
    empty = run("search", "zzzqqqxxx", "-f", "tsv", env=env)
    assert (empty.returncode, empty.stdout) == (1, "score\tarticle\tyear\tsource\tsnippet\n")
    assert run("search", "zzzqqqxxx", "-f", "csv", env=env).stdout == "score,article,year,source,snippet\n"
    assert run("search", "zzzqqqxxx", "-f", "json", env=env).stdout == "[]\n"
    assert run("search", "zzzqqqxxx", "--count", env=env).stdout.strip() == "0"
    empty = run("search", "", env=env)
    assert empty.returncode == 2 and len(empty.stderr.splitlines()) == 1
    assert run("search", "x", "--limit", "-1", env=env).returncode == 2
    assert run("search", "x", "--min-score", "500", env=env).returncode == 2
    shown = run("search", "alarm", env=env)
    assert "\x1b" not in shown.stdout and "[bold red]Alarm[/]" in shown.stdout


def test_passages_with_enough_of_the_words_are_found(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Holding some of the query words is enough when they can reach the minimum score.
    # Many passages hold all three words, so the every-word query alone fills --limit 2 ... but not --limit 10.
    docs = {f"all{n}.txt": "Published 20 January 2019\n\nWreath, flame and memorial in Baku.\n" for n in range(3)}
    docs["two.txt"] = "Published 20 January 2018\n\nA wreath by the flame, nothing more.\n"
    docs["one.txt"] = "Published 20 January 2017\n\nThe word wreath alone, with other words entirely.\n"
    opened = open_archive(write_corpus(docs), tmp_path / "subsets.sqlite")
    found = top(opened, "wreath flame memorial", limit=10)
    assert "two" in found  # two words of three can make the default minimum score
    assert "one" not in found  # one word cannot
    assert "one" in top(opened, "wreath flame memorial", limit=10, min_score=10)
    assert len(top(opened, "wreath flame memorial", limit=2)) == 2


@pytest.mark.parametrize(
    "query",
    [
        "The President laid a wreath at the Eternal Flame memorial in Baku today",
        "Chairman Milli Majlis Murtuz Alasgarov ceremony Gorbachev flame weather crowds",
        "ceremony ceremony included the memorial eternal music crowds weather",
    ],
)
def test_long_queries_find_what_every_combination_of_their_words_finds(
    archive: Archive, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the rarest words are combined to select passages (the rest are assumed present): a sound shortcut,
    # so the hits are those of combining every word, and of fetching any passage with any word.
    from jan20.query import search as searching

    results = []
    for combined in (0, 2, 6, 20):
        monkeypatch.setattr(searching, "MAX_WORDS_COMBINED", combined)
        for min_score in (30, 50, 70):
            results.append(
                (
                    combined,
                    min_score,
                    [(h.article, h.score, h.start) for h in search(archive, query, min_score=min_score)],
                )
            )
    by_score: dict[int, set[str]] = {}
    for _, min_score, hits in results:
        by_score.setdefault(min_score, set()).add(repr(hits))
    assert all(len(variants) == 1 for variants in by_score.values()), results
    assert any(hits for _, _, hits in results)


ENDINGS = {
    "xiyaban.txt": "Dərc: 20 January 2022\n\nŞəhidlər Xiyabanında anım mərasimi keçirildi.\n",
    "shekhid.txt": "Опубликовано 20 January 2023\n\nЦветы возложили у могил шехидов.\n",
    "baki.txt": "Dərc: 20 January 2021\n\nBakıda matəm günü qeyd olundu.\n",
    "english.txt": "Published 20 January 2020\n\nMemorials were visited and statements were read.\n",
    "war.txt": "Published 20 January 2019\n\nA warm day; the warrant was issued.\n",
}


@pytest.fixture
def endings(write_corpus, tmp_path: Path) -> Archive:  # type: ignore[no-untyped-def]
    return open_archive(write_corpus(ENDINGS), tmp_path / "endings.sqlite")


@pytest.mark.parametrize(
    ("query", "article", "match"),
    [
        ("Şəhidlər Xiyabanı", "xiyaban", "Şəhidlər Xiyabanında"),  # an Azerbaijani case ending (+nda)
        ("shehidler xiyabani", "xiyaban", "Şəhidlər Xiyabanında"),  # ...with a transliteration typo too
        ("xiyaban", "xiyaban", "Xiyabanında"),  # a longer ending (+ında)
        ("Bakı", "baki", "Bakıda"),
        ("шехид", "shekhid", "шехидов"),  # a Russian case ending
        ("memorial", "english", "Memorials"),
    ],
)
def test_word_endings_are_in_reach(endings: Archive, query: str, article: str, match: str) -> None:
    hit = search(endings, query)[0]
    assert (hit.article, hit.match) == (article, match)
    assert hit.score < 100  # an inflected form is close, not exact


def test_word_endings_cost_something(endings: Archive) -> None:
    assert top(endings, "war") == []  # a short word takes no ending: not "warm", not "warrant"
    assert top(endings, "state") == []  # five letters may take at most three more at one edit: not "statements"
    exact = search(endings, "xiyabanında")[0].score
    inflected = search(endings, "xiyabanı")[0].score
    assert exact == 100 and 50 <= inflected < exact


def test_ending_cost() -> None:
    from jan20.query.search import ending_cost

    assert [ending_cost(n) for n in (1, 2, 3, 4, 5)] == [1, 1, 1, 2, 2]


def test_nothing_found_is_said_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from jan20.cli import app as cli_app
    from jan20.render.terminal import Terminal

    monkeypatch.setattr(cli_app.Terminal, "detect", classmethod(lambda cls, stream: Terminal(is_tty=True)))
    assert cli_app.emit([], None) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "nothing found" in captured.err
    monkeypatch.setattr(cli_app.Terminal, "detect", classmethod(lambda cls, stream: Terminal(is_tty=False)))
    assert cli_app.emit([], None) == 1
    assert capsys.readouterr().err == ""  # in a pipeline, the exit status says it


def test_an_index_keeps_the_folds_of_its_characters(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from jan20.archive.index import refresh
    from jan20.archive.textindex import load_folds

    root = write_corpus({"a.txt": "Müstəqillik günü\n\nАлиев в Баку.\n", "b.txt": "Plain ASCII text.\n"})
    index = tmp_path / "folds.sqlite"
    refresh(root, index)
    with sqlite3.connect(index) as conn:
        first = load_folds(conn)
    assert {"ü": "u", "ə": "e", "Б": "B", "л": "l"}.items() <= first.items()
    (root / "c.txt").write_text("Şəhidlər Xiyabanı\n", encoding="utf-8")
    refresh(root, index)
    with sqlite3.connect(index) as conn:
        second = load_folds(conn)
    assert first.items() <= second.items() and second["Ş"] == "S"


def test_a_search_folds_with_the_index_s_folds_not_anyascii(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from jan20.archive.index import refresh

    root = write_corpus({"a.txt": "Şəhidlər Xiyabanı, Baku.\n\nMüstəqilliyimiz uğrunda həlak olanlar.\n"})
    index = tmp_path / "folds.sqlite"
    refresh(root, index)
    program = (
        "import sys; from pathlib import Path; from jan20.archive.index import open_archive; "
        "from jan20.query.search import search; "
        f"hits = search(open_archive(Path({str(root)!r}), Path({str(index)!r})), 'Musteqilliyimiz'); "
        "print(len(hits), hits[0].snippet if hits else '', 'anyascii' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    count, *_, imported = result.stdout.split()
    assert count == "1" and "Müstəqilliyimiz" in result.stdout and imported == "False"


def test_remembered_folds_fold_as_anyascii_does() -> None:
    from anyascii import anyascii

    from jan20.text.fold import folds_of, remember

    text = "Ilham Əliyev, Türkiye, Москва, 20 Yanvar — «Şəhidlər»"
    folds = folds_of(text)
    assert folds == {char: anyascii(char) for char in set(text) if not char.isascii()}
    remember({"x": "nonsense"} | folds)  # an ASCII character is never looked up
    assert fold(text) == anyascii(text).lower()
    assert fold_with_offsets(text)[0] == fold(text)


def test_to_ascii_is_anyascii_with_case_kept_for_ids_and_every_fold() -> None:
    from anyascii import anyascii

    from jan20.reading.articles import slug
    from jan20.text.fold import to_ascii

    for text in ("Ёжик в тумане", "Şəhidlər Xiyabanı", "İlham Əliyev", "plain ASCII", "Ağdam — 20 Ocak", ""):
        assert to_ascii(text) == anyascii(text)
    assert slug("Ёжик/Şəhidlər.txt") == "ezhik-sehidler-txt"  # article ids stay what they were


def test_candidates_are_all_matches_up_to_the_cap_then_the_best_ranked(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jan20.query import search as search_module

    paragraphs = [f"Paragraph {n} about the eternal flame and {'other words ' * n}here." for n in range(12)]
    root = write_corpus({"a.txt": "Title\n\n" + "\n\n".join(paragraphs) + "\n"})
    archive = open_archive(root, tmp_path / "cap.sqlite")
    conn = archive.conn

    def texts(cap: int) -> list[str]:
        return [row["text"] for row in search_module._candidates(conn, '"flame"', "1", [], cap)]

    assert sorted(texts(12)) == sorted(texts(100)) and len(texts(12)) == 12  # every match, ranked or not
    ranked = [
        row[0]
        for row in conn.execute(
            "SELECT p.text FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid "
            "WHERE paragraphs_fts MATCH '\"flame\"' ORDER BY f.rank LIMIT 3"
        )
    ]
    assert texts(3) == ranked and ranked[0].startswith("Paragraph 0")  # more than the cap: the best by rank
