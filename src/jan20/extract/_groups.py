"""Group phrases: people named by what they are, not by name ("heads of religious communities", "thousands of
residents"), from the `[groups]` language data."""

from __future__ import annotations

import re

from jan20 import lang
from jan20.text.sentences import Span

from ._gate import LiteralGate, gate_text


def _group(key: str) -> str:
    """Every language's alternatives at `groups.<key>`, joined."""
    return "|".join(lang.alternatives(f"groups.{key}"))


# Group phrases (`[groups]` in the language data): [quantity] [modifier ...] head [of [the] words [and [the] title]].
_HEADS = _group("heads")
_MODIFIER = f"(?:{_group('modifiers')})"
_AND, _OF, _THE = _group("and"), _group("of"), _group("article")
# The "of ..." complement ends before a verb or another preposition: "heads of religious communities
# functioning in Azerbaijan" -> "heads of religious communities".
_TAIL_STOP = f"(?!(?i:{_group('tail_stop')})\\b)"
_ROLE_WORD = f"(?i:{_group('title_words')})"
_ROLE_WORD += r"\b"
_GROUP_CORE = (
    rf"(?<![\w-])(?i:{_group('quantity')})?"
    rf"(?:{_MODIFIER}(?:\s+(?:{_AND})\s+{_MODIFIER})?\s+){{0,3}}"
    rf"(?i:{_HEADS})\b"
    rf"(?:\s+(?i:{_OF})\s+(?i:(?:{_THE})\s+)?(?:{_TAIL_STOP}[\w'’`-]+\s+){{0,3}}{_TAIL_STOP}[\w'’`-]+"
    rf"(?:\s+(?i:{_AND})\s+(?i:(?:{_THE})\s+)?{_ROLE_WORD}(?:\s+{_ROLE_WORD})*(?!\s+[A-Z][a-z]))?)?"
)
# "deputies of the Speaker and the Prime Minister" is one group, but in "ambassadors of foreign countries
# and Speaker Sahiba Gafarova" the title belongs to the name that follows it.
_GROUP = re.compile(_GROUP_CORE)
# (searched only in a sentence with one of its heads' literals: most sentences of a cue have none, and the pattern
# took a twentieth of the attendee walk's time on cue-dense text)
_GROUP_GATE = LiteralGate.of(_GROUP)
_QUANTIFIED = re.compile(_group("counted"), re.I)
_HEADS_ONLY = re.compile(rf"\b(?:{_HEADS})\b", re.I)
_NATION = lang.words("groups.nation")
_TITLE_LINKS = lang.words("groups.title_links")  # "Minister of Youth and Sports": a title's, not a group


def _last_word(text: str, start: int, end: int) -> str:
    """The last whitespace-separated word of text[start:end] ("" if none), without splitting all of it (a long
    sentence with many groups would make that quadratic)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def find_groups(text: str, start: int, end: int) -> list[Span]:
    """Spans of group phrases ("heads of religious communities", "thousands of residents")."""
    out: list[Span] = []
    if not _GROUP_GATE.may_match(gate_text(text[start:end])):
        return out
    for m in _GROUP.finditer(text, start, end):
        head = _HEADS_ONLY.search(m.group())
        if head is None:
            continue
        # A capitalised head right after "of"/"and" or a capitalised word belongs to a title ("Minister of
        # Youth and Sports"); "the people of Azerbaijan" is the nation, not a crowd at the ceremony.
        if head.group()[:1].isupper():
            before = _last_word(text, start, m.start())
            if before in _TITLE_LINKS or before[:1].isupper():
                continue
        if head.group().lower() in _NATION and not _QUANTIFIED.match(m.group()):
            continue
        out.append(Span(m.start(), m.end()))
    return out
