"""Two offices of one person before the degree written before the name, each closed by a comma ("Şurasının sədri,
deputat, professor X", "komitəsinin sədri, deputat X"; "The director of the institute, corresponding member of the
Academy, professor X"): the first, whose head or body ends it, is the role; the offices after it describe the same
person."""

from __future__ import annotations

from collections.abc import Callable

from jan20.text import sentences as sx

from . import _cues as cue
from ._name_runs import is_cap
from ._title_before import title_before
from ._title_words import is_role_head

_GROUPS = cue.PLURAL_TITLES | cue.GROUP_NOUNS  # (a plural title or a group noun heads no one's post)


def office_before(
    toks: list[sx.Token], office: int, an_office: Callable[[list[sx.Token]], bool] | None = None
) -> tuple[int, int, int] | None:
    """(np_first, first, end) of a title closed by a head in lower case and a comma right before the office that
    opens at `office`, or, with `an_office`, of an office of a body that it says is one, its body ending it ("the
    director of the institute, corresponding member of …"), else None; not a name's ("rektor A, deputat, professor
    B": A's post), nor a group's ("müəllimləri, deputat X")."""
    if an_office is not None:  # (words in lower case that open the second office: "corresponding member")
        office = _modifiers_before(toks, office)
    if office < 3 or toks[office - 1].text != ",":
        return None
    head = toks[office - 2]
    if head.low in _GROUPS:
        return None
    np_first, first = title_before(toks, office - 1)
    if first >= office - 1:
        return None
    if not is_cap(head.text) and is_role_head(head.text):
        return (np_first, first, office - 1)
    return (np_first, first, office - 1) if of_body(toks[first : office - 1], an_office) else None


def of_body(words: list[sx.Token], an_office: Callable[[list[sx.Token]], bool] | None) -> bool:
    """The words are an office of a body (`an_office`: "the director of the institute"), no group's ("members of the
    community") nor a kin's ("the son of the director of the institute")."""
    if an_office is None or any(t.low in _GROUPS for t in words) or not an_office(words):
        return False
    return not cue.KIN_OF.search(" ".join(t.text for t in words))


_MODIFIERS = 2  # words in lower case before an office's head that open it ("corresponding member", "full member")


def _modifiers_before(toks: list[sx.Token], office: int) -> int:
    k = office
    while k > 0 and office - k < _MODIFIERS and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
        k -= 1
    return k if k < office and k > 0 and toks[k - 1].text == "," else office
