"""A given name alone where a sentence's subject stands ("Elin then welcomed the guests", "Nasimi opened the evening")
is the one person the text named before with that given name in full ("hosted by Ambassador Elin Suleymanov"): that
person, with the full mention's title, as `_roles_elsewhere.lone_surnames` gives a lone surname the article's full
name. Only when exactly one person of the text has that given name (not two Alis, nor a surname that is also a given
name: "Hasan" of "Ali Hasan" and "Hasan Aliyev"), and never one the text remembers ("the martyr Elin X")."""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text import sentences as sx

from . import _cues as cue
from ._name_runs import is_cap
from ._name_words import capital_non_name, is_word
from ._names import Name, names_in
from ._title_marks import QUOTES
from .people import fold_name, same_person

__all__ = ["given_names"]

_MOST_SENTENCES = 40  # sentences read for the people of one given name


def given_names(text: str, toks: list[sx.Token], names: list[Name]) -> dict[int, tuple[int, int, int, int]]:
    """Each given name standing alone in `toks` (a capitalised word in no name's run, before a word in lower case:
    "Elin then welcomed", "Nasimi opened") that the text named in full before this sentence, as its token's index,
    with the offsets of that full name and of its title (equal when it has none)."""
    named = {i for n in names for i in range(n.np_first, max(n.last, n.role_last))}
    out: dict[int, tuple[int, int, int, int]] = {}
    for i, tok in enumerate(toks):
        if i in named or not _alone(toks, i) or _quoted(toks, i):
            continue
        person = _one_named(text, tok.text)
        if person is not None and person[0] < toks[0].start:
            out[i] = person[1:]
    for name in names:  # a given name after a title or an honorific ("Ambassador Elin then thanked", "Mr. Nasimi"):
        if name.last - name.first != 1:  # its own title kept when the full mention has none
            continue
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


def _alone(toks: list[sx.Token], i: int) -> bool:
    """The word at i is a capitalised word that may be a given name, with no capitalised word beside it, and a word
    in lower case after it (its verb, or an adverb before the verb)."""
    tok = toks[i]
    if not (is_word(tok) and is_cap(tok.text)) or capital_non_name(tok.text) or tok.low in cue.RUN_BREAK:
        return False
    if i > 0 and is_word(toks[i - 1]) and is_cap(toks[i - 1].text) and not capital_non_name(toks[i - 1].text):
        return False
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is not None and is_word(after) and after.text.islower()


@lru_cache(maxsize=4)  # (an article's sentences ask about the same text)
def _asked(text: str) -> dict[str, tuple[int, int, int, int, int] | None]:
    """The answers of `_one_named` for a text so far, by given name."""
    return {}


def _one_named(text: str, given: str) -> tuple[int, int, int, int, int] | None:
    """(where it is first named, then the offsets of the full name and of its title) of the one person the text names
    in full with this given name; None when it names none, two, one with it as a surname, or one it remembers."""
    asked = _asked(text)
    if given not in asked:
        asked[given] = _named(text, given)
    return asked[given]


def _named(text: str, given: str) -> tuple[int, int, int, int, int] | None:
    folded = fold_name(given)
    positions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(given)}(?!\w)", text)][:_MOST_SENTENCES]
    found: dict[str, tuple[int, int, int, int, int]] = {}
    remembered = False
    for sent in sx.sentences_at(text, positions):
        toks, names = names_in(text, sent.start, sent.end)
        for name in names:
            words = [fold_name(t.text) for t in toks[name.first : name.last] if is_word(t)]
            if len(words) < 2 or folded not in words:
                continue
            if words[0] != folded:
                return None  # (the word is someone's surname, or a middle name: not certainly this one)
            remembered = remembered or name.possessive or _remembered(text, toks, name)
            key = " ".join(words)
            if not any(same_person(key, other) for other in found):
                start, end = toks[name.first].start, toks[name.last - 1].end
                titled = name.role_last > name.role_first
                role = (toks[name.role_first].start, toks[name.role_last - 1].end) if titled else (start, start)
                found[key] = (toks[min(name.np_first, name.role_first)].start, start, end, *role)
    if len(found) != 1 or remembered:
        return None
    return next(iter(found.values()))


def _remembered(text: str, toks: list[sx.Token], name: Name) -> bool:
    """The full name is qualified as remembered ("the martyr X", "the late X"): the given name alone is not them."""
    lead = toks[min(name.np_first, name.role_first)].start
    window = text[max(0, lead - 40) : toks[name.first].start]
    return bool(cue.gated_search(cue.REMEMBERED, window) or cue.gated_search(cue.REMEMBERED_NEXT, window))
