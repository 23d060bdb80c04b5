"""A short run of the pipeline fuzzer (tests/fuzz/fuzz_pipeline.py): two hundred hostile documents and queries
through indexing, every library call behind the commands, and every output format."""

from __future__ import annotations

from .fuzz.fuzz_pipeline import report, run_fuzz


def test_short_fuzz_run_finds_no_failure() -> None:
    results = run_fuzz(200, seed=1)
    assert results.tried >= 200
    assert not results.failures, report(results)
