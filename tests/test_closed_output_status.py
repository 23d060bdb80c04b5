"""A reader that goes away before the output is written ends jan20 quietly with status 0, in every format: a table
too (Rich's own handling of a broken pipe exits with 1, which reads as "nothing found")."""

import os
import subprocess

import pytest

from .conftest import JAN20


@pytest.mark.parametrize("fmt", ["table", "tsv", "json"])
def test_a_closed_pipe_is_status_zero(fmt: str) -> None:
    subprocess.run([JAN20, "index"], capture_output=True, timeout=120, check=True)  # (built before the race below)
    read, write = os.pipe()
    os.close(read)  # the reader is gone before jan20 writes a byte
    try:
        done = subprocess.run(
            [JAN20, "year", "2004", "-f", fmt], stdout=write, stderr=subprocess.PIPE, text=True, timeout=60
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (0, "")
