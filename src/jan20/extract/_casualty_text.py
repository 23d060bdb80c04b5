"""Text plumbing for the casualty extractor: its sentences, the numbers in them, and where its casualty words
are, so that it reads only the sentences that can hold a figure. Offsets are into the text given."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from jan20.text.fold import lowercase
from jan20.text.numbers import NumberMention, find_numbers

from . import _scan as scan
from ._casualty_words import ABBREVIATIONS, ANCHOR_PREFIXES, ANCHOR_TEXT, ANCHOR_TEXT_LEADS, ANCHOR_WORDS

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]*]*(?=\s)|\n\s*")
_GOES_ON = frozenset(",;:(–—-")  # a line ending in one of these goes on after the break
_NEXT_CHAR = re.compile(r"\s{0,80}(\S?)")  # bounded: a run of blanks must not make this quadratic
CUT = re.compile(r"[.!?;:,)\]\"'”’»…*](?=\s)")  # punctuation then a space: no number runs across it


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans: a break after . ! ? (not after an abbreviation or before lower case) and at line
    breaks (a single one only when the line does not plainly go on: "were\nkilled", "data,\n150").

    `start`/`end` limit the split to a paragraph, as `_text.paragraphs` gives them (with `end` one past it):
    a blank line always ends a sentence, so each paragraph splits as it does within the whole text."""
    end = len(text) if end is None else end
    spans, begin = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group()[0] == "\n":
            before = text[max(0, m.start() - 80) : m.start()].rstrip()[-1:]
            if m.group().count("\n") == 1 and (text[m.end() : m.end() + 1].islower() or before in _GOES_ON):
                continue  # a wrapped line
        else:
            nxt = _NEXT_CHAR.match(text, m.end())
            following = nxt.group(1) if nxt else ""
            prev = _word_before(text, max(begin, m.start() - 12), m.start() + 1).lower()
            if prev in ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()) or following.islower():
                continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, end))
    out = []
    for s0, s1 in spans:
        piece = text[s0:s1]
        if piece.strip():
            out.append((s0 + len(piece) - len(piece.lstrip()), s0 + len(piece.rstrip())))
    return out


def _word_before(text: str, start: int, end: int) -> str:
    r"""The last word of text[start:end] if only non-word characters follow it: what r"(\w+)\W*$" finds."""
    k = end
    while k > start and not (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    j = k
    while j > start and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    return text[j:k]


class NumberReader:
    """The numbers of a text as a reading of the whole text finds them, read only where sentences need them:
    stretch by stretch between cuts (punctuation then a space, which no number crosses; see `find_numbers`),
    each stretch once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cuts = [0, *(m.end() for m in CUT.finditer(text)), len(text)]
        self.read: dict[int, list[NumberMention]] = {}  # numbers by the index of their stretch's first cut
        self.starts: dict[int, list[int] | None] = {}  # their starts, when in order (None if not)

    def in_sentence(self, s0: int, s1: int) -> list[NumberMention]:
        first = bisect_right(self.cuts, s0) - 1  # the stretches from the cut before the sentence ...
        last = bisect_left(self.cuts, s1)  # ... to the cut after it
        found: list[NumberMention] = []
        for k in range(first, min(last, len(self.cuts) - 1)):
            if k not in self.read:
                self.read[k] = find_numbers(self.text, self.cuts[k], self.cuts[k + 1])
                at = [n.start for n in self.read[k]]
                self.starts[k] = at if all(a <= b for a, b in itertools.pairwise(at)) else None
            numbers, starts = self.read[k], self.starts[k]
            if starts is not None:  # only the sentence's part of a long stretch (a table without punctuation)
                numbers = numbers[bisect_left(starts, s0) : bisect_left(starts, s1)]
            found += numbers
        return [n for n in found if s0 <= n.start < s1 and n.end <= s1]


def cue_positions(text: str) -> list[int]:
    """Where the text has a word that one of the casualty phrases holds (see `ANCHOR_WORDS`)."""
    found = scan.find_words(text, ANCHOR_WORDS)
    fold = scan.folded(text)
    for stem in ANCHOR_PREFIXES:
        at = fold.find(stem)
        while at >= 0:
            found.append(at)
            at = fold.find(stem, at + 1)
    encoded = scan.utf8(text)
    if encoded and any(lead in encoded for lead in ANCHOR_TEXT_LEADS):
        lower = lowercase(text)  # (offsets kept: "İ" is the one letter whose lower() is two characters)
        found += [m.start() for m in ANCHOR_TEXT.finditer(lower)]
    return sorted(found)
