"""The complement written before a role's head, one way in every language, when the data can read it: the subject a
teacher teaches ("tarix müəllimi", "tarih öğretmeni", "history teacher": "Teacher of History"), and a body named in
quotation marks before the common words of its kind ("“Orenburq Azərbaycan Diasporu” ictimai birliyinin sədri":
"Chairman of the Orenburq Azərbaycan Diasporu Public Union", its own name as written, the words after it in English),
and an English body's post in the possessive ("the Centre's director": "Director of the Centre").

A complement is taken only when each of its words is one the data has (`[roles.town_form_words]` for a subject,
`[roles.body_english]` and `[roles.body_english_words]` for a body's kind); else the role is the head alone, as
before. An owner in the genitive before the head ("məktəbin", "tədbirin") is no complement of it. The heads that take
a subject are each language's `[roles] subject_heads`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jan20.text import sentences as sx

from .. import lang
from ._body_english import in_english
from ._countries import country_named
from ._title_words import SMALL_WORDS, is_role_head
from ._town_forms import known_word, silent
from ._universities import UNIT_NOUNS

SUBJECT_HEADS = lang.words("roles.subject_heads")  # ("müəllimi", "öğretmeni", "teacher")
OPENING_QUOTES = frozenset('“«„"')  # the marks that open a quoted name, and those that close one
CLOSING_QUOTES = frozenset('”»“"')
_SUBJECT_WORDS = 2  # the words of a subject before its head ("ingilis dili müəllimi")
_LEAD_WORDS = 2  # the common words before a body's quoted name ("Almaniyadakı diaspora “Birlik” cəmiyyətinin")
_KIND_WORDS = 3  # the common words of a body's kind after its quoted name ("regional ictimai təşkilatının")
_NAME_WORDS = 10  # the words of a quoted name ("“Şəhid Ailələrinə Dəstək və Vətənpərvərlik Tərbiyəsi Mərkəzi”": seven)


def complement_before(toks: list[sx.Token], k: int) -> int:
    """The first token of a complement that ends right before the head at k (a subject, or a quoted body with the
    words of its kind); k when there is none the data can read."""
    if k >= len(toks):
        return k
    if toks[k].low in SUBJECT_HEADS:
        j = k
        while j > 0 and k - j < _SUBJECT_WORDS and known_word(toks[j - 1].text) and toks[j - 1].low not in SMALL_WORDS:
            j -= 1
        # (silent words alone are no subject: "Çin dili müəllimi", the language's own word one the data lacks)
        return k if j < k and silent([t.text for t in toks[j:k]]) else j
    return _quoted_start(toks, k) if is_role_head(toks[k].text) or (k > 0 and toks[k - 1].text in CLOSING_QUOTES) else k


def _quoted_start(toks: list[sx.Token], k: int) -> int:
    """The opening mark of a body's quoted name, followed by the words of its kind that the data puts in English, right
    before the head at k ("“Birlik” cəmiyyətinin sədri") or right after the mark, before a head ("“Dostluq” Derneği
    Başkanı", the walk at "Derneği"); k when the words are not so."""
    if k > 0 and toks[k - 1].text in CLOSING_QUOTES:
        j, h = k, next((h for h in range(k, min(k + _KIND_WORDS, len(toks))) if is_role_head(toks[h].text)), k)
    else:
        j, h = k, k
        while j > 0 and k - j < _KIND_WORDS and toks[j - 1].text[:1].islower():
            j -= 1
    if j == h or j < 3 or toks[j - 1].text not in CLOSING_QUOTES or in_english([t.text for t in toks[j:h]]) is None:
        return k
    i = j - 2
    while i >= 0 and j - 1 - i <= _NAME_WORDS and toks[i].text not in OPENING_QUOTES:
        i -= 1
    if i < 0 or toks[i].text not in OPENING_QUOTES or i == j - 2 or not toks[i + 1].text[:1].isupper():
        return k
    return i


def complement_lead(toks: list[sx.Token], k: int, end: int) -> bool:
    """Whether the token at k opens a complement of a head before `end` (`complement_before`), so a title may start
    there though the word is no title's ("tarix" in "tarix müəllimi X", the mark in "“Birlik” cəmiyyətinin sədri")."""
    if any(complement_before(toks, h) == k < h for h in range(k + 1, min(end, k + _NAME_WORDS + _KIND_WORDS + 2))):
        return True
    if toks[k].low in SMALL_WORDS:
        return False
    # a department's or faculty's name in lower case or in quotation marks, each word one the data has ("tarix
    # kafedrasının müdiri", "“Dizayn” kafedrasının müdiri")
    # (not shared with `_title_bodies.university_before`, which finds its first word: any of its words opens one here)
    quoted = toks[k].text in OPENING_QUOTES
    i = k + quoted
    while i < end and known_word(toks[i].text):
        i += 1
    if quoted and (i == k + 1 or i >= end or toks[i].text not in CLOSING_QUOTES):
        return False
    i += quoted
    return k + quoted < i < end - 1 and toks[i].low in UNIT_NOUNS and is_role_head(toks[i + 1].text)


def quoted_body(head: str, before: list[str]) -> str | None:
    """The head of a body named in quotation marks before the words of its kind, which the data has each of ("“Birlik”
    cəmiyyətinin": "the Birlik Society"): its name as written, its kind in English; None for any other words. Common
    words in lower case before the name say whose body it is and are no part of it ("diaspora “Birlik” cəmiyyətinin",
    "tələbə “Gənc Nəsil” birliyinin": the Birlik Society, the Gənc Nəsil Union)."""
    lead = 1 if len(before) > 2 and country_named(before[0]) and before[1].islower() else 0  # ("Azərbaycan diaspora")
    while lead < min(_LEAD_WORDS, len(before) - 1) and before[lead].isalpha() and before[lead].islower():
        lead += 1
    before = before[lead:] if lead < len(before) and before[lead][:1] in OPENING_QUOTES else before
    if not before or before[0][:1] not in OPENING_QUOTES:
        return None
    close = next((i for i, w in enumerate(before) if w[-1:] in CLOSING_QUOTES and (i or len(w) > 2)), None)
    if close is None or close == len(before) - 1:
        return None
    name = " ".join(before[: close + 1])[1:-1].strip()
    kind = before[close + 1 :]
    if not name or any(w[:1] in OPENING_QUOTES for w in kind):
        return None
    english = in_english(kind)
    return None if english is None else f"{head} of the {name} {english}"


_POSSESSIVE_BODIES = lang.words("roles.possessive_bodies")  # ("centre", "society")
_POSSESSIVE = re.compile(r"^(?:the\s+)?([A-Za-z]+)['’`´]s\s+(.+)$", re.I)
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]+")  # a body's abbreviation ("CCAG", "UNEC")


def possessive_body(role: str, lookup: Callable[[str], str | None]) -> str | None:
    """An English title that names the body whose post it is in the possessive ("the Centre's director", "CCAG's
    executive director", its apostrophe typed as any mark: "CCAG`s"), the post `lookup` knows of that body
    ("Director of the Centre", "Executive Director of CCAG"); None for any other title."""
    m = _POSSESSIVE.match(" ".join(role.split()))
    if m is None:
        return None
    abbreviation = _ABBREVIATION.fullmatch(m.group(1)) is not None
    if not abbreviation and m.group(1).lower() not in _POSSESSIVE_BODIES:
        return None
    post = lookup(m.group(2))
    if post is None or " of " in post:
        return None
    return f"{post} of {m.group(1)}" if abbreviation else f"{post} of the {m.group(1).capitalize()}"
