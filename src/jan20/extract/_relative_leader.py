"""A name that leads a group inside a relative clause: "xalqımıza qarşı X başda olmaqla imperiya rəhbərlərinin
törətdiyi faciədən danışmışdır" (the tragedy the leaders, X first among them, committed; X is no subject of the main
verb), while "Rektor X başda olmaqla əməkdaşlar xiyabanı ziyarət ediblər" keeps X (`[attendees] relative_leader`,
the group phrase after the name, then a few words and the participle that closes the clause before its noun). No
words here: they are all in the data files."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang

_CLAUSE = lang.pattern("attendees.relative_leader", r"^(?:{})")
_WORDS = 12  # how far after the name the clause may close


def in_relative_clause(toks: list[sx.Token], end: int) -> bool:
    """Whether the name (or list of names) ending before token `end` leads a group inside a relative clause."""
    words = [t.text for t in toks[end : end + _WORDS]]
    return bool(words) and _CLAUSE.search(" ".join(words)) is not None
