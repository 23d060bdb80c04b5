"""Titles written with a contracted word ("замминистра", "замглавы", "зампред"): the words it stands
for, so the title reads as its full form does ("заместитель министра": a deputy minister). The contractions are
each language's `[roles.contractions]`, a word (lower case) and the words it stands for."""

from __future__ import annotations

from jan20.text.fold import lowercase

from .. import lang

_FULL: dict[str, str] = {
    str(word): str(full) for _, table in lang.table("roles.contractions") for word, full in table.items()
}


def written_in_full(role_as_written: str) -> str:
    """The title with each contracted word in full; the title itself when it has none."""
    if not _FULL:
        return role_as_written
    words = role_as_written.split()
    full = [_FULL.get(lowercase(w), w) for w in words]
    return " ".join(full) if full != words else role_as_written
