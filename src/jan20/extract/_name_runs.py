"""Where a capitalised run stops being a person's name: a body's head noun after it, the namesake after "им.",
places closing it in a verb-final sentence, a clitic glued to the surname (`_names` reads runs with these)."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from ._places import is_place
from .roles import is_non_name_word

# A body's head noun in lower case after its capitalised name ("Ümumi Tarix kafedrasının"), and the words after
# which a name is the one a body is named after ("центр им. Гейдара Алиева"): `[names]` of the language data.
_BODY_HEAD = lang.pattern("names.body_heads", "(?:{})$", 0)
_NAMED_AFTER = lang.words("names.named_after")
_NAMED_AFTER_WORDS = 2  # the named-after name's words: a given name and a surname


def body_head(toks: list[sx.Token], j: int) -> bool:
    """The run before j is a body's name: the head noun after it, in lower case ("Ümumi Tarix kafedrasının")."""
    return j < len(toks) and toks[j].text.islower() and _BODY_HEAD.match(toks[j].text) is not None


def body_end(toks: list[sx.Token], i: int, j: int) -> bool:
    """The run i..j is a body's name: it ends in the head noun, capitalised ("Iğdır Ticaret Borsası", "İnkılap
    Tarihi Bölümü"), a word that leaves the title written before a person's name as it was."""
    return j - i >= 2 and _BODY_HEAD.match(toks[j - 1].low.replace("i\u0307", "i")) is not None


def after_named_after(toks: list[sx.Token], i: int, j: int) -> int:
    """The start of the run i..j without the name a body is named after, when the run opens right after "им."
    ("Культурный центр им. Гейдара Алиева Самир Аббасов": the person is the one after it)."""
    k = i - 1 if i > 0 and toks[i - 1].text == "." else i
    if k > 0 and toks[k - 1].low in _NAMED_AFTER:
        return min(i + _NAMED_AFTER_WORDS, j)
    return i


def without_trailing_places(toks: list[sx.Token], i: int, j: int) -> int:
    """The end of the run i..j without the places that close it, when a name stands before them: in a verb-final
    sentence the name may run straight into a place ("səfiri Vilayət Quliyev Azərbaycan xalqının ..."), which is
    not the name's last word. A run that is all places and titles is left as it is."""
    end = j
    while end > i and is_place(toks[end - 1].text):
        end -= 1
    names = sum(1 for k in range(i, end) if not is_non_name_word(toks[k].text))
    return end if end < j and names >= 2 and not is_non_name_word(toks[end - 1].text) else j


_CLITICS = tuple(sorted(lang.words("names.glued_clitics")))
_CLITIC_HOSTS = tuple(sorted(lang.words("names.clitic_hosts")))


def glued_clitic(word: str) -> int:
    """The length of a clitic written glued to a surname ("Məmmədovisə": "Məmmədov isə"), 0 when there is none."""
    low = word.lower()
    for clitic in _CLITICS:
        stem = low[: -len(clitic)]
        if low.endswith(clitic) and len(stem) > 3 and stem.endswith(_CLITIC_HOSTS):
            return len(clitic)
    return 0
