"""What the attendee walk finds in a text, in the three shapes the tests compare: one helper of each, shared."""

from __future__ import annotations

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
