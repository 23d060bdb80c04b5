"""--no-refresh (or JAN20_NO_REFRESH=1): lookups use the index as it is, without walking the folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .conftest import STORY


def _ids(run, *args: str, env: dict[str, str] | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    result = run(*args, "list", "--format", "json", env=env)
    assert result.returncode == 0, result.stderr
    return [row["id"] for row in json.loads(result.stdout)]


def test_no_refresh_answers_from_the_index_as_it_is(run, write_corpus) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": STORY})
    corpus = ["--corpus", str(root)]
    assert _ids(run, *corpus) == ["a"]
    (root / "b.txt").write_text(STORY)
    assert _ids(run, *corpus, "--no-refresh") == ["a"]  # the new file is not looked for
    assert _ids(run, *corpus, env={"JAN20_NO_REFRESH": "1"}) == ["a"]
    assert _ids(run, *corpus, env={"JAN20_NO_REFRESH": "0"}) == ["a", "b"]  # refreshed as usual
    (root / "c.txt").write_text(STORY)
    result = run(*corpus, "--no-refresh", "index", "--format", "json")  # `index` refreshes regardless
    assert result.returncode == 0, result.stderr
    assert {row["path"]: row["status"] for row in json.loads(result.stdout)}["c.txt"] == "added"


def test_no_refresh_still_builds_an_index_it_cannot_use(run, write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = write_corpus({"a.txt": STORY})
    assert not Path(os.environ["JAN20_INDEX"]).exists()
    assert _ids(run, "--corpus", str(root), "--no-refresh") == ["a"]  # no index yet: built
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(STORY)
    assert _ids(run, "--corpus", str(other), "--no-refresh") == ["x"]  # built for another folder: rebuilt
