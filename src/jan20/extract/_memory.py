"""The one whose memory is honoured (issue 16): a name right after a word of memory (`[attendees] memory_of`:
"почтили память Гейдара Алиева") is its object, remembered, and so is the next name joined to it by "and" or a comma
("память Гейдара Алиева и Зарифы Алиевой"); the subjects of the sentence are not ("Посол X и атташе Y почтили память
Z и возложили цветы"). A language without the words has none."""

from __future__ import annotations

import re

from .. import lang

_WORDS = sorted(lang.words("attendees.memory_of"))
_MEMORY_OF = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _WORDS))})\s*$", re.I) if _WORDS else None


def memory_object(text: str, floor: int, pos: int) -> bool:
    """The name at `pos` comes right after a word of memory (the sentence from `floor`)."""
    return _MEMORY_OF is not None and _MEMORY_OF.search(text[max(floor, pos - 40) : pos]) is not None
