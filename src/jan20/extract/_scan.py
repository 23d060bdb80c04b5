"""Cheap whole-text scans that tell an extractor where its cue words are, so it reads only those sentences.

Python's regular-expression engine is slow on a pattern of many alternatives (a few MB/s), so the text is
instead folded once into one byte per character: ASCII letters lower-cased, every other character a space.
Which cue words occur is then one set intersection with the fold's words, and where they are is `bytes.find`.
Both are cached for the last few texts, so the extractors run on one article share them.

The fold over-approximates every way the extractors match a word, so a prefilter built on it never drops a
sentence that could yield a row: it splits words at every non-letter (so at least wherever `\\b` or a
tokenizer does), and it turns the non-ASCII letters that `re.IGNORECASE` equates with ASCII ones (ı, İ, ſ and
the Kelvin sign) into those letters. Cue words written in other scripts need a pattern of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jan20.text.fold import LIKE_ASCII as _LIKE_ASCII
from jan20.text.fold import like_ascii as _like_ascii

from ._anchored import Anchored, automaton

_FOLD = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
_CACHED = 8  # texts: an article, its title, and the title and text the year is inferred from


def cue_words(words: Iterable[str]) -> frozenset[bytes]:
    """Cue words as the fold spells them (lower-case ASCII); each must be a single word of letters."""
    out = frozenset(w.lower().encode("ascii") for w in words)
    assert all(w.isalpha() for w in out), "a fold word is letters only"
    return out


@lru_cache(maxsize=_CACHED)
def folded(text: str) -> bytes:
    """The text as one byte per character (same offsets, plus one: it is padded with a space each side)."""
    return _fold(text)


def fold_words(text: str) -> frozenset[bytes]:
    """The words of the fold of a short text (a sentence), not cached (the caches hold the texts the extractors
    share)."""
    return frozenset(_fold(text).split())


def _fold(text: str) -> bytes:
    for odd, plain in _LIKE_ASCII:
        if odd in text:
            text = text.replace(odd, plain)
    return b" " + text.encode("ascii", "replace").translate(_FOLD) + b" "


@lru_cache(maxsize=_CACHED)
def utf8(text: str) -> bytes:
    """The text in UTF-8 (empty for ASCII text, which has no letter of another script)."""
    return b"" if text.isascii() else text.encode("utf-8", "surrogatepass")


@lru_cache(maxsize=_CACHED)
def words(text: str) -> frozenset[bytes]:
    """The words of the fold."""
    return frozenset(folded(text).split())


def find_words(text: str, cues: frozenset[bytes]) -> list[int]:
    """Offsets in `text` of every occurrence of the cue words (as whole words of the fold), in order."""
    present = cues & words(text)
    if not present:
        return []
    fold = folded(text)
    if len(present) > _FEW_WORDS:
        return [m.start() for m in _words_pattern(cues).finditer(fold)]
    found: list[int] = []
    for word in present:
        needle = b" " + word + b" "
        at = fold.find(needle)
        while at >= 0:
            found.append(at)  # the word starts at fold[at + 1], which is text[at]
            at = fold.find(needle, at + len(word) + 1)
    return sorted(found)


# More cue words than this in a text are found by one pass of a pattern of them all (`_words_pattern`) rather than a
# scan of the fold for each: on news-like text, where the casualty extractor's prefilter finds about 50 words, 0.30
# -> 0.07 ms per text of 5 KB (2026-12-06); a scan or two stays quicker for a few.
_FEW_WORDS = 4


@lru_cache(maxsize=64)  # (a few sets of cue words, each made once per process)
def _words_pattern(cues: frozenset[bytes]) -> re.Pattern[bytes]:
    """A space, then one of the words, then a space (not taken: it opens the next word): a match starts where the
    fold has " word ", as `find_words` finds it."""
    return re.compile(b" (?:" + trie(sorted(word.decode() for word in cues)).encode() + b")(?= )")


class Stems:
    """Stems the fold spells, each looked for as a space and the stem (the start of a fold word), all in one pass:
    a space, then (looked ahead, so that none hides another) a tree of the stems' shared beginnings. The offsets are
    those of a scan of the fold for each stem in turn, as many times as the stems found there (a stem listed twice
    is found twice): 0.25 -> 0.06 ms on a news-like text of 5 KB for the casualty words' 44 stems (2026-12-06)."""

    def __init__(self, stems: Iterable[bytes]) -> None:
        listed = list(stems)
        assert all(stem.startswith(b" ") and len(stem) > 1 for stem in listed), "a stem starts a fold word"
        rests = sorted({stem[1:].decode() for stem in listed})
        self._pattern = re.compile(b" (?=(" + trie(rests).encode() + b"))" if rests else rb"(?!x)x")
        # the longest stem found at an offset, with how many of the stems listed start there with it
        self._count = {rest.encode(): sum(1 for stem in listed if rest.encode().startswith(stem[1:])) for rest in rests}

    def positions(self, fold: bytes) -> list[int]:
        """Where the stems are in the fold (offsets of the space before each), in order."""
        found: list[int] = []
        for match in self._pattern.finditer(fold):
            found += [match.start()] * self._count[match.group(1)]
        return found


