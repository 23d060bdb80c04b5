"""Number words of languages that write them as stems taking a case ending (Azerbaijani: "yüz qırx yeddi", "iki
min", "yüzdən çox"; Turkish: "yüz otuz yedi", "yüzden fazla"), which text2num does not read: the `[numbers]`
tables with `reader = "stems"` in `jan20.lang`.

A number is a run of words from larger to smaller, a unit before "yüz" or "min" multiplying it ("yeddi yüz qırx
dörd" is 744, "min iki yüz" 1200). Only the last word takes a case ending, and only the endings of
approximations are read ("yüzdən çox" more than a hundred, "iki yüzə yaxın" close to two hundred, Turkish "yüzü
aşkın" over a hundred): with any ending, "altı" (six) would be read in "altında" (under). Two words stand alone
only where they cannot mean something else: "on" (ten) never takes an ending ("ona" is "to him"), and "bir" (one,
also "a") is a number only inside a longer one or before "nəfər" (person): "bir çox" is "many". The words that
stand alone only so are `alone_only` ("bir"; and "on", "bin", English words too, in a text whose Turkish letters
are a diplomat's name).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from jan20 import lang
from jan20.text.fold import lowercase


def _coded_tables() -> list[tuple[str, dict[str, Any]]]:
    """The `[numbers]` tables of the languages whose number words are stems that take a case ending, with each one's
    language code."""
    return [(language.code, numbers) for language, numbers in lang.table("numbers") if numbers.get("reader") == "stems"]


def _tables() -> list[dict[str, Any]]:
    return [numbers for _, numbers in _coded_tables()]


def _words(key: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for numbers in _tables() for word in numbers.get(key, "").split()))


# The endings of "more than" (ablative) and "close to" (dative), after a consonant or a vowel; the casualty
# extractor reads the same endings after digits ("800-dən çox") and number words ("yüz|dən çox").
ENDINGS = _words("endings")
# Endings read only before one of a few words: the genitive before "above" ("yüz ellinin üzerinde", more than 150;
# "yüzün üstünde"), which elsewhere would read "üçün" (Azerbaijani "for") as three.
_ENDED_BEFORE: dict[str, frozenset[str]] = {}
for _numbers in _tables():
    for _rule in _numbers.get("endings_before", ()):
        for _ending in _rule["endings"].split():
            _ENDED_BEFORE[_ending] = _ENDED_BEFORE.get(_ending, frozenset()) | frozenset(_rule["before"].split())
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_NEVER_ENDED = frozenset(_words("never_ended"))
_STANDS_ALONE_BEFORE = _words("one_alone_before")  # "bir nəfər": one person
_ALONE_ONLY = frozenset(_words("alone_only"))  # the words that stand alone only before those ("bir", "on")
_WORD = re.compile(r"(?<!\w)\w+(?!\w)")
_GAP = re.compile(r"[ \t]+")


class AzerbaijaniNumber(NamedTuple):
    value: int
    start: int
    end: int  # the end of the number itself: a case ending ("yüz|dən") is left after it


class _Word(NamedTuple):
    value: int
    rank: int  # 1 units, 2 tens, 3 "yüz", 4 "min"
    start: int
    end: int  # without its ending
    word_end: int
    ended: bool  # it carries a case ending: the number stops there


def _read(word: str, start: int, text: str) -> _Word | None:
    lowered = lowercase(word)
    if len(lowered) != len(word):
        return None  # a letter whose lower case is longer: offsets would not hold (no number word has one)
    for stem, value, rank in _STEMS.get(lowered[:1], ()):
        ending = lowered[len(stem) :]
        if not lowered.startswith(stem) or (ending and stem in _NEVER_ENDED):
            continue
        if not ending or ending in ENDINGS or (ending in _ENDED_BEFORE and _before(text, start + len(word), ending)):
            return _Word(value, rank, start, start + len(stem), start + len(word), bool(ending))
    return None


def _before(text: str, end: int, ending: str) -> bool:
    """Whether the word after `end` is one the ending is read before (`endings_before`)."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and lowercase(m.group(1)) in _ENDED_BEFORE[ending]


def _spelt(code: str, words: str, value: int, rank: int) -> list[tuple[str, int, int]]:
    """Each of a language's number words as written and as a page typed without accents writes it ("kırk":
    "kirk"; `lang.spellings_of`)."""
    return [(spelt, value, rank) for word in words.split() for spelt in lang.spellings_of(code, word)]


