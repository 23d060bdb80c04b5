"""Text plumbing for the casualty extractor: the numbers of its sentences (split by `jan20.text.sentences`, as
every extractor's), and where its casualty words are, so that it reads only the sentences that can hold a figure.
Offsets are into the text given."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from jan20.text.fold import lowercase
from jan20.text.numbers import NumberMention, find_numbers

from . import _scan as scan
from ._casualty_words import ANCHOR_PREFIXES, ANCHOR_TEXT, ANCHOR_TEXT_LEADS, ANCHOR_WORDS

CUT = re.compile(r"[.!?;:,)\]\"'”’»…*](?=\s)")  # punctuation then a space: no number runs across it


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


_ANCHOR_STEMS = scan.Stems(ANCHOR_PREFIXES)


def cue_positions(text: str) -> list[int]:
    """Where the text has a word that one of the casualty phrases holds (see `ANCHOR_WORDS`)."""
    found = scan.find_words(text, ANCHOR_WORDS)
    found += _ANCHOR_STEMS.positions(scan.folded(text))
    encoded = scan.utf8(text)
    if encoded and any(lead in encoded for lead in ANCHOR_TEXT_LEADS):
        lower = lowercase(text)  # (offsets kept: "İ" is the one letter whose lower() is two characters)
        found += [m.start() for m in ANCHOR_TEXT.finditer(lower)]
    return sorted(found)


_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")  # a line break, then one or more blank lines
_LABEL_MAX = 40  # characters of a fact box's label on a line of its own
_VALUE_START = re.compile(r"(?:[•*|-][ \t]*)?\d|[^\W\d_]+[ \t]+\d")  # "147", "• 147", "от 131 до 170"


def labels_with_values(text: str, cues: list[int]) -> str:
    """The text with the blank lines between a fact box's bare label and its value taken out, as a page copied as
    text has them ("Погибших", a blank line, "от 131[1] до 170[2]"): one line break is left, so that the label and
    its value are read together as one line of a box is (`sentences`, `lines`). Offsets are kept: each character
    taken out is a space."""
    pieces: list[str] = []
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        label = text[line : m.start()].strip()
        bare = 0 < len(label) <= _LABEL_MAX and not any(c.isdigit() for c in label) and label[-1] not in ".!?;,"
        cue = bisect_left(cues, line)
        held = cue < len(cues) and cues[cue] < m.start()  # the label holds a casualty word
        if bare and held and _VALUE_START.match(text, m.end()):
            pieces += [text[pos : m.start()], "\n", " " * (m.end() - m.start() - 1)]
            pos = m.end()
    return "".join([*pieces, text[pos:]]) if pieces else text
