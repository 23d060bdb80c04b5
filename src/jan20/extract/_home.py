"""Whose office a title is: the home country's (`[roles] home`: Azerbaijan, its towns and districts) or another
country's. `names_another_country` says a title is another country's office ("Georgian Prime Minister");
`without_home` drops the home country that opens or closes a title ("the Azerbaijani Minister of Tourism")."""

from __future__ import annotations

import re

from .. import lang
from ._envoys import city_named
from ._places import is_place
from ._title_words import is_role_head, words

# The words that may open a title and are not part of it ("the", "his", "our"): `[roles] title_lead`.
TITLE_LEAD = re.compile(rf"^(?:{lang.alternation(words('title_lead'))})\s+", re.I)
# Other countries and bodies: a title that names one is not the Azerbaijani office of the same name
# ("Georgian Prime Minister", "Speaker of the Turkish parliament").
_FOREIGN = words("foreign")
_HOME = words("home")
_HOME_STEMS = tuple(sorted(words("home_stems")))
# The home country named after a title ("of the Republic of Azerbaijan"), on the title as written.
_HOME_TAIL = lang.pattern("roles.home_tail", r"\s+(?:{})$", re.I)


def names_another_country(role: str) -> bool:
    """A title that names another country ("Georgian Prime Minister"); a city is where an office is, not whose it is
    ("Kars Garnizon Komutanı", "Kars İl Müftüsü")."""
    words = [w.strip(".,'’`()").lower() for w in role.replace("-", " ").split()]
    return any(w in _FOREIGN or (is_place_abroad(w) and city_named(w) is None) for w in words)


def is_place_abroad(word: str) -> bool:
    """Of one word, yes or no: a place abroad in any case form (a country or a city the place lists decline), not one
    at home by `[roles] home` (its towns and districts too). Wider than `_envoys.foreign_country_named`, which
    gives the country one word names and knows fewer forms and no home district."""
    return is_place(word) and word not in _HOME and not word.startswith(_HOME_STEMS)


def without_home(role: str) -> str:
    """A title without the home country that opens or closes it, when a title is left ("the Azerbaijani Minister of
    Tourism", "Minister of Tourism of Azerbaijan": "Minister of Tourism"); another country's is kept."""
    words = TITLE_LEAD.sub("", " ".join(role.split())).split()
    while len(words) > 1 and _is_home(words[0]):
        words = words[1:]
    tail = _HOME_TAIL.search(" ".join(words))
    if tail is not None and tail.start() > 0:
        words = tail.string[: tail.start()].split()
    return " ".join(words) if any(is_role_head(w) for w in words) else role


def _is_home(word: str) -> bool:
    low = re.sub(r"['’`]s$", "", word.lower())
    return low in _HOME or low.startswith(_HOME_STEMS)
