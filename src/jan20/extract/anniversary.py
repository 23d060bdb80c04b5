"""The anniversary an article states ("the 34th anniversary", "35 years ago") and the year it implies.

An anniversary phrase is a number (digits with any ordinal suffix, even a wrong one as in "14rd"; a Roman
numeral from I to XCIX, "XXXIV ildönümü", only in a sentence naming the event, as "World War II" or "Elizabeth II"
is a name's; or English number words such as "Twenty-five" / "thirty-first") tied to elapsed time by its wording:

* "<N> anniversary", "<N>-year anniversary"; "<N> years have passed / elapsed / pass / elapse";
  "<N> years since / ago / on"; "marks <N> years", "it has been <N> years";
* Russian "34-я годовщина", "34 года назад", "прошло 34 года" (digits or number words: "тридцать шесть лет
  назад"); Azerbaijani "34-cü ildönümü", "34 il ötür / keçir / əvvəl"; Turkish "35. yıl dönümü";
* elapsed time or an ordinal year that could count any span ("Thirty-four years later", "исполняется 32 года",
  "36 ildir ki", "35 yıldır", "faciasının 35'inci yılında"): only in a sentence naming the event
  (`_anniversary_anchor`).

"<N> years" alone ("over 800 years of history", "a 17-year-old", "the 44-day war") is not one. A phrase
whose next few words name another year ("the 100th anniversary of the 1918 ...") is about another
event and is skipped (a year equal to 1990 + N only confirms it); numbers outside 1..150 are skipped.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jan20 import lang
from jan20.extract import _anniversary_anchor as anchor
from jan20.extract import _scan as scan
from jan20.extract._anniversary_stretches import stretches as _stretches
from jan20.extract._gate import LiteralGate, gate_text
from jan20.text.event import EVENT_YEAR
from jan20.text.fold import found_as_written
from jan20.text.numbers import ROMAN, roman_to_int
from jan20.text.numbers_az import azerbaijani_numbers
from jan20.text.numbers_ru import russian_numbers

__all__ = ["EVENT_YEAR", "StatedAnniversary", "find_stated_anniversaries", "infer_year", "stated_anniversary"]

_MIN_NUMBER, _MAX_NUMBER = 1, 150
_READ_LIMIT = 500_000  # characters: far beyond any article, and a bound on the time a 50 MB one-line page takes
_CONTEXT_WORDS = 5  # how far after a phrase a year is taken to name the event it counts from

_HYPHEN = r"[-‐‑\s]+"  # ASCII, Unicode and non-breaking hyphens, or a space ("Twenty two")
# Digits or a Roman numeral (with a language's ordinal suffix) or number words; not part of a date, range or decimal.
_SUFFIX = "|".join(lang.alternatives("anniversary.ordinal_suffix", plain=True))
_DIGITS = rf"(?<![\w.,:/‐‑–-])(?:\d{{1,3}}|{ROMAN}(?!\w))(?:{_SUFFIX})"
_MIN_SPELLED = 10  # "два года назад", "bir il əvvəl": a small count in words is everyday speech, not an anniversary


# The endings that make the last number word an ordinal ("otuz dördüncü": the thirty-fourth).
# (longest first, then by spelling: one order in every process, as a set has none, so the patterns are the same)
_ORDINAL_ENDINGS = sorted(lang.words("anniversary.ordinal_word_endings"), key=lambda e: (-len(e), e))
# Ordinal words whose stem is not their cardinal's ("тридцать пятую": 35), each with its value.
_ORDINAL_WORDS = {
    stem + ending: int(value)
    for _, stems in lang.table("anniversary.ordinal_stems")
    for stem, value in (item.split(":") for item in stems)
    for ending in lang.words("anniversary.ordinal_stem_endings")
}


def _one_word() -> str:
    """The number words of the languages text2num does not read (`[numbers.words]` of Russian and Azerbaijani) up
    to a hundred, as a pattern of one word."""
    words = {
        word
        for _, numbers in lang.table("numbers")
        if numbers.get("reader") != "text2num"
        for value, forms in numbers.get("words", {}).items()
        if int(value) <= 100
        for word in forms.split()
    }
    return scan.trie(sorted(words)) if words else _NEVER


def _spelled_words() -> str:
    """Those words as a pattern of one to three words ("тридцать четыре", "otuz dörd"; or written as one:
    "otuzbeşinci"), the last one perhaps an ordinal ("otuzuncu")."""
    if _ONE == _NEVER:
        return _NEVER
    ordinal = lang.alternation(_ORDINAL_ENDINGS) or _NEVER
    ordinal_word = scan.trie(sorted(_ORDINAL_WORDS)) if _ORDINAL_WORDS else _NEVER
    # (a space after: no ordinal's marks)
    return rf"(?<![\w-])(?:(?:{_ONE})(?:\s*(?:{_ONE})){{0,2}}(?:{ordinal})?|(?:(?:{_ONE})\s+)?(?:{ordinal_word}))(?=\s)"


_NEVER = r"(?!x)x"
_ONE = _one_word()
# Number words written as one ("otuzbeş" of "otuzbeşinci"), each then read as its own word: "otuz beş".
_GLUED = re.compile(rf"({_ONE})({_ONE})?({_ONE})?", re.IGNORECASE)
# Digits, or the number words of a language text2num does not read (its own readers give their value).
_NUM2 = rf"(?P<num2>(?<![\w.,:/-])(?:\d{{1,3}}|{ROMAN}(?!\w))|{_spelled_words()})"
_ROMAN_HEAD = re.compile(rf"{ROMAN}(?!\w)")  # a Roman numeral's token ("XXXIV": 34; "XXXIV.": 34; never "Iyirmi")


def _number_words(numbers: Mapping[str, Any], misspelt: Mapping[str, str]) -> str:
    """The number words of one language's `[numbers]` (read by text2num) up to "one hundred", as a pattern: a ten
    and a unit ("twenty-five", "thirty-first"), the ordinals and cardinals of tens, teens and units, "(one)
    hundred(th)"; each word followed by its misspellings."""
    units, tens, ordinals = numbers["units"].split(), numbers["tens"].split(), numbers["ordinals"]

    def alternation(words: list[str]) -> str:
        return "|".join(form for word in words for form in (word, *misspelt.get(word, "").split()))

    def ordinal(cardinals: list[str]) -> list[str]:
        return [word for word, cardinal in ordinals.items() if cardinal in cardinals]

    one, small, teens = units[1], units[1:10], units[10:20]
    hundred = next(word for word, value in numbers["scales"].items() if int(value) == 100)
    hundredth = ordinal([hundred])[0].removeprefix(hundred)  # "th"
    parts = [
        f"(?:{alternation(tens)}){_HYPHEN}(?:{alternation(ordinal(small) + small)})",
        *(alternation(words) for words in (ordinal(tens), tens, ordinal(teens), teens, ordinal(small), small)),
        rf"(?:{one}\s+)?{hundred}(?:{hundredth})?",
    ]
    return "(?:" + "|".join(parts) + ")"


