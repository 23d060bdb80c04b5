"""What one word of a capitalised run is: a word at all, a place, body or title, a body's abbreviation, a name
with a case ending after an apostrophe. The walks over runs of words are `_names` and `_name_runs`."""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._name_runs import cased_abbreviation, glued_clitic, is_cap, name_cap
from ._title_places import field_of_unit, place_first
from ._title_words import is_non_name_word, is_role_head

_OBLIQUE = re.compile(r"['’`](?!s$)[^\W\d_A-Z]+$")


def capital_non_name(word: str) -> bool:
    """A capitalised (or all-capitals: "US", "UN") word that is a place, body or title, not a name."""
    return (is_cap(word) or (word.isupper() and len(word) > 1)) and is_non_name_word(word)


def is_word(tok: sx.Token) -> bool:
    """A token that starts with a letter (not a number or punctuation)."""
    return tok.text[:1].isalpha()


def bracketed_abbreviation(word: str) -> bool:
    """A body's abbreviation written in brackets after its name: an `acronym`, or two capitals with no other letter
    ("Gənclər Fondu (GF)", "Dirçəliş Birliyi (DB)"), as brackets set it apart from any name."""
    return acronym(word) or (len(word) >= 2 and word.isalpha() and word.isupper())


# (a word's answer depends on it alone, and the name and title walks ask it of the same words again and again: 6,596
# calls for 2,624 distinct words on 200 KB of cue-dense text, each counting the word's capitals, 2026-12-08)
@lru_cache(maxsize=16384)
def acronym(word: str) -> bool:
    """An abbreviation of a body ("СПбГУ", "TADİV"), not a name: three capitals or more before any case ending
    written after a hyphen or apostrophe ("MDU-nun", "AzMİU-da"), or two capitals or more with such an ending
    ("AB'nin"), or a short word outside the Latin alphabet with a capital right after a small letter ("АзИз"; not
    "McKay"). A word with another hyphen before its ending is a double name ("Jean-ABC"), never one."""
    split = _ENDING_AFTER.fullmatch(word)
    ending = split is not None and split.group(2).islower()
    stem = split.group(1) if split is not None and ending else word
    if "-" in stem:
        return False
    return (
        sum(c.isupper() for c in stem) >= 3
        or (ending and len(stem) >= 2 and stem.isupper() and "'" not in stem and "’" not in stem)
        or (not stem.isascii() and len(stem) <= _MIXED_LETTERS and any(map(_small_then_capital, stem, stem[1:])))
    )


def _small_then_capital(a: str, b: str) -> bool:
    return a.islower() and b.isupper()


_MIXED_LETTERS = 6  # the letters of a mixed-case abbreviation ("АзИз", "АзТВ")


_ENDING_AFTER = re.compile(r"(.*)[-'’]([^\W\d_]+)")  # a word, and the letters after its last hyphen or apostrophe


_CASE_ENDING = re.compile(r"['’`].*$")  # a case ending written after an apostrophe ("Erdoğan'ın", "Bakı'da")


def without_case_ending(word: str) -> str:
    """The word without a case ending written after an apostrophe ("Erdoğan'ın": "Erdoğan")."""
    return _CASE_ENDING.sub("", word)


def oblique(word: str) -> bool:
    """A case ending written after an apostrophe ("Anıtı'na", "Aliyev'in"): the name is no subject (a topic particle
    there is no case ending: "Demir'se", the subject; nor the particle "da" after a surname: "Muradov'da")."""
    return _OBLIQUE.search(word) is not None and word[-1:].islower() and not glued_clitic(word)


_TITLE_WORDS = 5  # the lower-case words of a title before a name
# Dashes standing alone as tokens (ASCII, U+2010 hyphen, en and em dashes): between a compound's parts
# ("азербайджано - узбекской"), or between a name and its title ("A – müşavir", "X – Director of Y")
JOINING_DASHES = frozenset("-‐–—")


def post_before(toks: list[sx.Token], i: int) -> bool:
    """A post's head among the lower-case words right before the run from i: a person's title, as a body's name has
    none ("в сопровождении председателя общества X студенты возложили цветы": X, then the group that laid them)."""
    for k in range(i - 1, max(i - 1 - _TITLE_WORDS, -1), -1):
        if toks[k].text in JOINING_DASHES:
            continue  # ("азербайджано-узбекской": a compound's parts)
        if not (is_word(toks[k]) and (toks[k].text.islower() or capital_non_name(toks[k].text))):
            return False
        if is_role_head(toks[k].text):
            return True
    return False


