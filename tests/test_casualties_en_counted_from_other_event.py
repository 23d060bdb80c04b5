"""A time counted from another event whose name dates it, written before its name ("two years after the Sumgait
pogrom", "two years before the Khojaly massacre"): 1990, so the figures it times are this event's, while the dead of
a clause about that event ("in which 32 died", "that killed 32") are not. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.category, c.value) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two years after the Sumgait pogrom in which 32 died, 147 were killed in Baku.", [("killed", 147)]),
        (
            "Two years after the Sumgait pogrom, in which 32 people lost their lives, the army killed 147 civilians "
            "in Baku.",
            [("killed", 147)],
        ),
        ("Two years after the Sumgait events that killed 32, troops shot dead 147 people in Baku.", [("killed", 147)]),
        ("Two years before the Khojaly massacre, 147 civilians were killed in Baku.", [("killed", 147)]),
        (
            "Just two years after the Sumgait events, Soviet troops killed 147 people in Baku and wounded 744.",
            [("killed", 147), ("injured", 744)],
        ),
    ],
)
def test_a_time_counted_from_a_named_event(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Sumgait pogrom, in which 32 died, took place two years earlier.",
        "Two years after the tragedy, 613 civilians were killed in Khojaly.",
        "In Sumgait in 1988, 32 people were killed.",
    ],
)
def test_another_events_dead_stay_out(text: str) -> None:
    assert figures(text) == []
