"""Folding text for matching: case, punctuation, diacritics and script all compare alike.

"Müstəqilliyimiz" and "Musteqilliyimiz", "Türkiye" and "Turkiye", "Алиев" and "Aliev" fold to the same words.
anyascii is used rather than unidecode because it folds ə to e (unidecode gives "@").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

_WORD = re.compile(r"[a-z0-9]+")
# An apostrophe inside a word joins it: "Il'kham" (anyascii's Ильхам) is one word, like "Azerbaijan`s".
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z0-9])['`’](?=[a-z0-9])")


# Marks typed for the apostrophe before a case ending or inside a word ("750´den", "Aliyev´in", "20ʼsi", "Bakı′da",
# "Azerbaijan`s", "CCAG‘s", "UNECʹs"): an acute accent, a modifier letter apostrophe or prime, a prime, a grave accent,
# an opening single quotation mark (which opens no quotation glued to a word). Every walk reads the typographic
# apostrophe ’ as the straight one; `read_apostrophes` writes these as it (one character for one).
_MARKS = "´ʼʹ′`‘"
_APOSTROPHE_LIKE = re.compile(rf"(?<=[^\W_])[{_MARKS}](?=[^\W\d_])")
_TYPOGRAPHIC = "’"


# Azerbaijani typed with the Cyrillic schwa among Latin letters ("147 nәfәri qәtlә yetirdi", as some pages type it):
# a word with a Latin letter and "ә" or "Ә" (U+04D9, U+04D8) is read with the Latin "ə", "Ə" (one for one); a word of
# Cyrillic letters only keeps it.
_CYRILLIC_SCHWA = re.compile(r"[^\W\d_]*[\u04d8\u04d9][^\W\d_]*")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_SCHWA = str.maketrans("\u04d8\u04d9", "\u018f\u0259")
_CYRILLIC_SCHWAS = frozenset("\u04d8\u04d9")
_READ_SCHWAS = frozenset("\u018f\u0259")  # (what a piece read so may hold)


def _latin_schwa(word: re.Match[str]) -> str:
    text = word.group()
    return text.translate(_LATIN_SCHWA) if _LATIN_LETTER.search(text) else text


def read_apostrophes(text: str) -> str:
    """text with the marks typed for an apostrophe between a letter or digit and a letter written as ’ (the same
    length: every offset still holds), and a Cyrillic schwa in a Latin word as the Latin one: what the extractors
    read. Nothing else is changed; `as_written` gives back what a piece of it says in the text as written."""
    # (two substring tests: a set's intersection with the text walked it in Python, 1.5% of extraction, 2026-12-07)
    if any(schwa in text for schwa in _CYRILLIC_SCHWAS):
        text = _CYRILLIC_SCHWA.sub(_latin_schwa, text)
    if not any(mark in text for mark in _MARKS):
        return text
    return _APOSTROPHE_LIKE.sub(_TYPOGRAPHIC, text)


def as_written(piece: str, read: str, written: str) -> str:
    """A piece the extractors took from `read` (`read_apostrophes` of `written`), whitespace-normalised, as the text
    writes it: its marks as typed ("750´den fazla kişi …" stays so in a quote)."""
    if read is written or (_TYPOGRAPHIC not in piece and not _READ_SCHWAS.intersection(piece)):
        return piece
    found = re.search(r"\s+".join(re.escape(part) for part in piece.split()), read)
    return " ".join(written[found.start() : found.end()].split()) if found else piece


_Found = TypeVar("_Found")


def found_as_written(
    written: str, find: Callable[[str], Iterable[_Found]], restore: Callable[[_Found, Callable[[str], str]], _Found]
) -> list[_Found]:
    """What `find` finds in `written` read by `read_apostrophes`, each record with its pieces as the text writes them:
    `restore` gets a record and `as_written` of this text for a piece, and gives back the record with its pieces so.
    A text with no mark to read is read as it is, and its records are kept as found."""
    read = read_apostrophes(written)
    found = list(find(read))
    if read is written:
        return found
    return [restore(record, lambda piece: as_written(piece, read, written)) for record in found]


# code point → its anyascii form, filled as characters are met (a translate table). anyascii drops the next-line
# character (NEL, U+0085), which `str.split` and a pattern's \s read as a space: it folds to one, as the line and
# paragraph separators and the no-break spaces do, so "sözü\x85verib" is two words folded as the patterns read it.
_ASCII_OF: dict[int, str] = {0x85: " "}
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


def _learn(chars: str) -> None:
    """Put the anyascii form of each character of chars in _ASCII_OF.

    anyascii maps each character on its own, so mapping the distinct characters once and translating in C
    gives the same result many times faster than calling it on a long text."""
    missing = [char for char in set(chars) if ord(char) not in _ASCII_OF]
    if missing:
        from anyascii import anyascii

        for char in missing:
            _ASCII_OF[ord(char)] = anyascii(char)


def lowercase(text: str) -> str:
    """text in lower case, with the Azerbaijani and Turkish capital İ as i: str.lower() gives i and a combining
    dot, one character more, which no word table spells and which shifts offsets; and with a circumflex on a, i, u
    left out, one letter for one: in Turkish it marks a variant spelling ("Millî", "Hâkim", "Kâtip" are "milli",
    "hakim", "katip" in every word table)."""
    low = text.replace("İ", "i").lower()
    # (three searches of a word are some five times quicker than translating it, and most words have none)
    return low.translate(_CIRCUMFLEX) if "â" in low or "î" in low or "û" in low else low


_CIRCUMFLEX = str.maketrans("âîû", "aiu")


# Letters that `re.IGNORECASE` equates with an ASCII letter, and that letter: the dotless ı and capital İ of
# Azerbaijani and Turkish, the long s and the Kelvin sign.
LIKE_ASCII = (("ı", "i"), ("İ", "i"), ("ſ", "s"), ("\u212a", "k"))
# Letters whose usual English spelling anyascii does not give: it folds ə to e, but "Əliyev" is "Aliyev" in English.
ENGLISH_LETTERS = str.maketrans({"ə": "a", "Ə": "A"})


def like_ascii(text: str) -> str:
    """text in lower case, with the letters `re.IGNORECASE` equates with ASCII ones written as those (the same
    length: "Bakı" is "baki", as a case-insensitive pattern "baki" finds it)."""
    text = lowercase(text)
    for odd, plain in LIKE_ASCII:
        if odd in text:
            text = text.replace(odd, plain)
    return text


def dotless_capital_i(word: str) -> str:
    """word with its capital I as the dotless ı: Azerbaijani "İraq" may be typed "Iraq", and a table of lower-case
    forms spells "Iğdır" "ığdır" (`lowercase` gives i for İ, and the dotted i for I)."""
    return word.replace("I", "ı")


def folds_of(text: str) -> dict[str, str]:
    """The folded form of each non-ASCII character of text: an index keeps those of its archive (see remember)."""
    if text.isascii():
        return {}
    chars = [char for char in set(text) if char > "\x7f"]  # (the set of a text is made in C: quicker than a regex)
    _learn("".join(chars))
    return {char: _ASCII_OF[ord(char)] for char in chars}


def remember(folds: dict[str, str]) -> None:
    """Take the folds an index kept of its characters, so that folding its text needs no anyascii: loading it
    and its tables costs a search on an archive with accented or Cyrillic text several milliseconds."""
    for char, folded in folds.items():
        _ASCII_OF.setdefault(ord(char), folded)


def to_ascii(text: str) -> str:
    """text with every character in its ASCII form (anyascii's: "Əliyev" is "Eliyev", "Алиев" "Aliev"), case
    kept: the one transliteration every fold of jan20 starts from."""
    if text.isascii():
        return text
    # Only the runs of non-ASCII characters are looked at and translated (in C): in mostly-English text with a
    # few accented names that is several times faster than taking the set of the whole text, and in Cyrillic
    # text about as fast.
    parts = _NON_ASCII_RUN.split(text)
    runs = parts[1::2]
    _learn("".join(runs))
    parts[1::2] = [run.translate(_ASCII_OF) for run in runs]
    return "".join(parts)


def fold(text: str) -> str:
    """Lowercase ASCII form of text (any script transliterated, apostrophes inside words dropped)."""
    folded = to_ascii(text).lower()
    return _INNER_APOSTROPHE.sub("", folded) if "'" in folded or "`" in folded else folded


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset of the original character it came from.

    The list has one extra entry (len(text)) so an end offset maps too. Needed because folding changes lengths
    ("Ж" becomes "Zh"), and highlights must land on the original characters.
    """
    if text.isascii():
        joined, offsets = text.lower(), list(range(len(text) + 1))
    else:
        _learn("".join(_NON_ASCII_RUN.findall(text)))  # (ASCII characters are left as they are)
        table = _ASCII_OF
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
