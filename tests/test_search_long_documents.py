"""A book-length document whose every page holds the query's word does not hide the other articles that hold it:
more passages match than a page of results needs, and each article keeps its best few among the candidates."""

from __future__ import annotations

from pathlib import Path

from jan20.archive.index import open_archive
from jan20.query.search import count, search

# 400 short paragraphs, each naming a wreath: more than the candidates a page of results reads (at least 200), and
# each ranks above a longer paragraph by FTS5's rank (bm25).
BOOK = "A history of the memorial, in many chapters\n\nPublished 20 January 2023\n\n" + "\n\n".join(
    f"Chapter {n}: the wreath." for n in range(400)
)
DOCS = {
    "book.txt": BOOK,
    "embassy.txt": "Published 20 January 2019\n\nThe ambassador laid a wreath at the monument in Ottawa.\n",
    "students.txt": "Published 20 January 2021\n\nStudents brought a wreath of red carnations to the Alley.\n",
}


def test_a_long_document_does_not_hide_the_other_articles(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = open_archive(write_corpus(DOCS), tmp_path / "book.sqlite")
    found = {hit.article for hit in search(archive, "wreath")}
    assert found == {"book", "embassy", "students"}
    assert count(archive, "wreath") == 3
    passages = [hit.article for hit in search(archive, "wreath", all_passages=True, limit=5)]
    assert passages == ["embassy", "students", "book", "book", "book"]  # by year, the book's 2023 last
