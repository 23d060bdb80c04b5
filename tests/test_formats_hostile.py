"""Hostile files in the formats jan20 reads: each is skipped with its reason, quickly and in bounded memory, and
the rest of the archive is indexed (found by a hostile try of the readers)."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from jan20.archive.index import refresh
from jan20.reading import formats
from jan20.reading.corpus import NotText
from jan20.reading.formats import unpacked

from .conftest import STORY, Run, WriteCorpus

SMALL = 1024 * 1024  # the unpacking limit the tests set, so that their bombs stay small


def _statuses(root: Path, tmp_path: Path) -> dict[str, tuple[str, str | None]]:
    return {f.path: (f.status, f.reason) for f in refresh(root, tmp_path / "i.sqlite").files}


def test_front_matter_nested_too_deep_skips_that_file_only(write_corpus: WriteCorpus, tmp_path: Path) -> None:
    deep = "+++\nx = " + "[" * 1500 + "]" * 1500 + "\n+++\n\nOn 20 January 2020 a wreath was laid in Baku.\n"
    root = write_corpus({"good.txt": STORY, "deep.md": deep})
    statuses = _statuses(root, tmp_path)
    assert statuses["good.txt"] == ("added", None)
    assert statuses["deep.md"][0] in ("added", "skipped")  # read without its front matter, or skipped: not a failure


@pytest.mark.parametrize("charset", ["zlib", "base64", "idna", "undefined", "rot13"])
def test_a_page_declaring_a_codec_that_is_no_text_encoding_is_read_as_any_page(
    write_corpus: WriteCorpus, tmp_path: Path, charset: str
) -> None:
    page = (
        f'<html><head><meta charset="{charset}"><title>Wreaths</title></head><body><article><p>On 20 January 2020 '
        "President Ilham Aliyev visited the Alley of Martyrs and laid a wreath at the memorial to the victims.</p>"
        "</article></body></html>"
    )
    root = write_corpus({"good.txt": STORY, "page.html": page})
    statuses = _statuses(root, tmp_path)
    assert statuses["good.txt"] == ("added", None)
    assert statuses["page.html"][0] in ("added", "skipped")


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_word_file_that_unpacks_past_the_limit_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unpacked, "MAX_UNPACKED_BYTES", SMALL)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_zip({"word/document.xml": b"<w:t>" + b"x" * (2 * SMALL) + b"</w:t>"}))
    assert bomb.stat().st_size < SMALL // 100
    with pytest.raises(NotText, match="unpacks to more than"):
        formats.read_file(bomb, "bomb.docx")


def test_a_pdf_with_a_stream_that_unpacks_past_the_limit_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unpacked, "MAX_UNPACKED_BYTES", SMALL)
    stream = zlib.compress(b"(x) Tj\n" * (SMALL // 3))
    body = b"%PDF-1.4\n1 0 obj <</Length " + str(len(stream)).encode() + b" /Filter /FlateDecode>>\nstream\n"
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(body + stream + b"\nendstream\nendobj\n%%EOF\n")
    with pytest.raises(NotText, match="unpacks to more than"):
        formats.read_file(bomb, "bomb.pdf")
    modest = tmp_path / "modest.pdf"  # a stream under the limit is left to the PDF reader
    small_stream = zlib.compress(b"(x) Tj\n" * 100)
    modest.write_bytes(b"%PDF-1.4\n1 0 obj <</Filter /FlateDecode>>\nstream\n" + small_stream + b"\nendstream\n")
    unpacked.check_unpacked_size(modest.read_bytes(), "PDF")  # no error


def test_a_web_page_over_its_limit_is_skipped(
    write_corpus: WriteCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formats, "MAX_PAGE_BYTES", SMALL)
    page = "<html><body><article><p>" + "A wreath was laid. " * (SMALL // 10) + "</p></article></body></html>"
    root = write_corpus({"good.txt": STORY, "huge.html": page, "huge-saved.txt": page})
    statuses = _statuses(root, tmp_path)
    assert statuses["good.txt"] == ("added", None)
    assert statuses["huge.html"] == ("skipped", "larger than 1 MB")
    assert statuses["huge-saved.txt"] == ("skipped", "a web page larger than 1 MB")


def test_completion_never_offers_a_value_with_a_control_character(
    run: Run, write_corpus: WriteCorpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jan20.cli import complete

    root = write_corpus(
        {
            "a.txt": STORY,
            "b.txt": STORY,
            "catalog.toml": (
                '["a.txt"]\nsource = "Evil \\u001b]0;TITLE\\u0007 Outlet"\n["b.txt"]\nsource = "Every Day"\n'
            ),
        }
    )
    env = {"JAN20_CORPUS": str(root)}
    assert run("list", env=env).returncode == 0

    class Context:  # what completion reads of click's context: no --corpus or --index given
        def __init__(self) -> None:
            self.params: dict[str, object] = {}
            self.parent = None

    monkeypatch.setenv("JAN20_CORPUS", str(root))
    assert complete.sources(Context(), "E") == ["Every Day"]
    assert complete.sources(Context(), "_") == []  # a LIKE wildcard typed is a character, not a pattern
