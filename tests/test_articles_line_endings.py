"""A compilation saved on Windows (CRLF) or an old Mac (CR) splits into its dated reports as the same file with LF
line endings does: its blank lines hold a carriage return, and they part blocks all the same."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document

COMPILATION = (
    "## 20 January 2015\n\nPresident Ilham Aliyev visited the Alley of Martyrs.\n\n"
    "## 20 January 2016\n\nPrime Minister Artur Rasizade laid a wreath at the Eternal Flame.\n"
)


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_a_compilation_splits_whatever_its_line_endings(ending: str) -> None:
    articles = articles_from_document("notes/compilation.md", COMPILATION.replace("\n", ending))
    assert [(a.id, a.date) for a in articles] == [
        ("notes-compilation-2015-01-20", "2015-01-20"),
        ("notes-compilation-2016-01-20", "2016-01-20"),
    ]
    assert "\r" not in articles[1].text and articles[1].text.endswith("laid a wreath at the Eternal Flame.")
