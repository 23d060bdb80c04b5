"""What the attendee extractor finds: a person, or a group, the text places at the ceremony."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttendeeMention:
    """One person the text places at the ceremony (first/best mention)."""

    mention: str  # the name as written, whitespace-normalised ("Artur Rasi-zade")
    role_as_written: str | None  # "Chairman of Milli Majlis", "Parliament Speaker", "first lady", None
    role: str | None  # canonical role (`jan20.extract.people.canonical_role`)
    quote: str  # the sentence it came from, whitespace-normalised
    start: int  # offsets of the mention in the text given
    end: int


@dataclass(frozen=True)
class GroupMention:
    """A group the text places at the ceremony ("ambassadors of foreign countries")."""

    group: str
    quote: str
    start: int
    end: int
