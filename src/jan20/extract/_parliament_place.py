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

from .. import lang

_PLACES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile("|".join(patterns)), country)
    for _, table in lang.table("roles.parliament_places")
    for country, patterns in table.items()
)


@lru_cache(maxsize=4)
def parliament_place(text: str) -> str | None:
    """The one country whose parliament's building or chamber the text names, or None when it names none or two."""
    folded = to_ascii(text).lower()
    found = {country for pattern, country in _PLACES if pattern.search(folded)}
    return found.pop() if len(found) == 1 else None
