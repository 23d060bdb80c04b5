"""An "and" inside a body's capitalised name in a title after a name ("X, Head of the Centre for Strategic and
International Studies,"): the words after it are the body's, not the next person of a list."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._name_runs import is_cap
from ._name_words import capital_non_name
from ._title_words import GRADES, is_role_head

_BODY_TAIL_WORDS = 4  # the most capitalised words of a body's name after its "and" ("Caspian Studies")


def joined_body_words(toks: list[sx.Token], n: int) -> int:
    """How many tokens from n, a capitalised word of a body's name, its "and" and the rest of the name take ("Caucasus
    and Caspian Studies": 4), when the words after "and" end in a word of a body (`non_name`: "Studies", "Research")
    and close the title (a comma, a stop or a word in lower case after them); 0 otherwise: "A, Head of the Society and
    Mary Jones", "A, Director of the Institute and Ambassador B" part two people."""
    if n + 2 >= len(toks) or not is_cap(toks[n].text) or toks[n + 1].low not in cue.LIST_JOINERS:
        return 0
    k = n + 2
    while k < len(toks) and k - n - 2 < _BODY_TAIL_WORDS and is_cap(toks[k].text):
        if is_role_head(toks[k].text) or toks[k].low.rstrip(".") in GRADES:
            return 0  # (a post or an honorific opens the next person: "and Ambassador B", "and Dr. B")
        k += 1
    if k == n + 2 or (k < len(toks) and is_cap(toks[k].text)) or not capital_non_name(toks[k - 1].text):
        return 0
    return k - n


def ends_in_joined_body(toks: list[sx.Token], m: int, n: int) -> bool:
    """The title from m to n ends in a body's name joined by "and" (`joined_body_words`), so a verb after it closes it
    as a comma would ("X, Chairman of the Institute for Balkan and Caspian Studies gave a talk")."""
    return any(joined_body_words(toks, k) == n - k for k in range(max(m, n - _BODY_TAIL_WORDS - 2), n - 2))
