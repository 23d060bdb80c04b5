"""A figure given loosely, "more like 300", "something like 300", is an estimate (approx), not exact nor a floor
(README, "Extraction"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Officially 133 died, but the real toll was more like 300 dead.",
        "Other counts put it at something like 300 people killed.",
    ],
)
def test_loose_estimates_are_approx(text: str) -> None:
    figures = extract_casualties("Anniversary\n\n" + text)
    assert [(f.value, f.qualifier) for f in figures if f.value == 300] == [(300, "approx")]
