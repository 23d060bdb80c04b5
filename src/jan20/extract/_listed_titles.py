"""The title a name is read with: its own, or a title in the plural before a bracket or a dash that opens the list the
name is in ("deputatlar (A, B) çıxış ediblər", "sədr müavinləri – professor A, professor B", "Rektör Yardımcıları
(Prof. Dr. A ve Prof. Dr. B)"): each of the list is one of them, whatever degree they carry."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._known_roles import is_known_role
from ._name_runs import is_cap
from ._names import Name
from ._title_words import GRADES, ROLE_MODIFIERS, is_role_head

_OPENERS = frozenset("(–—-")
_REACH = 40  # how many words a list inside a bracket may take


def role_span(toks: list[sx.Token], name: Name) -> tuple[int, int]:
    """Where the name's title is written (an empty span at the name when it has none): its own, unless it has none
    or only degrees ("Prof. Dr.", "professor") and a plural title opens the list it is in."""
    own = name.role_last > name.role_first
    span = (toks[name.role_first].start, toks[name.role_last - 1].end) if own else (toks[name.first].start,) * 2
    if own and not all(_grade(t) for t in toks[name.role_first : name.role_last]):
        return span
    listed = _plural_before(toks, min(name.first, name.role_first) if own else name.first)
    # (a plural title the data cannot name in English is no one's post: "the organisers' leaders – A, B")
    return listed if listed is not None and is_known_role(_written(toks, listed)) else span


def _written(toks: list[sx.Token], span: tuple[int, int]) -> str:
    return " ".join(t.text for t in toks if span[0] <= t.start and t.end <= span[1])


def _grade(tok: sx.Token) -> bool:
    return tok.low.rstrip(".") in GRADES or tok.text == "."


def _plural_before(toks: list[sx.Token], k: int) -> tuple[int, int] | None:
    """The span of a title in the plural right before the bracket or dash that opens the list whose item starts at k:
    only names, degrees, commas and "and" between them, and the posts of the items before it ("üzvləri – deputat,
    akademik A, professor B": B, with a degree but no post of their own, is a member too)."""
    i = k - 1
    while i >= max(0, k - _REACH):
        tok = toks[i]
        if tok.text in _OPENERS:
            break
        post = tok.text[:1].islower() and is_role_head(tok.text)
        if not (tok.text == "," or tok.low in cue.LIST_JOINERS or _grade(tok) or is_cap(tok.text) or post):
            return None
        i -= 1
    else:
        return None
    if i < 1 or toks[i - 1].low not in cue.PLURAL_TITLES:
        return None
    first = i - 1  # (and the words of the title before its plural: "sədr müavinləri", "idarə heyətinin üzvləri")
    while first > max(0, i - 4) and (is_role_head(toks[first - 1].text) or toks[first - 1].low in ROLE_MODIFIERS):
        first -= 1
    return toks[first].start, toks[i - 1].end
