"""The parliament a report sets its event in, by the building or chamber it names ("in the House of Commons", "at
Westminster", "в Верховной Раде"): a bare "MP" there is that country's member, not the Milli Majlis's, whatever other
country the text names ("Jane Roe MP" at an event in the House of Commons on Ukraine: "Member of the Parliament of the
United Kingdom").

The data is each language's `[roles.parliament_places]` (a country, and the patterns of its parliament's buildings and
chambers, matched on the text folded to lower-case ASCII).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text.fold import to_ascii
from jan20.text.sentences import sentences

from .. import lang
from ._cues import SUBJECT_CUE

_PLACES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile("|".join(patterns)), country)
    for _, table in lang.table("roles.parliament_places")
    for country, patterns in table.items()
)
_BEFORE = lang.pattern("roles.parliament_place_before")
_EVENT = lang.pattern("attendees.event", r"\b(?:{})")


@lru_cache(maxsize=4)
def parliament_place(text: str) -> str | None:
    """The one country whose parliament's building or chamber the text sets its event in, or None when it sets it in
    none or two. A building counts where the sentence says the event is there: right after a word of where ("held in
    the House of Commons", "the evening at Westminster"), in a sentence with an event's word or a presence cue; not
    one named in passing ("a letter to the House of Commons")."""
    found: set[str] = set()
    for span in sentences(text):
        sentence = text[span.start : span.end]
        folded = to_ascii(sentence).lower()
        if not (_EVENT.search(folded) or SUBJECT_CUE.search(sentence)):
            continue
        for pattern, country in _PLACES:
            if any(_BEFORE.search(folded, 0, m.start()) for m in pattern.finditer(folded)):
                found.add(country)
    return found.pop() if len(found) == 1 else None
