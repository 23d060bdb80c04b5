"""Whether an elapsed count is counted from the event of January 1990, read from its sentence.

Some phrasings state an anniversary only when they count from the event ("Thirty-four years later", "36 ildir
ki", "35 yıldır", "в этом году исполняется 32 года"): the same words count anything else too ("for 30 years he
worked", "30 yıldır çalışıyor"). Such a phrase (`[anniversary] anchored_after` / `anchored_before`) counts only
in a sentence that names the event: its name (`[events] this_event`), its year, or a word of `[anniversary]
anchor` ("tragedy", "трагеди", "faciə", "katliam", "those days"), and no other event (`[casualties]
other_event`: Khojaly, the Karabakh wars) unless it names this one too. No phrase at all counts beside another
event's name (within _NEAR characters, in a sentence that does not name this event: "Khojaly, 33 years ago").

A count back from now alone in its part of a line ("1.2K views • 5 years ago", "Kanal • 5 yıl önce", a line "5 лет
назад") is a page's age (`page_age`), whatever its number: video and social pages show their age so, and their ages
(up to twenty years and more) overlap every anniversary there is, so no size of number tells the two apart; the
form does: an anniversary counted back is part of a clause ("36 yıl önce yaşanan katliam", "35 years ago, Soviet
troops …"), a page's age stands alone between line ends, bullets, pipes or middle dots.

A headline's count before the troops' entry into Baku ("29 лет советские войска захватили Баку") is none when one of
the three words before it in its clause makes it a span of history or an age (`span_of_history`: "«Через 70 лет",
"мне было почти 19 лет", "в свои 19 лет"; `[anniversary] count_then_entry_not_after`).

A number in digits right after a month's name is a date's day, whatever suffix it bears ("the January 20 anniversary",
"January 20rd anniversary"), unless a day stands before the month or the month ends the event's name ("20 January 34th
anniversary", "Black January 30th anniversary"): `day_of_month`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from jan20 import lang
from jan20.text.dates import LAST_DAY, MONTH_NAME
from jan20.text.event import EVENT_YEAR, this_event
from jan20.text.sentences import tokens

from ._gate import LiteralGate, gate_text

__all__ = [
    "counted_from_earlier_year",
    "day_of_month",
    "names_event",
    "names_other_event",
    "names_other_thing",
    "of_this_event",
    "page_age",
    "span_of_history",
]

_THIS_EVENT = this_event(r"(?<!\d){}(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_ANCHOR = lang.pattern("anniversary.anchor", r"(?<!\w)(?:{})", plain=True)
_OTHER_EVENT = lang.pattern("casualties.other_event", r"(?<!\w)(?:{})", plain=True)
# (searched only where its literals are: the pattern of every language's events took a tenth of a millisecond on
# each phrase's neighbourhood, which mostly holds none of them)
_OTHER_EVENT_GATE = LiteralGate.of(_OTHER_EVENT)
# A sentence ends at a line break or at a full stop, "!" or "?" before a space; not at the full stop of an ordinal
# ("the 35. yılında", "20. Januar"), a digit before it.
# (Written as one class of first characters, the conditions after it: "\n|(?<!\d)[.!?…](?=\s)|[!?…](?=\s)", the same
# matches, had the engine try the alternatives at every position of the text; `_ends` of 1,300 news-like and cue-dense
# texts 0.235 -> 0.04 s CPU, 2026-12-07.)
_END = re.compile(r"[\n.!?…](?:(?<=\n)|(?=\s)(?<!\d\.))")
_REACH = 400  # characters either side: a sentence is shorter, and a one-line page is not read whole
_NEAR = 60  # characters either side of a phrase where another event's name makes it that event's count
# What an anniversary is of: named right after its phrase (`[anniversary] of_thing`: "the 34th anniversary of ...",
# "100-летие ...") or right before it (`of_thing_before`, a genitive: "Cümhuriyyətin 100 illiyi"); the words beside the
# event's name and `anchor` that make that thing the event (`of_event`: "January").
_NEVER = r"(?!x)x"
_OF_THING = re.compile("|".join(lang.alternatives("anniversary.of_thing", plain=True)) or _NEVER, re.IGNORECASE)
_OF_BEFORE = re.compile(
    f"(?:{'|'.join(lang.alternatives('anniversary.of_thing_before', plain=True)) or _NEVER})$", re.IGNORECASE
)
_OF_EVENT = lang.pattern("anniversary.of_event", r"(?<!\w)(?:{})", plain=True)
_PAGE_AGE_WORDS = frozenset(word.casefold() for word in lang.words("anniversary.page_age"))
_PART_MARKS = "|•·"  # what sets a part of a line apart: "312 views • 5 years ago | Channel"
_PART_BEFORE = re.compile(rf"(?:^|\n|[{_PART_MARKS}])[\s{_PART_MARKS}-]*$")
_PART_AFTER = re.compile(rf"[^\S\n]*(?:$|\n|[{_PART_MARKS}])")
_CLAUSE = re.compile(r"[^,.;:!?()\n]{0,100}")  # the thing: up to a clause's end
_CLAUSE_BACK = re.compile(r"[^,.;:!?()\n]{0,100}$")
# The words a few words before a headline's count that make it a span of history or an age, not years since the
# event ("через 70 лет", "в свои 19 лет", "мне было почти 19 лет"): `[anniversary] count_then_entry_not_after`.
_NOT_SINCE = frozenset(lang.words("anniversary.count_then_entry_not_after"))
_NOT_SINCE_WORDS = 3  # words read back from the count, within its clause
_QUOTE_MARKS = frozenset("«»“”„\"'‘’")


@lru_cache(maxsize=2)
def _ends(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence end of the text starts, and where it ends (read once for all the phrases of a text)."""
    found = list(_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] starts and ends (at most _REACH characters either side)."""
    starts, ends = _ends(text)
    before = bisect.bisect_right(ends, start)  # ends[before - 1] is the last end at or before the phrase
    after = bisect.bisect_left(starts, end)  # starts[after] is the first end from the phrase's end on
    low = max(ends[before - 1] if before else 0, start - _REACH, 0)
    high = min(starts[after] if after < len(starts) else len(text), end + _REACH)
    return low, high


def _sentence(text: str, start: int, end: int) -> str:
    low, high = _bounds(text, start, end)
    return text[low:high]


def names_other_event(text: str, start: int, end: int) -> bool:
    """Whether another event is named beside text[start:end], in a sentence that does not name the event of
    January 1990."""
    low, high = _bounds(text, start, end)
    near = text[max(low, start - _NEAR) : min(high, end + _NEAR)]
    if not _OTHER_EVENT_GATE.may_match(gate_text(near)):
        return False
    return _OTHER_EVENT.search(near) is not None and _THIS_EVENT.search(text, low, high) is None


def names_event(text: str, start: int, end: int) -> bool:
    """Whether the sentence of text[start:end] names the event of January 1990 (and no other event alone)."""
    sentence = _sentence(text, start, end)
    if _THIS_EVENT.search(sentence):
        return True
    return _ANCHOR.search(sentence) is not None and _OTHER_EVENT.search(sentence) is None


def _names_the_event(clause: str) -> bool:
    """Whether a clause names the event: its name or year, an anchor, or an `of_event` word."""
    return bool(_THIS_EVENT.search(clause) or _ANCHOR.search(clause) or _OF_EVENT.search(clause))


def names_other_thing(text: str, start: int, end: int) -> bool:
    """Whether the phrase text[start:end] is the anniversary of something its clause does not name as the event
    ("the 105th anniversary of the diplomatic service", "100-летие АДР", "Cumhuriyetin 100. yılı"): no event name,
    anchor, `of_event` word or the event's year in the clause after "of" (or, for a thing named before the phrase,
    in the clause around it)."""
    of = _OF_THING.match(text, end)
    before = None if of else _OF_BEFORE.search(text, max(0, start - 60), start)
    if of is None and before is None:
        return False
    after = _CLAUSE.match(text, of.end() if of else end)
    clause = after.group() if after else ""
    if before is not None:
        back = _CLAUSE_BACK.search(text, max(0, start - 100), start)
        clause = (back.group() if back else "") + text[start:end] + clause
    return not _names_the_event(clause)


def of_this_event(text: str, end: int) -> bool:
    """Whether the anniversary phrase ending at `end` is of the event, named right after it ("тридцатилетие
    трагедии", "… январских событий"): the thing after it (`[anniversary] of_thing`) names the event, an anchor or
    one of `of_event`."""
    of = _OF_THING.match(text, end)
    after = _CLAUSE.match(text, of.end()) if of else None
    clause = after.group() if after else ""
    return bool(clause) and _names_the_event(clause)


def page_age(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a count back from now in digits (`[anniversary] page_age`: "5 years ago") standing
    alone in its part of a line, set apart by a line end or a mark on one side at least: a page's age, not an
    anniversary (see the module docstring). A text that is the phrase alone is a phrase."""
    words = text[start:end].split()
    if not words or not words[0][:1].isdigit() or words[-1].casefold() not in _PAGE_AGE_WORDS:
        return False
    before = _PART_BEFORE.search(text, max(0, start - 20), start)
    after = _PART_AFTER.match(text, end)
    if before is None or after is None:
        return False
    return before.group().strip(" \t") != "" or after.group().strip(" \t") != ""


def counted_from_earlier_year(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a count back from now (its last word one of `[anniversary] page_age`: "102 yıl
    önce", "102 years ago") in a sentence that names a year before the event's and neither the event nor its year:
    the years count back to that year's event, not to 1990 ("… 1918'de Bakü'yü kurtaran askerler 102 yıl önce burada
    toprağa verildi", an inscription quoted in a report of 2020), when the count reaches back from after 1990 to it."""
    words = text[start:end].split()
    if not words or words[-1].casefold() not in _PAGE_AGE_WORDS or not words[0][:1].isdigit():
        return False
    low, high = _bounds(text, start, end)
    if _THIS_EVENT.search(text, low, high):
        return False
    count = int(re.sub(r"\D.*", "", words[0]))
    # (a year the count reaches back to from a present after the event: "36 yıl önce" beside 1918 is none)
    return any(int(year) < EVENT_YEAR < int(year) + count for year in _YEAR.findall(text, low, high))


def span_of_history(text: str, start: int) -> bool:
    """Whether a word among the few before a count, in its clause, makes it a span of history ("«Через 70 лет")
    or an age ("в свои 19 лет"), not years since the event."""
    words: list[str] = []
    for token in reversed(tokens(text, max(0, start - 60), start)):
        if token.text[0].isalpha():
            words.append(token.low)
        elif token.text not in _QUOTE_MARKS:
            break  # a mark ends the clause ("Было холодно. 29 лет ...")
        if len(words) == _NOT_SINCE_WORDS:
            break
    return not _NOT_SINCE.isdisjoint(words)


# A month's name right before a number in digits, itself after no number and ending no name of the event: the number
# is the date's day ("the January 20 anniversary", "January 20rd anniversary": the anniversary of 20 January, whatever
# the suffix), not a count; after a day it is a count ("20 January 34th anniversary"), as after the event's name
# ("Black January 30th anniversary", "Qanlı Yanvarın iyirmi ikinci ildönümü").
_MONTH_BEFORE = re.compile(rf"(?<![\w-])(?:{MONTH_NAME})\s+$", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\d[\s.-]*$")
_EVENT_NAME = this_event()
_MONTH_REACH = 16  # characters before a number where its month is read
_NAME_REACH = 24  # characters before a month where the event's name that ends with it is read


def day_of_month(text: str, start: int, number: int) -> bool:
    """The number (in digits) at `start` is a date's day: `number` could be one, and it follows a month's name that
    follows no number and ends no name of the event."""
    if number > LAST_DAY:
        return False
    month = _MONTH_BEFORE.search(text, max(0, start - _MONTH_REACH), start)
    if month is None or _DAY_BEFORE.search(text, max(0, month.start() - 4), month.start()) is not None:
        return False
    names = _EVENT_NAME.finditer(text, max(0, month.start() - _NAME_REACH), start)
    return not any(name.start() < month.start() < name.end() for name in names)  # ("Black January", "Qanlı Yanvarın")
