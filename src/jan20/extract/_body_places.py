"""Places written after a body's name, as part of it: "University of California San Diego" names a campus, and
"San Diego" there is no person, though the data may not know it as a place."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from ._name_runs import is_cap
from ._title_words import is_role_head

# The nouns of bodies whose names go on with a place after "of" and then another ("University of California San
# Diego"), and the links between (`[attendees] place_after_bodies`, `place_after_links`).
_BODIES = lang.words("attendees.place_after_bodies")
_LINKS = lang.words("attendees.place_after_links")
# Words that open a place's name and never a person's ("San Diego", "Santa Barbara", "Los Angeles").
_OPENERS = lang.words("attendees.place_openers")


def continues_body(toks: list[sx.Token], i: int, first: int) -> bool:
    """The run of capitals from i, whose name would start at `first`, opens with a place right after a body's noun and
    its link, with no title between, and the name would open as a place does ("University of California San Diego"):
    it names the body's campus, not a person ("University of Baku Anar Guliyev" still names one)."""
    if not (2 <= i < first and toks[i - 1].low in _LINKS):
        return False
    body = toks[i - 2]
    places = toks[i:first]
    return (
        is_cap(body.text)
        and body.low in _BODIES
        and not any(is_role_head(t.text) for t in places)
        and toks[first].low in _OPENERS
    )
