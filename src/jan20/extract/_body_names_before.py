"""The words of a body's own name before a post's head ("Ahıska Türkleri Derneği Başkanı X", "Kafkas Dil, Tarih ve
Kültür Derneği Başkanı X"), and the body of a second post of one person ("TADİV Başkanı ve Avrupa Gençlik Ağı
Koordinatörü X"): where `title_before` steps over them, however unknown their words."""

from __future__ import annotations

import re

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._name_runs import is_cap
from ._name_words import bracketed_abbreviation, capital_non_name, oblique, past_person
from ._places import is_place
from ._title_marks import bracketed_acronym
from ._title_words import HEAD_LEADS, HONORIFICS, body_noun, ends_as_no_name, is_role_head
from ._town_forms import known_word

# (the endings of where or whence, `[names] body_where_endings`: a first word with one sets the scene, "Gecədə")
_WHERE_ENDINGS = tuple(lang.words("names.body_where_endings"))
_BODY_NAME_WORDS = 12  # the words of a body's name before its noun, commas and joiners too


def body_name_before(toks: list[sx.Token], k: int) -> int:
    """The first of the capitalised words of a body's own name before its capitalised noun at k - 1
    (`[roles.body_nouns]`: "Ahıska Türkleri Derneği"; not "Murad Əliyev şirkətinin", a person's company), the head
    of a post right after the noun ("Başkanı"), however unknown the words: a name of a body is no person's. A list
    joiner is crossed when the word before it is one the data knows ("Yardımlaşma ve Dayanışma", not "Vali Ali Kaya
    ve Kültür Derneği"), and a comma when a list joiner follows it in the name and the word before it is one the data
    knows too ("Dil, Tarih ve Kültür"; not "Vali Ali Kaya, Tarih ve Kültür Derneği"); k when the words before the
    noun are no such name."""
    h = k
    if (
        h + 2 < len(toks)
        and toks[h].text == "("
        and toks[h + 2].text == ")"
        and bracketed_abbreviation(toks[h + 1].text)
    ):
        h += 3  # ("… Dəstək İctimai Birliyi (QQDİB) sədri X": the body's abbreviation between its noun and the head)
    while h < len(toks) and toks[h].low in HEAD_LEADS:
        h += 1
    if k < 2 or h >= len(toks) or not body_noun(toks[k - 1].low, toks[h].low) or not is_cap(toks[k - 1].text):
        return k
    if not is_role_head(toks[h].text):
        return k
    j = k - 1
    joined = False  # a list joiner lies between j and the noun
    while j > 0 and k - j <= _BODY_NAME_WORDS:
        tok = toks[j - 1]
        if tok.low in cue.LIST_JOINERS:
            if j < 2 or not (_name_word(toks[j - 2]) or _verbal_noun(toks[j - 2]) or _after_no_name(toks, j - 2)):
                break
            joined = True
        elif tok.text == ",":
            if not joined or j < 2 or not _name_word(toks[j - 2]):
                break
        elif not _body_word(tok) or (j == 1 and _scene_first(toks, k)):
            break
        j -= 1
    while j < k - 1 and (toks[j].text == "," or toks[j].low in cue.LIST_JOINERS):
        j += 1  # (a name opens with a word of its own, never with a joiner or a comma)
    j = past_person(toks, j, k - 1)  # ("Törende Ali Kaya Ahıska Türkleri Derneği": a person's name opens the run)
    return j if j < k - 1 else k


def _name_word(tok: sx.Token) -> bool:
    """A word of a body's name the data knows, before a list joiner or a comma in it ("Dil, Tarih ve Kültür")."""
    return capital_non_name(tok.text) or known_word(tok.text)


def _after_no_name(toks: list[sx.Token], k: int) -> bool:
    """The capitalised word at k follows one that ends as no name does, its complement in a body's name ("Milli
    Dəyərlərin Təbliği və Qorunması Fondu"): a word of that name, before a list joiner in it."""
    return k >= 1 and is_cap(toks[k].text) and is_cap(toks[k - 1].text) and ends_as_no_name(toks[k - 1].text)


_VERBAL_NOUN = re.compile(f"(?:{lang.alternation(lang.words('roles.verbal_noun_endings'))})$")
_VERBAL_NOUN_LETTERS = 6  # (no given name: "Fatma", "Selma")


def _verbal_noun(tok: sx.Token) -> bool:
    """A capitalised verbal noun of a body's name, before a list joiner in it ("Yaşatma ve Destekleme Derneği")."""
    return is_cap(tok.text) and len(tok.text) >= _VERBAL_NOUN_LETTERS and _VERBAL_NOUN.search(tok.low) is not None


_SECOND_BODY_WORDS = 4  # the capitalised words of a second post's body between the joiner and its head


def second_post_body(toks: list[sx.Token], k: int) -> int:
    """The list joiner before the capitalised words right before the head at k, when a post's head stands before the
    joiner ("TADİV Başkanı ve Avrupa Gençlik Ağı Koordinatörü X": two posts of one person, the words between them the
    second post's body, however unknown, as no name stands between a post and its joiner); k when they are not so."""
    if not is_role_head(toks[k].text):
        return k
    j, words = k, 0
    while j > 0 and words < _SECOND_BODY_WORDS:
        if bracketed_acronym(toks, j):
            j -= 3  # "Azerbaycan Diaspora Gençleri (ADG) Türkiye Koordinatörü": the body's abbreviation in brackets
        elif _body_word(toks[j - 1]):
            j, words = j - 1, words + 1
        else:
            break
    if j == k or j < 2 or toks[j - 1].low not in cue.LIST_JOINERS or not is_role_head(toks[j - 2].text):
        return k
    return j - 1


def _scene_first(toks: list[sx.Token], k: int) -> bool:
    """The sentence's first word, capitalised as every first word is, may set the scene rather than open a body's name
    ("Gecədə Azərbaycan … Muxtariyyətinin sədri", "Sonra Ahıska …"): one that is no place nor a word of the data's
    before one the data knows, or one of the data's words that are no names; two unknown words open a name ("Ahıska
    Türkleri Derneği Başkanı X …"), and so does one alone before the body's noun at k - 1, unless it ends as a place or
    time does ("Yazıçılar Birliyinin katibi X"; not "Gecədə Birliyin sədri X")."""
    if len(toks) < 2 or is_place(toks[0].text) or known_word(toks[0].text):
        return False
    if k == 2 and not capital_non_name(toks[0].text) and not toks[0].low.endswith(_WHERE_ENDINGS):
        return False
    return capital_non_name(toks[0].text) or capital_non_name(toks[1].text) or known_word(toks[1].text)


def _body_word(tok: sx.Token) -> bool:
    """A capitalised word that may be in a body's name: no post's head, scene word or honorific, nor a word with a case
    ending that makes it another's ("Hıyabanı'nı", "Üniversitesi'nden")."""
    low = tok.low
    return is_cap(tok.text) and not (
        is_role_head(tok.text) or low in cue.SCENE or low in HONORIFICS or oblique(tok.text)
    )
