"""Two offices of one person before the degree written before the name, each closed by a comma ("Şurasının sədri,
deputat, professor X", "komitəsinin sədri, deputat X"): the first, whose head ends it, is the role; the offices after
it describe the same person."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._name_runs import is_cap
from ._title_before import title_before
from ._title_words import is_role_head

_GROUPS = cue.PLURAL_TITLES | cue.GROUP_NOUNS  # (a plural title or a group noun heads no one's post)


def office_before(toks: list[sx.Token], office: int) -> tuple[int, int, int] | None:
    """(np_first, first, end) of a title closed by a head in lower case and a comma right before the office that
    opens at `office`, else None; not a name's ("rektor A, deputat, professor B": A's post), nor a group's
    ("müəllimləri, deputat X")."""
    if office < 3 or toks[office - 1].text != ",":
        return None
    head = toks[office - 2]
    if is_cap(head.text) or not is_role_head(head.text) or head.low in _GROUPS:
        return None
    np_first, first = title_before(toks, office - 1)
    return (np_first, first, office - 1) if first < office - 1 else None
