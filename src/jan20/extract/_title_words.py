"""The vocabulary of titles: the words that are never part of a person's name.

The word sets let the attendee extractor tell a name ("Ogtay Asadov") from the titles, bodies and places written
in capitals around it ("Speaker of the Milli Majlis", "Alley of Martyrs"); `roles` maps a whole title to its
canonical role.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text.fold import lowercase

from .. import lang
from . import _cues as cue
from ._countries import country_named
from ._envoys import city_named
from ._places import is_place


def words(key: str) -> frozenset[str]:
    return lang.words(f"roles.{key}")


# Heads of titles in an oblique case ("посла", "основателя", "архиепископа": `[names] oblique_heads`): a title so
# written names whose post, or whose grave, the name after it is (`_memory`, `_title_before`, `_genitive_runs`).
OBLIQUE_HEADS = lang.words("names.oblique_heads")
# Head nouns of a title: a capitalised word right before a lone surname must be one of these ("President
# Aliyev"), and a role is only kept when it contains one.
ROLE_HEADS = words("heads")
# The small words of a title or a body's name ("of", "the", "və", "ve", "и"): `[roles] small`.
SMALL_WORDS = words("small")
HONORIFICS = words("honorifics")
# Titles written right after a name, as written ("Edward Finch MP").
POST_NOMINALS = words("post_nominals")
# Military and police ranks ("Colonel General", "генерал-полковник"): an office written before them is the role.
RANKS = words("ranks")
# Ranks, degrees and honorifics: a title of these only is no post, and a post in apposition after the name is the
# role ("Professor A, Dean of the Faculty of Languages,").
GRADES = RANKS | frozenset(h.rstrip(".") for h in HONORIFICS) | words("degrees")
# Heads that are an office only when capitalised ("Speaker X"; "the speaker X" spoke at the event): `capitalised_only`.
_CAPITALISED_ONLY = words("capitalised_only")


def lower_case_only_role(role_as_written: str) -> bool:
    """A title that is one of `_CAPITALISED_ONLY` alone, in lower case: who spoke at the event, no office."""
    return role_as_written in _CAPITALISED_ONLY


# Words of an office that its place's name is written right before ("Sarıyer Belediye Başkanı"): one capitalised word
# there is the place, part of the title.
OFFICE_PLACES = words("office_places")
# Words that may sit inside a title before the head noun or its "of ..." complement.
ROLE_MODIFIERS = words("modifiers")
# The nouns of bodies whose own name stands before them ("Ahıska Türkleri Derneği": `[roles.body_nouns] nouns`).
BODY_NOUNS = words("body_nouns.nouns")
# ... and the nouns of a body's branch written as a compound, a body's noun only before a chairman's head
# ("ASİMDER Ankara Şube Başkanı"; not a rank of its own, "Milli Eğitim Şube Müdürü": `[roles.body_nouns] branch_nouns`).
_BRANCH_NOUNS = words("body_nouns.branch_nouns")
_BRANCH_HEADS = words("body_nouns.branch_heads")


def body_noun(noun: str, head: str) -> bool:
    """The lower-case word `noun` ends a body's name before the head of a post `head` (lower case): one of
    `BODY_NOUNS`, or a branch's noun before a chairman's head."""
    return noun in BODY_NOUNS or (noun in _BRANCH_NOUNS and head in _BRANCH_HEADS)


# Words that open a post's head after a body's name ("Federasyonu Genel Başkanı": `[roles] head_leads`).
HEAD_LEADS = words("head_leads")
# Capitalised words that are bodies, places, dates or ordinary words, never part of a personal name.
# (with the words of bodies' names the data can put in English: "Dayanışma", "Dernekleri")
_LONG_BODY_WORD = 6
_BODY_KEYS = ("roles.body_english_words", "roles.body_english", "roles.body_english_of")
# (a long one in its plain spelling too, as the word lists are read: "Dovlet" for "Dövlət" on a page typed without
# accents; a short one's is most often a name, "Turk", "Basin")
_BODY_WORDS = frozenset(
    spelling
    for key in _BODY_KEYS
    for code, table in lang.table(key)
    for w in table
    for spelling in (lang.spellings_of(code.code, w.lower()) if len(w) >= _LONG_BODY_WORD else (w.lower(),))
)
# Words of the bodies the data can name in English, but for the small words joining them: they may be in a title
# written in lower case ("председатель правления", "лидер азербайджанской диаспоры").
BODY_TITLE_WORDS = _BODY_WORDS - SMALL_WORDS
NON_NAME_WORDS = words("non_name") | ROLE_HEADS | ROLE_MODIFIERS | HONORIFICS | RANKS | _BODY_WORDS
# The words whose plural in -s is no name either ("Commissions"), of the languages that form it so (`[language]
# plural_with_s`): not another language's word so ended by chance (the Turkish "hal": "Pieter Hals").
_PLURAL_STEMS = _BODY_WORDS | frozenset(
    w
    for language in lang.languages()
    if language.get("language.plural_with_s")
    for key in ("non_name", "heads", "modifiers", "honorifics", "ranks")
    for w in lang.words_of(language.code, f"roles.{key}")
)
# Word endings that (almost) never end a personal name ("Associations", "Religious").
_NON_NAME_ENDING = lang.pattern("roles.non_name_endings", "(?:{})$", 0)
# Bodies in any case form ("Administrasiyasının", "министерства", "фронта").
_BODY_STEMS = lang.pattern("roles.body_stems", r"(?:{})\w*$", 0)
# Words that open a sentence with a capital but are no names ("Утром Ильхам Алиев прибыл").
SENTENCE_OPENERS = words("sentence_openers")
# The nouns of geographic names, in any case form (`[names] place_heads`: "Hazar Denizi", "Kür Çayı", "Caspian Sea").
_PLACE_HEADS = lang.pattern("names.place_heads", "(?:{})$", 0)


def opening_body_noun(word: str) -> bool:
    """A body's common noun capitalised as a sentence's first word ("Teatrın", "Universitetin": `[roles]
    body_stems`), no name of its own."""
    return word[:1].isupper() and word[1:].islower() and _BODY_STEMS.match(lowercase(word)) is not None


def sub_unit_word(word: str) -> bool:
    """A word of a body's noun in any case (`[roles] body_stems`: "şöbə", "Aparatının", "отдела") that is no post's
    head: after a named body, the unit of that body a post is of."""
    return _BODY_STEMS.match(lowercase(word)) is not None and not is_role_head(word)


# (compiled once: `re.sub` with a pattern's text looks it up in `re`'s cache at each call, and these are asked of
# every word a name walk meets that the caches below have not seen: 14,800 lookups on 200 KB of cue-dense text)
_POSSESSIVE_OR_STOP = re.compile(r"(?:['’`]s?|\.)$")
_POSSESSIVE_S = re.compile(r"['’`]s$")
_POSSESSIVE = re.compile(r"['’`]s?$")
_HYPHENS = re.compile(r"[-‐]")


@lru_cache(maxsize=16384)  # (asked of every capitalised word near a cue: the same words, again and again)
def is_non_name_word(word: str) -> bool:
    """True when a capitalised word is a title, body, place, date or ordinary English word."""
    lowered = lowercase(word)  # ("XİN": the dot of İ dropped; "Hâkim" is "hakim")
    low = _POSSESSIVE_OR_STOP.sub("", lowered)
    if low in NON_NAME_WORDS or lowered in NON_NAME_WORDS or low in SENTENCE_OPENERS or low in _MENDED:
        return True
    if _BODY_STEMS.match(low) or _PLACE_HEADS.match(low):
        return True
    parts = [p for p in _HYPHENS.split(low) if p]  # (not a case ending after a hyphen: "Əliyev-in", "Bakı-nın")
    ending = len(parts) > 1 and len(parts[-1]) <= 3 and word[:1].isupper() and word[-len(parts[-1]) :].islower()
    if len(parts) > 1 and any(p in NON_NAME_WORDS for p in (parts[:-1] if ending else parts)):
        return True
    if low.endswith("s") and len(low) > 3 and low[:-1] in _PLURAL_STEMS:  # (a plural; "Wes" is no "we")
        return True
    bare = _POSSESSIVE_S.sub("", word)  # "Chile's"
    named = is_place(bare) or country_named(bare) is not None or city_named(bare) is not None
    return bool(_NON_NAME_ENDING.search(low)) or named


def ends_as_no_name(word: str) -> bool:
    """The word ends as no personal name does (`[roles] non_name_endings`: "Dəyərlərin", "Qorunması")."""
    return _NON_NAME_ENDING.search(lowercase(word)) is not None


# The endings of a language's words in the genitive, and of its verbs in the past that share them
# (`roles.genitive_endings`, `roles.verb_endings`).
_GENITIVE = tuple(words("genitive_endings"))
_VERB = tuple(words("verb_endings"))


def in_genitive(word: str) -> bool:
    """A word in lower case with an ending of the genitive, and not of a verb ("организации", not "присутствовали"); a
    compound's parts joined by hyphens ("азербайджано-узбекской")."""
    letters = word.replace("-", "")
    ending = word.endswith(_GENITIVE) and not word.endswith(_VERB)
    return len(word) > 3 and letters.isalpha() and word.islower() and ending


