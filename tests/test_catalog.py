import datetime as dt
from pathlib import Path

import pytest

from jan20.errors import CatalogError
from jan20.reading.catalog import load_catalog


def write(root: Path, text: str) -> Path:
    root.mkdir(exist_ok=True)
    (root / "catalog.toml").write_text(text, encoding="utf-8")
    return root


def test_absent_catalog_is_empty(tmp_path: Path) -> None:
    assert load_catalog(tmp_path).entries == {}


def test_fields_are_read_and_declared(tmp_path: Path) -> None:
    root = write(
        tmp_path / "c",
        '["a.txt"]\nsource = "Outlet"\nurl = "https://x.test"\ndate = 2017-01-20\nauthor = "N."\n',
    )
    entry = load_catalog(root, {"a.txt"}).entry("a.txt")
    assert entry is not None
    assert entry.source == "Outlet" and entry.date == dt.date(2017, 1, 20)
    assert entry.declared() == ("source", "url", "date")
    assert entry.extra == {"author": "N."}


def test_fingerprint_changes_with_the_entry(tmp_path: Path) -> None:
    one = load_catalog(write(tmp_path / "a", '["a.txt"]\nsource = "One"\n')).entry("a.txt")
    two = load_catalog(write(tmp_path / "b", '["a.txt"]\nsource = "Two"\n')).entry("a.txt")
    assert one and two and one.fingerprint() != two.fingerprint()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('["a.txt"]\nsource = "x"\nurl = \n', 3, "invalid TOML"),
        ('["a.txt"]\nsource = 3\n', 2, "source should be"),
        ('["a.txt"]\ndate = "yesterday"\n', 2, "date should be"),
        ('\n\n["missing.txt"]\nsource = "x"\n', 3, "not a document"),
        ('title = "loose"\n', 1, "should be a table"),
    ],
)
def test_broken_catalog_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    root = write(tmp_path / "c", text)
    with pytest.raises(CatalogError) as error:
        load_catalog(root, {"a.txt"})
    assert error.value.line == line
    assert f"catalog.toml:{line}:" in str(error.value)
    assert words in str(error.value)


def test_a_path_with_windows_separators_says_how_to_write_it(tmp_path: Path) -> None:
    # a Windows user's `["reports\\a.txt"]` was "not a document", with no line and no hint
    root = write(tmp_path / "c", '\n["reports\\\\a.txt"]\nsource = "x"\n')
    with pytest.raises(CatalogError) as error:
        load_catalog(root, {"reports/a.txt"})
    assert error.value.line == 2
    assert str(error.value).endswith(
        'is not a document in this folder; paths in the catalog are written with /: ["reports/a.txt"]'
    )
    with pytest.raises(CatalogError) as error:
        load_catalog(root, {"a.txt"})
    assert str(error.value).endswith("is not a document in this folder")
