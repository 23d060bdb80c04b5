"""A bare title that opens a sentence ("The ambassador then laid flowers …") where the article named one person with
that title before it ("Ambassador Ramzi Teymurov opened the evening"): that person, as `_roles_elsewhere` gives a
lone surname the article's full name. Only a definite article and the title's head word (or, in a language with no
article, a head of `[attendees] bare_title_openers` alone: "Посол также посетил …"), then a lower-case word (a
verb: "The ambassador spoke"; not "the ambassador of X", nor "the ambassadors"), and exactly one such person named
earlier in the text."""

from __future__ import annotations

import re

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._names import Name, names_in
from ._title_words import is_role_head
from .people import fold_name, same_person

__all__ = ["bare_titles"]

_ARTICLES = lang.words("attendees.bare_title_articles")  # "the"
_OPENERS = lang.words("attendees.bare_title_openers")  # "посол": a title that opens a sentence with no article
_NOT_AFTER = lang.words("attendees.apposition_links") | lang.words("attendees.apposition_articles")  # "of", "the"
_MOST_SENTENCES = 40  # sentences before the title read for its person


def bare_titles(text: str, toks: list[sx.Token], names: list[Name]) -> dict[int, tuple[int, int, int, int]]:
    """The index of a bare title opening the sentence of `toks`, with the offsets of the one person the text named
    with it before (and of their title); empty when there is none, or no such person, or two."""
    named = {i for n in names for i in range(n.np_first, max(n.last, n.role_last))}
    at = 0 if toks and toks[0].low in _OPENERS else 1  # (a language with no article: "Посол отметил")
    if len(toks) < at + 2 or (at and toks[0].low not in _ARTICLES) or at in named or not is_role_head(toks[at].text):
        return {}
    if toks[at].low in cue.PLURAL_TITLES:
        return {}  # ("The ambassadors": a group)
    head, after = toks[at], toks[at + 1]
    if not after.text.islower() or after.low in _NOT_AFTER or not after.text[:1].isalpha():
        return {}
    person = _named_before(text, toks[0].start, head.low)
    return {at: person} if person is not None else {}


def _named_before(text: str, end: int, head: str) -> tuple[int, int, int, int] | None:
    """The offsets of the one person (and of their title) the text before `end` names with a title holding `head`."""
    found: dict[str, tuple[int, int, int, int]] = {}
    positions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", text[:end], re.IGNORECASE)]
    for sent in sx.sentences_at(text, positions[:_MOST_SENTENCES]):
        toks, names = names_in(text, sent.start, sent.end)
        for name in names:
            title = {t.low for t in toks[name.role_first : name.role_last]}
            if head not in title or name.possessive or name.last - name.first < 2:
                continue
            lead = toks[min(name.np_first, name.role_first)].start
            window = text[max(0, lead - 40) : toks[name.first].start]
            if cue.REMEMBERED.search(window) or cue.REMEMBERED_NEXT.search(window):
                continue  # ("the late President X", "national leader X": no one at the ceremony)
            key = fold_name(" ".join(t.text for t in toks[name.first : name.last]))
            if not any(same_person(key, other) for other in found):
                # (no title here: a mention of the person where the text places them comes first, with its own
                # title; one the text places only here takes its title from where it is named)
                found[key] = (
                    toks[name.first].start,
                    toks[name.last - 1].end,
                    toks[name.first].start,
                    toks[name.first].start,
                )
    return next(iter(found.values())) if len(found) == 1 else None
