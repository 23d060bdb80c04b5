"""Number words of languages that list every case form of them (Russian: "сто сорок семь", "ста тридцати",
"двух тысяч"), which text2num does not read: the `[numbers]` tables with `reader = "forms"` in `jan20.lang`.

Each word is listed with the case forms counts take in casualty reports; a number is a run of them from larger to
smaller ("сто сорок семь"), optionally times the thousand ("две тысячи триста"); plural hundreds count after one
unit ("две сотни"), and a longer run into them ("двести две сотни") is no number.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from jan20 import lang


class _Word(NamedTuple):
    value: int
    rank: int  # 1 units and teens, 2 tens, 3 hundreds, 4 "thousand"; a number's words go down in rank


def _tables() -> list[dict[str, Any]]:
    """The `[numbers]` tables of the languages that list every form of their number words."""
    return [numbers for _, numbers in lang.table("numbers") if numbers.get("reader") == "forms"]


def _rank(value: int) -> int:
    return 1 if value < 20 else 2 if value < 100 else 3


def _table() -> dict[str, _Word]:
    table: dict[str, _Word] = {}
    for numbers in _tables():
        for value, forms in numbers["words"].items():
            table.update(dict.fromkeys(forms.split(), _Word(int(value), _rank(int(value)))))
        table.update(dict.fromkeys(numbers["thousand"].split(), _Word(1000, 4)))
    return table


def _listed(key: str) -> frozenset[str]:
    return frozenset(word for numbers in _tables() for word in numbers.get(key, "").split())


_WORDS = _table()
# Alone, only the singular is a count: "тысяча человек" is 1000, "тысячи людей" is "thousands of people".
_ONE_THOUSAND = _listed("one_thousand")
# A hundred as a noun, always alone: its singular ("сотню"), and its genitive singular after a word that takes it
# ("более сотни"; alone, "сотни людей" is "hundreds of people").
_HUNDRED = _listed("hundred")
_HUNDRED_GENITIVE = _listed("hundred_genitive")
_GENITIVE_BEFORE = _listed("genitive_before")
# Hundreds in the plural after a unit ("две сотни") or "one and a half" ("полутора сотен"), the thousand after it.
_HUNDREDS = _listed("hundreds")
_HALF = _listed("one_and_a_half")
_THOUSANDS = _listed("thousand")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# The words a number word can be: letters of the listed forms (a word with another letter ends a run, as any
# word that is not a number does).
_ALL = {*_WORDS, *_HUNDRED, *_HUNDRED_GENITIVE, *_HUNDREDS, *_HALF}
_LETTERS = "".join(sorted({c for word in _ALL for c in word} | {c.upper() for word in _ALL for c in word}))
_CYRILLIC_WORD = re.compile(rf"(?<!\w)[{re.escape(_LETTERS)}]+(?!\w)", re.IGNORECASE)
_GAP = re.compile(r"\s+")


class RussianNumber(NamedTuple):
    value: int
    start: int
    end: int


def russian_numbers(text: str, start: int = 0, end: int | None = None) -> list[RussianNumber]:
    """Every Russian number written in words in text[start:end], with its offsets in text."""
    end = len(text) if end is None else end
    found: list[RussianNumber] = []
    run: list[tuple[_Word, int, int]] = []
    half: tuple[int, int] | None = None  # the word before, when it is "one and a half"
    for m in _CYRILLIC_WORD.finditer(text, start, end):
        low = m.group().lower()
        scaled = _scaled(text, m, half, run)
        half = (m.start(), m.end()) if low in _HALF else None
        if scaled is not None:
            found += _number(text, run) if run and scaled.start > run[0][1] else []
            found.append(scaled)
            run = []
            continue
        if _hundred(text, m):
            found += _number(text, run) if run else []
            found.append(RussianNumber(100, m.start(), m.end()))
            run = []
            continue
        word = _WORDS.get(m.group().lower())
        glued = bool(run) and _GAP.fullmatch(text, run[-1][2], m.start()) is not None
        if word is not None and glued and _continues(run, word):
            run.append((word, m.start(), m.end()))
            continue
        # A run into plural hundreds it does not multiply ("двести две сотни", "двадцать сотен") is malformed: no
        # number, rather than the run before them.
        if run and not (glued and low in _HUNDREDS):
            found += _number(text, run)
        run = [(word, m.start(), m.end())] if word is not None else []
    if run:
        found += _number(text, run)
    return found


def _scaled(
    text: str, m: re.Match[str], half: tuple[int, int] | None, run: list[tuple[_Word, int, int]]
) -> RussianNumber | None:
    """The number that the plural hundreds or the thousand at m make with the word before them: "полутора сотен"
    (150), "полторы тысячи" (1500), "две сотни" (200); None when they make none."""
    low = m.group().lower()
    if half is not None and (low in _HUNDREDS or low in _THOUSANDS) and _GAP.fullmatch(text, half[1], m.start()):
        return RussianNumber(150 if low in _HUNDREDS else 1500, half[0], m.end())
    if low not in _HUNDREDS or len(run) != 1 or not 1 < run[0][0].value < 10:
        return None
    if _GAP.fullmatch(text, run[0][2], m.start()) is None:
        return None
    return RussianNumber(run[0][0].value * 100, run[0][1], m.end())


def _hundred(text: str, m: re.Match[str]) -> bool:
    """Is the word at m the noun of a hundred that counts: "сотню", or "сотни" after "более", "свыше"…?"""
    low = m.group().lower()
    if low in _HUNDRED:
        return True
    if low not in _HUNDRED_GENITIVE:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    return before is not None and before.group(1).lower() in _GENITIVE_BEFORE


def _continues(run: list[tuple[_Word, int, int]], word: _Word) -> bool:
    """Can word go on the number in run? Ranks go down ("сто сорок семь"), and "тысяча" may follow any
    part below it once ("две тысячи триста")."""
    if word.rank == 4:
        return all(w.rank < 4 for w, _, _ in run)
    last = run[-1][0]
    return last.rank == 4 or word.rank < last.rank


def _number(text: str, run: list[tuple[_Word, int, int]]) -> list[RussianNumber]:
    """The number a run of words makes (none for a lone plural "тысячи")."""
    if len(run) == 1 and run[0][0].rank == 4 and text[run[0][1] : run[0][2]].lower() not in _ONE_THOUSAND:
        return []
    total = below = 0
    for word, _, _ in run:
        if word.rank == 4:
            total, below = (below or 1) * 1000, 0
        else:
            below += word.value
    return [RussianNumber(total + below, run[0][1], run[-1][2])]
