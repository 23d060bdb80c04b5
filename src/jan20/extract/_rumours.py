"""Figures told as rumours, for the casualty extractor (`casualties`): a sentence that names rumours ("Rumours spread
that 15,000 had died", "Ходили слухи, что погибли 15 тысяч человек", "şayiələr", "söylentiler") gives none, nor does
the sentence right after it in its paragraph when it tells what some asserted ("Some claimed that 15,000 were
killed", "Одни утверждали, что погибли 15 тысяч человек"; not "Officials insisted that 147 were killed") (`[casualties]
rumours`, `rumour_claims`, `rumour_claimants`). A figure set against the rumours in their sentence stays: after a
clause conceding them ("Despite rumours of thousands of dead, 147 were killed", "Несмотря на слухи …, погибли 147",
"şayiələrə baxmayaraq 147 nəfər", "söylentilere rağmen 147 kişi": `rumour_despite`, `rumour_despite_after`) or
after a word opposing them ("Rumours spoke of thousands, but officially 147 died": `rumour_but`), unless rumours
are named again after it. A figure of unofficial or local sources is none when the official one follows it in its
sentence ("Local sources said 300 died; officially 131": `rumour_unofficial`, `rumour_official`)."""

from __future__ import annotations

import re

from .. import lang
from ._casualty_words import word_set

_RUMOURS = lang.pattern("casualties.rumours", "(?:{})")
_CLAIMS = word_set("rumour_claims")
_CLAIMANTS = word_set("rumour_claimants")  # "some", "одни": not "Officials insisted that 147 were killed"
_DESPITE = word_set("rumour_despite")  # before the rumours' word: "despite", "несмотря"
_DESPITE_AFTER = word_set("rumour_despite_after")  # after it: "baxmayaraq", "rağmen"
_BUT = word_set("rumour_but")  # "but", "но", "amma", "ama"
_UNOFFICIAL = lang.pattern("casualties.rumour_unofficial", "(?:{})")  # "local sources said", "неофициально"
_OFFICIAL = lang.pattern("casualties.rumour_official", "(?:{})")  # "officially", "официально", "rəsmi", "resmi"
_WORD = re.compile(r"\w+")
_NEAR = 4  # words between a concessive word and the rumours' word


def rumoured(text: str, prev: tuple[int, int] | None, start: int, end: int) -> int | None:
    """Where the figures of the sentence text[start:end] stop being told as rumours (`prev`: the sentence before
    it): None when none is, `end` when all are, else the offset after which a figure set against them stays."""
    found = _RUMOURS.search(text, start, end)
    if found is not None:
        return _set_against(text, found, start, end)
    if (unofficial := _UNOFFICIAL.search(text, start, end)) is not None:
        official = _OFFICIAL.search(text, unofficial.end(), end)  # "Local sources said 300 died; officially 131"
        if official is not None:
            return official.start()
    if prev is None or "\n" in text[prev[1] : start] or _RUMOURS.search(text, *prev) is None:
        return None
    words = {w.lower() for w in _WORD.findall(text, start, end)}
    return None if words.isdisjoint(_CLAIMS) or words.isdisjoint(_CLAIMANTS) else end


def _set_against(text: str, found: re.Match[str], start: int, end: int) -> int:
    """The offset after which the sentence text[start:end] sets its figures against the rumours `found` names."""
    kept = end
    before = [w.group().lower() for w in _WORD.finditer(text, start, found.start())][-_NEAR:]
    after = list(_WORD.finditer(text, found.end(), end))
    if not _DESPITE.isdisjoint(before):
        comma = text.find(",", found.end(), end)  # "Despite rumours of thousands of dead, 147 …"
        kept = comma if comma >= 0 else end
    elif after[:2] and any(w.group().lower() in _DESPITE_AFTER for w in after[:2]):
        kept = next(w.end() for w in after[:2] if w.group().lower() in _DESPITE_AFTER)
    else:
        kept = next((w.start() for w in after if w.group().lower() in _BUT), end)
    if kept < end and _RUMOURS.search(text, kept, end) is not None:
        return end  # named again: "…, but later rumours spoke of 20,000"
    return kept
