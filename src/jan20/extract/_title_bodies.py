"""A body's name written between a post's head and the name it titles, or before the head: a body's capitalised
name ending in a word of a body ("professor of the Dmitrie Kantemir University"), a university's or a department's
own name before its noun ("ректор Сумгаитского государственного университета", "Ümumi tarix kafedrasının müdiri"),
for `_title_before`'s walk back from a name."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._complements import CLOSING_QUOTES, OPENING_QUOTES
from ._genitive_runs import genitive
from ._name_runs import is_cap
from ._name_words import capital_non_name
from ._title_edges import AFTER_TITLE, in_title
from ._title_words import (
    HONORIFICS,
    is_role_head,
)
from ._town_forms import known_word
from ._universities import NOUNS as UNIVERSITY_NOUNS
from ._universities import UNIT_NOUNS


def named_body_before(toks: list[sx.Token], k: int) -> int:
    """The first of the capitalised words before k that name the body of a head written before them ("professor
    of the Dmitrie Kantemir University"), ending in a word of a body; k when there are none."""
    if k < 1 or not capital_non_name(toks[k - 1].text):
        return k
    j = k - 1
    while j > 0 and k - j < BODY_WORDS and body_name_word(toks, j - 1) and not is_role_head(toks[j - 1].text):
        j -= 1
    link = j - 1
    while link >= 0 and toks[link].low in AFTER_TITLE:
        link -= 1
    # (after a head, or after a body of a title: "Director of the Office of the Heydar Aliyev Foundation X")
    titled = link >= 0 and (is_role_head(toks[link].text) or capital_non_name(toks[link].text) or in_title(toks[link]))
    return j if j - link > 1 and titled else k


def university_before(toks: list[sx.Token], k: int) -> int:
    """The first of the words of a university's own name before its noun at k - 1 (`roles.universities.nouns`), or of
    a department's or faculty's name each word of which the data has (`unit_nouns`), before the post's head at k:
    capitalised, or in the genitive after the post ("ректор Сумгаитского государственного университета"), with the
    post's head right after the noun or right before the name; k when there are none."""
    if k >= 2 and toks[k - 1].low in UNIT_NOUNS and k < len(toks) and is_role_head(toks[k].text):
        j = k - 1  # a department's or faculty's name, each word one the data has ("Ümumi tarix kafedrasının müdiri")
        quoted = j > 1 and toks[j - 1].text in CLOSING_QUOTES  # (or in quotation marks: "“Dizayn” kafedrasının")
        j -= quoted
        while j > 0 and k - j <= _UNIT_WORDS + quoted and known_word(toks[j - 1].text):
            j -= 1
        if quoted:
            return j - 1 if j > 0 and j < k - 2 and toks[j - 1].text in OPENING_QUOTES else k
        return j if j < k - 1 else k
    if k < 2 or toks[k - 1].low not in UNIVERSITY_NOUNS:
        return k
    j = k - 1
    joined = 0  # right after the farthest list joiner crossed ("Petrol ve Sanayi"), 0 when none
    while j > 0 and k - j < BODY_WORDS and not is_role_head(toks[j - 1].text) and toks[j - 1].low not in cue.SCENE:
        if not (body_name_word(toks, j - 1) or (j < k - 1 and genitive(toks[j - 1]))):
            break
        j -= 1
        joined = j + 1 if toks[j].low in cue.LIST_JOINERS else joined
    if joined and j > 0 and (is_role_head(toks[j - 1].text) or toks[j - 1].low in HONORIFICS):
        # the words before the joiner follow a title: another's name ("Rektörü Prof. Dr. A ve Ege Üniversitesi Rektör
        # Yardımcısı B", "Vali A ve Ege Üniversitesi Rektörü B"), no part of this university's
        j = joined
    after = k < len(toks) and (
        is_role_head(toks[k].text) or (toks[k].text == "(" and k + 3 < len(toks) and is_role_head(toks[k + 3].text))
    )
    # (or its faculty's or school's name, the post after that: "Dokuz Eylül Üniversitesi Yabancı Diller Yüksekokulu")
    after = after or any(t.low in UNIT_NOUNS for t in toks[k : k + _UNIT_WORDS + 1])
    before = j > 0 and is_role_head(toks[j - 1].text)
    return j if j < k - 1 and (after or before) else k


_UNIT_WORDS = 4  # the words of a department's or faculty's name before its noun
BODY_WORDS = 7  # the words of a body's name after a head ("Azerbaijan State Oil and Industry University")


def body_name_word(toks: list[sx.Token], i: int) -> bool:
    """A capitalised word of a body's name, or a list joiner between two ("Oil and Industry", "Language and
    Humanitarian Disciplines")."""
    joined = toks[i].low in cue.LIST_JOINERS and 0 < i < len(toks) - 1 and is_cap(toks[i - 1].text)
    return is_cap(toks[i].text) or (joined and is_cap(toks[i + 1].text))