_FIELD_WORDS = 2  # the words of one field of a unit's name ("новейшей истории")


def fields_go_on(after_comma: list[str]) -> bool:
    """The words after a comma go on a list of a unit's fields in the genitive, in lower case, closed by a list joiner
    and one more field ("директор Института истории, философии и права X", "кафедрой истории, археологии и
    этнографии"): the comma is one of the title's, not the end of an apposition."""
    i = 0
    while i < len(after_comma):
        n = next((n for n in range(_FIELD_WORDS, 0, -1) if all(map(in_genitive, after_comma[i : i + n]))), 0)
        if not n or i + n + 1 >= len(after_comma):
            return False
        i += n
        if after_comma[i] != ",":
            return after_comma[i].lower() in cue.LIST_JOINERS and in_genitive(after_comma[i + 1])
        i += 1
    return False


def no_city(word: str) -> bool:
    """A word of a title or body, not the city an office is of ("Belediye", "Central", not "Kars")."""
    return is_non_name_word(word) and not is_place(word)


# A long head written with one letter dropped inside it ("Büyükelçsi": "büyükelçisi"), as pages mistype them: read as
# the head. Only heads of `_MENDED_LENGTH` letters or more, never the first or last letter, and never a form that is a
# word of the data itself (no real word is taken for a slip).
_MENDED_LENGTH = 10
_MENDED = {
    head[:i] + head[i + 1 :]: head
    for head in sorted(ROLE_HEADS)
    if len(head) >= _MENDED_LENGTH and head.isalpha()
    for i in range(1, len(head) - 1)
}
_MENDED = {slip: head for slip, head in _MENDED.items() if slip not in NON_NAME_WORDS and slip not in SENTENCE_OPENERS}


