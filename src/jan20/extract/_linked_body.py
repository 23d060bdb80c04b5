"""A body's name with small words in lower case inside it, written between a post's head and a name ("Chairman of
the State Committee for Work with Religious Associations X", "Chairman of the Council on State Support to NGOs X"):
the title is the head with the whole name, not the capitalised words after the last small word."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._name_runs import is_cap
from ._name_words import is_given, is_word
from ._title_edges import in_title
from ._title_words import is_non_name_word, is_role_head

# The small words inside such a name, and the word after the head that opens it (`[attendees] linked_body_words`,
# `linked_body_of`).
_LINKS = lang.words("attendees.linked_body_words")
_OF = lang.words("attendees.linked_body_of")
_WORDS = 14  # the words of such a title, at most


def linked_body_before(toks: list[sx.Token], k: int) -> int:
    """Where the title starts whose body's name holds the words before k that are no title's ("… for Work with …"):
    the head before "of" that opens it, when every word between is a title's, a small word of `_LINKS`, or a
    capitalised word alone between those (not two in a row: a name's given name and surname, "the Society A B and
    …"); never across a comma ("the Minister of Culture, Colonel X", "head of the laboratory, and Prof. Y": the end
    of another title or name), but for the commas of a list of capitalised fields the name ends with, after one of
    its small words ("… on Family, Women and Children Affairs X", `_field_list`); else k."""
    if _OF.isdisjoint(t.low for t in toks[:k]):
        # Both walks below find a head only before a word of `_OF` before k: with none, skip the list's scans (on
        # 100 cue-dense docs, all 2,965 calls, from the end of nearly every title's walk, had none).
        return k
    m = _joiner_near(toks, k)
    first = _field_list(toks, m) if m >= 0 else k
    if first < k and (start := _walk(toks, first + 1)) < first:
        return start  # ("Minister of Culture, Youth and Sports X": from within the list too)
    return _walk(toks, k)


def _joiner_near(toks: list[sx.Token], k: int) -> int:
    """The list joiner of a list of fields around k: the one the fields and commas from k run to ("Youth and Sports"
    from "Youth"), or the one right before the last field's words before k ("and Children Affairs"); else -1."""
    m = k
    while m < len(toks) and m - k < _WORDS and (toks[m].text == "," or _field(toks, m)):
        m += 1
    if m < len(toks) and toks[m].low in cue.LIST_JOINERS:
        return m
    for n in range(1, _LAST_WORDS + 1):
        if k - n > 0 and all(_field(toks, i) for i in range(k - n, k)) and toks[k - n - 1].low in cue.LIST_JOINERS:
            return k - n - 1
    return -1


def joins_fields(toks: list[sx.Token], m: int) -> bool:
    """The list joiner at m closes a list of capitalised fields inside a body's name ("on Family, Women and Children
    Affairs"): no joiner of two people's titles."""
    return _field_list(toks, m) < m


_LAST_WORDS = 2  # the capitalised words of the last field of such a list ("Children Affairs")


def _field_list(toks: list[sx.Token], m: int) -> int:
    """The first field of a list of capitalised fields closed by the list joiner at m, after a small word of the
    body's name ("on Family, Women and Children Affairs"): fields of one capitalised word set off by commas, then the
    joiner and a last field of one or two with a word no name has ("Affairs", "Sports"; not "Lala Aliyeva": "the
    Minister of Culture, Rashad Karimov and Lala Aliyeva" lists people); with no comma, or no such small word, m."""
    if not (0 < m < len(toks) - 1 and toks[m].low in cue.LIST_JOINERS and toks[m].low in _LINKS):
        return m
    if not any(is_non_name_word(t.text) for t in toks[m + 1 : m + 1 + _last_run(toks, m)]):
        return m
    j, commas = m, 0
    while j > 1 and _field(toks, j - 1) and not _field(toks, j - 2):
        sep = toks[j - 2].low
        if sep == ",":
            commas += 1
        elif sep in _LINKS and sep not in cue.LIST_JOINERS:
            return j - 1 if commas else m
        else:
            return m
        j -= 2
    # (the first field may be of a few words, right after the small word: "of Humanitarian Policy, Diaspora, … and
    # Religious Affairs")
    k = j - 1
    while commas and k > 0 and j - k < _FIRST_WORDS and _field(toks, k - 1):
        k -= 1
    linked = commas and k < j - 1 and k > 0 and toks[k - 1].low in _LINKS and toks[k - 1].low not in cue.LIST_JOINERS
    return k if linked else m


_FIRST_WORDS = 3  # the capitalised words of the first field of such a list ("Humanitarian Policy")


def _last_run(toks: list[sx.Token], m: int) -> int:
    """How many fields' words follow the joiner at m, up to `_LAST_WORDS`."""
    n = 0
    while n < _LAST_WORDS and m + 1 + n < len(toks) and _field(toks, m + 1 + n):
        n += 1
    return n


def _field(toks: list[sx.Token], i: int) -> bool:
    """A capitalised word of a field's name, no given name the data knows ("Women", not "Ali": "the Society of Friends,
    Ali Aliyev and …" lists people)."""
    return is_word(toks[i]) and is_cap(toks[i].text) and not is_given(toks, i)


def _walk(toks: list[sx.Token], k: int) -> int:
    """The walk of `linked_body_before` from k: the head that opens the title, else k."""
    lone = False
    for j in range(k - 1, max(-1, k - 1 - _WORDS), -1):
        tok = toks[j]
        if j + 1 < k and is_role_head(tok.text) and toks[j + 1].low in _OF:
            return j if j + 2 < k else k  # ("Chairman of the …": the head opens the title)
        if tok.low in _LINKS or in_title(tok):
            lone = False
        elif is_word(tok) and is_cap(tok.text) and not lone:
            lone = True
        else:
            return k
    return k
