"""Azerbaijani number words ("yüz qırx yeddi", "iki min", "yüzdən çox"), which text2num does not read.

A number is a run of words from larger to smaller, a unit before "yüz" or "min" multiplying it ("yeddi yüz qırx
dörd" is 744, "min iki yüz" 1200). Only the last word takes a case ending, and only the endings of
approximations are read ("yüzdən çox" more than a hundred, "iki yüzə yaxın" close to two hundred): with any
ending, "altı" (six) would be read in "altında" (under). Two words stand alone only where they cannot mean
something else: "on" (ten) never takes an ending ("ona" is "to him"), and "bir" (one, also "a") is a number only
inside a longer one or before "nəfər" (person): "bir çox" is "many".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .fold import lowercase

_UNITS = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9}
_TENS = {
    "on": 10,
    "iyirmi": 20,
    "otuz": 30,
    "qırx": 40,
    "əlli": 50,
    "altmış": 60,
    "yetmiş": 70,
    "səksən": 80,
    "doxsan": 90,
}
_HUNDRED, _THOUSAND = "yüz", "min"
# The endings of "more than" (ablative) and "close to" (dative), after a consonant or a vowel; the casualty
# extractor reads the same endings after digits ("800-dən çox") and number words ("yüz|dən çox").
ABLATIVE = ("dən", "dan")
DATIVE = ("yə", "ya", "ə", "a")
ENDINGS = ABLATIVE + DATIVE
_STANDS_ALONE_BEFORE = ("nəfər",)  # "bir nəfər": one person
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


def _read(word: str, start: int) -> _Word | None:
    lowered = lowercase(word)
    if len(lowered) != len(word):
        return None  # a letter whose lower case is longer: offsets would not hold (no number word has one)
    for stem, value, rank in _STEMS:
        ending = lowered[len(stem) :]
        if lowered.startswith(stem) and (not ending or (stem != "on" and ending in ENDINGS)):
            return _Word(value, rank, start, start + len(stem), start + len(word), bool(ending))
    return None


_STEMS = sorted(
    [(w, v, 1) for w, v in _UNITS.items()] + [(w, v, 2) for w, v in _TENS.items()]
    + [(_HUNDRED, 100, 3), (_THOUSAND, 1000, 4)],
    key=lambda item: -len(item[0]),
)  # fmt: skip


def azerbaijani_numbers(text: str, start: int = 0, end: int | None = None) -> list[AzerbaijaniNumber]:
    """Every Azerbaijani number written in words in text[start:end], with its offsets in text."""
    end = len(text) if end is None else end
    found: list[AzerbaijaniNumber] = []
    run: list[_Word] = []
    for m in _WORD.finditer(text, start, end):
        word = _read(m.group(), m.start())
        glued = bool(run) and not run[-1].ended and _GAP.fullmatch(text, run[-1].word_end, m.start()) is not None
        if word is not None and glued and _continues(run, word):
            run.append(word)
            continue
        if run:
            found += _number(text, run)
        run = [word] if word is not None else []
    if run:
        found += _number(text, run)
    return found


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
    """The number a run of words makes (none for a lone "bir" that may be the article "a")."""
    if len(run) == 1 and run[0].value == 1 and run[0].rank == 1:
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
