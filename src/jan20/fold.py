"""Folding text for matching: case, punctuation, diacritics and script all compare alike.

"Müstəqilliyimiz" and "Musteqilliyimiz", "Türkiye" and "Turkiye", "Алиев" and "Aliev" fold to the same words.
anyascii is used rather than unidecode because it folds ə to e (unidecode gives "@").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = re.compile(r"[a-z0-9]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# An apostrophe inside a word joins it: "Il'kham" (anyascii's Ильхам) is one word, like "Azerbaijan`s".
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z0-9])['`’](?=[a-z0-9])")


_ASCII_OF: dict[int, str] = {}  # code point → its anyascii form, filled as characters are met
_ASCII_CHARS = frozenset(map(chr, range(128)))


def _ascii_table(text: str) -> dict[int, str]:
    """A str.translate table for the non-ASCII characters of text.

    anyascii maps each character on its own, so mapping the distinct characters once and translating in C
    gives the same result many times faster than calling it on a long text.
    """
    from anyascii import anyascii

    table: dict[int, str] = {}
    for char in set(text).difference(_ASCII_CHARS):
        point = ord(char)
        if point not in _ASCII_OF:
            _ASCII_OF[point] = anyascii(char)
        table[point] = _ASCII_OF[point]
    return table


def fold(text: str) -> str:
    """Lowercase ASCII form of text (any script transliterated, apostrophes inside words dropped)."""
    if not text.isascii():
        table = _ascii_table(text)
        # translate() looks every character up, ASCII or not; in mostly-English text with a few accented names,
        # translating only the runs of other characters is several times faster.
        if len(text.encode("utf-8", "surrogatepass")) - len(text) > len(text) // 8:
            text = text.translate(table)
        else:
            text = _NON_ASCII.sub(lambda run: run.group().translate(table), text)
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
        table = _ascii_table(text)
        pieces: list[str] = []
        offsets = []
        for index, char in enumerate(text):
            folded = (table.get(ord(char), char)).lower()
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
