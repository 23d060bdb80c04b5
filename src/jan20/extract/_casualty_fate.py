"""People whose fate is unknown are missing, for the casualty extractor: a fate word (a casualty keyword marked "u")
before the number ("the fate of 5 people", "о судьбе 5 человек") or right after its people ("5 nəfərin taleyi", "5
kişinin akıbeti"), and a word that says it is unknown later in the sentence (`casualties.fate_unknown`: "remains
unknown", "ничего не известно", "məlum deyil", "bilinmiyor"). A fate word alone ("a book about the fate of 3
brothers") gives no figure."""

from __future__ import annotations

from ._casualty_parts import people_after
from ._casualty_phrases import Tok, keyword_at, matches
from ._casualty_scan import Hit
from ._casualty_words import phrases

__all__ = ["fate_unknown"]

_UNKNOWN = phrases("fate_unknown")
_FATE = "u"  # the keyword mark of a fate word
_BEFORE = 3  # words from a fate word's end to the number ("о судьбе ещё 5 человек")


def fate_unknown(toks: list[Tok], q_at: int, last: int) -> Hit | None:
    """A missing figure for the number from q_at to last when its people's fate is said to be unknown."""
    k = people_after(toks, last)
    np = toks[last + 1 : k]
    fate = keyword_at(toks, k, _FATE, ending=False)  # after the people: "5 nəfərin taleyi"
    for end in range(q_at - 1, max(-1, q_at - 1 - _BEFORE), -1):
        fate = fate or keyword_at(toks, end, _FATE, ending=True)  # before the number: "о судьбе 5 человек"
    if fate is None or not np:
        return None
    after = fate[3] + 1 if fate[2] > last else k
    if any(matches(toks, x, phrase) for x in range(after, len(toks)) for phrase in _UNKNOWN):
        return Hit(fate[0], np)
    return None
