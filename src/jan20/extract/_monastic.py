"""A cleric known by one (monastic) name, with his rank and the see it names ("архиепископ Бакинский и Азербайджанский
Александр", "совместно с епископом Бакинским и Азербайджанским Алексием", "Высокопреосвященный Александр, архиепископ
Бакинский и Азербайджанский,"): the one name is the person's, as two words are another's. The words are data:
`[names] monastic_ranks` (the ranks in every case) and `see_endings` (the endings of a see's adjectives)."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from ._name_runs import is_cap

_RANKS = lang.words("names.monastic_ranks")
_SEE_ENDINGS = tuple(lang.words("names.see_endings"))
_JOINERS = lang.words("names.see_joiners")  # ("Бакинский и Азербайджанский")
_SEE_MAX = 4  # the see's words and their joiners


def _see(tok: sx.Token) -> bool:
    """A capitalised adjective of a see ("Бакинским")."""
    return is_cap(tok.text) and tok.low.endswith(_SEE_ENDINGS)


def _see_start(toks: list[sx.Token], end: int) -> int:
    """Where the see written right before `end` starts ("Бакинским и Азербайджанским"): its capitalised adjectives
    and the joiners between them (== end when there is none)."""
    k = end
    while k > 0 and end - k < _SEE_MAX:
        word = toks[k - 1]
        if not (_see(word) or (word.low in _JOINERS and k < end and k >= 2 and is_cap(toks[k - 2].text))):
            break
        k -= 1
    return k if k == end or toks[k].low not in _JOINERS else end


def see_start(toks: list[sx.Token], end: int) -> int:
    """Where a cleric's see written right before `end` starts, when a rank is right before it (== end else)."""
    k = _see_start(toks, end)
    return k if k < end and k > 0 and toks[k - 1].low in _RANKS else end


def see_word(toks: list[sx.Token], k: int) -> bool:
    """The word at k is an adjective of the see a rank before it names ("Архиепископ Кентерберийский", "Митрополит
    Пятигорский и Черкесский"): no name."""
    return k < len(toks) and see_start(toks, k + 1) <= k


def rank_before(toks: list[sx.Token], first: int) -> bool:
    """A cleric's rank, and the see it names if any, are written right before the one name at `first` (itself no
    see's adjective: "епископом Бакинским" names no one)."""
    if toks[first].low.endswith(_SEE_ENDINGS):
        return False
    k = _see_start(toks, first)
    return k > 0 and toks[k - 1].low in _RANKS


def rank_after(toks: list[sx.Token], last: int) -> tuple[int, int] | None:
    """The comma after the one name ending at `last`, then a cleric's rank and the see it names ("Алексием,
    епископом Бакинским и Азербайджанским"): the rank's span, else None."""
    if not (last + 1 < len(toks) and toks[last].text == "," and toks[last + 1].low in _RANKS):
        return None
    end = last + 2
    while end < len(toks) and end - last - 2 < _SEE_MAX:
        word = toks[end]
        joined = word.low in _JOINERS and end + 1 < len(toks) and toks[end + 1].low.endswith(_SEE_ENDINGS)
        if not (_see(word) or joined):
            break
        end += 1
    return last + 1, end


def see_words(toks: list[sx.Token], first: int, last: int) -> int:
    """The first word of a capitalised run from `first` to `last` after the see's adjectives a rank names before it
    ("Азербайджанским Александром" after "архиепископом Бакинским и": the name is the last word)."""
    if last - first != 2 or not toks[first].low.endswith(_SEE_ENDINGS):
        return first
    return first + 1 if rank_before(toks, first + 1) else first
