"""Posts that keep the town, body or unit they are of, one way in every language: "Kars Müftüsü" is "Mufti of Kars",
"Kafkas Üniversitesi Rektörü" "Rector of Kafkas University", "14. Mekanize Piyade Tugay Komutanı" "Commander of the
14th Mechanized Infantry Brigade".

The data are each language's `[roles.town_forms]` (a canonical template, then patterns with named groups over the
title folded word by word: ASCII, lower case, digits kept, a word's full stop and its case ending after an apostrophe
dropped) and `[roles.town_form_words]` (the English of a unit's or body's common words). The groups fill the
template: `town`, one capitalised place (in English where the data knows the city); `body`, a body's own capitalised
name as written (in ASCII) and its noun in English; `unit`, common words all in English; `ordinal`, a number ("14th").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jan20.text.fold import lowercase, to_ascii

from .. import lang
from ._envoys import city_named
from ._name_words import without_case_ending
from ._title_words import SMALL_WORDS


def _forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    merged: dict[str, list[str]] = {}
    for _, table in lang.table("roles.town_forms"):
        for canonical, patterns in table.items():
            merged.setdefault(canonical, []).extend(patterns)
    # (one pattern each: two languages' patterns of one form name the same groups)
    return tuple((re.compile(p), canonical) for canonical, ps in merged.items() for p in ps)


_FORMS = _forms()
_QUOTES = '“”«»„"'  # a unit's name in quotation marks ("“Dizayn” kafedrasının müdiri")
_ORDINAL_TAIL = re.compile(r"^(\d+)['’`]?\w*$")


def _fold(word: str) -> str:
    """One word of a title as the patterns read it: "Kars'ın" is "kars", "14." "14", "7'nci" "7"."""
    digits = _ORDINAL_TAIL.match(word.rstrip("."))
    if digits:
        return digits.group(1)
    return to_ascii(lowercase(without_case_ending(word.rstrip(".").strip(_QUOTES)))).lower()


# (keyed as a title's words are read: "истории" is "istorii", "Ümumi" "umumi")
_WORDS: dict[str, str] = {_fold(k): v for _, table in lang.table("roles.town_form_words") for k, v in table.items()}


def town_form(role: str, is_grade: Callable[[str], bool], is_title_word: Callable[[str], bool]) -> str | None:
    """The canonical role of a post of a named town, body or unit (None when no form fits, or a group's words are not
    what it names): the ranks and degrees after the post, with a rank's branch (`is_grade`), are the name's, unless
    the whole title is a form ("заведующий кафедрой истории": the department's words may be a branch's too)."""
    words = role.split()
    short = list(words)
    while len(short) > 1 and is_grade(short[-1]):
        short.pop()
    for title in (words, short) if len(short) < len(words) else (words,):
        folded = " ".join(_fold(w) for w in title)
        for pattern, template in _FORMS:
            m = pattern.fullmatch(folded)
            if m is None:
                continue
            filled = _filled(m, title, is_title_word)
            if filled is not None:
                return " ".join(template.format(**filled).split())
    return None


def known_word(word: str) -> bool:
    """A word whose English the data has (`[roles.town_form_words]`: "tarix", "Ümumi")."""
    english = _WORDS.get(_fold(word))
    return english is not None and "{}" not in english


def silent(words: list[str]) -> bool:
    """Words whose English the data has, each none ("dili": the language's noun left out of "Teacher of English")."""
    return all(_WORDS.get(_fold(w)) == "" for w in words)


def named_body(role: str, pattern: re.Pattern[str], is_title_word: Callable[[str], bool]) -> str | None:
    """The body a pattern's group `body` finds in a title, folded word by word, as a town form names it ("Xəzər
    Universitetinin rektoru": "Xezer University"), or None."""
    words = role.split()
    m = pattern.search(" ".join(_fold(w) for w in words))
    filled = None if m is None else _filled(m, words, is_title_word)
    return None if not filled else filled.get("body")


def _filled(m: re.Match[str], words: list[str], is_title_word: Callable[[str], bool]) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for name, text in m.groupdict().items():
        if text is None:
            continue
        first = m.string[: m.start(name)].count(" ")
        written = words[first : first + text.count(" ") + 1]
        value = _value(name, written, text.split(), is_title_word)
        if value is None:
            return None
        out[name] = value
    return out


def _value(name: str, written: list[str], folded: list[str], is_title_word: Callable[[str], bool]) -> str | None:
    if name == "ordinal":
        return _ordinal(int(folded[0]))
    if name == "unit":
        english = [_WORDS.get(w) for w in folded]
        # (a unit of silent words only is none: "dili müəllimi", the language's own word left out of the title)
        return None if None in english or not any(english) else " ".join(e for e in english if e)
    if name == "town":
        word = without_case_ending(written[0])
        if (city := city_named(word)) is not None:
            return city[0]
        return to_ascii(word) if word[:1].isupper() and not is_title_word(word) else None
    if name == "body":  # its own name, capitalised, then its noun in English ("Kafkas Üniversitesi")
        # (and the field after its noun's "of", as written: "Azerbaijan University of Technology")
        n = next((k for k in range(len(folded) - 1, -1, -1) if "{}" in _WORDS.get(folded[k], "")), len(folded) - 1)
        own, field = written[:n], written[n + 1 :]
        field = field if all(map(_capital_or_small, field)) else []  # ("… University of ankara": no field)
        template = _WORDS.get(folded[n])
        if not own or template is None or not own[0][:1].isupper() or not all(map(_capital_or_small, own)):
            return None
        named = [_english(w, f) for w, f in zip(own, folded, strict=False)]
        return " ".join([template.format(" ".join(named)), *field])
    return None


def _english(word: str, folded: str) -> str:
    """A word of a body's own name in English: a city's English name, a common word's ("Dövlət": "State"), else
    the word in ASCII ("Kafkas")."""
    if (city := city_named(word)) is not None:
        return city[0]
    common = _WORDS.get(folded)
    return common if common is not None and "{}" not in common else to_ascii(word)


def _capital_or_small(word: str) -> bool:
    """A word of a body's own name: capitalised, or a small word inside it ("Oil and Gas")."""
    return word[:1].isupper() or lowercase(word) in SMALL_WORDS


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