# A genitive ending after a name or a body's word (`[names] genitive_ending`: "X'in", "ABİ-nin").
GENITIVE_ENDING = lang.pattern("names.genitive_ending", r"(?:{})$")
_TITLE_GIVEN = lang.words("names.title_given_names")
_HONORIFIC_GIVEN = lang.words("names.honorific_given_names")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


def _alphabet(code: str) -> frozenset[str] | None:
    """The lower-case letters a language writes (a–z and its `[language] letters`), or None when it lists none."""
    letters = lang.language(code).get("language.letters")
    return None if letters is None else _LATIN | frozenset(str(letters))


# Each language's given names with its alphabet: a given name of one language is one only in a sentence that
# language can write ("Ali" is a Turkish given name, but in "Ali Məhkəmənin sədri" the Azerbaijani "supreme").
_GIVEN_OF = tuple(
    (names, _alphabet(code)) for code in lang.CODES if (names := lang.words_of(code, "names.given_names"))
)
_GIVEN = frozenset().union(*(names for names, _ in _GIVEN_OF))  # every language's given names


def _writes(toks: list[sx.Token], alphabet: frozenset[str] | None) -> bool:
    """Whether a language of that alphabet can write every letter of the tokens (None: any language can)."""
    return alphabet is None or all(ch in alphabet for t in toks for ch in t.text.lower() if ch.isalpha())


def is_given(toks: list[sx.Token], i: int) -> bool:
    """The word at i is a given name the data knows (`[names] given_names`) of a language that writes the
    sentence."""
    low = toks[i].low
    if low not in _GIVEN:
        return False  # (most words are no given name: no language's table asked)
    return any(low in names and _writes(toks, alphabet) for names, alphabet in _GIVEN_OF)


def after_place_or_field(toks: list[sx.Token], i: int, first: int, j: int) -> int:
    """The first word of the name in the capitalised run from i to j (from `first` on, past the words no name is made
    of) when the run follows a post's "of": past the post's place ("Mayor of Jurmala Ilze Liepa"; of two words when a
    given name the data knows follows: "of British Columbia David Stone"), or past a unit's field of several words, the
    name last ("Department of Azerbaijani History Nigar Aliyeva"; not past a given name: "Physics Mary Ann Smith")."""
    if first <= i + 1 and j - i > 2 and place_first(toks, i):
        first = max(first, i + 1)
        first += 1 if j - first > 2 and not is_given(toks, first) and is_given(toks, first + 1) else 0
    if j - first > 2 and not is_given(toks, first) and field_of_unit(toks, first):
        return j - 2 if j - first > 3 or not field_of_unit(toks, first, 0) else first
    return first


_PERSON_WORDS = 2  # a person's name in a run of capitals: a given name and a surname


def past_person(toks: list[sx.Token], j: int, k: int) -> int:
    """The first word of the capitalised run from j to k (a body's name before its noun at k) after a person's name
    that opens it: a given name the data knows (`[names] given_names`: "Ali Kaya Ahıska Türkleri Derneği"), or any
    word right after a title in lower case ("tələbə Nərgiz Azərbaycan Gənclər Birliyi"), with the words after it up to
    a surname that are no word the data knows (or the surname, when the given name is right before j); j when no
    person's name opens the run."""
    titled = j > 0 and is_word(toks[j - 1]) and toks[j - 1].text.islower() and is_role_head(toks[j - 1].text)
    if 0 < j < k and is_cap(toks[j - 1].text) and is_given(toks, j - 1):
        return j + 1  # (the run cut at its longest after a given name: "Ayşe Yıldız Kafkas Dil, Tarih ve Kültür …")
    if j >= k or not (titled or is_given(toks, j)):
        return j
    n = j + 1
    while n < k and n - j < _PERSON_WORDS and not (capital_non_name(toks[n].text) or is_non_name_word(toks[n].text)):
        n += 1
    return n


