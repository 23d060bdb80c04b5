"""A bare post of an institution ("Rektör Prof. Dr. X", "the Rector X", "ректор X": "Rector") completed by the one
institution of its kind the article names ("Rector of Kafkas University" in a report from Kafkas University), as
`_posts_in_text.in_town` completes a town's office with the one town abroad the text names.

The data is the English file's `[roles] completed_by_institution`: each bare post and the kind of institution it
takes (`university`: named in the text by each language's `[roles.universities] nouns`, "Kafkas Üniversitesi'nde";
`faculty`: by its `unit_nouns`). An institution is rendered as the role builder renders the title "<institution>
<post>" (or "<post> <institution>") written with the person's own post, so it has one form however it is written;
one that no title renders (an unknown word of its name) is still an institution the text names, and leaves the post
bare, as two do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jan20.text.fold import lowercase
from jan20.text.sentences import sentences

from .. import lang
from ._cues import SCENE
from ._title_words import SMALL_WORDS, is_role_head
from ._universities import NOUNS, UNIT_NOUNS, abbreviation
from .roles import canonical_role

_KINDS: dict[str, str] = lang.language("en").get("roles.completed_by_institution") or {}
_PORTFOLIO = frozenset(lowercase(w) for w in lang.words("roles.portfolio_marks"))  # "üzrə", "по": a post's portfolio
_NOUNS = {"university": NOUNS, "faculty": UNIT_NOUNS}
# The universities the data knows by name ("BSU"), which a text may write in lower case ("в Бакинском
# государственном университете"); one named by its own words is written with its noun capitalised.
_KNOWN = frozenset(name for _, table in lang.table("roles.universities") for name in table.get("known") or {})
_SUFFIX = re.compile(r"[-'’`].*$")  # a case ending after a name ("Üniversitesi'nde")
_EDGE = '.,;:()«»"“”!?'
_BEFORE = 4  # words of a name before its noun ("Azərbaycan Dövlət Neft və Sənaye Universitetində")


def _noun(word: str, nouns: frozenset[str]) -> str | None:
    """The noun as a title writes it when a word is one in any case ("Universitetində": "universitetinin",
    "Üniversitesi'nde": "üniversitesi", "университете": "университета"), or None."""
    low = lowercase(_SUFFIX.sub("", word.strip(_EDGE)))
    best = max(nouns, key=lambda n: _common(low, n), default=None)
    if best is None:
        return None
    common = _common(low, best)
    return best if common >= max(len(best) - 4, 9) and len(low) <= len(best) + 4 else None  # (not "Universal")


def _common(a: str, b: str) -> int:
    """How many letters two words begin with alike."""
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _candidates(words: list[str], i: int, noun: str, nouns: frozenset[str]) -> list[str]:
    """The names a noun at words[i] may end: from each capitalised word before it that is no title's (within the
    sentence, up to `_BEFORE` words; not its first word before a word in lower case), the longest first ("Bakı
    Dövlət Universitetində", "в Бакинском государственном университете"; not "the university", "Ректор
    университета")."""
    start = i
    while start > 0 and i - start < _BEFORE and not words[start - 1].endswith(tuple(_EDGE)):
        if _noun(words[start - 1], nouns) is not None:
            break  # (another institution's noun: "Kafkas Üniversitesi ile Ardahan Üniversitesi")
        start -= 1
    written = noun.capitalize() if words[i][:1].isupper() else noun
    own = [w.strip(_EDGE) for w in words[start:i]]
    tail = _tail(words, i, nouns)
    return [
        " ".join([*own[k:], written, *tail])
        for k, w in enumerate(own)
        if w[:1].isupper()
        and not is_role_head(w)
        and lowercase(w) not in SCENE  # (no scene's word: "Törende Üniversitesi Rektörü X")
        and (start + k or words[start + k + 1][:1].isupper())
    ]  # (the sentence's first word, before a small one, is capitalised as the first: "Tədbirdə universitetin rektoru")


def _tail(words: list[str], i: int, nouns: frozenset[str]) -> list[str]:
    """The words of a name after its noun: a small word, then capitalised ones ("University of Economics"; not
    another's: "Khazar University and ADA University")."""
    end = i + 1
    while not words[end - 1].endswith(tuple(_EDGE)) and end + 1 < len(words) and lowercase(words[end]) in SMALL_WORDS:
        k = end + 1
        while k < len(words) and words[k][:1].isupper() and not words[k - 1].endswith(tuple(_EDGE)):
            k += 1
        if k == end + 1 or any(_noun(w, nouns) for w in words[end + 1 : k]):
            break
        end = k
    return [w.strip(_EDGE) for w in words[i + 1 : end]]


def _rendered(name: str, post: str, role_as_written: str) -> str | None:
    """The institution the role builder renders for the name with the post ("Rector of Kafkas University") written
    by its word of the post alone ("universitetin rektoru": "rektoru"), or as the person's title is ("Rektör
    Yardımcısı") when it names no institution, or None."""
    words = role_as_written.split()
    posts = [w for w in words if canonical_role(w) == post]
    if not any(_noun(w, NOUNS | UNIT_NOUNS) for w in words):  # (not a title naming one: "Üniversitesi Rektörü")
        posts.append(role_as_written)
    for title in (t for p in posts for t in (f"{name} {p}", f"{p} {name}")):
        role = canonical_role(title)
        if role and role.startswith(f"{post} of ") and "{" not in role:  # (no template left unfilled)
            return role
    return None


@dataclass(frozen=True)
class _Noun:
    """An institution's noun the text writes, with what a name ending in it needs to be one."""

    names: tuple[str, ...]  # the names it may end, the longest first (`_candidates`)
    capitalised: bool  # the noun itself ("Üniversitesi'nde"; not "Bir İzmir üniversitesinin")
    after_name: bool  # a capitalised word no title's right before it, not the sentence's first


@lru_cache(maxsize=16)
def _scan(text: str, kind: str) -> tuple[frozenset[str], frozenset[_Noun]]:
    """The abbreviations ("ODTÜ'de": "ODTÜ") and the nouns of the kind's institutions the text writes: read once per
    text and kind, however many people's posts of it are rendered with them."""
    nouns = _NOUNS[kind]
    shorts: set[str] = set()
    found: set[_Noun] = set()
    for span in sentences(text):
        words = text[span.start : span.end].split()
        for i, word in enumerate(words):
            if (noun := _noun(word, nouns)) is None:
                if short := abbreviation(word):
                    shorts.add(short)
                continue
            after_name = i > 1 and words[i - 1][:1].isupper() and not is_role_head(words[i - 1])
            found.add(_Noun(tuple(_candidates(words, i, noun, nouns)), word[:1].isupper(), after_name))
    return frozenset(shorts), frozenset(found)


def _of_known(role: str | None, post: str) -> bool:
    """The role is the post at a university the data knows by name ("Rector of BSU")."""
    if not role:
        return False
    return role.removeprefix(f"{post} of ") in _KNOWN


def _institutions(text: str, post: str, role_as_written: str) -> set[str | None]:
    """The roles each institution of the post's kind the text names renders (None for one no title renders)."""
    kind = _KINDS.get(post, "")
    if not _NOUNS.get(kind):
        return set()
    shorts, nouns = _scan(text, kind)
    found: set[str | None] = set()
    for short in shorts:  # (a university the data knows by its abbreviation: "BDU-da"; not "AZERTAC")
        role = _rendered(short, post, role_as_written)
        if _of_known(role, post):
            found.add(role)
    for noun in nouns:
        rendered = next((r for n in noun.names if (r := _rendered(n, post, role_as_written))), None)
        if rendered and not noun.capitalised and not _of_known(rendered, post):
            continue  # (a name by its own words has its noun capitalised: not "Bir İzmir üniversitesinin")
        if rendered or noun.after_name:
            found.add(rendered)  # (a name no title renders before its noun, not the sentence's first word only)
    return found


def at_institution(text: str, role: str, role_as_written: str | None) -> str:
    """A bare post with the one institution of its kind the text names ("Rector": "Rector of Kafkas University"),
    when it names exactly one that a title renders; else the role as it was (and so for a post written with its
    portfolio, `[roles] portfolio_marks`: "universitetin tərbiyə işləri üzrə prorektoru" is the "Vice-Rector")."""
    if role not in _KINDS or not role_as_written or not _PORTFOLIO.isdisjoint(lowercase(role_as_written).split()):
        return role  # (a post with its portfolio is no bare post: "tərbiyə işləri üzrə prorektoru" is "Vice-Rector")
    found = _institutions(text, role, role_as_written)
    return next(iter(found)) or role if len(found) == 1 else role
