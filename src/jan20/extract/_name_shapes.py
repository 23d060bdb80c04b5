"""Whether a capitalised word of a run is a person's name's: a surname written in capitals ("Selim KAYA"), a family
name written first that is a word too ("Director Park Ji-won"), a place's word that is a name too beside a name
("Farid Misir"); or no name's (a title, a body, a place, a group). The walk over the run is `_names`."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._name_runs import initial_at, is_cap, name_cap
from ._name_words import acronym, is_given, is_word, name_word_too
from ._title_words import HONORIFICS, is_non_name_word, is_role_head


def _in_capitals(word: str) -> bool:
    """A word of two or more letters, all capitals ("KAYA", "AHMET")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def surname_in_capitals(toks: list[sx.Token], j: int) -> bool:
    """The word at j is a surname written in capitals after a given name ("Selim KAYA", "Ali ÖZTÜRK", "Mr John
    SMITH"): all letters, no place, body or title, right after one capitalised name word (a title, honorific or
    lower-case word before that), and no capitalised word after it (not "ADA University", a body's abbreviation
    opening its name)."""
    word = toks[j].text
    if j < 1 or not _in_capitals(word) or is_non_name_word(word):
        return False
    given = toks[j - 1].text
    if not (name_cap(given) and toks[j - 1].low not in HONORIFICS):
        return False
    before = toks[j - 2] if j >= 2 else None
    if before is not None and name_cap(before.text):
        return before.low in HONORIFICS or is_role_head(before.text)
    return j + 1 >= len(toks) or not (toks[j + 1].text[:1].isupper() and is_word(toks[j + 1]))


def given_in_capitals(toks: list[sx.Token], k: int) -> bool:
    """The word at k is a given name the data knows written in capitals before a capitalised surname ("AHMET Yılmaz",
    "Vali MEHMET Demir"): all letters, a name of `[names] given_names`, and the next word a name's, no title, body or
    place ("ADA University" is a body's abbreviation, whatever "Ada" may be)."""
    word = toks[k].text
    if not _in_capitals(word) or not is_given(toks, k) or k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    return name_cap(after.text) and is_word(after) and not is_role_head(after.text)


def not_in_name(toks: list[sx.Token], k: int) -> bool:
    """The word at k of a capitalised run is no part of a name (a title, a body, a place, a group that opens a
    sentence: "Students A and B read poems"), unless an initial, or a place's word that is a name too beside a name's
    word ("Farid Misir", "Misir Mardanov": not Egypt)."""
    capitals = acronym(toks[k].text) and not surname_in_capitals(toks, k)  # (not "Selim KAYA")
    capitals = capitals and not given_in_capitals(toks, k)  # (nor "AHMET Yılmaz")
    no_name = is_non_name_word(toks[k].text) or capitals or toks[k].low in cue.GROUP_NOUNS
    no_name = no_name or _after_slash(toks, k)  # "TÜRKSAV/Bursa Ayşe Demir": the body's name, not the person's
    if not no_name or initial_at(toks, k):
        return False  # (most words of a run: the exceptions below are asked only of a word of no name)
    also = (toks[k].low in _ALSO_NAMES and _beside_name(toks, k)) or name_word_too(toks, k) or _place_surname(toks, k)
    return not also and not family_first(toks, k)


def _after_slash(toks: list[sx.Token], k: int) -> bool:
    """The word at k is glued after a slash that follows a word ("TÜRKSAV/Bursa"): part of a body's name."""
    return (
        k >= 2 and toks[k - 1].text == "/" and toks[k - 1].start == toks[k - 2].end and toks[k].start == toks[k - 1].end
    )


# Words of places or things that are people's names too (`[names] also_names`: "Misir", Egypt in Azerbaijani).
_ALSO_NAMES = lang.words("names.also_names")


# Family names written first that are words or places too (`[names] family_first`: "Park", "An").
_FAMILY_FIRST = lang.words("names.family_first")


