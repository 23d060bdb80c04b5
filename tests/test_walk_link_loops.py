"""A loop of symbolic links is skipped with one reason on every Python (3.11 raises RuntimeError, 3.13 OSError)."""

import os
from pathlib import Path

import pytest

from jan20.archive.walk import list_documents

POSIX = os.name != "nt"


@pytest.mark.skipif(not POSIX, reason="symbolic links need a privilege on Windows")
def test_a_link_loop_is_named_so_on_every_python(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("x", encoding="utf-8")
    os.symlink("loop2.txt", tmp_path / "loop1.txt")
    os.symlink("loop1.txt", tmp_path / "loop2.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    reasons = dict(list_documents(tmp_path).skipped())
    assert reasons == dict.fromkeys(("loop1.txt", "loop2.txt", "self.txt"), "cannot read: symbolic link loop")