def word_before(text: str, at: int) -> bytes:
    """The fold word that ends before offset `at` (b"" at the start of the text)."""
    fold = folded(text)
    end = at + 1  # fold[at + 1] is text[at]
    while end > 0 and fold[end - 1] == 32:  # 32: b" "
        end -= 1
    return fold[fold.rfind(b" ", 0, end) + 1 : end]


@lru_cache(maxsize=_CACHED)
def lowered(text: str) -> str:
    """The text as `StemGate` looks in it: lower case, ı and İ as i (same offsets)."""
    return _like_ascii(text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=_CACHED)
def _non_ascii(text: str) -> frozenset[str]:
    """The characters outside ASCII of a text as `lowered` writes it."""
    return frozenset(_NON_ASCII.findall(lowered(text)))


def trie(words: list[str]) -> str:
    """An alternation of the words, as a tree of their shared beginnings (a long flat alternation is slow to try
    at every word of a text): longest first."""
    if words == [""]:
        return ""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(head) + trie(rests) if head else "" for head, rests in heads.items()]
    ends = "" in heads
    group = "|".join(sorted((b for b in branches if b), key=len, reverse=True))
    return f"(?:{group})?" if ends else (f"(?:{group})" if len(branches) > 1 else group)


@dataclass(frozen=True)
class StemGate:
    """Where a case-insensitive pattern can match, given stems one of which each match holds at the start of a word
    (a cue of a language the fold does not spell): derived from the stems, so it never drops a match. A stem the
    fold spells (ASCII once ı and İ are i) is looked for at the start of a fold word (a non-letter before it is a
    space there); another in the lower-cased text, which only a text that is not ASCII can hold."""

    ascii_stems: tuple[bytes, ...]
    # ... as one pattern, a tree of their shared beginnings: a text of 5 KB is read in a quarter of the time that
    # looking for each of 57 stems in turn took (2026-12-06; most texts hold none, and are read for them twice)
    ascii_pattern: re.Pattern[bytes]
    other_stems: tuple[str, ...]
    pattern: re.Pattern[str]
    other_letters: tuple[tuple[str, frozenset[str]], ...]  # each other stem with its letters outside ASCII
    anchored: Anchored  # the pattern, tried only where a stem is (a third of the attendee extractor's time, else)
    # ... and the other stems as an Aho–Corasick automaton, which finds whether the text holds any of them in one pass
    # (the text scanned for each stem whose letters outside ASCII it has: on news-like text that is not ASCII, most of
    # the 171 stems of the attendee prefilter, a scan of the whole text each; 2026-12-08). None without the library
    # (`_anchored.automaton`).
    other_automaton: Any = field(default=None, compare=False)

    @classmethod
    def of(cls, stems: Iterable[str]) -> StemGate:
        listed = sorted(set(stems), key=lambda stem: (-len(stem), stem))
        keys = sorted({_like_ascii(stem) for stem in listed})
        # a stem the fold spells only at a word's start, as `may_match` finds it (a letter `re.IGNORECASE` equates
        # with an ASCII one is a letter there): the Turkish "andı" and "açtı" typed without accents are not read
        # inside "commanding" and "attraction" (294 of the 1,720 sentences the attendee walk read on 300 news-like
        # texts were read for those alone, 2026-12-07)
        alternation = "|".join(
            ("(?<![a-z])" if _like_ascii(stem).isascii() else "") + re.escape(stem) for stem in listed
        )
        others = tuple(key for key in keys if not key.isascii())
        pattern = re.compile(alternation or r"(?!x)x", re.IGNORECASE)
        ascii_stems = tuple(b" " + key.encode().translate(_FOLD) for key in keys if key.isascii())
        return cls(
            ascii_stems,
            re.compile(trie(sorted(stem.decode() for stem in ascii_stems)).encode() if ascii_stems else rb"(?!x)x"),
            others,
            pattern,
            tuple((key, frozenset(_NON_ASCII.findall(key))) for key in others),
            Anchored.of(pattern),
            automaton((stem, stem) for stem in others),
        )

    def may_match(self, text: str, cached: bool = True) -> bool:
        """Whether a match may be in the text (`cached`: its readings kept for the extractors that share them, as
        for a whole text; not for a sentence)."""
        fold = folded(text) if cached else _fold(text)
        if self.ascii_pattern.search(fold) is not None:
            return True
        if text.isascii() or not self.other_stems:
            return False
        low = lowered(text) if cached else _like_ascii(text)
        if self.other_automaton is not None:
            return next(self.other_automaton.iter(low), None) is not None
        # A stem is looked for only in a text that has each of its letters outside ASCII (most texts that are not
        # ASCII have a few such letters, most stems some other: each `in` is a scan of the whole text).
        chars = _non_ascii(text) if cached else frozenset(_NON_ASCII.findall(low))
        return any(stem in low for stem, letters in self.other_letters if chars.issuperset(letters))

    def positions(self, text: str) -> list[int]:
        """Where the stems are (nothing when no stem can be)."""
        return [m.start() for m in self.anchored.finditer(text)] if self.may_match(text) else []
