"""Where in a text the anniversary phrases may be: the stretches that hold one of their cue words (`anniversary`'s
prefilter; its patterns are slow to run over a whole text).

A phrase holds only word characters, spaces, hyphens, apostrophes and, right after a number, the marks its language
declares (`phrase_marks`: the full stop of the Turkish ordinal "34. yıl dönümü"), so a stretch runs from one other
character to the next. Cue words: "anniversary"; "year(s)" before a word that ends a phrase or after a verb that
starts one; Azerbaijani "il", "ildönüm" (folded to "ild"); the stems of other scripts.
"""

from __future__ import annotations

import re

from jan20 import lang
from jan20.extract import _scan as scan
from jan20.text.numbers import ROMAN

_ROMAN_BEFORE = re.compile(rf"(?<!\w){ROMAN}$")
_NOT_IN_PHRASE = re.compile(r"[^\w\s\-‐‑'’]")
_MARKS = frozenset("".join(lang.words("anniversary.phrase_marks")))


def _breaks_phrase(text: str, at: int) -> bool:
    """Whether the character at `at` (one of _NOT_IN_PHRASE) ends a phrase: not a mark right after a digit."""
    if text[at] not in _MARKS or at == 0:
        return True
    return not (text[at - 1].isdigit() or _ROMAN_BEFORE.search(text, max(0, at - 9), at))  # ("XXXIV. yıl")


_CUE_WORDS = scan.cue_words(lang.words("anniversary.prefilter.words"))
_YEAR_WORDS = scan.cue_words(lang.words("anniversary.prefilter.year_words"))
_AFTER_YEARS = scan.cue_words(lang.words("anniversary.prefilter.after_years"))
_BEFORE_YEARS = scan.cue_words(lang.words("anniversary.prefilter.before_years"))  # "marks 23 years", "it's been"
# Phrases in a script the fold does not spell hold one of these stems ("год", "лет"; in their other spellings too, as
# the patterns match them: "yil" for "yıl", `lang.stem_spellings`).
_STEMS = scan.StemGate.of(
    spelt
    for language, stems in lang.table("anniversary.prefilter.stems")
    for stem in stems
    for spelt in lang.stem_spellings(language.code, stem)
)


def _cue_positions(text: str) -> list[int]:
    found = scan.find_words(text, _CUE_WORDS)
    fold = scan.folded(text)
    for at in scan.find_words(text, _YEAR_WORDS):
        # "years", the next word and one more, so that the next is whole (fold[at + 1] is text[at]) ...
        after = fold[at + 1 : at + 80].split()[:3]
        # ... and the verb and at most two number words before it ("marks twenty five years")
        before = fold[max(0, at - 120) : at + 1].split()[-4:]
        unsure = len(after) < 3 or len(before) < 4  # (near an end of the text, or long runs of spaces)
        if unsure or after[1] in _AFTER_YEARS or not _BEFORE_YEARS.isdisjoint(before):
            found.append(at)
    found += _STEMS.positions(text)  # (a quick test first: the pattern is slow to try)
    return sorted(found)


def stretches(text: str) -> list[tuple[int, int]]:
    """(start, endpos) of the stretches that hold a cue word; endpos takes in the character after the stretch,
    which the patterns' look-aheads read. No phrase crosses a stretch's ends, so these hold every phrase."""
    out: list[tuple[int, int]] = []
    for at in _cue_positions(text):
        if out and at < out[-1][1]:
            continue
        start = at
        while start > 0:
            low = max(0, start - 128)
            breaks = [m.end() for m in _NOT_IN_PHRASE.finditer(text, low, start) if _breaks_phrase(text, m.start())]
            if breaks:
                start = breaks[-1]
                break
            start = low
        after = _NOT_IN_PHRASE.search(text, at)
        while after is not None and not _breaks_phrase(text, after.start()):
            after = _NOT_IN_PHRASE.search(text, after.end())
        out.append((start, after.end() if after else len(text)))
    return out
