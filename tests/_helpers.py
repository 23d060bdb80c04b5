"""What the attendee walk finds in a text, in the three shapes the tests compare: one helper of each, shared."""

from __future__ import annotations

import os

from jan20.extract.attendees import extract_attendees


def people(text: str) -> list[tuple[str, str | None]]:
    """Each person found, with the role, in the order found."""
    return [(a.mention, a.role) for a in extract_attendees(text)]


def roles(text: str) -> dict[str, str | None]:
    """Each person found, as written, to the role."""
    return {a.mention: a.role for a in extract_attendees(text)}


def names(text: str) -> list[str]:
    """The people found, as written, in the order found."""
    return [a.mention for a in extract_attendees(text)]


def examples(count: int) -> int:
    """How many examples a property test draws: `count`, or half of it in CI (HYPOTHESIS_PROFILE=ci replays a fixed,
    derandomised set; half keeps the suite under a minute on 2 cores, a local run explores them all)."""
    return max(25, count // 2) if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else count