def _plain_name_word(tok: sx.Token) -> bool:
    return is_cap(tok.text) and (not is_non_name_word(tok.text) or tok.low in _FAMILY_FIRST)


def family_first(toks: list[sx.Token], k: int) -> bool:
    """A family name at k that is a word too, in a run of two to four name words right after a title or honorific
    ("Director Park Ji-won", "Ambassador Nguyen Van An"): the name's, not a place's."""
    if toks[k].low not in _FAMILY_FIRST:
        return False
    first = k
    while first > 0 and _plain_name_word(toks[first - 1]) and not is_role_head(toks[first - 1].text):
        first -= 1
    last = k + 1
    while last < len(toks) and _plain_name_word(toks[last]) and not is_role_head(toks[last].text):
        last += 1
    titled = first > 0 and (is_role_head(toks[first - 1].text) or toks[first - 1].low in HONORIFICS)
    return titled and 2 <= last - first <= 4


def _beside_name(toks: list[sx.Token], k: int) -> bool:
    """A capitalised word that may be a name's stands right before or after k, or a title before it alone ("Lord
    German,": a peer's name; "the German Ambassador" is a country's word)."""
    alone = k + 1 >= len(toks) or not is_cap(toks[k + 1].text)
    if k > 0 and alone and (toks[k - 1].low in HONORIFICS or is_role_head(toks[k - 1].text)):
        return True
    return any(0 <= n < len(toks) and name_cap(toks[n].text) and not is_role_head(toks[n].text) for n in (k - 1, k + 1))


# Places' words that are surnames too (`[names] surname_places`: "Sloboda"): after a given name, the name's.
_SURNAME_PLACES = lang.words("names.surname_places")
_CALLED_AFTER = lang.words("names.called_after")  # "adlı", "isimli": the word before closes a name


def _place_surname(toks: list[sx.Token], k: int) -> bool:
    """A place's word at k that is a surname too, right after a given name the data knows or a capitalised name word
    written after a title or an honorific ("Ambassador Milan Sloboda"; not "in Krasnaya Sloboda"); or any place's word
    after a name's word, right before a word saying it is a name (`called_after`: "Ahmet Bursa adlı öğrenci")."""
    if k < 1:
        return False
    if k + 1 < len(toks) and toks[k + 1].low in _CALLED_AFTER and name_cap(toks[k - 1].text):
        return True  # "Ahmet Bursa adlı öğrenci": a name's word before it, "named" after it
    if toks[k].low not in _SURNAME_PLACES:
        return False
    given = toks[k - 1].text
    if not name_cap(given):
        return False
    return is_given(toks, k - 1) or (k >= 2 and (toks[k - 2].low in HONORIFICS or is_role_head(toks[k - 2].text)))


# Honorary titles of two or three words whose last word is a given name too (`[names] honour_titles`: "Milli
# Qəhrəman", National Hero): no part of the name after them, and a name before them ends there.
_HONOUR_TITLES = lang.pattern("names.honour_titles", "(?:{})")
_HONOUR_WORDS = (3, 2)  # the words of such a title, the longer tried first


def honour_title(toks: list[sx.Token], k: int) -> int:
    """How many words from k are an honorary title of `[names] honour_titles` ("Milli Qəhrəman Mübariz İbrahimov":
    "Milli Qəhrəman"; "Azərbaycanın Milli Qəhrəmanı"), capitalised; 0 when none is."""
    if k >= len(toks) or not is_cap(toks[k].text):
        return 0  # (each title's words are capitalised: most words open none)
    for n in _HONOUR_WORDS:
        words = toks[k : k + n]
        capitalised = len(words) == n and all(is_cap(t.text) for t in words)
        if capitalised and _HONOUR_TITLES.fullmatch(" ".join(t.low for t in words)):
            return n
    return 0


def honour_before(toks: list[sx.Token], k: int) -> int:
    """How many words right before k are an honorary title of `[names] honour_titles` ("Milli Qəhrəman X": 2); 0
    when none is."""
    return next((n for n in _HONOUR_WORDS if n <= k and honour_title(toks, k - n) == n), 0)
