"""Folding text for matching: case, punctuation, diacritics and script all compare alike.

"Müstəqilliyimiz" and "Musteqilliyimiz", "Türkiye" and "Turkiye", "Алиев" and "Aliev" fold to the same words.
anyascii is used rather than unidecode because it folds ə to e (unidecode gives "@").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = re.compile(r"[a-z0-9]+")
# An apostrophe inside a word joins it: "Il'kham" (anyascii's Ильхам) is one word, like "Azerbaijan`s".
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z0-9])['`’](?=[a-z0-9])")


def fold(text: str) -> str:
    """Lowercase ASCII form of text (any script transliterated, apostrophes inside words dropped)."""
    if not text.isascii():
        from anyascii import anyascii

        text = anyascii(text)
    folded = text.lower()
    return _INNER_APOSTROPHE.sub("", folded) if "'" in folded or "`" in folded else folded


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset of the original character it came from.

    The list has one extra entry (len(text)) so an end offset maps too. Needed because folding changes lengths
    ("Ж" becomes "Zh"), and highlights must land on the original characters.
    """
    if text.isascii():
        joined, offsets = text.lower(), list(range(len(text) + 1))
    else:
        from anyascii import anyascii

        pieces: list[str] = []
        offsets = []
        for index, char in enumerate(text):
            folded = char.lower() if char.isascii() else anyascii(char).lower()
            pieces.append(folded)
            offsets.extend([index] * len(folded))
        offsets.append(len(text))
        joined = "".join(pieces)
    drop = {m.start() for m in _INNER_APOSTROPHE.finditer(joined)}
    if not drop:
        return joined, offsets
    kept = [i for i in range(len(joined)) if i not in drop]
    return "".join(joined[i] for i in kept), [offsets[i] for i in kept] + [offsets[-1]]


def words(folded: str) -> list[str]:
    """The words of folded text (runs of letters and digits)."""
    return _WORD.findall(folded)


def word_spans(folded: str) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) for each word of folded text."""
    for match in _WORD.finditer(folded):
        yield match.group(), match.start(), match.end()
