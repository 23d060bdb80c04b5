"""Where the corpus and index are: the plain-string resolution the early walk uses is the one every command uses."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jan20.archive import locations
from jan20.archive.paths import resolve_corpus, resolve_index


@given(st.text(min_size=1, max_size=30).filter(lambda s: "/" not in s and "\0" not in s and s not in (".", "..")))
def test_the_default_index_is_named_after_the_folder_as_before(name: str) -> None:
    corpus = os.path.join("/srv/archives", name)
    stem = os.path.basename(locations.default_index_file(corpus)).rsplit("-", 1)[0]
    # The rule of the earlier releases (a regular expression): an index built by them is found again.
    expected = re.sub(r"[^A-Za-z0-9]+", "-", os.path.basename(os.path.realpath(corpus))).strip("-").lower()
    assert stem == (expected or "corpus")


def test_options_then_environment_then_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAN20_INDEX", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert locations.corpus_folder(tmp_path / "link") == str(tmp_path / "real")
    monkeypatch.setenv("JAN20_CORPUS", str(tmp_path / "link"))
    assert locations.corpus_folder() == str(tmp_path / "real") == str(resolve_corpus())
    index = locations.index_file(None, str(tmp_path / "real"))
    assert index.startswith(str(tmp_path / "cache" / "jan20" / "real-")) and index.endswith(".sqlite")
    assert Path(index) == resolve_index(None, resolve_corpus())
    monkeypatch.setenv("JAN20_INDEX", "~/x.sqlite")
    assert locations.index_file(None, "/any") == os.path.join(os.path.expanduser("~"), "x.sqlite")
    assert locations.index_file(tmp_path / "i.sqlite", "/any") == str(tmp_path / "i.sqlite")
    monkeypatch.delenv("JAN20_CORPUS")
    assert os.path.isdir(locations.corpus_folder())  # the shipped corpus
