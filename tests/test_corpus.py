import os
from pathlib import Path

import pytest

from jan20.corpus import NotText, decode, scan

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
