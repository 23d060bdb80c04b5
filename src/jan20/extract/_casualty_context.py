"""What a sentence says of all its figures, for the casualty extractor (`casualties`):

* another event: a sentence that names a year before 1990 or in the 1990s after it as a time ("in 1988", "February
  1988", "1988 года", "1988-ci ildə", "1988'de", "in 1992") and not 1990 counts an earlier or a later event's dead
  ("in Sumgait in February 1988, 32 people died"); so does one that names another event (`other_event`: Khojaly,
  the Karabakh wars, the Sumgait pogrom, the Tbilisi tragedy); in a sentence that names 1990 and another year, each
  figure's time is the year named nearest it (`_casualty_times`);
* a later protest: arrests in a sentence that names the police and not 1990 are of a protest on an
  anniversary day ("Police later detained 12 activists"), not 1990's (then troops and the militia arrested);
* parts: figures timed before or after the curfew ("Before the curfew …", "до объявления комендантского часа"),
  or bounded in time otherwise ("in the first hours", "в последующие дни") or in place ("In Baku, …", "rayonlarda")
  are parts of the toll.

What a number's own words say of it (an elided casualty word, whose figure it is, an age) is `_casualty_own_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text import sentences as sx
from jan20.text.dates import find_dates
from jan20.text.event import EVENT_YEAR, this_event

from .. import lang
from ._casualty_words import (
    OTHER_EVENT,
    Stemmed,
    opening_words,
    points_back,
    word_set,
)
from ._cues import LIST_JOINERS
from ._event_years import RELATIVE, counted_times, dated_events
from ._gate import LiteralGate, gate_text
from ._pretexts import first_other, others_named

_NEVER = r"(?!x)x"
YEAR_NAMED = re.compile("|".join(lang.alternatives("casualties.year_named", plain=True)) or _NEVER, re.IGNORECASE)
A_YEAR = re.compile(r"(?<![\d.,])1[89]\d\d(?![\d.,]?\d)")
EVENT_YEAR_RE = re.compile(rf"(?<!\d){EVENT_YEAR}(?!\d)")
_WORD = re.compile(r"\w+")
_YEAR_AFTER = re.compile(r"\W{0,3}\d{4}(?!\d)")  # "20 Ocak 1994": the day of another year
# The event of January 1990 named by its name or its year: beside another event's, it times the figures after it.
_THIS_EVENT = this_event(r"(?<![\d.,]){}(?![\d.,]?\d)")
_THIS_PLACE = lang.pattern("casualties.this_event_place")  # "in Baku 131": beside another event's place
_OTHER_PLACES = tuple(sorted(word_set("other_event_places")))  # "tbilisi", "afghan": the other events named by place
_LATER_PROTEST = word_set("later_protest")
_BACK_OPENERS = word_set("other_event_back")  # "This was during the Karabakh war"
_EVENT_NOUNS = Stemmed.of(word_set("other_event_back_own"))  # "events", "storming", "событи*": this event's own
_PARTIAL_WHEN, PARTIAL_WHERE, PARTIAL_SHARE = (
    re.compile("|".join(lang.alternatives(f"casualties.{key}", plain=True)) or _NEVER, re.IGNORECASE)
    for key in ("partial_when", "partial_where", "partial_share")
)
# Most sentences hold no literal either needs (`_gate`): tried first, as the patterns cost a sixth of the
# extractor's time on news-like text when searched in every sentence with a figure.
_PARTIAL_WHEN_GATE = LiteralGate.of(_PARTIAL_WHEN)
PARTIAL_WHERE_GATE = LiteralGate.of(PARTIAL_WHERE)
PARTIAL_SHARE_GATE = LiteralGate.of(PARTIAL_SHARE)
_OTHER_EVENT_GATE = LiteralGate.of(OTHER_EVENT)
# A sentence timed in the 1990s after 1990 counts a later event's dead (Vilnius 1991, Khojaly 1992, the first Karabakh
# war): "In February 1992, 613 civilians were massacred"; later years are those of the commemorations, which recall
# 1990's ("In 2020, officials recalled that 147 were killed").
_LATER_EVENTS_END = 2000
# A later figure's own words up to the event they name after it ("2,908 soldiers were martyred in the 44-day war",
# "2908 военнослужащих, погибших в Отечественной войне"), and what ends them: `named_next`.
_OWN_WORDS = 5
_LATER_YEAR = re.compile(r"(?<![\d.,])20[0-4]\d(?![\d.,]?\d)")  # a year of this century (`later_war`)
_OWN_END = re.compile(r"[;:]")


def another_event(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is about another event than 1990's (see the module docstring); one
    that names another event and this one too (or 1990 as a time counted from another year: "two years earlier")
    is read figure by figure (`events_named`, `times_named`)."""
    if may_name_other(text, start, end) and first_other(text, start, end):
        return not _this_named(text, start, end) and (
            not _relative_to_event(text, start, end) or _names_undated_other(text, start, end)
        )
    if not A_YEAR.search(text, start, end) or EVENT_YEAR_RE.search(text, start, end):
        return False  # (a quick test first: reading the dates is slow)
    sentence = text[start:end]
    named = [int(y) for m in YEAR_NAMED.finditer(sentence) for y in A_YEAR.findall(m.group())]
    named += [m.year for m in find_dates(sentence) if m.year is not None]
    # (one that names this event by its name too, "20 января", is read figure by figure: `times_named`)
    return (
        any(another_year(year) for year in named)
        and not names_of_event(text, start, end)
        and not _relative_to_event(text, start, end)
    )


