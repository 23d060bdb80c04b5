"""A facet count's articles with no source or no year show a placeholder in a table, and stay null elsewhere."""

import json
from pathlib import Path

import pytest

from jan20.query.browse import UNKNOWN_SOURCE, UNKNOWN_YEAR

FILES = {
    "plain.txt": "Some notes\n\nA short note about nothing much, kept with the archive.\n",
    "agency.txt": "Ceremony\n\nOn 20 January 2016 people went to the Alley of Martyrs, Azernews reports.\n",
}


@pytest.mark.parametrize(
    ("command", "column", "blank"), [("sources", "source", UNKNOWN_SOURCE), ("years", "year", UNKNOWN_YEAR)]
)
def test_a_null_facet_is_named_in_a_table(write_corpus, tmp_path: Path, run, command, column, blank) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus(FILES)
    where = ["--corpus", str(root), "--index", str(tmp_path / "i.sqlite")]
    table = run(command, "-f", "table", *where)
    assert table.returncode == 0
    rows = [line for line in table.stdout.splitlines() if line.startswith("│")]
    assert any(line.split("│")[1].strip() == blank for line in rows), table.stdout
    records = json.loads(run(command, "-f", "json", *where).stdout)
    assert {column: None, "articles": 1} in records
    tsv = run(command, "-f", "tsv", *where).stdout.splitlines()
    assert "\t1" in tsv and blank not in "".join(tsv)
    assert blank not in run(command, "-f", "csv", *where).stdout
