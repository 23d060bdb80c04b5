"""Honours written between commas before a titled name in a list ("A, scientist, doctor of philosophy, docent of
the Institute B, C spoke"): lower-case degrees and occupations that describe the name after them, no item of the
list of their own."""

from __future__ import annotations

from jan20.text import sentences as sx

from ._title_words import GRADES, is_role_head

_HONOURS = 3  # honours between commas that may stand before a titled name
_HONOUR_WORDS = 3  # the words of one ("doctor of philosophy")


def honours_before(toks: list[sx.Token], end: int) -> int:
    """The comma before the honours written between commas right before `end` (a comma): each of one to three words
    in lower case, opening with a degree or an occupation ("scientist", "doctor of philosophy"); `end` when there
    are none."""
    for _ in range(_HONOURS):
        start = end
        while start > 0 and toks[start - 1].text != "," and end - start < _HONOUR_WORDS:
            start -= 1
        words = toks[start:end]
        opens = bool(words) and (words[0].low in GRADES or is_role_head(words[0].text))
        if not (2 <= start < end and toks[start - 1].text == "," and opens and all(t.text.islower() for t in words)):
            return end
        end = start - 1
    return end
