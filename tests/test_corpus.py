import os
from pathlib import Path

import pytest

from jan20.archive import walk
from jan20.archive.walk import scan
from jan20.reading.corpus import NotText, decode

CYRILLIC = "20 января 1990 года советские войска вошли в Баку."


def test_utf8_and_boms() -> None:
    assert decode("Müstəqillik".encode()).text == "Müstəqillik"
    assert decode("\ufeffabc".encode()).text == "abc"
    decoded = decode("Bakı 20 Yanvar".encode("utf-16"))
    assert decoded.text == "Bakı 20 Yanvar"


def test_cp1251_is_detected_with_a_warning() -> None:
    decoded = decode((CYRILLIC + " " + CYRILLIC).encode("cp1251"))
    assert "Баку" in decoded.text
    assert decoded.warning and "not UTF-8" in decoded.warning


def test_latin1_is_decoded_not_refused() -> None:
    decoded = decode("Café Baku: the commemoration was held on 20 January in the city centre.".encode("latin-1"))
    assert "Caf" in decoded.text and decoded.warning


def test_binary_is_refused() -> None:
    with pytest.raises(NotText):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(encoding: str) -> None:
    # an export's "Unicode" text without its BOM was refused as a binary file
    text = "Baku, 20 January 2020. " + CYRILLIC + " The ambassador laid a wreath at the Alley of Martyrs."
    decoded = decode(text.encode(encoding))
    assert decoded.text == text and decoded.encoding == encoding
    assert decoded.warning == f"no byte-order mark; decoded as {encoding}"


@pytest.mark.parametrize(
    "data", [b"\x00\xff" * 100, b"\xff\x00" * 100, b"hello\x00world\x00" * 50, b"\x00\x01\x02\x03" * 100, b"ab\x00"]
)
def test_nuls_on_one_side_alone_make_no_text(data: bytes) -> None:
    with pytest.raises(NotText):
        decode(data)


def test_scan_finds_documents_recursively_and_skips_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.md").write_text("x")
    (tmp_path / "top.TXT").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "README.md").write_text("about this folder")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "loop")
    os.symlink("/etc/hostname", tmp_path / "outside.txt")
    found, skipped = scan(tmp_path)
    assert [f.path for f in found] == ["a/b/deep.md", "top.TXT"]
    reasons = {s.path: s.reason for s in skipped}
    assert "README.md" in reasons and "outside.txt" in reasons


def _wide_tree(root: Path) -> None:
    """Many folders, with every kind of entry in them."""
    for year in range(1990, 2010):
        for source in ("apa", "Azərtac", "trend"):
            folder = root / str(year) / source
            folder.mkdir(parents=True)
            for n in range(3):
                (folder / f"{year}-{n}.txt").write_text(f"story {year} {n}")
            (folder / "README.md").write_text("about")
            (folder / ".hidden.txt").write_text("x")
    os.symlink(root / "1990", root / "2001" / "apa" / "loop")
    os.symlink("../../1990/apa/1990-0.txt", root / "2002" / "trend" / "inside.txt")
    os.symlink("/etc/hostname", root / "2003" / "apa" / "outside.txt")
    (root / "top.md").write_text("top")


def test_a_wide_tree_is_walked_whole_with_every_kind_of_entry_sorted(tmp_path: Path) -> None:
    _wide_tree(tmp_path)
    found, skipped = scan(tmp_path)
    assert len(found) == 20 * 3 * 3 + 1  # + top.md (the link inside the folder leads to a document read as itself)
    assert {s.reason for s in skipped} >= {
        "symbolic link to a document read under its own name",
        "symbolic link to a folder, not followed",
        "symbolic link to outside the corpus folder",
        "the folder's README or licence, not a document",
    }
    assert [f.path for f in found] == sorted(f.path for f in found)


def test_the_digest_is_stable_and_changes_with_any_document(tmp_path: Path) -> None:
    _wide_tree(tmp_path)
    alone = walk.list_documents(tmp_path).digest()
    assert walk.list_documents(tmp_path).digest() == alone
    seen = {alone}
    story = tmp_path / "1995" / "apa" / "1995-1.txt"
    story.write_text("story 1995 1 edited")  # a new size
    seen.add(walk.list_documents(tmp_path).digest())
    os.utime(story, ns=(1, 1))  # the same size, another time
    seen.add(walk.list_documents(tmp_path).digest())
    story.rename(tmp_path / "1996" / "apa" / "1995-1.txt")  # moved to another folder
    seen.add(walk.list_documents(tmp_path).digest())
    (tmp_path / "1997" / "trend" / "README.md").unlink()  # a skipped file gone
    seen.add(walk.list_documents(tmp_path).digest())
    assert len(seen) == 5


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_link_to_a_document_of_the_folder_reads_it_once(tmp_path: Path) -> None:
    (tmp_path / "2020").mkdir()
    (tmp_path / "2020" / "story.txt").write_text("Wreaths were laid.")
    (tmp_path / ".drafts").mkdir()
    (tmp_path / ".drafts" / "note.md").write_text("A hidden draft.")
    os.symlink("2020/story.txt", tmp_path / "again.txt")  # the same document under a second name
    os.symlink(".drafts/note.md", tmp_path / "b-note.md")  # two links to one document the walk does not read itself
    os.symlink(".drafts/note.md", tmp_path / "a-note.md")
    found, skipped = scan(tmp_path)
    assert [f.path for f in found] == ["2020/story.txt", "a-note.md"]
    reasons = {s.path: s.reason for s in skipped}
    assert reasons["again.txt"] == reasons["b-note.md"] == "symbolic link to a document read under its own name"
