"""The title of a martyr's kin named with the kin word after the martyr's genitive, as a verb-final language writes it
("şəhidin anası X", "şəhid Y-in qardaşı X", "20 Yanvar şəhidi Y-in oğlu X"): the kin's role is the kin word with the
martyr's words before it, as written ("şəhid Y-in qardaşı"), which the role table reads as the kin of the martyr
("Brother of the Martyr", as the English `[roles] kin_post` names the kin of a relative's post). Whether anyone is
there is not this module's: the martyr, in the genitive, stays no attendee."""

from __future__ import annotations

from dataclasses import replace

from jan20.text import sentences as sx

from .. import lang
from ._names import Name

_KIN = lang.words("roles.kin_heads")  # "anası", "qardaşı": a kin word after whose it is
_OF_MARTYR = lang.words("roles.martyr_genitives")  # "şəhidin": the martyr's genitive, no name
_MARTYR_TITLES = lang.words("roles.martyr_titles")  # "şəhid", "şəhidi": a martyr's title before the name
_TITLE_GAP = 2  # the lower-case words of a title between the martyr's word and the name ("şəhid jurnalist X-in")


def with_kin_roles(toks: list[sx.Token], names: list[Name]) -> list[Name]:
    """The names, each with no title of its own right after a kin word of a martyr given the kin's title."""
    out: list[Name] = []
    for name in names:
        start = _martyr_start(toks, names, name)
        out.append(name if start is None else replace(name, np_first=start, role_first=start, role_last=name.first))
    return out


def _martyr_start(toks: list[sx.Token], names: list[Name], name: Name) -> int | None:
    """Where the martyr's words open before the kin word right before the name (None: no kin word of a martyr)."""
    k = name.first - 1
    if name.role_last > name.role_first or name.np_first < name.first or k < 1 or toks[k].low not in _KIN:
        return None
    if toks[k - 1].low in _OF_MARTYR:
        return k - 1  # "şəhidin anası X"
    owner = next((n for n in names if n.possessive and n.last <= k and _glued(toks, n.last, k)), None)
    if owner is None:
        return None
    for m in range(owner.first - 1, max(-1, owner.first - 2 - _TITLE_GAP), -1):
        if toks[m].low in _MARTYR_TITLES:
            return m  # "şəhid Y-in qardaşı X", "şəhid jurnalist Y-in qardaşı X"
        if not toks[m].text.isalpha() or not toks[m].text.islower():
            return None
    return None


def _glued(toks: list[sx.Token], start: int, end: int) -> bool:
    """The tokens from start to end are a case ending glued to the name before them ("-in", "-un"), or none."""
    return all(toks[i].start == toks[i - 1].end for i in range(start, end))
