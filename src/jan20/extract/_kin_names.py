"""Names written as the complement of a noun before them, so that someone else is meant: "the son of Ali Asadov",
"the daughter of Ambassador X" (the kin is meant, not the one named), and the kin word before a name remembered ("the
sister of the martyr X, Y": Y is the kin, in apposition). Read on the names `_names` finds. And a kin word with its
"of" before a subject's words in lower case ("the daughter of the martyr laid"): the kin is one of the subject, the
one it is of is not (`_subjects`)."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._names import Name
from ._title_words import is_role_head

# The small words of titles and names (`[attendees]` in the language data; see each list's comment there).
_COMPLEMENT_ARTICLE = lang.words("attendees.complement_article")  # "the son of X": someone else


def completes_noun(toks: list[sx.Token], first: int) -> bool:
    """The name completes the noun before it ("the son of Ali Asadov"): someone else is meant."""
    k = first - 1
    if k >= 0 and toks[k].low in _COMPLEMENT_ARTICLE:
        k -= 1
    return k >= 0 and toks[k].low in cue.COMPLEMENT_OF


def kin_of_titled(masked: str, toks: list[sx.Token], name: Name) -> bool:
    """A kin word and its "of" right before the name's own title ("the daughter of Ambassador X", "the wife of Professor
    Y", "the brother of journalist Z"): the kin is meant, as in "the son of X" (`completes_noun`); only the words of a
    title between (not a name of its own after a comma: "the wife of Ambassador X, Y,")."""
    lead = min(name.np_first, name.role_first, name.first)
    kin = [*cue.KIN_OF.finditer(masked, toks[lead].start, toks[name.first].start)]
    after = [t for t in toks[lead : name.first] if kin and t.start >= kin[-1].end()]
    return bool(kin) and all(_of_title(t) for t in after)


def _of_title(tok: sx.Token) -> bool:
    """A word that may stand between a kin's "of" and the name: a capitalised one, a title's head, or a word in lower
    case, an article among them ("the son of the late journalist X"); no comma, nor a list's joiner ("and")."""
    if tok.text == "," or tok.low in cue.LIST_JOINERS:
        return False
    return tok.text[:1].isupper() or (tok.text.isalpha() and tok.text.islower()) or is_role_head(tok.text)


def kin_before(masked: str, toks: list[sx.Token], name: Name) -> bool:
    """A kin word and its "of" in the few words before the name ("the sister of the martyr X"): the name after X's
    comma is the kin's, in apposition ("…, Y, made a speech"), not the next of a list of those remembered."""
    return bool(cue.KIN_OF.search(masked, toks[max(0, name.np_first - 8)].start, toks[name.first].start))


_KIN_OBJECT = 2  # the words of the one a kin word is of ("the martyr", "a shahid")


def kin_of_before(toks: list[sx.Token], k: int) -> int | None:
    """Where a kin word and its "of" open the words in lower case right before k ("the daughter of the martyr", "the
    mother of a shahid": `[attendees] kin_of`), or a kin word after its owner's possessive ("the martyr's daughter":
    `kin_owned`), else None: the kin is one of the subject, the one it is of is not."""
    tail = k
    while tail > 0 and k - tail < _KIN_OBJECT and toks[tail - 1].text.isalpha() and toks[tail - 1].text.islower():
        tail -= 1
    for j in range(max(0, tail - 4), tail):
        kin = cue.KIN_OF.fullmatch(" ".join(t.low for t in toks[j:tail]))
        if kin is not None and tail < k:
            return j
    # "X and the martyr's daughter laid": the kin after its owner's possessive (the kin word walked already or not)
    for end in range(k, min(k + 2, len(toks) + 1)):
        for j in range(max(0, k - 4), k):
            words = toks[j:end]
            if all(t.text.islower() for t in words) and cue.KIN_OWNED.fullmatch(" ".join(t.low for t in words)):
                return j
    return None
