"""Documents as users have them: saved web pages, PDF reports, Word files, Markdown with front matter, and the
files jan20 cannot read reported with their reason (fixtures: tests/format_samples.py, made on the spot)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jan20.archive.indexreport import FileStatus, IndexReport
from jan20.archive.not_read import not_read_summary
from jan20.archive.walk import scan
from jan20.reading.articles import articles_from_document, document_slug
from jan20.reading.catalog import CatalogEntry
from jan20.reading.corpus import NotText
from jan20.reading.formats import Declared, merge_declared, read_file
from jan20.reading.formats.frontmatter import split_front_matter
from jan20.reading.formats.html import decode_page, looks_like_html, read_page
from jan20.reading.formats.pdf import _page_lines, join_pages, without_running_lines

from . import format_samples as samples
from .conftest import JAN20, Run, run_in_process


def _write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode() if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample folder and its index, built once for the module."""
    base = tmp_path_factory.mktemp("formats")
    return _write(base / "corpus", samples.sample_folder()), base / "index.sqlite"


def _jan20(sample: tuple[Path, Path], *args: str) -> subprocess.CompletedProcess[str]:
    """`jan20 --corpus … --index … ARGS`, run in this process (what a format reads is library behaviour)."""
    corpus, index = sample
    return run_in_process("--corpus", str(corpus), "--index", str(index), *args)


def _json(sample: tuple[Path, Path], *args: str) -> list[dict[str, object]]:
    result = _jan20(sample, *args, "-f", "json")
    assert result.returncode in (0, 1), result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


# --- the whole folder, through the command line ----------------------------------------------------------------


def test_every_file_is_read_or_reported_with_its_reason(sample: tuple[Path, Path]) -> None:
    rows = {row["path"]: row for row in _json(sample, "index")}
    assert {path: row["reason"] for path, row in rows.items() if row["status"] == "skipped"} == {
        "confidential.pdf": "encrypted PDF",
        "scan.pdf": "PDF without a text layer (scanned?)",
        "notes.rtf": "unsupported format (.rtf)",
    }
    assert "photo.jpg" not in rows and "style.css" not in rows  # not documents: passed over, not reported
    assert rows["compilation.docx"]["articles"] == 2  # split at its dated headings


def test_readable_files_have_title_date_year_and_source(sample: tuple[Path, Path]) -> None:
    listed = {row["path"]: row for row in _json(sample, "list")}
    expected = {
        "caspian-wire.html": ("Baku honours the victims of 20 January", "2019-01-20", 2019, "Caspian Wire"),
        "diplomats.htm": (
            "Foreign diplomats pay tribute to the victims of Black January",
            "2022-01-20",
            2022,
            "South Caucasus Daily",
        ),
        "vestnik-2020.html": ("Годовщина трагедии 20 января", "2020-01-20", 2020, "Бакинский вестник"),
        "saved-page.txt": (
            "Foreign diplomats pay tribute to the victims of Black January",
            "2023-01-20",
            2023,
            "South Caucasus Daily",
        ),
        "eternal-flame.md": ("Wreaths at the Eternal Flame", "2017-01-20", 2017, "Harbour Ledger"),
        "silence.markdown": ("A minute of silence", "2021-01-20", 2021, "Old Town Courier"),
        "commission-report.pdf": (samples.REPORT_TITLE, None, None, None),
    }
    for path, (title, date, year, source) in expected.items():
        row = listed[path]
        assert (row["title"], row["date"], row["year"], row["source"]) == (title, date, year, source), path
    assert listed["caspian-wire.html"]["url"] == "https://caspianwire.example/news/politics/baku-honours-victims"
    assert listed["caspian-wire.html"]["declared"] == ["page:source", "page:title", "page:date", "page:url"]
    assert listed["silence.markdown"]["id"] == "courier-silence-2021"  # the front matter's id
    assert "front-matter:title" in listed["eternal-flame.md"]["declared"]
    docx = sorted((row["date"], row["year"]) for row in _json(sample, "list") if row["path"] == "compilation.docx")
    assert docx == [("2004-01-20", 2004), ("2010-01-20", 2010)]


@pytest.mark.parametrize("word", [*samples.CHROME_WORDS, "dataLayer", "Final report", "Accept all", "Page 2 of"])
def test_no_chrome_is_searchable(sample: tuple[Path, Path], word: str) -> None:
    result = _jan20(sample, "search", word, "--count")
    assert result.stdout.strip() == "0", (word, result.stdout, result.stderr)


