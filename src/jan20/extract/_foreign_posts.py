"""Another country's state post, named in a title written in another language than English: the canonical role of
the same post at home, rewritten for that country ("заместитель министра иностранных дел Грузии": "Deputy Minister
of Foreign Affairs of Georgia"; "председатель парламента Грузии": "Speaker of the Parliament of Georgia").

The rewrites are each language's `[roles.foreign_forms]`: `written`, a pattern that says a title is in that language,
and `forms`, a pattern on the home post's canonical role with its replacement around `{country}`. A title in a
language without them is left as written (an English one names the post already).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lang
from ._countries import country_named
from ._envoys import foreign_country_named, role_words

# (each language's rewrites, with the pattern that says a title is written in it)
_FORMS: tuple[tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]], ...] = tuple(
    (re.compile(table["written"], re.I), tuple((re.compile(p), str(r)) for p, r in table["forms"].items()))
    for _, table in lang.table("roles.foreign_forms")
)


def foreign_post(home_role: str | None, role_as_written: str, lookup: Callable[[str], str | None]) -> str | None:
    """The post of the one other country a title names, or None (a title in English, a post the table cannot
    rewrite, no country or more than one named). `home_role` is the table's role for the whole title; when it has
    none, `lookup` gives the role of the title without its country ("президент Турции": "президент")."""
    if role_as_written.isascii():
        return None
    words = role_words(role_as_written)
    # (a parliament names its country: "председатель Верховной Рады" is Ukraine's speaker)
    countries = {c for w in words if (c := foreign_country_named(w, by_parliament=True)) is not None}
    if len(countries) != 1:
        return None
    if home_role is None:
        rest = " ".join(w for w in words if country_named(w) is None)
        home_role = lookup(rest) if rest else None
    if home_role is None:
        return None
    country = countries.pop()
    for written, forms in _FORMS:
        for pattern, replacement in forms if written.search(role_as_written) else ():
            if pattern.fullmatch(home_role):
                return pattern.sub(replacement.replace("{country}", country), home_role)
    return None