_NUMBER_WORDS = "|".join(
    _number_words(numbers, language.get("anniversary.misspelt_numbers") or {})
    for language, numbers in lang.table("numbers")
    if numbers.get("reader") == "text2num"
)
_NUM = rf"(?P<num>{_DIGITS}|(?<!\w)(?:{_NUMBER_WORDS or _NEVER}))(?!\w)"


def _alternation(key: str) -> str:
    return "|".join(lang.alternatives(f"anniversary.{key}", plain=True)) or _NEVER  # (typed without accents too)


# Phrases that start with the number (see `number_first` and `digits_first` in the language data).
_NUMBER_FIRST = re.compile(
    rf"{_NUM}(?:{_alternation('number_first')})(?!\w)|{_NUM2}(?:{_alternation('digits_first')})(?!\w)",
    re.IGNORECASE,
)
# Phrases where a verb comes before the number ("Today marks 23 years", "прошло 34 года").
_VERB_FIRST = re.compile(
    lang.expand(rf"\b(?:{_alternation('verb_first')})\s+{_NUM}${{anniv_years}}(?!\w)(?!\s+of\b)")
    + rf"|(?<!\w)(?:{_alternation('verb_before_digits')})\s+{_NUM2}\s+(?:{_alternation('years_after_digits')})(?!\w)",
    re.IGNORECASE,
)
# Phrases that state an anniversary only when their sentence names the event ("Thirty-four years later", "36 ildir
# ki", "35 yıldır", "исполняется 32 года"): see `_anniversary_anchor`.
_ANCHORED = (
    re.compile(rf"(?:{_NUM}|{_NUM2})(?:{_alternation('anchored_after')})(?!\w)", re.IGNORECASE),
    re.compile(
        rf"(?<!\w)(?:{_alternation('anchored_before')})\s+{_NUM2}\s+(?:{_alternation('years_after_digits')})(?!\w)",
        re.IGNORECASE,
    ),
)
# A number word with the ending of an anniversary glued on ("тридцатипятилетие"), counted only before the event's
# genitive (`_anniversary_anchor.of_this_event`: "тридцатилетие трагедии").
_GLUED_COUNT = re.compile(rf"(?<!\w)(?P<num2>(?:{_ONE}){{1,3}}?)(?:{_alternation('glued_after')})(?!\w)", re.IGNORECASE)
# A count of years right after the event's genitive ("20 Ocak faciasının otuz beş yılı"): its anniversary.
_COUNT_AFTER_EVENT = re.compile(rf"(?:{_NUM}|{_NUM2})(?:{_alternation('count_after_event')})(?!\w)", re.IGNORECASE)
# A count, a comma and the clause it counts from ("29 лет, как советские войска вошли в Баку"): the comma ends its
# stretch, so it is read _CLAUSE_REACH characters past the stretch's end; anchored, as `_ANCHORED`.
_COUNT_THEN_CLAUSE = re.compile(rf"(?:{_NUM}|{_NUM2})(?:{_alternation('count_then_clause')})(?!\w)", re.IGNORECASE)
_CLAUSE_REACH = 12
# A count right before a clause that names the event itself ("29 лет советские войска захватили Баку"): not anchored.
_COUNT_THEN_ENTRY = re.compile(rf"(?:{_NUM}|{_NUM2})(?:{_alternation('count_then_entry')})", re.IGNORECASE)
_EVENT_GENITIVE = re.compile(rf"(?<!\w)(?:{_alternation('event_genitive')})\s+$", re.IGNORECASE)
# Tens of years before the phrase's number ("Three decades and two years on": 32).
_TENS_REACH = 60  # characters before a phrase where its tens are read
_TENS_BEFORE = re.compile(rf"{_NUM}(?:{_alternation('decades_and')})$", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
# Other events whose anniversaries the same texts mark, named right after the phrase or (in a verb-final
# language) right before it.
_OTHER_AFTER = re.compile(rf"\s+(?:{_alternation('other_after')})\b", re.IGNORECASE)
_OTHER_BEFORE = re.compile(rf"\b(?:{_alternation('other_before')})(?:\s+[\w-]+){{0,2}}\s*$", re.IGNORECASE)
# A count back from a thing named right before it, in a verb-final language ("Kanlı Ocak'tan 70 yıl önce").
_COUNTED_FROM = re.compile(rf"(?:{_alternation('counted_from')})", re.IGNORECASE)
_COUNTED_BACK = re.compile(rf"(?:{_alternation('counted_back')})", re.IGNORECASE)
_CONTEXT_RE = re.compile(rf"(?:\s*[^\s.;!?]+){{1,{_CONTEXT_WORDS}}}")

_DECADES = re.compile(_alternation("decades"), re.IGNORECASE)


# The counts' patterns are of one or two languages' words ("год", "лет", "как", "yıl", "лети"), and the engine tries
# each at every number of a stretch: a stretch is searched for one only where it holds one of the literals every match
# of it holds (`_gate.LiteralGate`). Those four were 0.12 of the 0.47 s the anniversaries took on 1,000 news-like and
# 100 cue-dense texts, and matched nothing there (2026-12-07).
_COUNT_GATES = {
    id(p): LiteralGate.of(p) for p in (_COUNT_THEN_CLAUSE, _COUNT_THEN_ENTRY, _COUNT_AFTER_EVENT, _GLUED_COUNT)
}


def _holding(pattern: re.Pattern[str], stretches: list[tuple[int, int]], lows: list[str]) -> list[tuple[int, int]]:
    """The stretches that may hold a match of one of the counts' patterns (`lows`: each stretch as `gate_text` writes
    it, with the `_CLAUSE_REACH` characters after it)."""
    gate = _COUNT_GATES[id(pattern)]
    return [stretch for stretch, low in zip(stretches, lows, strict=True) if gate.may_match(low)]


@dataclass(frozen=True)
class StatedAnniversary:
    """An anniversary stated in the text: the number and where the phrase is."""

    number: int
    start: int
    end: int
    text: str


def _number(token: str) -> int | None:
    """The value of a number token: digits or a Roman numeral (ordinal suffix ignored) or English number words."""
    if token[:1].isdigit():
        return int(re.sub(r"\D.*", "", token))
    if (roman := _ROMAN_HEAD.match(token)) is not None:
        return roman_to_int(roman.group())
    from text_to_num import alpha2digit  # loaded only when a number is written in words

    # Convert only the matched words, so that offsets always refer to the original text.
    # text2num knows only the ASCII hyphen and single spaces between number words.
    words = re.sub(r"[‐‑]", "-", " ".join(token.lower().split()))
    # text2num misses some tens ordinals ("sixtieth"); their cardinal ("sixty") has the same value.
    for candidate in (words, re.sub(r"ieth$", "y", words)):
        converted = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", str(alpha2digit(candidate, "en", threshold=0)))
        if converted:
            return int(converted.group(1))
    return None


def _spelled_number(token: str) -> int | None:
    """The value of the number words of a language text2num does not read ("тридцать четыре", "otuz dörd"), when
    it is at least _MIN_SPELLED."""
    *tens, last = token.lower().split()
    if last in _ORDINAL_WORDS:  # "тридцать пятую": the tens in words, then the ordinal
        ten = _spelled_number(" ".join(tens)) if tens else 0
        value = (ten or 0) + _ORDINAL_WORDS[last] if not tens or ten else None
        return value if value is not None and value >= _MIN_SPELLED else None
    cardinals = [token] + [token[: -len(end)] for end in _ORDINAL_ENDINGS if token.lower().endswith(end)]
    for written in cardinals:
        glued = _GLUED.fullmatch(written) if " " not in written else None
        cardinal = " ".join(part for part in glued.groups() if part) if glued else written
        for reader in (russian_numbers, azerbaijani_numbers):
            read = reader(cardinal)
            if len(read) == 1 and read[0].start == 0 and read[0].end == len(cardinal):
                return read[0].value if read[0].value >= _MIN_SPELLED else None
    return None


def _other_event(text: str, start: int, end: int, number: int) -> bool:
    """Whether the phrase counts from another event: the next few words of the sentence name a year that is
    neither the event's nor 1990 + N ("the 100th anniversary of the 1918 events", while "the 30th anniversary in
    2020" is consistent), or the anniversary is of something else ("the 30th anniversary of independence",
    "годовщина независимости", "müstəqilliyin 30-cu ildönümü")."""
    if _OTHER_AFTER.match(text, end) or _OTHER_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _COUNTED_BACK.search(text, start, end) and _COUNTED_FROM.search(text, max(0, start - 40), start):
        return True  # "Kanlı Ocak'tan 70 yıl önce": years before a thing named right before them
    if anchor.names_other_thing(text, start, end):
        return True  # "the 100th anniversary of the ADR"
    if anchor.counted_from_earlier_year(text, start, end):
        return True  # "1918'de … 102 yıl önce": years back to that year
    context = _CONTEXT_RE.match(text, end)
    if context is None:
        return False
    return any(int(year) not in (EVENT_YEAR, EVENT_YEAR + number) for year in _YEAR_RE.findall(context.group()))


def _from_match(match: re.Match[str]) -> StatedAnniversary | None:
    words = match.re.groupindex.get("num") is None or match.group("num") is None  # (`num` is English)
    token = match.group("num2") if words else match.group("num")
    roman = _ROMAN_HEAD.match(token) is not None
    number = _spelled_number(token) if words and not token[:1].isdigit() and not roman else _number(token)
    if number is not None and _DECADES.search(match.group()):
        number *= 10
    start = match.start()
    low = max(0, start - _TENS_REACH)  # (the quick test first: the pattern of tens is slow to try)
    tens = _TENS_BEFORE.search(match.string, low, start) if _DECADES.search(match.string, low, start) else None
    if number is not None and tens is not None and (ten := _number(tens.group("num"))) is not None:
        number, start = number + 10 * ten, tens.start()
    if number is None or not _MIN_NUMBER <= number <= _MAX_NUMBER:
        return None
    if token[:1].isdigit() and anchor.day_of_month(match.string, start, number):
        return None  # "January 20 anniversary"
    if _other_event(match.string, start, match.end(), number):
        return None
    if anchor.names_other_event(match.string, start, match.end()):
        return None  # "Khojaly 33 years ago"
    if anchor.page_age(match.string, start, match.end()):
        return None  # "312 views • 5 years ago": the page's age
    if roman and not anchor.names_event(match.string, start, match.end()):
        return None  # a Roman numeral only beside the event: else a name's ("World War II", "Elizabeth II")
    return StatedAnniversary(number, start, match.end(), match.string[start : match.end()])


def find_stated_anniversaries(text: str) -> list[StatedAnniversary]:
    """Every plausible stated anniversary in the text (its first _READ_LIMIT characters), in text order,
    without overlaps. An apostrophe typed as another mark is read as one ("35´inci yılında"), and quoted as written."""
    return found_as_written(
        text[:_READ_LIMIT], _stated, lambda a, written: StatedAnniversary(a.number, a.start, a.end, written(a.text))
    )


def _stated(text: str) -> list[StatedAnniversary]:
    stretches = _stretches(text)
    number_first = (m for start, end in stretches for m in _NUMBER_FIRST.finditer(text, start, end))
    found = sorted((a for m in number_first if (a := _from_match(m)) is not None), key=lambda a: a.start)
    # A verb-first phrase counts only where no number-first phrase already covers its number
    # ("Today marks 23 years since" is read once, as "23 years since"); an anchored one only where neither does.
    for match in (m for start, end in stretches for m in _VERB_FIRST.finditer(text, start, end)):
        candidate = _from_match(match)
        if candidate is not None and not _overlaps(found, candidate):
            bisect.insort(found, candidate, key=lambda a: a.start)
    lows = [gate_text(text[start : end + _CLAUSE_REACH]) for start, end in stretches]
    anchored = (m for start, end in stretches for pattern in _ANCHORED for m in pattern.finditer(text, start, end))
    clauses = (
        m
        for start, end in _holding(_COUNT_THEN_CLAUSE, stretches, lows)
        for m in _COUNT_THEN_CLAUSE.finditer(text, start, end + _CLAUSE_REACH)
    )
    for match in itertools.chain(anchored, clauses):
        candidate = _from_match(match)
        if (
            candidate is not None
            and not _overlaps(found, candidate)
            and anchor.names_event(text, match.start(), match.end())
        ):
            bisect.insort(found, candidate, key=lambda a: a.start)
    for match in (
        m
        for start, end in _holding(_COUNT_THEN_ENTRY, stretches, lows)
        for m in _COUNT_THEN_ENTRY.finditer(text, start, end)
    ):
        candidate = _from_match(match)
        if (
            candidate is not None
            and not _overlaps(found, candidate)
            and not anchor.span_of_history(text, match.start())
        ):
            bisect.insort(found, candidate, key=lambda a: a.start)
    for match in (
        m
        for start, end in _holding(_COUNT_AFTER_EVENT, stretches, lows)
        for m in _COUNT_AFTER_EVENT.finditer(text, start, end)
    ):
        candidate = _from_match(match)
        if (
            candidate is not None
            and not _overlaps(found, candidate)
            and _EVENT_GENITIVE.search(text, max(0, match.start() - 80), match.start()) is not None
        ):
            bisect.insort(found, candidate, key=lambda a: a.start)
    for match in (
        m for start, end in _holding(_GLUED_COUNT, stretches, lows) for m in _GLUED_COUNT.finditer(text, start, end)
    ):
        candidate = _from_match(match)
        if candidate is not None and not _overlaps(found, candidate) and anchor.of_this_event(text, match.end()):
            bisect.insort(found, candidate, key=lambda a: a.start)
    return found


def _overlaps(found: list[StatedAnniversary], candidate: StatedAnniversary) -> bool:
    """Whether the candidate overlaps a phrase of `found` (in text order, none overlapping another)."""
    at = bisect.bisect_left(found, candidate.start, key=lambda a: a.start)
    return (at > 0 and found[at - 1].end > candidate.start) or (at < len(found) and found[at].start < candidate.end)


def stated_anniversary(text: str) -> StatedAnniversary | None:
    """The anniversary the article states: the first plausible one (heads come first in a text)."""
    found = find_stated_anniversaries(text)
    return found[0] if found else None


def infer_year(date: datetime.date | None, text: str) -> int | None:
    """Year of an article: its date's year; else EVENT_YEAR + the stated anniversary; else None (no guess)."""
    if date is not None:
        return date.year
    stated = stated_anniversary(text)
    return EVENT_YEAR + stated.number if stated is not None else None
