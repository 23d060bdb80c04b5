"""Russian number words ("сто сорок семь", "ста тридцати", "двух тысяч"), which text2num does not read.

Each word is listed with the case forms counts take in casualty reports (nominative, genitive, dative,
instrumental, and the collective "пятеро", "двоих"); a number is a run of them from larger to smaller ("сто
сорок семь"), optionally times "тысяча" ("две тысячи триста").
"""

from __future__ import annotations

import re
from typing import NamedTuple

_UNITS = {
    1: "один одна одно одного одной одному одним одном",
    2: "два две двух двум двумя двое двоих",
    3: "три трёх трех трём трем тремя трое троих",
    4: "четыре четырёх четырех четырём четырем четырьмя четверо четверых",
    5: "пять пяти пятью пятеро пятерых",
    6: "шесть шести шестью шестеро шестерых",
    7: "семь семи семью семеро семерых",
    8: "восемь восьми восемью восьмью восьмеро восьмерых",
    9: "девять девяти девятью девятеро девятерых",
}
_TEENS = (
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать"
)
_TENS = {
    20: "двадцать двадцати двадцатью",
    30: "тридцать тридцати тридцатью",
    40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восемьюдесятью",
    90: "девяносто девяноста",
}
_HUNDREDS = {
    100: "сто ста",
    200: "двести двухсот двумстам",
    300: "триста трёхсот трехсот трёмстам тремстам",
    400: "четыреста четырёхсот четырехсот",
    500: "пятьсот пятисот",
    600: "шестьсот шестисот",
    700: "семьсот семисот",
    800: "восемьсот восьмисот",
    900: "девятьсот девятисот",
}
_THOUSAND = "тысяча тысячи тысяч тысячу тысячей тысячам"
# Alone, only the singular is a count: "тысяча человек" is 1000, "тысячи людей" is "thousands of people".
_ONE_THOUSAND = frozenset({"тысяча", "тысячу", "тысячей"})


class _Word(NamedTuple):
    value: int
    rank: int  # 1 units and teens, 2 tens, 3 hundreds, 4 "thousand"; a number's words go down in rank


def _table() -> dict[str, _Word]:
    table: dict[str, _Word] = {}
    for value, forms in _UNITS.items():
        table.update(dict.fromkeys(forms.split(), _Word(value, 1)))
    for offset, base in enumerate(_TEENS.split()):
        # "одиннадцать": "одиннадцати", "одиннадцатью"
        table.update(dict.fromkeys((base, base[:-1] + "и", base + "ю"), _Word(10 + offset, 1)))
    for value, forms in _TENS.items():
        table.update(dict.fromkeys(forms.split(), _Word(value, 2)))
    for value, forms in _HUNDREDS.items():
        table.update(dict.fromkeys(forms.split(), _Word(value, 3)))
    table.update(dict.fromkeys(_THOUSAND.split(), _Word(1000, 4)))
    return table


_WORDS = _table()
_CYRILLIC_WORD = re.compile(r"(?<!\w)[а-яё]+(?!\w)", re.IGNORECASE)
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
    for m in _CYRILLIC_WORD.finditer(text, start, end):
        word = _WORDS.get(m.group().lower())
        glued = bool(run) and _GAP.fullmatch(text, run[-1][2], m.start()) is not None
        if word is not None and glued and _continues(run, word):
            run.append((word, m.start(), m.end()))
            continue
        if run:
            found += _number(text, run)
        run = [(word, m.start(), m.end())] if word is not None else []
    if run:
        found += _number(text, run)
    return found


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
