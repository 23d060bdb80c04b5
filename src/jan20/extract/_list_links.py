"""How the names of a list are joined: the next name after "and" or a comma (`joined`), and a plural title shared
by the names joined after it (`shares_title`: "Milletvekilleri A ve B", "veterans A, B, and C")."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._list_items import aside_end
from ._names import Name
from ._titles_beside import plural_title


def joined(toks: list[sx.Token], prev: Name, name: Name) -> bool:
    """The name follows the one before it (prev) with only "and" or a comma between them, as the next of a list."""
    between = toks[prev.last : name.first]
    return len(between) == 1 and (between[0].low in cue.LIST_JOINERS or between[0].text == ",")


def shares_title(toks: list[sx.Token], owner: Name, prev: Name, name: Name) -> bool:
    """The name is joined by "and" or a comma to prev, whose title, or that of the name whose title prev shares
    (owner), is plural ("Milletvekilleri A ve B", "the Saeima representatives A, B and C"): each name's, past its
    degrees ("Rektör Yardımcıları Prof. Dr. A ve Prof. Dr. B") and a serial comma ("veterans A, B, and C")."""
    between = toks[aside_end(toks, prev.last, {prev.last - 1}) : min(name.first, name.role_first)]  # (past an aside)
    return (
        owner.role_last > owner.role_first
        and owner.role_last <= owner.first
        and any(plural_title(toks, i) for i in range(owner.role_first, owner.role_last))
        and list_link(between)
    )


def list_link(between: list[sx.Token]) -> bool:
    """The tokens between two names of a list: "and" or a comma, or a serial comma and "and" ("A, B, and C")."""
    if len(between) == 2 and between[0].text == ",":
        return between[1].low in cue.LIST_JOINERS
    return len(between) == 1 and (between[0].low in cue.LIST_JOINERS or between[0].text == ",")
