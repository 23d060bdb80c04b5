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
    """The name that would start at `first` (its run of capitals from i) opens as a place does, right after a body's
    noun, its link and a place, with no title between ("University of California San Diego", or with a comma:
    "University of California, San Diego"): it names the body's campus, not a person ("University of Baku Anar
    Guliyev" still names one)."""
    if first >= len(toks) or toks[first].low not in _OPENERS:
        return False
    k = i
    if k == first and k >= 1 and toks[k - 1].text == ",":  # ("of California, San Diego")
        k -= 1
        while k > 0 and first - k <= _PLACE_WORDS and is_cap(toks[k - 1].text):
            k -= 1
    places = toks[k:first]
    if not (2 <= k < first and toks[k - 1].low in _LINKS) or any(is_role_head(t.text) for t in places):
        return False
    return is_cap(toks[k - 2].text) and toks[k - 2].low in _BODIES


_PLACE_WORDS = 3  # the words of the place between a body's link and the comma before its campus
