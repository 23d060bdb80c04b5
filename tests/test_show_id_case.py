"""An id typed in capitals (as the file's name is written) is named in the error: ids are lower case, and the
fuzzy suggestion, which compares case, offered nothing for "BOM-CRLF" beside "bom-crlf"."""

from __future__ import annotations

from pathlib import Path

import pytest

from jan20.archive.index import open_archive
from jan20.errors import Jan20Error
from jan20.query.browse import get_article

DOCS = {
    "Embassy Report.txt": "Published 20 January 2019\n\nThe ambassador laid a wreath at the monument.\n",
    "other.txt": "Published 20 January 2020\n\nStudents visited the Alley of Martyrs.\n",
}


def test_an_id_in_other_case_is_suggested(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = open_archive(write_corpus(DOCS), tmp_path / "case.sqlite")
    assert get_article(archive, "embassy-report").id == "embassy-report"
    with pytest.raises(Jan20Error, match=r"no article with id 'EMBASSY-REPORT'; did you mean embassy-report\?$"):
        get_article(archive, "EMBASSY-REPORT")
    with pytest.raises(Jan20Error, match=r"did you mean embassy-report\?$"):
        get_article(archive, "Embassy-Report")
