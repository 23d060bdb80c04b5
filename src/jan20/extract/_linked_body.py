"""A body's name with small words in lower case inside it, written between a post's head and a name ("Chairman of
the State Committee for Work with Religious Associations X", "Chairman of the Council on State Support to NGOs X"):
the title is the head with the whole name, not the capitalised words after the last small word."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._appositions import in_title
from ._name_runs import is_cap
from ._name_words import is_given, is_word
from ._title_words import is_role_head

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
    first = _field_list(toks, _joiner_after(toks, k))
    if first < k and (start := _walk(toks, first + 1)) < first:
        return start  # ("Minister of Culture, Youth and Sports X": from within the list too)
    return _walk(toks, k)


def _joiner_after(toks: list[sx.Token], k: int) -> int:
    """The list joiner that the fields and commas from k run to ("Youth and Sports" from "Youth"), else k."""
    m = k
    while m < len(toks) and m - k < _WORDS and (toks[m].text == "," or _field(toks, m)):
        m += 1
    return m if m < len(toks) and toks[m].low in cue.LIST_JOINERS else k


def joins_fields(toks: list[sx.Token], m: int) -> bool:
    """The list joiner at m closes a list of capitalised fields inside a body's name ("on Family, Women and Children
    Affairs"): no joiner of two people's titles."""
    return _field_list(toks, m) < m


_ITEM_WORDS = 2  # the capitalised words of one field of such a list ("Children Affairs")


def _field_list(toks: list[sx.Token], k: int) -> int:
    """The first field of a list of capitalised fields that ends right before k, after a small word of the body's name
    ("on Family, Women and Children Affairs"): fields of one or two capitalised words, set off by commas, the last
    after a list joiner (or the joiner at k, the last field read as the title's words: "Women and Children Affairs");
    with no comma, or no such small word before, k."""
    j, commas = k, 0
    joined = k + 1 < len(toks) and toks[k].low in cue.LIST_JOINERS and toks[k].low in _LINKS and _field(toks, k + 1)
    while j > 0:
        n = 0
        while n < _ITEM_WORDS and j - n > 0 and _field(toks, j - n - 1):
            n += 1
        if n == 0 or j - n < 1:
            return k
        j -= n
        sep = toks[j - 1].low
        if sep == "," and joined:
            commas += 1
        elif sep in cue.LIST_JOINERS and sep in _LINKS and not joined and j < k:
            joined = True
        elif sep in _LINKS and sep not in cue.LIST_JOINERS:
            return j if commas and joined else k
        else:
            return k
        j -= 1
    return k


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
