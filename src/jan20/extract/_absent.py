"""A person a text places at the event, then says could not come (or says so right after the name, whatever cue
follows: "X не смог приехать, но поделился фото с церемонии"): "Törenin konuşmacıları A ve B'ydi; ancak B hastalığı
nedeniyle katılamadı", "Among the guests were A and B, but B could not attend", "однако Тан не смогла прийти". The
person's surname, later in the same paragraph, as the subject of a clause whose verb says so (`[attendees]
absent_after`, in each language), unplaces every mention of the person before it; a pronoun or another surname does
not."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import lang
from ._anchored import Anchored
from ._mentions import AttendeeMention

_ABSENT = lang.pattern("attendees.absent_after")
# (the verbs are found once per text, and a surname's clause is searched only just before one: a pattern compiled per
# mention and searched over the rest of its paragraph doubled the CPU of `jan20 index` on cue-dense text, 19 -> 40 s
# for 5 MB, 2026-12-07, and grew with the square of a paragraph's names)
_ABSENT_VERB = Anchored.of(_ABSENT)  # (only where its words are: 0.3 s of 700 texts)
_CLAUSE = 80  # the characters between the surname and the verb of its clause
# (or right after the mention, its subject: "X не смог приехать, но поделился …", "X could not attend but shared …")
_OWN_CLAUSE = re.compile(r"[^.;!?\n,()]{0,40}")


def not_absent(text: str, mentions: list[AttendeeMention]) -> list[AttendeeMention]:
    """The mentions, less those whose person the paragraph says after them could not come (`absent_after`)."""
    if not mentions:
        return mentions
    verbs = [v.start() for v in _ABSENT_VERB.finditer(text)]
    if not verbs:
        return mentions
    return [m for m in mentions if not _absent_later(text, m, verbs)]


def _absent_later(text: str, m: AttendeeMention, verbs: list[int]) -> bool:
    words = m.mention.split()
    if len(words) < 2:
        return False
    surname = words[-1]
    end = text.find("\n\n", m.end)
    end = len(text) if end < 0 else end
    i = bisect_right(verbs, m.end)
    if i < len(verbs) and _OWN_CLAUSE.fullmatch(text, m.end, verbs[i]):
        return True  # the mention's own verb ("X не смог приехать, но поделился фото с церемонии")
    while i < len(verbs) and verbs[i] < end:
        start = max(m.end, verbs[i] - _CLAUSE - len(surname))
        if _clause(surname).search(text, start, end) is not None:
            return True
        i += 1
    return False


@lru_cache(maxsize=1024)
def _clause(surname: str) -> re.Pattern[str]:
    """The surname, then within its clause a verb of `absent_after`."""
    clause = rf"(?<!\w){re.escape(surname)}(?!\w)[^.;!?\n]{{0,{_CLAUSE}}}?(?:{_ABSENT.pattern})"
    return re.compile(clause, re.IGNORECASE)