def title_given_name(toks: list[sx.Token], k: int) -> bool:
    """A title word that is a given name too (`[names] title_given_names`) at k, capitalised right after a post in lower
    case and before one surname ("başçısı Şair Alxasov iştirak edib"), or before one surname of a surname's ending and
    after no name's word ("Törene Hakim Aliyev katıldı"): the name's first word."""
    if toks[k].low in _HONORIFIC_GIVEN:
        return honorific_given_name(toks, k)
    if toks[k].low not in _TITLE_GIVEN or k + 1 >= len(toks) or not is_cap(toks[k].text):
        return False
    if toks[k].text.lower() == toks[k].low and honorific_given_name(toks, k):
        return True  # (before one surname of a surname's ending, as written, no variant spelling: "Hakim Aliyev", not
        # "Hâkim Aliyev", the title)
    if k == 0:
        return False
    before, after = toks[k - 1].text, toks[k + 1].text
    one = k + 2 >= len(toks) or not is_cap(toks[k + 2].text)
    return before.islower() and is_role_head(before) and name_cap(after) and one


def honorific_given_name(toks: list[sx.Token], k: int) -> bool:
    """An honorific that is a given name too (`[names] honorific_given_names`: "Xanım", "Bəy") at k, capitalised
    before one surname and no other name word ("A, B, Xanım Rzayeva qeyd ediblər": the person is "Xanım Rzayeva"),
    and not after a capitalised name word; before a given name and a surname it stays the honorific ("Xanım Səbinə
    Rzayeva")."""
    if k + 1 >= len(toks) or not is_cap(toks[k].text):
        return False
    after = toks[k + 1]
    surname = name_cap(after.text) and after.low.endswith(cue.SURNAME_ENDINGS)
    # (a body's abbreviation with its case ending is no name's word: "prorektor Xanım Sultanova BSU-da")
    one = k + 2 >= len(toks) or not is_cap(toks[k + 2].text) or cased_abbreviation(toks[k + 2].text)
    before = k > 0 and name_cap(toks[k - 1].text)
    return surname and one and not before


# Posts' heads that are surnames too (`[names] surname_heads`: "Hekim", "Yazar").
_SURNAME_HEADS = lang.words("names.surname_heads")


def surname_head(toks: list[sx.Token], k: int) -> bool:
    """A post's head that is a surname too at k, capitalised right after a name's word and before no capitalised word
    ("Vali Ali Hekim ve Büyükelçi X"): the end of that name (Ali Hekim, the Governor), not the title of the name after
    it ("Hekim X", a Physician)."""
    if toks[k].low not in _SURNAME_HEADS or k == 0 or not is_cap(toks[k].text):
        return False
    before = toks[k - 1].text
    return name_cap(before) and (k + 1 >= len(toks) or not is_cap(toks[k + 1].text))


# Posts' heads that are given names too (`[names] given_heads`: "Gazi").
_GIVEN_HEADS = lang.words("names.given_heads")


def given_head(toks: list[sx.Token], k: int) -> bool:
    """A post's head that is a given name too at k, capitalised before a name's word: a name's middle word after a given
    name the data knows ("Ahmet Gazi Yılmaz"), or its first before one surname ("Prof. Dr. Gazi Özdemir"); before a
    given name and a surname it stays the title ("Gazi Ahmet Yılmaz", a veteran)."""
    if toks[k].low not in _GIVEN_HEADS or k + 1 >= len(toks) or not is_cap(toks[k].text):
        return False
    if not name_cap(toks[k + 1].text) or is_role_head(toks[k + 1].text):
        return False
    one = k + 2 >= len(toks) or not is_cap(toks[k + 2].text)
    return one or (k > 0 and is_cap(toks[k - 1].text) and is_given(toks, k - 1))


def name_word_too(toks: list[sx.Token], k: int) -> bool:
    """A title word at k that is a name's word here: a given name after a post (`title_given_name`), a surname after
    a given name (`surname_head`), or a given name in a name (`given_head`)."""
    return title_given_name(toks, k) or surname_head(toks, k) or given_head(toks, k)


# Courtesy words after a name (`[names] courtesy_after`: "Hanım", "Bey").
_COURTESY_AFTER = lang.words("names.courtesy_after")


def opens_no_name(word: str) -> bool:
    """A courtesy word, which follows a name and never opens one ("Bey Mahallesi muhtarı X": no "Bey Mahallesi"; "Vali
    Bey": no one)."""
    return word.lower() in _COURTESY_AFTER
