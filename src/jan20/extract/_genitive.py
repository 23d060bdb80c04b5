"""Names in the genitive before a noun of taking part or speaking: "Büyükelçi X'in katılımıyla düzenlenen tören",
"səfir X-in iştirakı ilə keçirilən tədbir", "tədbir A, B və C-nin çıxışları ilə davam edib" (`[attendees]
genitive_cue`). The name so found is written without its genitive ending (`[names] genitive_ending`: "X'in" is
X)."""

from __future__ import annotations

import re

from jan20.text import sentences as sx

from . import _cues as cue
from ._name_words import GENITIVE_ENDING
from ._names import Name
from ._thanks import before_thanks

_SPACE = re.compile(r"\s*")
_GROUP_WORDS = 3  # the lower-case words after a name's "and" ("ictimaiyyətin nümayəndələrinin", "icmanın sədri")


def before_genitive_cue(masked: str, end: int) -> bool:
    """A genitive cue follows the word that ends at `end` ("X'in | katılımıyla")."""
    space = _SPACE.match(masked, end)
    return cue.GENITIVE_CUE.match(masked, space.end() if space else end) is not None


def genitive_names(masked: str, toks: list[sx.Token], names: list[Name], thanked: set[int]) -> set[int]:
    """The first tokens of the names before a genitive cue, and of every name of the list that ends in one, each in
    its case ("Vali A'ya ve Rektör B'ye katılımları için teşekkür etti", "A'nın ve B'nin katılımıyla": A as well);
    and so of the names before a verb of thanks for coming (`thanked`: where each begins, `_thanks`)."""
    found: set[int] = set()
    after: Name | None = None  # the name after the one looked at, when it is one found
    for name in sorted(names, key=lambda n: n.first, reverse=True):
        between = toks[name.last : min(after.role_first, after.first)] if after else []
        # (and a title's words in lower case before the next one: "səfir A-nın, icmanın sədri B-nin çıxışları")
        joined = 0 < len(between) <= _GROUP_WORDS and (between[0].low in cue.LIST_JOINERS or between[0].text == ",")
        joined = joined and all(t.text[:1].islower() for t in between[1:])
        end = toks[name.last - 1].end
        if (
            joined
            or before_genitive_cue(masked, end)
            or before_thanks(masked, end, thanked)
            or _before_group(masked, toks, name.last)
        ):
            found.add(name.first)
            after = name
        else:
            after = None
    return found


def _before_group(masked: str, toks: list[sx.Token], k: int) -> bool:
    """After the name that ends at token k, "and" and a group in the genitive, in lower case, right before a genitive
    cue: the name is one more of those who took part ("deputat X-in və ictimaiyyətin nümayəndələrinin iştirak etdiyi
    mərasim")."""
    if k >= len(toks) or toks[k].low not in cue.LIST_JOINERS:
        return False
    for j in range(k + 1, min(k + 1 + _GROUP_WORDS, len(toks))):
        if not toks[j].text[:1].islower():
            return False
        if GENITIVE_ENDING.search(toks[j].text) and before_genitive_cue(masked, toks[j].end):
            return True
    return False


def stem_end(text: str, start: int, end: int, genitive: bool = True) -> int:
    """The end of the name at text[start:end] without its genitive ending ("Memmedov'un", "Rzayevin"); of a name
    before no genitive cue, without a genitive ending written after a hyphen only ("A-in və B-nin çıxışları": "A")."""
    if text[end : end + 1] in ("'", "’", "`"):
        return end  # the ending is after the apostrophe, outside the name as found ("Aydın" of "Aydın'ın")
    found = GENITIVE_ENDING.search(text, start, end)
    if not genitive and not (found and text[found.start()] in "-‐"):
        return end  # (a hyphen's lower-case part of a name is kept: "Kim Min-jun")
    return found.start() if found and found.start() > start else end
