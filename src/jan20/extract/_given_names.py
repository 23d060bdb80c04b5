"""A given name alone where a sentence's subject stands ("Elin then welcomed the guests", "Nasimi opened the evening")
is the one person the text named before with that given name in full ("hosted by Ambassador Elin Suleymanov"): that
person, with the full mention's title, as `_roles_elsewhere.lone_surnames` gives a lone surname the article's full
name. Only when exactly one person of the text has that given name (not two Alis, nor a surname that is also a given
name: "Hasan" of "Ali Hasan" and "Hasan Aliyev"), and never one the text remembers ("the martyr Elin X") or tells of
only as history ("Poet Nizami Ganjavi lived in the 12th century"). The given name alone must stand as the subject
right before a verb of presence or speech (at most a word of `given_alone_adverbs` between, or a list of names:
"Nasimi and Professor James Coyle spoke"), open its clause, and be no place nor a common word the data lists
(`names.common_given_words`: "Barış ve huzur için").

The text's capitalised words that stand in a run of two or more (where a full name can be) are indexed once per text,
and its sentences holding them split once: each given name asked about reads only its own sentences, so an article
with thousands of lone capitalised words costs as much as one with few."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from jan20 import lang
from jan20.text import sentences as sx

from . import _cue_search as cue_search
from . import _cues as cue
from ._name_runs import is_cap
from ._name_words import capital_non_name, is_word
from ._names import Name, names_in
from ._places import is_place
from ._said import tells_history
from ._title_marks import QUOTES
from .people import fold_name, same_person

__all__ = ["given_names"]

_MOST_SENTENCES = 40  # sentences read for the people of one given name
_ADVERBS = lang.words("attendees.given_alone_adverbs")  # "Elin then welcomed"
_COMMON = frozenset(fold_name(w) for w in lang.words("names.common_given_words"))  # "Barış ve huzur"
_OPENERS = cue.LIST_JOINERS | {",", ";"}  # what a clause the given name opens may follow
_VERB_CUES = (cue.SUBJECT_CUE, cue.SPEECH_CUE)  # (patterns whose match starts at the verb after its subject)


def given_names(text: str, toks: list[sx.Token], names: list[Name]) -> dict[int, tuple[int, int, int, int]]:
    """Each given name standing alone in `toks` as the subject of a verb of presence or speech ("Elin then
    welcomed", "Nasimi opened") that the text named in full before this sentence, as its token's index, with the
    offsets of that full name and of its title (equal when it has none)."""
    named = {i for n in names for i in range(n.np_first, max(n.last, n.role_last))}
    out: dict[int, tuple[int, int, int, int]] = {}
    verbs: set[int] | None = None
    for i, tok in enumerate(toks):
        if i in named or not _alone(toks, i) or _quoted(toks, i):
            continue
        if verbs is None:  # (asked only of a sentence with a word that may be a given name alone)
            verbs = _verb_starts(text, toks)
        if not _subject(toks, i, names, verbs):
            continue
        person = _one_named(text, tok.text)
        if person is not None and person[0] < toks[0].start:
            out[i] = person[1:]
    for name in names:  # a given name after a title or an honorific ("Ambassador Elin then thanked", "Mr. Nasimi"):
        if name.last - name.first != 1 or not _may_be_given(toks[name.first].text):  # its own title kept when the
            continue  # full mention has none
        person = _one_named(text, toks[name.first].text)
        if person is not None and person[0] < toks[0].start:
            titled = name.role_last > name.role_first
            own = (toks[name.role_first].start, toks[name.role_last - 1].end) if titled else person[1:2] * 2
            out[name.first] = person[1:] if person[3] < person[4] else (*person[1:3], *own)
    return out


def _quoted(toks: list[sx.Token], i: int) -> bool:
    """The word at i stands inside quotation marks the sentence opens before it: words someone says, not the writer's
    ("\"Elin spoke first,\" a student said")."""
    return sum(1 for t in toks[:i] if t.text in QUOTES) % 2 == 1


def _may_be_given(word: str) -> bool:
    """A capitalised word that may be a given name: no title, body or place, nor a common word the data lists."""
    return not (capital_non_name(word) or is_place(word) or fold_name(word) in _COMMON)


def _alone(toks: list[sx.Token], i: int) -> bool:
    """The word at i is a capitalised word that may be a given name, opening its clause: first in the sentence, or
    after a comma or a word joining a list ("After a minute of silence, Elin spoke")."""
    tok = toks[i]
    if not (is_word(tok) and is_cap(tok.text)) or tok.low in cue.RUN_BREAK or not _may_be_given(tok.text):
        return False
    return i == 0 or toks[i - 1].text in _OPENERS or toks[i - 1].low in _OPENERS


def _verb_starts(text: str, toks: list[sx.Token]) -> set[int]:
    """Where the sentence's cues of presence or speech start (at their verb: "welcomed the guests", "took part")."""
    base = toks[0].start
    body = text[base : toks[-1].end]
    return {base + h.start() for p in _VERB_CUES for h in cue_search.hits(p, body)}


def _subject(toks: list[sx.Token], i: int, names: list[Name], verbs: set[int]) -> bool:
    """The word at i is the subject of a cue's verb: the verb right after it, or after one adverb of the data ("Elin
    then welcomed"), or after a list of names it opens ("Nasimi and Professor James Coyle spoke"); never a word before
    a noun ("Azer students laid flowers", "Nesimi ilçe sakinleri")."""
    j = i + 1
    while j + 1 < len(toks) and toks[j].low in _OPENERS:  # a list: the next name, then what follows it
        after = [max(n.last, n.role_last) for n in names if min(n.np_first, n.role_first, n.first) == j + 1]
        if not after:
            break
        j = after[0]
    if j < len(toks) and toks[j].low in _ADVERBS:
        j += 1
    return j < len(toks) and toks[j].start in verbs


@lru_cache(maxsize=256)  # (an article's sentences ask about the same text, often of the same given name)
def _one_named(text: str, given: str) -> tuple[int, int, int, int, int] | None:
    """(where it is first named, then the offsets of the full name and of its title) of the one person the text names
    in full with this given name; None when it names none, two, one with it as a surname, or one it remembers."""
    return _named(text, given)


@lru_cache(maxsize=4)
def _runs(text: str) -> tuple[dict[str, list[int]], list[sx.Span]]:
    """Once per text: each capitalised word standing in a run of two capitalised words or more (where a full name can
    stand), with its first positions, and the sentences of the text that hold such a run."""
    return _index(text)


def _index(text: str) -> tuple[dict[str, list[int]], list[sx.Span]]:
    where: dict[str, list[int]] = {}
    prev: re.Match[str] | None = None
    prev_added = False
    for m in sx.token_matches(text, 0, len(text)):  # (the walks' own tokens: "Rasi-zade", "Suleymanov's" one each)
        cap = m.group()[:1].isupper()
        if cap and prev is not None and not text[prev.end() : m.start()].strip():
            if not prev_added:
                _add(where, prev)
            _add(where, m)
            prev_added = True
        else:
            prev_added = False
        prev = m if cap else None
    positions = sorted(p for found in where.values() for p in found)
    return where, sx.sentences_at(text, positions) if positions else []


def _add(where: dict[str, list[int]], m: re.Match[str]) -> None:
    found = where.setdefault(m.group(), [])
    if len(found) < _MOST_SENTENCES:
        found.append(m.start())


def _named(text: str, given: str) -> tuple[int, int, int, int, int] | None:
    where, sentences = _runs(text)
    starts = [s.start for s in sentences]
    held = {bisect_right(starts, p) - 1 for p in where.get(given, [])}
    folded = fold_name(given)
    found: dict[str, tuple[int, int, int, int, int]] = {}
    remembered = False
    told = False  # (the person is told of in a sentence that tells more than history)
    for sent in (sentences[k] for k in sorted(held) if k >= 0):
        toks, names = names_in(text, sent.start, sent.end)
        for name in names:
            words = [fold_name(t.text) for t in toks[name.first : name.last] if is_word(t)]
            if len(words) < 2 or folded not in words:
                continue
            if words[0] != folded:
                return None  # (the word is someone's surname, or a middle name: not certainly this one)
            remembered = remembered or name.possessive or _remembered(text, toks, name)
            body = text[sent.start : sent.end]
            told = told or not (cue_search.hits(cue.HISTORY_OPENING, body) or tells_history(body, False))
            key = " ".join(words)
            if not any(same_person(key, other) for other in found):
                start, end = toks[name.first].start, toks[name.last - 1].end
                titled = name.role_last > name.role_first
                role = (toks[name.role_first].start, toks[name.role_last - 1].end) if titled else (start, start)
                found[key] = (toks[min(name.np_first, name.role_first)].start, start, end, *role)
    if len(found) != 1 or remembered or not told:
        return None
    return next(iter(found.values()))


def _remembered(text: str, toks: list[sx.Token], name: Name) -> bool:
    """The full name is qualified as remembered ("the martyr X", "the late X"): the given name alone is not them."""
    lead = toks[min(name.np_first, name.role_first)].start
    window = text[max(0, lead - 40) : toks[name.first].start]
    return bool(cue_search.gated_search(cue.REMEMBERED, window) or cue_search.gated_search(cue.REMEMBERED_NEXT, window))
