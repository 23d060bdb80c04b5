"""The anniversary an article states ("the 34th anniversary", "35 years ago") and the year it implies.

An anniversary phrase is a number (digits with any ordinal suffix, even a wrong one as in "14rd"; or
English number words such as "Twenty-five" / "thirty-first") tied to elapsed time by its wording:

* "<N> anniversary", "<N>-year anniversary"; "<N> years have passed / elapsed / pass / elapse";
  "<N> years since / ago / on"; "marks <N> years", "it has been <N> years";
* Russian "34-я годовщина", "34 года назад", "прошло 34 года"; Azerbaijani "34-cü ildönümü",
  "34 il ötür / keçir / əvvəl".

"<N> years" alone ("over 800 years of history", "a 17-year-old", "the 44-day war") is not one. A phrase
whose next few words name another year ("the 100th anniversary of the 1918 ...") is about another
event and is skipped (a year equal to 1990 + N only confirms it); numbers outside 1..150 are skipped.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .event import EVENT_YEAR
from .extract import _scan as scan

__all__ = ["EVENT_YEAR", "StatedAnniversary", "find_stated_anniversaries", "infer_year", "stated_anniversary"]

_MIN_NUMBER, _MAX_NUMBER = 1, 150
_READ_LIMIT = 500_000  # characters: far beyond any article, and a bound on the time a 50 MB one-line page takes
_CONTEXT_WORDS = 5  # how far after a phrase a year is taken to name the event it counts from

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_UNIT_ORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TEEN_ORDS = "tenth|eleventh|twelfth|" + "|".join(f"{w}th" for w in _TEENS.split("|")[3:])  # thirteenth...
_TENS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
_TEN_ORDS = "twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth"
_HYPHEN = r"[-‐‑\s]+"  # ASCII, Unicode and non-breaking hyphens, or a space ("Twenty two")
_WORDS = (
    rf"(?:(?:{_TENS}){_HYPHEN}(?:{_UNIT_ORDS}|{_UNITS})|{_TEN_ORDS}|{_TENS}|{_TEEN_ORDS}|{_TEENS}"
    rf"|{_UNIT_ORDS}|{_UNITS}|(?:one\s+)?hundred(?:th)?)"
)
# Digits with an optional (possibly wrong) English ordinal; not part of a date, range or decimal.
_DIGITS = r"(?<![\w.,:/‐‑–-])\d{1,3}(?:-?(?:st|nd|rd|th))?"
_NUM = rf"(?P<num>{_DIGITS}|(?<!\w){_WORDS})(?!\w)"
_YEARS = r"\s+(?:years?|decades?)"  # "Three decades have passed": ten years each
_SENTENCE_END = r"(?=\s*(?:[,.;:!?)—–-]|\Z)|\s+(?:from|since)\b)"

# What "N years after ..." must name for N to count from 1990 ("29 years after the massacre").
_THE_EVENT = r"tragedy|massacre|events?|crackdown|bloody\s+january|black\s+january|january\s+events?|20\s+january"
# Phrases that start with the number.
_NUMBER_FIRST = re.compile(
    rf"{_NUM}(?:"
    rf"(?:{_HYPHEN}years?)?{_HYPHEN}anniversary"
    rf"|{_YEARS}\s+(?:(?:have|has)\s+(?:now\s+|already\s+|just\s+)?(?:passed|elapsed|gone\s+by)"
    r"|(?:that\s+|which\s+)?(?:pass(?:es|ed)?|elapse[sd]?))"
    rf"|{_YEARS}\s+(?:since|ago)"
    rf"|{_YEARS}\s+on{_SENTENCE_END}"
    rf"|{_YEARS}\s+after\s+(?:the\s+)?(?:{_THE_EVENT})"
    r")(?!\w)"
    # Russian ("34-я годовщина", "34 года назад", "34 года прошло") and Azerbaijani ("34-cü ildönümü",
    # "34 il ötür"); only digits, as text2num does not read these languages.
    r"|(?P<num2>(?<![\w.,:/-])\d{1,3})(?:"
    r"(?:\s*-\s*[а-яё]{1,3})?\s+годовщин[а-яё]*"
    r"|\s+(?:год|года|лет)\s+(?:тому\s+)?(?:назад|прошл[оиа]|минул[оиа]|со\s+дня|с\s+тех\s+пор)"
    r"|(?:\s*-\s*(?:ci|cı|cu|cü|inci|ıncı|uncu|üncü))?\s+ildönüm\w*"
    r"|\s+il\s+(?:ötür|ötüb|keçir|keçib|keçdi|əvvəl|öncə|tamam)\w*"
    r")(?!\w)",
    re.IGNORECASE,
)
# Phrases where a verb comes before the number ("Today marks 23 years", "прошло 34 года").
_VERB_FIRST = re.compile(
    rf"\b(?:mark(?:s|ed|ing)?|it\s+has\s+been|it['’]s\s+been)\s+{_NUM}{_YEARS}(?!\w)(?!\s+of\b)"
    r"|(?<!\w)(?:прошл[оиа]|минул[оиа]|исполнил(?:ось|ся|ись)|спустя)\s+"
    r"(?P<num2>\d{1,3})\s+(?:год|года|лет)(?!\w)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
# Other events whose anniversaries the same texts mark, named right after the phrase (English, Russian) or, in
# Azerbaijani, right before it.
_OTHER_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:independence|genocide|khojaly|victory|founding|foundation|establishment|creation|formation|birth"
    r"|birthday|constitution|republic|liberation|occupation|deportation|war|ceasefire|election|accession)"
    r"|(?:\w+\s+){0,2}?(?:независимости|геноцида|ходжалин\w*|победы|республики|основания|создания|образования"
    r"|рождения|конституции|освобождения|оккупации|депортации|войны))\b",
    re.IGNORECASE,
)
_OTHER_BEFORE = re.compile(
    r"\b(?:müstəqill\w*|soyqırım\w*|xocalı\w*|qələbə\w*|respublika\w*|yaranma\w*|yaradılma\w*|doğum\w*"
    r"|anadan\s+olma\w*|konstitusiya\w*|azadlı\w*|işğal\w*|deportasiya\w*|müharibə\w*)"
    r"(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)
_CONTEXT_RE = re.compile(rf"(?:\s*[^\s.;!?]+){{1,{_CONTEXT_WORDS}}}")

# The patterns above are slow to run over a whole text, so they run only on the stretches that hold one of
# their cue words. A phrase holds only word characters, spaces, hyphens and apostrophes, so a stretch runs
# from one other character to the next. Cue words: "anniversary"; "year(s)" before a word that ends a phrase
# or after a verb that starts one; Azerbaijani "il", "ildönüm" (folded to "ild"); Russian "год", "лет".
_NOT_IN_PHRASE = re.compile(r"[^\w\s\-‐‑'’]")
_CUE_WORDS = scan.cue_words(["anniversary", "il", "ild"])
_YEAR_WORDS = scan.cue_words(["year", "years", "decade", "decades"])
_DECADES = re.compile(r"decades?", re.IGNORECASE)
_AFTER_YEARS = scan.cue_words(
    [
        *("have", "has", "that", "which", "pass", "passes", "passed", "elapse", "elapses", "elapsed"),
        *("since", "ago", "on", "after"),
    ]
)
_BEFORE_YEARS = scan.cue_words(["mark", "marks", "marked", "marking", "been"])  # "marks 23 years", "it's been"
_RUSSIAN_CUE = re.compile(r"год|лет", re.IGNORECASE)


@dataclass(frozen=True)
class StatedAnniversary:
    """An anniversary stated in the text: the number and where the phrase is."""

    number: int
    start: int
    end: int
    text: str


def _number(token: str) -> int | None:
    """The value of a number token: digits (ordinal suffix ignored) or English number words."""
    if token[:1].isdigit():
        return int(re.sub(r"\D.*", "", token))
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


def _other_event(text: str, start: int, end: int, number: int) -> bool:
    """Whether the phrase counts from another event: the next few words of the sentence name a year that is
    neither the event's nor 1990 + N ("the 100th anniversary of the 1918 events", while "the 30th anniversary in
    2020" is consistent), or the anniversary is of something else ("the 30th anniversary of independence",
    "годовщина независимости", "müstəqilliyin 30-cu ildönümü")."""
    if _OTHER_AFTER.match(text, end) or _OTHER_BEFORE.search(text, max(0, start - 60), start):
        return True
    context = _CONTEXT_RE.match(text, end)
    if context is None:
        return False
    return any(int(year) not in (EVENT_YEAR, EVENT_YEAR + number) for year in _YEAR_RE.findall(context.group()))


def _from_match(match: re.Match[str]) -> StatedAnniversary | None:
    group = "num" if match.group("num") is not None else "num2"
    number = _number(match.group(group))
    if number is not None and _DECADES.search(match.group()):
        number *= 10
    if number is None or not _MIN_NUMBER <= number <= _MAX_NUMBER:
        return None
    if _other_event(match.string, match.start(), match.end(), number):
        return None
    return StatedAnniversary(number, match.start(), match.end(), match.group())


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
    if scan.has_cyrillic(text):  # (a quick test first: the pattern is slow to try)
        found += [m.start() for m in _RUSSIAN_CUE.finditer(text)]
    return sorted(found)


def _stretches(text: str) -> list[tuple[int, int]]:
    """(start, endpos) of the stretches that hold a cue word; endpos takes in the character after the stretch,
    which the patterns' look-aheads read. No phrase crosses a stretch's ends, so these hold every phrase."""
    out: list[tuple[int, int]] = []
    for at in _cue_positions(text):
        if out and at < out[-1][1]:
            continue
        start = at
        while start > 0:
            low = max(0, start - 128)
            breaks = [m.end() for m in _NOT_IN_PHRASE.finditer(text, low, start)]
            if breaks:
                start = breaks[-1]
                break
            start = low
        after = _NOT_IN_PHRASE.search(text, at)
        out.append((start, after.end() if after else len(text)))
    return out


def find_stated_anniversaries(text: str) -> list[StatedAnniversary]:
    """Every plausible stated anniversary in the text (its first _READ_LIMIT characters), in text order,
    without overlaps."""
    text = text[:_READ_LIMIT]
    stretches = _stretches(text)
    number_first = (m for start, end in stretches for m in _NUMBER_FIRST.finditer(text, start, end))
    found = [a for m in number_first if (a := _from_match(m)) is not None]
    # A verb-first phrase counts only where no number-first phrase already covers its number
    # ("Today marks 23 years since" is read once, as "23 years since").
    for match in (m for start, end in stretches for m in _VERB_FIRST.finditer(text, start, end)):
        candidate = _from_match(match)
        if candidate is not None and all(a.end <= candidate.start or a.start >= candidate.end for a in found):
            found.append(candidate)
    return sorted(found, key=lambda a: a.start)


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
