"""Marks inside a title written before a name that `_names` steps over: a body's abbreviation or gloss in brackets
("Cephesi (ITC) Başkanı", "the Milli Majlis (Parliament)"), a body's name quoted after its noun ("общества
«Достлуг»") or before the words of its kind ("“Körpü” Gənclər Birliyinin"), and the commas of a post's portfolio
("Vice-Rector for Education, Science and Outreach"), or a portfolio in lower case ("the vice-rector for science X")."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._name_runs import is_cap
from ._name_words import bracketed_abbreviation, capital_non_name
from ._title_edges import in_title
from ._title_words import BODY_TITLE_WORDS, ROLE_MODIFIERS, is_role_head

QUOTES = frozenset('"“”„«»')


def quoted_run(toks: list[sx.Token], i: int, j: int) -> bool:
    """The words i..j (0 < i, j < len(toks)) are in quotation marks: double ones, or single ones apart from the words
    around them ("the society ‘Odlar Yurdu’", "'Odlar Yurdu',"; not an apostrophe inside a word)."""
    if toks[i - 1].text in QUOTES and toks[j].text in QUOTES:
        return True
    opens = i < 2 or toks[i - 2].end < toks[i - 1].start or not toks[i - 2].text[-1:].isalnum()
    closes = j + 1 >= len(toks) or toks[j].end < toks[j + 1].start or not toks[j + 1].text[:1].isalnum()
    return opens and closes and toks[i - 1].text in _SINGLE_OPENING and toks[j].text in "'’"


_SINGLE_OPENING = frozenset("'‘")


def quoted_name_first(toks: list[sx.Token], k: int) -> int:
    """The opening mark of a body's own name in quotation marks right before the capitalised words of its kind at k
    ("“Körpü” Gənclər Birliyinin sədri X", the walk at "Gənclər"; at a sentence's start too), a few capitalised words
    inside; k when the words before k are not so."""
    if not (2 <= k < len(toks) and is_cap(toks[k].text) and toks[k - 1].text in QUOTES):
        return k
    for i in range(k - 3, max(-1, k - 2 - _QUOTED_NAME_WORDS), -1):
        if toks[i].text in QUOTES:
            inside = toks[i + 1 : k - 1]
            return i if quoted_run(toks, i + 1, k - 1) and all(is_cap(t.text) for t in inside) else k
    return k


_QUOTED_NAME_WORDS = 3  # the words of a body's own name in quotation marks before the words of its kind


def portfolio_comma(toks: list[sx.Token], k: int) -> bool:
    """The comma before k is one of a post's portfolio ("Vice-Rector for Education, Science and Outreach"): between
    two capitalised words, after a head noun and its portfolio's link ("for") a few words before; or of a list of
    fields in a body's name that a postposition closes (`_fields_closed`)."""
    if not (2 <= k < len(toks) and toks[k - 1].text == "," and is_cap(toks[k].text) and is_cap(toks[k - 2].text)):
        return False
    links = range(max(1, k - _PORTFOLIO_REACH), k - 2)
    return any(toks[j].low in cue.PORTFOLIO_LINKS and is_role_head(toks[j - 1].text) for j in links) or _fields_closed(
        toks, k
    )


def _fields_closed(toks: list[sx.Token], k: int) -> bool:
    """The comma before k is one of a list of capitalised fields that a list joiner ends and a word of
    `cue.FIELDS_CLOSED_BY` closes after it ("Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin sədri X")."""
    joined = False
    for j in range(k, min(k + _PORTFOLIO_REACH, len(toks))):
        if toks[j].low in cue.FIELDS_CLOSED_BY:
            return joined
        if toks[j].low in cue.LIST_JOINERS:
            joined = True
        elif not (is_cap(toks[j].text) or toks[j].text == ","):
            return False
    return False


_PORTFOLIO_REACH = 6  # the words of a portfolio before one of its commas, its link's included


def bracketed_acronym(toks: list[sx.Token], k: int) -> bool:
    """The tokens before k are an abbreviation in brackets ("(ITC)") after a word of a title."""
    return k >= 4 and toks[k - 1].text == ")" and bracketed_abbreviation(toks[k - 2].text) and toks[k - 3].text == "("


def bracketed_gloss(toks: list[sx.Token], k: int) -> int:
    """How many tokens before k are a title word glossed in brackets ("the Milli Majlis (Parliament) X"), or a body's
    name of one or two words quoted after its noun ("общества «Достлуг»", "the journal “Caspian Notes”", "the cultural
    centre 'Vatan'", "центра «Одлар юрду»"), else 0."""
    if k >= 4 and toks[k - 1].text == ")" and toks[k - 3].text == "(" and capital_non_name(toks[k - 2].text):
        return 3 if in_title(toks[k - 4]) else 0
    n = next((n for n in (3, 4) if k > n and toks[k - n].text in _OPENING), 0)
    inside = toks[k - n + 1 : k - 1]  # (capitalised, or its first word only: "центра «Одлар юрду»")
    named = n and quoted_run(toks, k - n + 1, k - 1) and is_cap(inside[0].text)
    named = named and all(t.text.isalpha() for t in inside)
    before = toks[k - n - 1]  # a body's noun, or its place ("общества Латвии «Азери»")
    noun = before.low in _GLOSSED_NOUNS or capital_non_name(before.text)
    return n if named and (noun or (before.text.islower() and in_title(before))) else 0  # ("centre", "society")


# The unions bracketed_gloss asks about, built once: built at each call they were nine tenths of its time (7,546
# calls on 150 cue-dense documents, 0.18 → 0.02 s; 2026-12-07).
_OPENING = QUOTES | _SINGLE_OPENING
_GLOSSED_NOUNS = BODY_TITLE_WORDS | ROLE_MODIFIERS

_PORTFOLIO_WORDS = 4  # the words of a portfolio in lower case ("for science and innovation")


def lower_portfolio(toks: list[sx.Token], k: int) -> int:
    """How many tokens before k are a post's portfolio in lower case after its head and link ("the vice-rector for
    science X": the link and "science"), or a body's ("председатель комитета по культуре X"), its fields set off by
    commas when a list joiner closes them ("по культуре, науке и образованию"), else 0."""
    commas = joined = 0
    j = k - 1
    while j > 0 and k - 1 - j < _PORTFOLIO_WORDS + 2 * commas:
        tok = toks[j]
        if tok.low in cue.PORTFOLIO_LINKS:
            owner = is_role_head(toks[j - 1].text) or (in_title(toks[j - 1]) and toks[j - 1].text.islower())
            return k - j if j < k - 1 and owner and (joined or not commas) else 0
        if tok.text == "," and joined and toks[j + 1].text.isalpha() and toks[j - 1].text.isalpha():
            commas += 1
        elif tok.text.isalpha() and tok.text.islower():
            joined = joined or tok.low in cue.LIST_JOINERS
        else:
            return 0
        j -= 1
    return 0
