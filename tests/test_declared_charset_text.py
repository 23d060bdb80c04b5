"""A text file that declares its charset (a saved page's header or meta line, or a page saved as .txt) is read in it
when its bytes are in that charset, whatever the detector would guess (`corpus.declared_encoding`, shared with
`formats.html.decode_page`)."""

from pathlib import Path

from jan20.reading.corpus import declared_encoding, decode
from jan20.reading.formats import read_file

# A page saved as .txt whose meta tag comes after a long style sheet (beyond the detector's own look for it).
_STYLE = "<style>" + "p{margin:0}\n" * 1000 + "</style>"
_PAGE = (
    f'<!DOCTYPE html><html><head>{_STYLE}<meta charset="windows-1251"><title>Баку</title></head><body><article>'
    "<h1>Баку</h1><p>Жертвы января в Баку. Шехиды. Память.</p></article></body></html>"
)


def test_a_page_saved_as_txt_is_read_in_the_charset_its_head_declares(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(_PAGE.encode("cp1251"))
    read = read_file(path, "page.txt")
    assert read.encoding == "cp1251" and "Жертвы января в Баку." in read.text


def test_a_text_with_a_charset_line_is_read_in_that_charset(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("charset=windows-1251\n\nШехиды\n".encode("cp1251"))  # (a short text the detector misreads)
    read = read_file(path, "note.txt")
    assert (read.encoding, read.text.split("\n")[-2]) == ("cp1251", "Шехиды")
    assert read.warning == "not UTF-8; decoded as cp1251, as it declares"
    header = "Content-Type: text/plain; charset=koi8-r\n\nБаку, 20 января\n".encode("koi8_r")
    assert decode(header).encoding == "koi8-r"


def test_a_declaration_the_bytes_do_not_fit_is_not_believed() -> None:
    assert decode("charset=cp1251\nБаку\n".encode()).encoding == "utf-8"  # UTF-8 first: a declaration left behind
    wrong = decode("charset=utf-8\nВ Баку 20 января почтили память шехидов.\n".encode("cp1251"))
    assert wrong.encoding == "cp1251" and "as it declares" not in (wrong.warning or "")


def test_only_a_text_encoding_is_a_declared_charset() -> None:
    assert declared_encoding(b"Windows-1251") == "cp1251"
    assert declared_encoding(b"KOI8-R") == "koi8-r"
    assert [declared_encoding(name) for name in (b"zlib", b"base64", b"utf-16", b"bogus", b"")] == [None] * 5
