"""One word of a title-cased role: capitalised, and so each part of a hyphenated word ("vice-president":
"Vice-President", "co-founder": "Co-Founder"), but for the small words kept lower case ("Editor-in-Chief")."""

from __future__ import annotations


def title_word(word: str, index: int, small: frozenset[str]) -> str:
    """The word at `index` of a role, title-cased: a small word after the first is kept as written."""
    if index and word.lower() in small:
        return word
    parts = word.split("-")
    return "-".join(p if (k and p.lower() in small) else p[:1].upper() + p[1:] for k, p in enumerate(parts))
