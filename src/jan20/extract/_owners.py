"""Whether the name ending before token `last` owns what follows it, so names no subject: a possessive ("Ilham
Aliyev's wife"), a case ending after an apostrophe ("Aliyev'in"), a genitive glued to a surname ("Vahabzadənin"), or
the genitive of a work's author ("şair Məmməd Arazın şeirini"); not one of a list ("X'in yanı sıra Y")."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from ._name_words import oblique
from ._possessive import POSSESSIVES
from ._title_marks import QUOTES

# The words after a genitive name that make it one of a list ("X'in yanı sıra Y": besides X, Y): `[names] besides`.
_BESIDES = lang.pattern("names.besides", "(?:{})$", 0)
# A surname with a genitive ending glued to it ("Vahabzadənin", "Əliyevin"): the owner of what follows, no subject
# (`[names] glued_genitive`; a name before a genitive cue took part all the same: `_genitive`).
_GLUED_GENITIVE = lang.pattern("names.glued_genitive", "(?:{})$", 0)
_BESIDES_WORDS = 2
# A work a name in the genitive owns, right after it (`[names] owned_works`: "Arazın şeirini", "Arazın "Məndən ötdü"
# şeirini"): the name in any genitive ending is the owner (the author of the poem read), no subject.
_OWNED_WORKS = lang.words("names.owned_works")
_GENITIVE_ENDING = lang.pattern("names.genitive_ending", "(?:{})$", 0)
_TITLE_QUOTE = 8  # the words of a work's title in quotation marks between its author and its noun
# Words that join a work's quoted title to its noun ("Yaqubun "Şəhid qanı" adlı şeiri": `[names] work_title_links`).
_TITLE_LINKS = lang.words("names.work_title_links")


def _owner_of_work(toks: list[sx.Token], last: int) -> bool:
    if last >= len(toks) or not _GENITIVE_ENDING.search(toks[last - 1].low):
        return False
    k = last
    if toks[k].text in QUOTES:  # a title in quotation marks first
        k = next((m + 1 for m in range(k + 1, min(len(toks), k + _TITLE_QUOTE)) if toks[m].text in QUOTES), k)
        k += int(k > last and k < len(toks) and toks[k].low in _TITLE_LINKS)  # ("… “Şəhid qanı” adlı şeiri")
    return k < len(toks) and toks[k].low in _OWNED_WORKS


def glued_genitive(word: str) -> bool:
    """A surname with a genitive ending glued to it or after a hyphen ("Əliyevin", "Əliyev-in")."""
    return _GLUED_GENITIVE.search(word) is not None


def owner_at(toks: list[sx.Token], last: int) -> bool:
    """The name ending before `last` is an owner, no subject (see the module's docstring)."""
    # "Ilham Aliyev's wife": not him; "Anıtı'na", "Aliyev'in": a case ending, no subject
    possessive = toks[last - 1].text.endswith(POSSESSIVES) or oblique(toks[last - 1].text)
    possessive = possessive or _GLUED_GENITIVE.search(toks[last - 1].text) is not None  # "Vahabzadənin şeirini"
    possessive = possessive or _owner_of_work(toks, last)  # "şair Məmməd Arazın şeirini"
    return possessive and not _BESIDES.match(" ".join(t.low for t in toks[last : last + _BESIDES_WORDS]))