def mended_head(word: str) -> str | None:
    """The long head a word is with one letter dropped inside it ("Büyükelçsi": "büyükelçisi"), or None."""
    return _MENDED.get(lowercase(word))


# A slash that joins two posts of one person (`roles.post_joiners`: "Kars Valisi/Belediye Başkan Vekili X").
POST_SLASHES = frozenset(w for w in lang.words("roles.post_joiners") if w == "/")


def _slash_apart(word: str) -> str:
    """A word of two posts glued at a slash set apart ("Valisi/Belediye": "Valisi / Belediye") when the slash joins
    posts in the language and a head is before it."""
    left, slash, right = word.partition("/")
    return f"{left} / {right}" if slash in POST_SLASHES and left and right and is_role_head(left) else word


_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_]) -(?=[^\W\d_])")


def mend_title(title: str) -> str:
    """A title with each long head written with one letter dropped put right ("Ankara Büyükelçsi": "Ankara
    Büyükelçisi"), its capital kept, and two posts glued at a slash set apart."""
    title = _SPACED_HYPHEN.sub("-", title)  # ("Secretary -General": "Secretary-General")
    words = " ".join(map(_slash_apart, title.split(" "))).split(" ")
    mended = [(m[:1].upper() + m[1:] if w[:1].isupper() else m) if (m := mended_head(w)) else w for w in words]
    return " ".join(mended)


@lru_cache(maxsize=16384)
def is_role_head(word: str) -> bool:
    low = _POSSESSIVE.sub("", lowercase(word))
    return low in ROLE_HEADS or any(p in ROLE_HEADS for p in low.split("-")) or low in _MENDED


def title_word(word: str, index: int, small: frozenset[str]) -> str:
    """The word at `index` of a role, title-cased: capitalised, and so each part of a hyphenated word
    ("vice-president": "Vice-President", "co-founder": "Co-Founder"), but for the small words kept as written after
    the first ("Editor-in-Chief")."""
    if index and word.lower() in small:
        return word
    parts = word.split("-")
    return "-".join(p if (k and p.lower() in small) else p[:1].upper() + p[1:] for k, p in enumerate(parts))