def test_figures_and_attendees_are_found_across_line_and_page_breaks(sample: tuple[Path, Path]) -> None:
    figures = {
        (row["article"], row["category"], row["value"])
        for row in _json(sample, "casualties", "--rows")
        if row["article"] == "commission-report"
    }
    expected = {("killed", 147), ("injured", 744), ("arrested", 841), ("missing", 4)}
    assert {(category, value) for _, category, value in figures} == expected
    attendees = {(row["article"], row["name"]) for row in _json(sample, "attendees")}
    assert {
        ("caspian-wire", "Ilham Aliyev"),
        ("caspian-wire", "Mehriban Aliyeva"),
        ("diplomats", "Mark Libby"),
        ("vestnik-2020", "Ilham Aliyev"),
        ("eternal-flame", "Artur Rasizade"),
        ("courier-silence-2021", "Sahiba Gafarova"),
        ("compilation-2004-01-20", "Ilham Aliyev"),
        ("compilation-2010-01-20", "Ogtay Asadov"),
        ("commission-report", "Ilham Aliyev"),
    } <= attendees
    text = str(_json(sample, "show", "commission-report")[0]["text"])
    assert "Its investigation took two years" in text  # hyphenation undone
    assert samples.REPORT_HEADER not in text and "Page 1" not in text


def test_show_prints_the_extracted_text_and_offsets_point_into_it(sample: tuple[Path, Path]) -> None:
    text = str(_json(sample, "show", "caspian-wire")[0]["text"])
    assert text.startswith("Thousands of residents") or "Thousands of residents" in text
    for row in _json(sample, "casualties", "--rows"):
        if row["article"] == "caspian-wire":
            assert isinstance(row["start"], int) and isinstance(row["end"], int)
            assert str(row["quote"]) in text and text[row["start"] : row["end"]] in str(row["quote"])


def test_a_summary_line_names_the_unread_files_on_a_terminal(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "c", {"a.txt": "Baku, 20 January 2020. A report.", "b.rtf": "{\\rtf1}", "c.rtf": "x"})
    leader, follower = os.openpty()
    try:
        result = subprocess.run(
            [JAN20, "--corpus", str(corpus), "--index", str(tmp_path / "i.sqlite"), "list", "-f", "tsv"],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=60,
        )
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert result.returncode == 0
    assert "jan20: 2 files not read: 2 .rtf; `jan20 index` lists them" in shown.decode()


# --- each format on its own ---------------------------------------------------------------------------------------


def test_page_text_leaves_the_chrome_out() -> None:
    page = read_page(b"", decode_page(samples.AGENCY_PAGE.encode()))
    for word in samples.CHROME_WORDS:
        assert word not in page.text
    assert page.text.startswith("## Baku honours the victims of 20 January")
    assert page.declared == Declared(
        "page",
        title="Baku honours the victims of 20 January",
        date=__import__("datetime").date(2019, 1, 20),
        source="Caspian Wire",
        url="https://caspianwire.example/news/politics/baku-honours-victims",
    )


def test_page_charset_is_the_one_it_declares() -> None:
    decoded = decode_page(samples.CYRILLIC_PAGE.encode("cp1251"))
    assert decoded.encoding == "cp1251" and "Годовщина" in decoded.text
    assert decode_page("<html><body>Bakı</body></html>".encode()).encoding == "utf-8"


def test_a_page_not_in_the_charset_it_declares_is_detected_and_said() -> None:
    # saved in cp1251 under a meta tag saying utf-8: every Cyrillic letter was U+FFFD, with no warning
    page = samples.CYRILLIC_PAGE.replace("charset=windows-1251", "charset=utf-8")
    decoded = decode_page(page.encode("cp1251"))
    assert decoded.encoding == "cp1251" and "Годовщина" in decoded.text and "\ufffd" not in decoded.text
    assert decoded.warning == "declared utf-8, but is not; decoded as cp1251"
    # a page true to its charset says nothing; one stray byte in it keeps the charset, and says so
    assert decode_page(page.encode()).warning is None
    stray = decode_page(page.encode().replace(b"<h1>", b"<h1>\xff"))
    assert stray.encoding == "utf-8" and "Годовщина" in stray.text
    assert stray.warning == "undecodable bytes replaced"


