"""A title in a script without Latin letters that the data cannot name whole ("директор музея истории",
"председатель совета старейшин"): the English post of its longest opening the data knows ("директор музея": "Director
of the Museum"), rather than the title as written in another script, when the words left out are common ones in lower
case (and the body's country after them: "председатель правления общины бухарских евреев Азербайджана": "Chairman of
the Board of the Community"; the abbreviation of the body it is of: "директор Института истории НАН": "Director of the
Institute"); at least the head of a body alone ("председатель попечительского совета": "Chairman"),
so the role is not lost (not another post: "историк искусства" is no bare historian). A body's own name is kept as
written ("Глава Общины Бухарских Евреев"), and so is a title that names another country (its post is that
country's, not the one the opening names).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._countries import country_named
from ._name_words import acronym

LATIN = re.compile(r"[A-Za-z]")  # a Latin letter: a title or name written in English (or kept as written)


def english_opening(
    words: list[str], lookup: Callable[[str], str | None], head_alone: Callable[[str], str | None]
) -> str | None:
    """The role `lookup` gives the longest opening of a title's words (a head with its body, or the head of a body
    alone that `head_alone` names; never the whole title) when the words after it are in lower case and the title has
    no Latin letter; else None."""
    if len(words) < 2 or LATIN.search(" ".join(words)):
        return None
    for end in range(len(words) - 1, 0, -1):
        # (but for the body's country at the end, "… общины бухарских евреев Азербайджана", and the abbreviation of
        # the body it is of before it or at the end: "директор Института истории и права НАН Азербайджана")
        owner = acronym(words[end]) and all(country_named(w) is not None for w in words[end + 1 :])
        if not (words[end].islower() or owner or (end == len(words) - 1 > 1 and country_named(words[end]) is not None)):
            return None
        if (known := lookup(" ".join(words[:end])) if end > 1 else head_alone(words[0])) is not None:
            return known
    return None
