"""The subject after a verb and its object, where the object has words after it: "почтили память погибших председатель
общины X", "возложили венки и цветы к памятнику генеральный консул Y", or after a verb and a place ("Венки возложили к
мемориалу посол Z"; a language whose subject may follow its verb). The subject opens at the first post's head in the
nominative within a few words, with the modifiers before it ("генеральный консул"); a name before it is the object's
own ("память Гейдара Алиева", "к могиле поэта X"), and a head in another case is the object's too ("к бюсту посла X",
"на встрече с послом Y": `[roles] genitive_endings`, `oblique_endings`)."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._title_words import ROLE_MODIFIERS, in_genitive, is_role_head

_OBLIQUE = tuple(lang.words("roles.oblique_endings"))  # ("послом", "консулу": the head of no subject)
_OBJECT_WORDS = 8  # the words of an object's tail: "погибших", "к мемориалу на Аллее шехидов"


def subject_after_object(toks: list[sx.Token], k: int, linked: set[int]) -> int:
    """Where the subject opens after the object that ends before k: the title, at the first name or title after a few
    words, of a post's head in the nominative; k when none is within reach, or a name without one, a clause's end or
    a head in the genitive comes first."""
    for j in range(k, min(len(toks), k + _OBJECT_WORDS)):
        tok = toks[j]
        if j in linked or is_role_head(tok.text) or _modifier(tok):
            return j if j > k and _nominative_title(toks, j) else k
        if not tok.text[:1].isalpha() or tok.low in cue.NEGATION:
            return k
    return k


def _nominative_title(toks: list[sx.Token], j: int) -> bool:
    """A title opens at j whose head, after its modifiers, is in the nominative ("военный атташе", "посол"; not
    "посла", "генерального консула")."""
    while j < len(toks) and _modifier(toks[j]) and not is_role_head(toks[j].text):
        j += 1
    head = toks[j].text if j < len(toks) else ""
    return is_role_head(head) and head.islower() and not in_genitive(head) and not head.endswith(_OBLIQUE)


def _modifier(tok: sx.Token) -> bool:
    """A word of a post before its head ("генеральный", "Чрезвычайный и Полномочный")."""
    return tok.low in ROLE_MODIFIERS or (tok.low in cue.PRE_TITLE_LINK and tok.text.islower())