def test_html_is_recognised_by_its_opening() -> None:
    assert looks_like_html(samples.PORTAL_PAGE)
    assert looks_like_html("\ufeff\n<!-- saved -->\n<HTML lang=en>")
    assert not looks_like_html("The <html> tag opens a page.")
    assert not looks_like_html("Baku, 20 January 2020.")


def test_a_page_without_article_text_is_skipped() -> None:
    with pytest.raises(NotText, match="no article text"):
        read_page(b"", decode_page(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"))


def test_pdf_lines_become_paragraphs() -> None:
    header, footer = "Commission report", "Page {} of 2"
    first = ["The first paragraph runs over a full line of the page, and", "ends here."]
    cut = ["A second paragraph is a full line long, and then it is cut by"]
    rest = ["the break of the page, and then its very last word is hyphen-"]
    rest += ["ated at the very end of a full line of the page, as here too.", "End."]
    pages = [[header, "Short title", "", *first, *cut, footer.format(1)], [header, *rest, footer.format(2)]]
    assert join_pages(without_running_lines(pages, str)).split("\n\n") == [
        "Short title",
        "The first paragraph runs over a full line of the page, and ends here.",
        "A second paragraph is a full line long, and then it is cut by the break of the page, and then its very "
        "last word is hyphenated at the very end of a full line of the page, as here too. End.",
    ]


def test_pdf_report_and_damaged_pdfs(tmp_path: Path) -> None:
    (tmp_path / "r.pdf").write_bytes(samples.report_pdf(pages=2))
    text = read_file(tmp_path / "r.pdf", "r.pdf").text
    assert text.startswith(samples.REPORT_TITLE)
    assert "147 civilians were killed by the troops, 744 people were injured" in text
    assert "and its suburbs.\n\nIn the night of 19 to 20 January" in text  # a paragraph break seen by its space
    pages = [" ".join(line.text for line in page) for page in _page_lines((tmp_path / "r.pdf").read_bytes())]
    broken = [n for n, page in enumerate(pages) if "were injured and 841" in page or "still missing" in page]
    assert len(set(broken)) == 2  # the sentence with the figures is cut by a page break in the file
    (tmp_path / "broken.pdf").write_bytes(samples.report_pdf(pages=1)[:300])
    (tmp_path / "fake.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    for name in ("broken.pdf", "fake.pdf"):
        with pytest.raises(NotText, match="damaged PDF"):
            read_file(tmp_path / name, name)


def test_docx_headings_and_damaged_word_files(tmp_path: Path) -> None:
    (tmp_path / "c.docx").write_bytes(samples.compilation_docx())
    text = read_file(tmp_path / "c.docx", "c.docx").text
    assert "\n\n# 20 January 2004\n\n" in text and "| Killed | 147 |" in text
    assert [article.date for article in articles_from_document("c.docx", text)] == ["2004-01-20", "2010-01-20"]
    (tmp_path / "d.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    with pytest.raises(NotText, match="damaged Word file"):
        read_file(tmp_path / "d.docx", "d.docx")
    (tmp_path / "~$c.docx").write_bytes(b"\x05user" + bytes(150))
    with pytest.raises(NotText, match="lock file"):
        read_file(tmp_path / "~$c.docx", "~$c.docx")


def test_xhtml_with_an_xml_declaration(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        "<title>Caf\xe9 talk</title></head><body><article><p>On 20 January 2015 residents of Baku gathered at the "
        "caf\xe9 by the Alley of Martyrs to remember the victims of the January night.</p></article></body></html>"
    )
    (tmp_path / "p.xhtml").write_bytes(page.encode("latin-1"))
    read = read_file(tmp_path / "p.xhtml", "p.xhtml")
    assert read.encoding == "iso8859-1" and "caf\xe9 by the Alley" in read.text
    assert read.declared is not None and read.declared.title == "Caf\xe9 talk"


def test_front_matter_is_metadata_not_text() -> None:
    text, declared, warning = split_front_matter(samples.YAML_MARKDOWN)
    assert text.startswith("Twenty-seven years") and "title:" not in text and warning is None
    assert declared is not None and (declared.title, declared.source) == (
        "Wreaths at the Eternal Flame",
        "Harbour Ledger",
    )
    text, declared, _ = split_front_matter(samples.TOML_MARKDOWN)
    assert declared is not None and declared.id == "courier-silence-2021" and not text.startswith("+++")
    broken = "+++\ntitle = \n+++\nText."
    text, declared, warning = split_front_matter(broken)
    assert text == broken and declared is None and warning and "front matter not read" in warning
    assert split_front_matter("--- a rule, not front matter\n\nText.")[1] is None


@pytest.mark.parametrize(
    "block",
    [
        "---\ntitle: Placeholder\ndate: 0001-01-01\n---\n",
        "---\ntitle: Placeholder\ndate: 9999-12-31T00:00:00Z\n---\n",
        "+++\ntitle = 'Placeholder'\ndate = 1066-10-14\n+++\n",
        "+++\ntitle = 'Placeholder'\ndate = 2300-01-20T10:00:00Z\n+++\n",
    ],
)
def test_a_declared_date_in_no_plausible_year_is_not_the_articles_date(block: str) -> None:
    _, declared, warning = split_front_matter(block + "Baku, 20 January 2020. A wreath was laid.")
    assert warning is None and declared is not None and declared.title == "Placeholder"
    assert declared.date is None
    _, kept, _ = split_front_matter(
        block.replace("0001", "2001").replace("9999", "2019").replace("1066", "2016").replace("2300", "2020") + "Text."
    )
    assert kept is not None and kept.date is not None and kept.date.year in {2001, 2019, 2016, 2020}


def test_the_catalog_wins_over_what_a_file_declares() -> None:
    declared = Declared("page", title="Page title", source="Page site", date=None, url="https://page.example")
    merged = merge_declared(CatalogEntry(source="Catalog source"), declared)
    assert merged is not None
    assert (merged.source, merged.title, merged.url) == ("Catalog source", "Page title", "https://page.example")
    article = articles_from_document("p.html", "Baku, 20 January 2020. A report.", merged)[0]
    assert article.declared == ("source", "page:title", "page:url")
    assert merge_declared(None, None) is None


def test_walk_reports_unsupported_documents_only(tmp_path: Path) -> None:
    _write(tmp_path, {"a.RTF": "x", "b.odt": "x", "c.epub": "x", "d.png": "x", "e.css": "x", "f.toml": "x"})
    found, skipped = scan(tmp_path)
    assert found == []
    assert skipped == [
        ("a.RTF", "unsupported format (.rtf)"),
        ("b.odt", "unsupported format (.odt)"),
        ("c.epub", "unsupported format (.epub)"),
    ]


def test_ids_strip_the_new_endings_and_keep_the_old() -> None:
    assert document_slug("reports/Un-Report.PDF") == "reports-un-report"
    assert [document_slug(f"a.{ending}") for ending in ("html", "htm", "xhtml", "docx", "markdown")] == ["a"] * 5
    assert document_slug("president-az.txt") == "president-az" and document_slug("notes.md") == "notes"


def test_summary_groups_reasons() -> None:
    statuses = (
        FileStatus("a.rtf", "skipped", 0, "unsupported format (.rtf)"),
        FileStatus("b.rtf", "skipped", 0, "unsupported format (.rtf)"),
        FileStatus("c.pdf", "skipped", 0, "encrypted PDF"),
        FileStatus("README.md", "skipped", 0, "the folder's README or licence, not a document"),
        FileStatus("d.txt", "added", 1),
    )
    report = IndexReport("i", "c", False, statuses)
    assert not_read_summary(report) == "3 files not read: 2 .rtf, 1 encrypted PDF; `jan20 index` lists them"
    assert not_read_summary(IndexReport("i", "c", False, statuses[3:])) is None


def test_summary_kinds_hold_no_comma_of_their_own() -> None:
    # "3 files not read: 2 symbolic link to a folder, not followed, 1 binary file": the list read as three kinds
    statuses = (
        FileStatus("a", "skipped", 0, "symbolic link to a folder, not followed"),
        FileStatus("b", "skipped", 0, "symbolic link to a folder, not followed"),
        FileStatus("c.txt", "skipped", 0, "binary file"),
    )
    summary = not_read_summary(IndexReport("i", "c", False, statuses))
    assert summary == "3 files not read: 2 symbolic link to a folder, 1 binary file; `jan20 index` lists them"


def test_a_lookup_loads_no_format_library(run: Run, tmp_path: Path) -> None:
    env = {**os.environ, "JAN20_INDEX": str(tmp_path / "i.sqlite")}
    assert run("index", env=env).returncode == 0  # (built here: the lookup's process is the one looked at)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "jan20", "year", "2017", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    loaded = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in result.stderr.splitlines()}
    assert not loaded & {"trafilatura", "lxml", "pypdfium2", "docx", "justext", "htmldate"}
