"""The role an article gives a person in another sentence: an attendee named without a title where the text places
them ("Speaking at the event, Polad Bulbuloglu stated") keeps the title the article gave them elsewhere ("Ambassador
Polad Bulbuloglu opened the evening", "the embassy's guest, Ambassador Bulbuloglu, …")."""

from __future__ import annotations

from jan20.text import sentences as sx

from ._names import find_names
from .people import fold_name, same_person, same_surname

_LONE_MIN = 90.0  # a surname alone must be nearly identical to the full name's surname
_MOST_SENTENCES = 40  # sentences read for one person (a long article names its people many times)


def role_elsewhere(text: str, mention: str) -> tuple[int, int] | None:
    """Offsets of the first title the text gives the person named `mention` (a full name) in any sentence, with
    their full name ("Ambassador Polad Bulbuloglu") or their surname alone ("Ambassador Bulbuloglu"); None when it
    gives none."""
    parts = mention.split()
    if len(parts) < 2:
        return None
    surname = parts[-1]
    positions: list[int] = []
    at = text.find(surname)
    while at >= 0 and len(positions) < _MOST_SENTENCES:
        positions.append(at)
        at = text.find(surname, at + len(surname))
    folded = fold_name(surname)
    for sent in sx.sentences_at(text, positions):
        toks = sx.tokens(text, sent.start, sent.end)
        for name in find_names(toks):
            if name.role_last <= name.role_first or name.possessive:
                continue
            written = " ".join(t.text for t in toks[name.first : name.last])
            words = written.split()
            if (len(words) > 1 and same_person(written, mention)) or (
                len(words) == 1 and same_surname(fold_name(written), folded, _LONE_MIN)
            ):
                return toks[name.role_first].start, toks[name.role_last - 1].end
    return None
