"""A person a text places at the event, then says could not come: "Törenin konuşmacıları A ve B'ydi; ancak B hastalığı
nedeniyle katılamadı", "Among the guests were A and B, but B could not attend", "однако Тан не смогла прийти". The
person's surname, later in the same paragraph, as the subject of a clause whose verb says so (`[attendees]
absent_after`, in each language), unplaces every mention of the person before it; a pronoun or another surname does
not."""

from __future__ import annotations

import re

from .. import lang
from ._mentions import AttendeeMention

_ABSENT = lang.pattern("attendees.absent_after")
_CLAUSE = 80  # the characters between the surname and the verb of its clause


def absent_later(text: str, m: AttendeeMention) -> bool:
    """The paragraph says after the mention `m` that the person it names could not come (`absent_after`)."""
    words = m.mention.split()
    if len(words) < 2:
        return False
    surname = words[-1]
    end = text.find("\n\n", m.end)
    end = len(text) if end < 0 else end
    clause = rf"(?<!\w){re.escape(surname)}(?!\w)[^.;!?\n]{{0,{_CLAUSE}}}?(?:{_ABSENT.pattern})"
    return re.compile(clause, re.IGNORECASE).search(text, m.end, end) is not None
