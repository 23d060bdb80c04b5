"""Honours written between commas before a titled name in a list ("A, scientist, doctor of philosophy, docent of
the Institute B, C spoke"): lower-case degrees and occupations that describe the name after them, no item of the
list of their own."""

from __future__ import annotations

from collections.abc import Callable

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._known_roles import OCCUPATIONS, is_known_role
from ._title_before import title_before
from ._title_words import GRADES, HONORIFICS, is_role_head
from .roles import canonical_role, is_occupation

_HONOURS = 3  # honours between commas that may stand before a titled name
_HONOUR_WORDS = 4  # the words of one ("doctor of philosophy", "Doctor of Historical Sciences")


def honours_before(toks: list[sx.Token], end: int) -> int:
    """The comma before the honours written between commas right before `end` (a comma): each of one to three words
    in lower case, opening with a degree or an occupation ("scientist", "doctor of philosophy"); `end` when there
    are none."""
    return commas_back(toks, end, _described, _HONOURS)


def honours_ahead(toks: list[sx.Token], k: int, opens: Callable[[int], bool]) -> int:
    """Where the titled name after the honours written between commas from k opens (`opens`), in a list read forward
    ("A, soydaşımız, professor B fikirlərini bölüşdülər": B's, the compatriot); k when there are none, or no name
    follows them."""
    start = k
    for _ in range(_HONOURS):
        end = start
        while end < len(toks) and toks[end].text != "," and end - start < _HONOUR_WORDS:
            end += 1
        if not (start < end < len(toks) - 1 and toks[end].text == "," and _described(toks[start:end])):
            return k
        if opens(end + 1):
            return end + 1
        start = end + 1
    return k


# Degrees and honours written as whole phrases (`[attendees] degree_phrases`: "кандидат искусствоведения",
# "заслуженного артиста Азербайджана"), as lower-cased words joined by spaces.
_DEGREE_PHRASES = lang.pattern("attendees.degree_phrases", "(?:{})")
_PHRASE_WORDS = 6  # the words of one ("кандидат физико-математических наук", "народный артист Азербайджанской ССР")


def degree_phrases_start(toks: list[sx.Token], first: int) -> int:
    """Where the degrees and honours written as whole phrases between commas right before the name at `first` start
    ("директор музея, кандидат искусствоведения, заслуженный деятель культуры X": the token of "кандидат"), so that
    the post before their comma is the name's; `first` when there are none. The last may close with a comma of its
    own ("директор школы, кандидат наук, X")."""
    end = start = first
    if first >= 1 and toks[first - 1].text == "," and degree_phrase_before(toks, first - 1) is not None:
        end = first - 1
    for _ in range(_HONOURS):
        k = degree_phrase_before(toks, end)
        if k is None or k < 2 or toks[k - 1].text != ",":
            break
        start, end = k, k - 1
    return start


def degree_phrase_before(toks: list[sx.Token], end: int) -> int | None:
    """The first token of the longest degree phrase that ends right before `end`, or None ("AMEA-nın müxbir üzvü X":
    the token of "AMEA-nın"; a title of that phrase alone is a degree, not a post)."""
    # (a phrase holds only words of letters and hyphens: tried from the first word after the last other token, each
    # word read once, where each window of up to six words read all of them again)
    start = max(0, end - _PHRASE_WORDS)
    for k in range(end - 1, start - 1, -1):
        if not (toks[k].text.isalpha() or "-" in toks[k].text):
            start = k + 1
            break
    for k in range(start, end):
        if _DEGREE_PHRASES.fullmatch(" ".join(t.low for t in toks[k:end])):
            return k
    return None


def _described(words: list[sx.Token]) -> bool:
    return (words[0].low in GRADES or is_role_head(words[0].text)) and all(t.text.islower() for t in words)


def commas_back(toks: list[sx.Token], end: int, honour: Callable[[list[sx.Token]], bool], most: int) -> int:
    """The comma before the parts written between commas right before `end` (a comma), at most `most` of them,
    each of one to three words that `honour` accepts; `end` when there are none."""
    for _ in range(most):
        start = end
        while start > 0 and toks[start - 1].text != "," and end - start < _HONOUR_WORDS:
            start -= 1
        if not (2 <= start < end and toks[start - 1].text == "," and honour(toks[start:end])):
            return end
        end = start - 1
    return end


# Words in lower case that stand after a comma before a name and are no occupation: honorifics, the scene's words,
# joiners ("sədri, cənab X", "sədri, həmçinin X").
_NO_OCCUPATION = HONORIFICS | cue.SCENE | cue.GLUE | cue.TRIM_LEAD | cue.ADDS_PEOPLE | cue.LIST_JOINERS


def apposed_occupation(toks: list[sx.Token], first: int, role_first: int) -> int | None:
    """Where an occupation in apposition before the name at `first` starts: one word in lower case, or two joined by
    a hyphen, right after a comma, that the data knows as an occupation or knows as no title at all ("Birliyin sədri,
    tədqiqatçı X", "direktoru, tədqiqatçı-alim X", "sədri, şair X"); None for anything else, and for a post of its
    own ("sədri, deputat X"). `role_first`: where the title `title_before` reads before the name starts."""
    k = first - 1
    if k < 2 or role_first < k or toks[k - 1].text != "," or toks[k].low in _NO_OCCUPATION:
        return None
    parts = toks[k].text.split("-")
    if len(parts) > 2 or not all(len(p) > 2 and p.isalpha() and p.islower() for p in parts):
        return None
    return k if is_occupation(toks[k].text) or not is_known_role(toks[k].text) else None


def office_before_honour(
    toks: list[sx.Token], h: int, office: Callable[[list[sx.Token]], bool]
) -> tuple[int, int] | None:
    """Where the office closed by a comma right before the honorary title at h starts, its phrase and its title
    ("Milli Məclisin deputatı, Milli Qəhrəman X": the deputy's post is X's role, the honour a description, as the
    degrees are); None when no office that `office` accepts stands there, or a group does ("tələbələr, Milli
    Qəhrəman X": the hero)."""
    if h < 2 or toks[h - 1].text != ",":
        return None
    np_first, role_first = title_before(toks, h - 1)
    words = toks[role_first : h - 1]
    plural = any(t.low in cue.PLURAL_TITLES for t in words)
    return (np_first, role_first) if words and office(words) and not plural and not _below_honour(words) else None


# What an honorary title wins over before its comma (`[roles] occupations`, `below_honours`): no office, a description.
_BELOW_HONOURS = OCCUPATIONS | frozenset(lang.language("en").get("roles.below_honours") or ())


def _below_honour(words: list[sx.Token]) -> bool:
    """Every head of the title is an occupation or a description an honour wins over ("Qarabağ müharibəsi veteranı,
    Milli Qəhrəman X", "jurnalist, Milli Qəhrəman X": the hero), not an office ("Milli Məclisin deputatı")."""
    heads = [t.text for t in words if is_role_head(t.text)]
    return bool(heads) and all(canonical_role(h) in _BELOW_HONOURS for h in heads)
