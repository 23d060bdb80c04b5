"""A body's name with small words in lower case inside it, written between a post's head and a name ("Chairman of
the State Committee for Work with Religious Associations X", "Chairman of the Council on State Support to NGOs X"):
the title is the head with the whole name, not the capitalised words after the last small word."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from ._appositions import in_title
from ._name_runs import is_cap
from ._name_words import is_word
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
    of another title or name); else k."""
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
