"""Whether a sentence with a verb of saying is at the event (issue 16): whoever's words open it spoke there. A
sentence is at the event when it names the event ("At the event", "those gathered", "собравшимся", "tədbirdə",
"törende"), or when it is in a paragraph after the one that reports the event held ("A memorial evening was held",
"состоялось мероприятие", "tədbir keçirilib", "tören düzenlendi"), or later in that same paragraph in a language whose
reports run the two together, when nothing there says the words came from afar. The words of each are data
(`[attendees] event_here`, `event_held`, `event_held_here`, `from_afar`). A time of 1990 tells history, unless it is
the topic of a speech at the event (`history_time`, `speech_topic`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from jan20.text import sentences as sx

from . import _cue_search as cue_search
from . import _cues as cue


class HeldBefore:
    """Where the text first reports an event held, asked about each sentence with a verb of saying in turn: a call
    with a sentence's start gives where, if that is before it, else -1. The text is searched only as far as the
    sentences asked about, each stretch once (`_anchored.Anchored.first`): on news-like text that first report is
    rarely there (none in 1,000 texts), and the search of the whole text, 132 literals looked for in it, was 7% of
    the facts' CPU (2026-12-07); a sentence with such a verb stands on average half way into its text."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.read = 0  # the text is searched up to here
        self.held = -1

    def __call__(self, before: int) -> int:
        if self.held < 0 and before > self.read:
            found = cue.EVENT_HELD_IN_TEXT.first(self.masked, self.read, before)
            self.read = before
            self.held = found.start() if found else -1
        return self.held if self.held < before else -1


def said_here(masked: str, sent: sx.Span, held: int | Callable[[int], int]) -> bool:
    """The sentence is at the event: it names the event ("At the event", "собравшимся", "tədbirdə"), or it is in a
    paragraph after the one that reports the event held (`held`, where the text first does, or a `HeldBefore` of
    the text: only whether that is before the sentence matters)."""
    body = masked[sent.start : sent.end]
    if not cue_search.hits(cue.HOST_SAID, body):
        return False
    # (the event named in the main clause: "X bildirib ki, tədbirdə çıxış edən Y …" places Y there, not X)
    reported = cue_search.hits(cue.REPORTED, body)
    if cue_search.hits(cue.EVENT_HERE, body[: reported[0].start()] if reported else body):
        return True
    held = held(sent.start) if callable(held) else held
    # a paragraph after the one that reports the event: its own paragraph may tell what someone said elsewhere
    if not ((0 <= held < sent.start and "\n" in masked[held : sent.start]) or _held_before(masked, sent)):
        return False
    proper = _proper_held_at(masked)
    if (0 <= proper < sent.start and "\n" in masked[proper : sent.start]) or _held_before(masked, sent, proper=True):
        return True
    return _after_visit(masked, sent, body)


@lru_cache(maxsize=4)
def _proper_held_at(masked: str) -> int:
    """Where the text first reports an event held that is no group's visit to a memorial, or -1."""
    held = cue.EVENT_HELD_PROPER.search(masked)
    return held.start() if held else -1


def _after_visit(masked: str, sent: sx.Span, body: str) -> bool:
    """The sentence is at a group's visit to a memorial (`group_visit`: "Members of the community visited the Alley"),
    the only event the text reports before it: the visit is told in the sentence right before, and the sentence names
    no other place, time or audience, nor a dead person (`visit_speaker_elsewhere`: "noted in Warsaw", "Ten years
    ago", "told journalists", "who died in 2020"; nor a statement, nor another time of `said_elsewhere`)."""
    visits = list(cue.GROUP_VISIT.finditer(masked, 0, sent.start))
    if not visits or len(_STOPS.findall(masked, visits[-1].end(), sent.start)) > 1:
        return False
    elsewhere = (cue.VISIT_SPEAKER_ELSEWHERE, cue.SAID_ELSEWHERE, cue.SPEECH_ELSEWHERE, cue.FROM_AFAR)
    return not any(p.search(body) for p in elsewhere)


_STOPS = re.compile(r"[.!?…]+")  # the ends of sentences between a visit and the sentence after it


def _held_before(masked: str, sent: sx.Span, *, proper: bool = False) -> bool:
    """An earlier sentence of the same paragraph reports the event held in the words of a language whose reports run
    an event and its speeches in one paragraph (`event_held_here`: "В Доме дружбы состоялось мероприятие. X отметил,
    …"), and nothing in the paragraph up to the end of this one says the words came from afar (a statement,
    an interview, a letter: `from_afar`)."""
    para = masked.rfind("\n", 0, sent.start) + 1
    held = cue.EVENT_HELD_HERE_PROPER if proper else cue.EVENT_HELD_HERE  # (`proper`: no group's visit)
    return held.search(masked, para, sent.start) is not None and not cue.FROM_AFAR.search(masked, para, sent.end)


_TOPIC_CUES = (cue.SPEECH_CUE, cue.SPEECH_OPENER, cue.SPEECH_LIST)


def tells_history(body: str, speech: bool) -> bool:
    """The sentence names a time of 1990 or before (`history_time`: "in January 1990"), not as the topic of a speech
    at the event: after a verb of speech and a word of topic ("X gave a report on the crimes of the Soviet army in
    January 1990", "X spoke about the events in January 1990"; not "X made a speech in Moscow on 21 January 1990"),
    nor as the time of those commemorated (`remembered_topic`: "honoured the memory of the victims of the tragedy
    committed in Baku on 20 January 1990"), nor as the time of the story in what a speaker said after "that"
    (`said_content`: "X stressed that the foundation of our state was laid at that time")."""
    remembered = [h.end() for h in cue_search.hits(cue.REMEMBERED_TOPIC, body)]
    told = [t for t in cue_search.hits(cue.HISTORY_TIME, body) if not any(r <= t.start() for r in remembered)]
    if not told or not speech:
        return bool(told)
    spoke = [h.start() for p in _TOPIC_CUES for h in cue_search.hits(p, body)]
    content = [
        (h.start(), h.end()) for h in cue_search.hits(cue.SAID_CONTENT, body)
    ]  # ("X stressed that … at that time")
    return any(
        not any(p < t.start() and cue.SPEECH_TOPIC.search(body, p, t.start()) for p in spoke)
        and not any(a < t.start() and t.end() <= b for a, b in content)
        for t in told
    )
