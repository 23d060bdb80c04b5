"""The role an article gives a person in another sentence: an attendee named without a title where the text places
them ("Speaking at the event, Polad Bulbuloglu stated") keeps the title the article gave them elsewhere ("Ambassador
Polad Bulbuloglu opened the evening", "the embassy's guest, Ambassador Bulbuloglu, …")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from jan20.text import sentences as sx

from . import _cue_search as cue_search
from . import _cues as cue
from ._bare_titles import bare_titles
from ._name_runs import is_cap
from ._name_words import capital_non_name
from ._names import Name, names_in
from ._near_surnames import LONE_MIN as _LONE_MIN
from .people import fold_name, same_person, same_surname

_MOST_SENTENCES = 40  # sentences read for one person (a long article names its people many times)


# A name with a title, in one sentence: the name as written and its title's offsets in the text.
Titled = tuple[str, int, int]


class TitledNames:
    """The names a text gives with a title, sentence by sentence: each sentence is split and read once, when a
    lookup first needs it, however many people ask (a list of a thousand names is one sentence)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._paras: list[sx.Span] | None = None
        self._para_starts: list[int] = []
        self._spans: dict[int, tuple[list[sx.Span], list[int]]] = {}  # each paragraph's sentences and their starts
        self._read: dict[int, list[Titled]] = {}

    def around(self, positions: list[int]) -> Iterator[Titled]:
        """The titled names of the sentences that hold one of the (sorted) positions, in text order."""
        # (split by paragraph, as `sx.sentences_at` splits: the same sentences as the whole text's split, and those
        # of the paragraphs the attendee walk read already split, `sx.sentences`)
        if self._paras is None:
            self._paras = sx.paragraphs(self.text)
            self._para_starts = [para.start for para in self._paras]
        done = -1
        for pos in positions:
            p = bisect_right(self._para_starts, pos) - 1
            if p < 0 or pos >= self._paras[p].end:
                continue
            if (split := self._spans.get(p)) is None:
                para = self._paras[p]
                spans = sx.sentences(self.text, para.start, min(para.end + 1, len(self.text)))
                split = self._spans[p] = (spans, [span.start for span in spans])
            spans, starts = split
            k = bisect_right(starts, pos) - 1
            if k < 0 or pos >= spans[k].end or spans[k].start <= done:
                continue
            sent = spans[k]
            done = sent.start
            if sent.start not in self._read:
                self._read[sent.start] = _titled_names(self.text, sent)
            yield from self._read[sent.start]


def role_elsewhere(names: TitledNames, mention: str) -> tuple[int, int] | None:
    """Offsets of the first title the text gives the person named `mention` (a full name) in any sentence, with
    their full name ("Ambassador Polad Bulbuloglu") or their surname alone ("Ambassador Bulbuloglu"); None when it
    gives none."""
    parts = mention.split()
    if len(parts) < 2:
        return None
    surname = parts[-1]
    positions: list[int] = []
    at = names.text.find(surname)
    while at >= 0 and len(positions) < _MOST_SENTENCES:
        positions.append(at)
        at = names.text.find(surname, at + len(surname))
    folded = fold_name(surname)
    for written, start, end in names.around(positions):
        words = written.split()
        if (len(words) > 1 and same_person(written, mention)) or (
            len(words) == 1 and same_surname(fold_name(written), folded, _LONE_MIN)
        ):
            return start, end
    return None


def _titled_names(text: str, sent: sx.Span) -> list[Titled]:
    toks, names = names_in(text, sent.start, sent.end)
    return [
        (" ".join(t.text for t in toks[n.first : n.last]), toks[n.role_first].start, toks[n.role_last - 1].end)
        for n in names
        if n.role_last > n.role_first and not n.possessive
    ]


_OPENING = 4  # tokens before a lone surname that opens a sentence ("Daha sonra Aliyev, …")


def lone_surnames(text: str, toks: list[sx.Token], names: list[Name]) -> dict[int, tuple[int, int, int, int]]:
    """A surname alone that opens a sentence before a comma ("Aliyev, Şehitler Hıyabanı'nı ziyaret ederek …") where
    the article names one person of that surname in full ("Azerbaycan Cumhurbaşkanı İlham Aliyev"): its token's
    index, with the offsets of the full name and of its title (equal when it has none); else a bare title
    (`_bare_titles`)."""
    named = {i for n in names for i in range(n.np_first, max(n.last, n.role_last))}
    for i, tok in enumerate(toks[:_OPENING]):
        if i in named or i + 1 >= len(toks) or toks[i + 1].text != "," or not is_cap(tok.text):
            continue
        if capital_non_name(tok.text):
            continue
        full = _full_name(text, tok.text)
        return {i: full} if full is not None else {}
    return bare_titles(text, toks, names)  # ("The ambassador then laid flowers": the ambassador named before)


def _full_name(text: str, surname: str) -> tuple[int, int, int, int] | None:
    """The offsets of the one full name (and its title) the text gives with this surname; None for none or two."""
    found: dict[str, tuple[int, int, int, int]] = {}
    positions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", text)][:_MOST_SENTENCES]
    for sent in sx.sentences_at(text, positions):
        toks, names = names_in(text, sent.start, sent.end)
        for name in names:
            words = [t.text for t in toks[name.first : name.last]]
            if len(words) < 2 or words[-1] != surname or name.possessive or _remembered(text, toks, name):
                continue
            key = fold_name(" ".join(words))
            if not any(same_person(key, other) for other in found):
                start, end = toks[name.first].start, toks[name.last - 1].end
                titled = name.role_last > name.role_first
                role = (toks[name.role_first].start, toks[name.role_last - 1].end) if titled else (start, start)
                found[key] = (start, end, *role)
    return next(iter(found.values())) if len(found) == 1 else None


def _remembered(text: str, toks: list[sx.Token], name: Name) -> bool:
    """The full name is qualified as remembered or historical where it is written ("national leader Heydar
    Aliyev", "the late X"): a lone surname is never that person at the ceremony."""
    lead = toks[min(name.np_first, name.role_first)].start
    window = text[max(0, lead - 40) : toks[name.first].start]
    return bool(cue_search.gated_search(cue.REMEMBERED, window) or cue_search.gated_search(cue.REMEMBERED_NEXT, window))