def relative_times(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """`_event_years.relative_times` of the sentence text[start:end]."""
    return counted_times(text, start, end, may_name_other(text, start, end))


def _relative_to_event(text: str, start: int, end: int) -> bool:
    return any(year == EVENT_YEAR for _, _, year in relative_times(text, start, end))


def _names_undated_other(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], timed in 1990 only by a count from another event whose name dates it ("two years after
    the Sumgait pogrom"), names yet another event that no name dates ("… 90 Armenians were killed in the Baku
    pogroms"): its figures may be that one's, and the sentence is read as another event's."""
    if A_YEAR.search(text, start, end):
        return False  # (counted from a year named: "В 1992 году в Ходжалы …, а двумя годами ранее в Баку …")
    dated = dated_events(text, start, end)
    return any(not any(m.start() <= a < m.end() for a, _, _ in dated) for m in others_named(text, start, end))


def names_of_event(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] names this event by its name ("20 января", "Qanlı Yanvar"), not as the day of another
    year ("20 Ocak 1994'te")."""
    return [m.span() for m in _THIS_EVENT.finditer(text, start, end) if not _YEAR_AFTER.match(text, m.end())]


@lru_cache(maxsize=4)
def sentence_gate(text: str, start: int, end: int) -> str:
    """The sentence text[start:end] as the gates read it (`gate_text`), made once for the several gates each sentence
    is tried against (`another_event`, `events_named`, `timed_part`, `placed_part`, `shares`: five a sentence)."""
    return gate_text(text[start:end])


def names_other_event(text: str) -> bool:
    """Whether the text names another event (`OTHER_EVENT`), its literal gate read first: the pattern of every
    language's events on each article's head was 2.4% of the facts' time on news-like text (2026-12-07)."""
    return _OTHER_EVENT_GATE.may_match(gate_text(text)) and OTHER_EVENT.search(text) is not None


def may_name_other(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds one of the literals every name of another event holds (`LiteralGate`): most
    sentences hold none, and the pattern of every language's events took tens of microseconds on each."""
    return _OTHER_EVENT_GATE.may_match(sentence_gate(text, start, end))


def another_year(year: int) -> bool:
    return year < EVENT_YEAR or EVENT_YEAR < year < _LATER_EVENTS_END


def continues_other(text: str, prev: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] goes on about another event that the sentence before it (`prev`) was
    about: it names neither this event nor its year, and opens with a word pointing back (`other_event_next`:
    "There, 613 were killed", "O gecə 613 nəfər", "Там погибли 32 человека") or follows it in its line naming no
    time of its own."""
    if prev is None or _THIS_EVENT.search(text, start, end) is not None:
        return False
    if points_back(opening_words(text, start, end)):
        return another_event(text, *prev)
    # ... or, right after one that timed the other event in another year, in its line, names no time of its own ("The
    # Khojaly massacre took place in 1992. Officially, 613 civilians were killed"; not "Two years later, 147 were
    # killed": a time counted from it; nor after a passing mention, "The guests visited the Khojaly memorial")
    timed = A_YEAR.search(text, start, end) or any(p.search(text, start, end) for p, _, _ in RELATIVE)
    if timed or "\n" in text[prev[1] : start]:
        return False
    return any(another_year(int(y)) for y in A_YEAR.findall(text, *prev)) and another_event(text, *prev)


def events_named(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Where the sentence text[start:end] names another event (start, end, True) and this one (…, False), when it
    names both ("Xocalıda 613 nəfər, 20 Yanvarda isə 147 nəfər həlak olub"): each figure is of the event named
    last before it (`of_other_event`). Empty when the sentence does not name both."""
    if not may_name_other(text, start, end):
        return []
    others = [(m.start(), m.end(), True) for m in others_named(text, start, end)]
    if not others:
        return []
    this = _this_named(text, start, end, others)
    return sorted(others + this) if this else []


def _this_named(
    text: str, start: int, end: int, others: list[tuple[int, int, bool]] | None = None
) -> list[tuple[int, int, bool]]:
    """Where the sentence text[start:end] names this event: by its name or day, or by its town with a figure right
    after it (`[casualties] this_event_place`: "In Tbilisi 21 died, in Baku 131"), when no other event is named after
    the town ("in Baku 90 died in the pogroms": `others`, the other events it names, read when not given) and those
    are all named by their place too (`[casualties] other_event_places`: Tbilisi, Vilnius, Afghanistan)."""
    this = [(m.start(), m.end(), False) for m in _THIS_EVENT.finditer(text, start, end)]
    places = list(_THIS_PLACE.finditer(text, start, end))
    if places:
        if others is None:
            others = [(m.start(), m.end(), True) for m in others_named(text, start, end)]
        placed = all(any(p in text[a:b].lower() for p in _OTHER_PLACES) for a, b, _ in others)
        last_other = max((o[0] for o in others), default=-1)
        this += [(m.start(), m.end(), False) for m in places if placed and m.start() > last_other]
    return sorted(this)


def of_other_event(events: list[tuple[int, int, bool]], at: int) -> bool:
    """Whether the figure at `at` is another event's: the event named last before it (or around it: "… 147 died, and
    the events in Karabakh where 32 died …", the name's span holding its clause), or, with none before it, the first
    named after it (`events`: `events_named` of its sentence)."""
    before = [e for e in events if e[0] <= at]
    return before[-1][2] if before else events[0][2]


_LABEL_GAP = re.compile(
    r"\W*\w{0,4}\W*"
)  # between an event's name and the number it labels: a case ending ("Yanvarda")


def labelled(events: list[tuple[int, int, bool]], text: str, at: int) -> bool:
    """Whether the number at `at` follows right after an event's name (`events`: `events_named`), which labels it: "Qara
    Yanvarda 147, Xocalıda 613 nəfər"."""
    return any(b <= at and _LABEL_GAP.fullmatch(text, b, at) for _, b, _ in events)


def of_other(events: list[tuple[int, int, bool]], at: int) -> bool:
    """`of_other_event`, when the sentence names both events (`events`, else empty: no figure of it is another's)."""
    return bool(events) and of_other_event(events, at)


def named_next(events: list[tuple[int, int, bool]], text: str, at: int, until: int, numbered: bool) -> bool | None:
    """Whether a later figure of a sentence that names both events is another event's by the event its own words name
    right after it ("On 20 January 147 were killed, and 2,908 soldiers were martyred in the 44-day war", "20 Yanvarda
    147 nəfər həlak olub, 2908 hərbçi isə Vətən müharibəsində şəhid olub"): True for another event, False for this
    one; None when none is named within _OWN_WORDS words after it (`at`, its number's end), before the next number
    (`until`, where it starts when `numbered`, else the sentence's end) and a semicolon (then it is the event named
    before it: `of_other_event`)."""
    name = _named_after(events, at, until)
    return name[2] if name is not None and _own_name(text, at, name, until, numbered) else None


def _named_after(events: list[tuple[int, int, bool]], at: int, until: int) -> tuple[int, int, bool] | None:
    return next((e for e in events if at <= e[0] < until), None)


def _own_name(text: str, at: int, name: tuple[int, int, bool], until: int, numbered: bool) -> bool:
    """Whether the event `name`, named after a figure's number (ending at `at`), is the figure's own (`named_next`):
    within _OWN_WORDS words and no semicolon; not a time counted from it ("… and 744 wounded two years after the
    Sumgait pogrom"), nor the label of the next number, only marks between them (`numbered`: `until` is its start;
    "в Черный январь — 147, в Ходжалы — 613")."""
    if _OWN_END.search(text, at, name[0]) or len(_WORD.findall(text, at, name[0])) > _OWN_WORDS:
        return False
    if any(p.search(text, at, name[0]) for p, _, _ in RELATIVE):
        return False
    return not (numbered and _WORD.search(text, name[1], until) is None)


_CLOSE_END = re.compile(r"[,;:\d]")  # what no figure's own words hold before the name that makes it this event's


def this_named_next(
    events: list[tuple[int, int, bool]], text: str, start: int, at: int, until: int, numbered: bool
) -> bool:
    """Whether the first figure of a sentence that names both events is this one's by its own words, which name it
    right after the figure with no comma nor number between ("After the liberation of Karabakh, the families of the
    147 victims of 20 January gathered", "После освобождения Карабаха семьи 147 погибших 20 января"), whatever event
    is named before it (`named_next`; `start`, `at`: its number's); not inside that event's name nor across a list's
    joiner."""
    name = _named_after(events, at, until)
    if name is None or name[2] or _CLOSE_END.search(text, at, name[0]):
        return False
    if any(e[2] and e[0] <= start < e[1] for e in events):
        return False  # inside the other event's name ("Sumgayıt'ta 32 insanın hayatını kaybettiği olaylar")
    if any(w.lower() in LIST_JOINERS for w in _WORD.findall(text, at, name[0])):
        return False  # a list's next item ("… şəhid olan 2908 hərbçi və 20 Yanvarda həlak olan 147 nəfər")
    return _own_name(text, at, name, until, numbered)


def later_protest(text: str, start: int, end: int) -> bool:
    """Whether the arrests in the sentence text[start:end] are of a later protest."""
    if EVENT_YEAR_RE.search(text, start, end):
        return False
    return any(word.lower() in _LATER_PROTEST for word in _WORD.findall(text, start, end))


def timed_part(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] bounds its figures in time (against the curfew, the first hours, the
    days that followed): they are parts."""
    return (
        _PARTIAL_WHEN_GATE.may_match(sentence_gate(text, start, end))
        and _PARTIAL_WHEN.search(text, start, end) is not None
    )


_NEXT_SENTENCE = 400  # characters read after a sentence for the one that follows it


def later_war(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] names a year of this century and neither 1990 nor this event by its name:
    soldiers' deaths then are a later war's ("2020-ci ildə 2908 hərbçimiz şəhid olub", "In 2020, 2,908 soldiers were
    killed"), while other figures may be 1990's recalled ("In 2020, officials recalled that 147 were killed")."""
    if _LATER_YEAR.search(text, start, end) is None or EVENT_YEAR_RE.search(text, start, end) is not None:
        return False
    return not names_of_event(text, start, end)


def after_other(text: str, prev: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether the sentence text[start:end], naming no event, follows in its line one that names another event and not
    this one (`prev`): soldiers' deaths then are that event's ("The speakers recalled the 44-day war. 2,908 servicemen
    were martyred.", "Tədbirdə Vətən müharibəsindən danışıldı. 2908 hərbçimiz şəhid oldu.")."""
    if prev is None or "\n" in text[prev[1] : start] or _THIS_EVENT.search(text, start, end) is not None:
        return False
    return may_name_other(text, *prev) and first_other(text, *prev) is not None and not _THIS_EVENT.search(text, *prev)


def other_event_next(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] names neither this event nor its year, and the next sentence, in its
    line, names another event and not this one ("… the attacking army lost about ten thousand soldiers. This was
    during the Karabakh war."; opening with a word pointing back, `other_event_back`): a loss told before the war it
    belongs to is named. (`casualties` asks it only of an army's losses of its soldiers.)"""
    if _THIS_EVENT.search(text, start, end) or EVENT_YEAR_RE.search(text, start, end):
        return False
    if _relative_to_event(text, start, end):
        return False
    following = sx.sentences(text, end, min(len(text), end + _NEXT_SENTENCE), lines=True)
    if not following or "\n" in text[end : following[0].start]:
        return False
    nxt = following[0]
    first = _WORD.search(text, nxt.start, min(nxt.end, nxt.start + 40))
    if first is None or first.group().lower() not in _BACK_OPENERS:
        return False
    if not (may_name_other(text, nxt.start, nxt.end) and another_event(text, nxt.start, nxt.end)):
        return False
    # (nor when a noun of this event comes before the other's name: "This was during the January events, which led
    # to the Karabakh war", "It happened in the storming of Baku, not in the war")
    other = first_other(text, nxt.start, nxt.end)
    words = _WORD.findall(text, nxt.start, other.start() if other else nxt.end)
    return not any(_EVENT_NOUNS.holds(w.lower()) for w in words)