_ALL_STEMS = sorted(
    [
        stem
        for code, numbers in _coded_tables()
        for stem in [
            *(s for v, w in numbers["words"].items() for s in _spelt(code, w, int(v), 1 if int(v) < 10 else 2)),
            *_spelt(code, numbers.get("hundred", ""), 100, 3),
            *_spelt(code, numbers.get("thousand", ""), 1000, 4),
        ]
    ],
    key=lambda item: -len(item[0]),
)
# The stems by their first letter, longest first: `_read` is asked about every word of a sentence the casualty
# extractor reads, and trying every stem on each was a third of its time on a long text (fuzzer, 0.5 MB).
_STEMS: dict[str, list[tuple[str, int, int]]] = {}
for _stem in _ALL_STEMS:
    _STEMS.setdefault(_stem[0][:1], []).append(_stem)


def azerbaijani_numbers(text: str, start: int = 0, end: int | None = None) -> list[AzerbaijaniNumber]:
    """Every Azerbaijani number written in words in text[start:end], with its offsets in text."""
    end = len(text) if end is None else end
    found: list[AzerbaijaniNumber] = []
    run: list[_Word] = []
    for m in _WORD.finditer(text, start, end):
        # (a word whose first letter opens no number word is none, nor a run of them glued: most words, each folded
        # three times and read twice to say so)
        if lowercase(m.group())[:1] not in _STEMS:
            parts = []
        else:
            word = _read(m.group(), m.start(), text)
            parts = [word] if word is not None else _compound(m.group(), m.start(), text)
        glued = bool(run) and not run[-1].ended and _GAP.fullmatch(text, run[-1].word_end, m.start()) is not None
        if parts and glued and _continues(run, parts[0]) and _goes_on(run + parts[:1], parts[1:]):
            run += parts
            continue
        if run:
            found += _number(text, run)
        run = parts
    if run:
        found += _number(text, run)
    return found


def _compound(word: str, start: int, text: str) -> list[_Word]:
    """The number words a word is written as, glued together ("üçyüz", "ucyuz", "yüzkırkyedi": "üç yüz", "yüz kırk
    yedi"), each a stem of its own but the last, which may take a case ending; [] when the word is no such run."""
    lowered = lowercase(word)
    if len(lowered) != len(word):
        return []
    parts: list[_Word] = []
    at = 0
    while at < len(word):
        last = _read(word[at:], start + at, text)
        if last is not None and parts and _goes_on(parts, [last]):
            return [*parts, last]
        stem = next((s for s in _STEMS.get(lowered[at : at + 1], ()) if lowered.startswith(s[0], at)), None)
        if stem is None or at + len(stem[0]) == len(word):
            return []
        part = _Word(stem[1], stem[2], start + at, start + at + len(stem[0]), start + at + len(stem[0]), False)
        if parts and not _goes_on(parts, [part]):
            return []
        parts.append(part)
        at += len(stem[0])
    return []


def _goes_on(run: list[_Word], words: list[_Word]) -> bool:
    """Whether each of words continues the run in turn (`_continues`)."""
    return all(_continues(run + words[:k], word) for k, word in enumerate(words))


def _continues(run: list[_Word], word: _Word) -> bool:
    """Can word go on the number in run? "yüz" follows a unit or opens; "min" follows anything below it, once;
    otherwise ranks go down ("yüz qırx yeddi")."""
    last = run[-1]
    if word.rank == 4:
        return all(w.rank < 4 for w in run)
    if word.rank == 3:
        return last.rank == 1 or last.rank == 4
    return word.rank < last.rank or last.rank >= 3


def _number(text: str, run: list[_Word]) -> list[AzerbaijaniNumber]:
    """The number a run of words makes (none for a lone "bir" that may be the article "a", nor a lone "on")."""
    if len(run) == 1 and lowercase(text[run[0].start : run[0].word_end]) in _ALONE_ONLY:
        after = text[run[0].word_end : run[0].word_end + 12].lstrip()
        if not after.lower().startswith(_STANDS_ALONE_BEFORE):
            return []
    total = below = 0
    for word in run:
        if word.rank == 4:
            total, below = (below or 1) * 1000, 0
        elif word.rank == 3:
            below = (below or 1) * 100
        else:
            below += word.value
    return [AzerbaijaniNumber(total + below, run[0].start, run[-1].end)]
