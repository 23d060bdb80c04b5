"""A run of lower-case words in the genitive right after a title's word, the body or field of the post before a name
("председатель диаспорской организации X", "заведующий кафедрой истории, археологии и этнографии Y"), or a body's
name of several words in quotation marks in its place ("глава «Еврейских женщин Азербайджана» X"): how far back from
a name `_title_before` reads past them to the title."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._complements import CLOSING_QUOTES, OPENING_QUOTES
from ._name_runs import is_cap
from ._name_words import is_word
from ._title_edges import in_title
from ._title_gaps import marked_ordinal
from ._title_words import BODY_TITLE_WORDS, OBLIQUE_HEADS, ROLE_MODIFIERS, in_genitive, is_role_head

_GENITIVE_RUN = 4  # the words of a body in the genitive, in lower case, after its head


def genitive_run(toks: list[sx.Token], k: int) -> int:
    """How many lower-case words right before k are in the genitive (`roles.genitive_endings`), up to four, right
    after a word of a title ("председатель диаспорской организации"), a capitalised adjective before one of them
    among them ("кази Шекинского региона"); 0 when they are not after one."""
    n = words = 0
    joined = False  # (a joiner of fields passed: a comma before it sets off one more field)
    while words < _GENITIVE_RUN and k - n > 1:
        if n and marked_ordinal(toks, k - n - 3) and k - n > 3:
            n += 3  # an ordinal in digits before its noun: "студентка 4-го курса"
        elif genitive(tok := toks[k - n - 1]) and not (in_title(tok) and (is_role_head(tok.text) or not joined)):
            n += 1  # (in a list of fields, a title's word too: "литературы, истории и права")
        elif n and _capitalised_adjective(toks[k - n - 1]):
            n += 1  # a place's or an owner's adjective before the noun: "кази Шекинского региона"
        elif n and k - n > 2 and toks[k - n - 1].low in cue.LIST_JOINERS and genitive(toks[k - n - 2]):
            n += 1  # two fields of a unit joined: "заведующий кафедрой истории и права"
            joined = True
            continue
        elif joined and k - n > 2 and toks[k - n - 1].text == "," and genitive(toks[k - n - 2]):
            n += 1  # and more, set off by commas before the joiner: "кафедрой истории, археологии и этнографии"
            continue
        else:
            break
        words += not joined  # (the fields of a list closed by a joiner count as one: "истории, музыки и искусства")
    before = toks[k - n - 1]
    return (
        n if n and (is_role_head(before.text) or before.low in ROLE_MODIFIERS or before.low in BODY_TITLE_WORDS) else 0
    )


def quoted_genitive(toks: list[sx.Token], k: int) -> int:
    """How many tokens right before k are a body's name of two to four words in quotation marks, its first word in the
    genitive, right after a title's head ("глава «Еврейских женщин Азербайджана» X", "председатель «Союза
    азербайджанских организаций» Y"), the marks with them; 0 when they are not so."""
    if k < 5 or toks[k - 1].text not in CLOSING_QUOTES:
        return 0
    first = next((i for i in range(k - 3, max(0, k - _QUOTED_RUN - 3), -1) if toks[i].text in OPENING_QUOTES), None)
    if first is None or first < 1:
        return 0
    inner = toks[first + 1 : k - 1]
    head = toks[first - 1]
    named = all(is_word(t) for t in inner) and in_genitive(inner[0].low)
    return k - first if named and (is_role_head(head.text) or head.low in ROLE_MODIFIERS) else 0


_QUOTED_RUN = 4  # the words of a body's name in quotation marks after its head


# The endings of nouns in the genitive in a language that writes a post's body after its head (`[roles]
# body_after_head_endings`).
_BODY_AFTER_HEAD = tuple(lang.words("roles.body_after_head_endings"))
_NOT_NOUN = tuple(lang.words("roles.body_after_head_not"))  # ("ая": an adjective's ending in the nominative)


def noun_before_head(toks: list[sx.Token], k: int) -> bool:
    """The word before the title's head at k is a noun in the genitive of a language that writes a post's body after
    its head, so no part of the title ("в истории Азербайджана директор центра X"; not "заместитель председателя",
    a head, nor "Полномочного Посла", an adjective)."""
    if not _BODY_AFTER_HEAD or k < 1 or not is_role_head(toks[k].text) or toks[k].low in OBLIQUE_HEADS:
        return False  # (a head in an oblique case names a body's owner: "руководитель Администрации Президента")
    before = toks[k - 1]
    noun = is_word(before) and len(before.low) > 3 and before.low.endswith(_BODY_AFTER_HEAD)
    noun = noun and not before.low.endswith(_NOT_NOUN)  # (an adjective: "первая леди")
    return noun and not is_role_head(before.text) and before.low not in BODY_TITLE_WORDS


def genitive(tok: sx.Token) -> bool:
    """A word in lower case in the genitive, not a verb that may open a clause ("выступили")."""
    return in_genitive(tok.text) and tok.low not in cue.SCENE


def _capitalised_adjective(tok: sx.Token) -> bool:
    """A capitalised adjective in the genitive (`roles.genitive_adjective_endings`: "Шекинского", "Гянджинской")."""
    return is_cap(tok.text) and tok.low.endswith(_ADJECTIVE_ENDINGS) and in_genitive(tok.low)


_ADJECTIVE_ENDINGS = tuple(lang.words("roles.genitive_adjective_endings"))
