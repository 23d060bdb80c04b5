"""Where a capitalised run stops being a person's name: a body's head noun after it, the namesake after "им.",
places closing it in a verb-final sentence, a clitic glued to the surname, a place opening it after a post's "of",
an initial's full stop inside it (`_names` reads runs with these)."""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._envoys import city_named
from ._places import is_place
from ._possessive import POSSESSIVE_END
from ._title_words import is_non_name_word, is_role_head

# A body's head noun in lower case after its capitalised name ("Ümumi Tarix kafedrasının"), and the words after
# which a name is the one a body is named after ("центр им. Гейдара Алиева"): `[names]` of the language data.
_BODY_HEAD = lang.pattern("names.body_heads", "(?:{})$", 0)
# ... and in capitals, with the nouns of the halls an event is held in (`named_halls`: "Xətai Gimnaziyasında").
_NAMED_BODY = re.compile(
    "(?:{})$".format("|".join(lang.alternatives("names.body_heads") + lang.alternatives("names.named_halls")))
)
_NAMED_AFTER = lang.words("names.named_after")
# A body's noun as a page misspells it, in its case ("Aqrar Universitində", "Memarlıq İnstututunda"): the shape of a
# possessive and a locative or ablative after it (`[names] cased_body_nouns`), read where no given name the data knows
# (`[names] given_names`) nor a surname stands before it in the run.
_CASED_BODY = lang.pattern("names.cased_body_nouns", "(?:{})$", 0)
_GIVEN = lang.words("names.given_names")
# The noun of a place after its capitalised name, in lower case ("Xətai parkında", "Hocalı parkı"), and those in the
# plural that a list of names shares ("Böyük Kəsik və Qaçaq qəbiristanlıqlarında"): `[names] place_heads`.
_PLACE_HEAD = lang.pattern("names.place_heads", "(?:{})$", 0)
_PLURAL_PLACE_HEAD = lang.pattern("names.plural_place_heads", "(?:{})$", 0)
_NAMED_AFTER_WORDS = 2  # the named-after name's words: a given name and a surname


def body_head(toks: list[sx.Token], j: int) -> bool:
    """The run before j is a body's name: the head noun after it, in lower case ("Ümumi Tarix kafedrasının")."""
    return j < len(toks) and toks[j].text.islower() and _BODY_HEAD.match(toks[j].text) is not None


def place_after(toks: list[sx.Token], i: int, j: int) -> bool:
    """The run i..j is a place's name: the noun of a place after it, in lower case ("Xətai parkındakı abidə"), or one
    in the plural after a list of such names joined by a list joiner ("Böyük Kəsik və Qaçaq qəbiristanlıqlarındakı").
    A place's name is of two words at most, none a title's (a longer run holds a person before the place: "başçısı
    Rauf Həsənov Böyük Kəsik qəbiristanlığında")."""
    if j - i > _PLACE_WORDS:
        return False
    k = j
    while k + 1 < len(toks) and toks[k].low in cue.LIST_JOINERS and is_cap(toks[k + 1].text):
        start = k = k + 1
        while k < len(toks) and is_cap(toks[k].text) and not is_role_head(toks[k].text):
            k += 1  # the next name of the list
        if k == start or k - start > _PLACE_WORDS:
            return False
    if k >= len(toks) or not toks[k].text.islower():
        return False
    return (_PLURAL_PLACE_HEAD if k > j else _PLACE_HEAD).match(toks[k].text) is not None


def body_noun(tok: sx.Token) -> bool:
    """A body's head noun in the genitive, capitalised as a body's name is ("Фонда", "Центра"): a name after it is the
    one the body is named after ("представители Фонда Гейдара Алиева"; not "глава делегации союза X")."""
    return tok.text[:1].isupper() and _BODY_HEAD.match(tok.low) is not None


def body_end(toks: list[sx.Token], i: int, j: int) -> bool:
    """The run i..j is a body's name: it ends in the head noun, capitalised ("Iğdır Ticaret Borsası", "İnkılap
    Tarihi Bölümü"), a word that leaves the title written before a person's name as it was; or in a word of a body's
    noun's shape in its case, misspelt, after words of no person's name ("Aqrar Universitində": `_misspelt_body`)."""
    if j - i < 2:
        return False
    last = toks[j - 1].low.replace("i\u0307", "i")
    return _NAMED_BODY.match(last) is not None or _misspelt_body(toks, i, j)


def _misspelt_body(toks: list[sx.Token], i: int, j: int) -> bool:
    """The run i..j ends in a word of a body's noun's shape with its possessive and case (`_CASED_BODY`), no place,
    and none of the words before it is a given name or ends as a surname does (a person's name is never in the
    locative of a possessive: "Aqrar Universitində" is a misspelt "Universitetində", not a person)."""
    last = toks[j - 1]
    if _CASED_BODY.match(last.low.replace("i\u0307", "i")) is None or is_place(last.text):
        return False
    return not any(toks[k].low in _GIVEN or toks[k].low.endswith(_SURNAMES) for k in range(i, j - 1))


def after_named_after(toks: list[sx.Token], i: int, j: int) -> int:
    """The start of the run i..j without the name a body is named after, when the run opens right after "им."
    ("Культурный центр им. Гейдара Алиева Самир Аббасов": the person is the one after it), or after a body's noun
    (`after_namesake`)."""
    k = i - 1 if i > 0 and toks[i - 1].text == "." else i
    if k > 0 and toks[k - 1].low in _NAMED_AFTER:
        return min(i + _NAMED_AFTER_WORDS, j)
    return after_namesake(toks, i, j)


# Nouns of bodies and places that may bear someone's name right after them, in every case form (`[names]
# namesake_nouns`: "Фонд Гейдара Алиева", "мечеть Тезепир"); the namesake is never a person present.
_NAMESAKE_NOUNS = lang.words("names.namesake_nouns")
_PERSON_WORDS = 2  # a person after a body's name: a given name and a surname
# The people bodies are named after so often that, after a body's capitalised noun, they are its namesake, whatever
# the words before (`[names] remembered_namesakes`: "сотрудники Центра Гейдара Алиева", not its staff member).
_REMEMBERED_NAMESAKE = lang.pattern("names.remembered_namesakes", "(?:{})$")
_PLACE_WORDS = 2  # the words of a place's name before the noun of the place ("Böyük Kəsik qəbiristanlığı")


def _namesake_noun(tok: sx.Token) -> bool:
    return tok.low in _NAMESAKE_NOUNS


def after_namesake(toks: list[sx.Token], i: int, j: int) -> int:
    """The start of the person in the run i..j that a body's noun opens, or follows: the body's name comes first, the
    person is the last two words ("Фонда Гейдара Алиева Рашад Мамедов", "мечети Тезепир Ильгар Ибрагимоглу"); a
    run that is only the namesake after a capitalised noun whose name is always one's (`remembered_next`) holds no
    one (j): "Фонд Гейдара Алиева"; not "волонтеры Центра A и B", its people."""
    if (past := _remembered_namesake(toks, i, j)) is not None:
        return past  # (and the person after it: "Сотрудники Центра Гейдара Алиева A и B", the run opening the sentence)
    opened = _namesake_noun(toks[i]) and toks[i].text[:1].isupper()
    start = i + 1 if opened else i
    if not opened and not (i > 0 and _namesake_noun(toks[i - 1])):
        return i
    end = j - 1 if j - start > _PERSON_WORDS and toks[j - 1].low in cue.TRAILING_PARTICLES else j
    if end - start > _PERSON_WORDS:
        return end - _PERSON_WORDS
    # (nor does one with a place and a person after it: "директор Центра Гейдара Алиева в Анкаре X")
    placed = j + 2 < len(toks) and toks[j].low in cue.PLACE_BEFORE and is_cap(toks[j + 1].text)
    placed = placed and is_cap(toks[j + 2].text)
    return j if opened and (placed or cue.REMEMBERED_NEXT.search(toks[i].text + " ")) else i


def _remembered_namesake(toks: list[sx.Token], i: int, j: int) -> int | None:
    """Where the person after a body's capitalised noun and one of `[names] remembered_namesakes` after it, its
    namesake, starts in the run i..j ("Сотрудники Центра Гейдара Алиева", the run opening the sentence: j, no one;
    "Сотрудники Центра Гейдара Алиева Али Гасанов": Али); None when the run holds no such namesake."""
    for k in range(i, j - _PERSON_WORDS):
        past = k + 1 + _PERSON_WORDS
        words = " ".join(t.text for t in toks[k + 1 : past])
        if _namesake_noun(toks[k]) and toks[k].text[:1].isupper() and _REMEMBERED_NAMESAKE.match(words) is not None:
            return past
    return None


def namesake_before(toks: list[sx.Token], k: int) -> int:
    """The noun of the body whose name (and place: "в России") stands right before k, in a title before a person
    ("глава представительства Фонда Гейдара Алиева в России X"): the title goes on before it; k when there is none."""
    if k >= len(toks) or not (is_cap(toks[k].text) or toks[k].text == ","):
        return k  # (right before the person's name, or the comma of the degrees before it: not "волонтеры центра A и
        # B"; "старший преподаватель академии имени Узеира Гаджибекова, кандидат искусствоведения X")
    m = k - 2 if k >= 2 and is_cap(toks[k - 1].text) and toks[k - 2].low in cue.PLACE_BEFORE else k
    for n in range(m - 1, max(m - 2 - _NAMED_AFTER_WORDS, 0) - 1, -1):  # (one more: a shortened word's stop)
        if _namesake_noun(toks[n]):
            return n if n < m - 1 else k
        if toks[n].low in _NAMED_AFTER and 0 < n < m - 1:
            return n - 1  # "директор центра имени Гейдара Алиева X": the body's noun before the word that names it
        if toks[n].text == "." and n > 1 and toks[n - 1].low in _NAMED_AFTER:
            continue  # the full stop of the word shortened: "Музея им. Низами X"
        if not (is_cap(toks[n].text) or sx.dotted_capitals(toks[n].text)):
            break  # (the namesake's initials: "библиотеки им. М.Ф. Ахундова X")
    return k


# Nouns of bodies written after the name they bear (`[names] namesake_last_nouns`: "Heydar Aliyev Foundation"), and
# the words between them (`namesake_links`: "Heydər Əliyev adına Sarayın").
_NAMESAKE_LAST = lang.words("names.namesake_last_nouns")
_NAMESAKE_LINKS = lang.words("names.namesake_links")


def namesake_first_before(toks: list[sx.Token], k: int) -> int:
    """The first word of the name a body bears when its noun, written after it, stands right before k in a title
    before a person ("the Heydar Aliyev Foundation's representative X"), or the place of its branch after it ("Heydər
    Əliyev Fondunun Rusiyadakı nümayəndəsi X"): the title goes on before it; k otherwise."""
    noun = k - 2 if k >= 2 and is_cap(toks[k - 1].text) and is_place(toks[k - 1].text) else k - 1
    low = POSSESSIVE_END.sub("", toks[noun].low) if k >= 1 else ""  # ("Foundation's")
    if noun < _NAMED_AFTER_WORDS or not is_cap(toks[noun].text) or low not in _NAMESAKE_LAST:
        return k
    first = noun - _NAMED_AFTER_WORDS - (toks[noun - 1].low in _NAMESAKE_LINKS)
    return first if all(is_cap(t.text) for t in toks[first : first + _NAMED_AFTER_WORDS]) else k


def without_trailing_places(toks: list[sx.Token], i: int, j: int) -> int:
    """The end of the run i..j without the places that close it, when a name stands before them: in a verb-final
    sentence the name may run straight into a place ("səfiri Vilayət Quliyev Azərbaycan xalqının ..."), which is
    not the name's last word; a city a diplomat serves in is a place too: "səfir X Berlində keçirilən ..."). A run
    that is all places and titles is left as it is."""
    end = j
    while end > i and (
        is_place(toks[end - 1].text) or city_named(toks[end - 1].text) is not None or _region(toks[end - 1])
    ):
        end -= 1
    if end == j:
        return j  # no place closes the run (most runs): its names need not be counted
    names = sum(1 for k in range(i, end) if not is_non_name_word(toks[k].text))
    return end if names >= 2 and not is_non_name_word(toks[end - 1].text) else j


# The endings of a body's noun where one was or whence one came (`[names] body_where_endings`), and of surnames
# (`[names] clitic_hosts`).
_BODY_WHERE = tuple(lang.words("names.body_where_endings"))
_SURNAMES = tuple(lang.words("names.clitic_hosts"))


def before_body_where(toks: list[sx.Token], i: int, j: int) -> int:
    """The end of the run i..j before the body whose name closes it, its noun in the locative or ablative, when a
    name with a surname's ending opens the run and a word of the body's own name stands between ("Fuad Rüstəmov Bakı
    Dövlət Universitetində çıxış edib", "… Xəzər Universitetində": where he spoke, no part of his name; not "Heydər
    Əliyev Mərkəzində", a body named after one); the body's name may go on after a list joiner ("… Memarlıq və İnşaat
    Universitetində"); j otherwise."""
    if j - i > 2 and cased_abbreviation(toks[j - 1].text):
        return j - 1  # (a body's abbreviation with its case ending after a hyphen: "Leyla Sultanova BSU-da")
    noun = j - 1
    if j < len(toks) and toks[j].low in cue.LIST_JOINERS:  # ("Azərbaycan Memarlıq və İnşaat Universitetində")
        ahead = min(j + 1 + _JOINED_WORDS, len(toks))
        noun = next((m for m in range(j + 1, ahead) if not is_cap(toks[m].text)), ahead)
        noun = noun - 1 if noun > j + 1 else j - 1
    last = toks[noun].low
    named = _NAMED_BODY.match(last.replace("i\u0307", "i")) or _CASED_BODY.match(last.replace("i\u0307", "i"))
    if noun - i < 3 or not last.endswith(_BODY_WHERE) or named is None:
        return j
    for k in range(i + 1, min(j, noun - 1)):
        if is_non_name_word(toks[k].text) or not is_cap(toks[k].text):
            return j
        if toks[k].low.endswith(_SURNAMES):
            return k + 1
    return j


_JOINED_WORDS = 3  # the capitalised words of a body's name after a list joiner, its noun the last


def two_names(toks: list[sx.Token], first: int, j: int) -> bool:
    """The four words first..j are two people's names run together, a comma or "və" left out ("Səyyarə Məmmədli
    Tərlanə Əliyeva"): the second and the fourth end as surnames do (`[names] clitic_hosts`), the first and the third
    do not."""
    words = [t.low for t in toks[first:j]]
    if len(words) != 4 or not all(is_cap(t.text) for t in toks[first:j]):  # (two names of two words)
        return False
    return all(w.endswith(_SURNAMES) == (k % 2 == 1) for k, w in enumerate(words))


def cased_abbreviation(word: str) -> bool:
    """A body's abbreviation in capitals with a case ending written after a hyphen ("BSU-da", "UNEC-də", "ADU-nun"):
    no word of a name (a Turkish surname in capitals takes its ending after an apostrophe, "KAYA'nın")."""
    stem, _, ending = word.rpartition("-")
    return len(stem) >= 2 and stem.isalpha() and stem.isupper() and ending.isalpha() and ending.islower()


def _region(tok: sx.Token) -> bool:
    """A region's name of places and words of no name joined by hyphens ("Dağlıq-Şirvan", "Şərq-Qərb"): never a double
    surname, each part of which is a name ("Rasi-zade")."""
    parts = tok.text.split("-")
    return len(parts) > 1 and all(p and is_non_name_word(p) for p in parts)


# Surname endings of a name in another case than the nominative, and of the nominative (`[names] oblique`; "sure":
# an ending no nominative has).
OBLIQUE_ROWS = [row for _, rows in lang.table("names.oblique") for row in rows]
OBLIQUE_ENDINGS = tuple(row["ending"] for row in OBLIQUE_ROWS)
_SURNAME_ENDINGS = OBLIQUE_ENDINGS + tuple(row["nominative"] for row in OBLIQUE_ROWS)
_TWO_NAMES = 4  # a run of two names of two words each


def after_oblique_name(toks: list[sx.Token], i: int, j: int) -> int:
    """The start of the run i..j without a name in another case that opens it, when the run is two names of two
    words ("сестра шехида Эльмара Гасанова Айгюн Гасанова": the shehid's name in the genitive, then the sister's):
    the person is the second; after a word of the dead, a given name alone after it names no one in full ("вдова
    шехида Махира Гасанова Севда ханум", "сын погибшего X Y Тогрул": the run is left out)."""
    if (
        j - i == _TWO_NAMES - 1
        and OBLIQUE_ENDINGS
        and toks[i + 1].low.endswith(OBLIQUE_ENDINGS)
        and _after_dead(toks, i)
    ):
        return j
    if j - i != _TWO_NAMES or not OBLIQUE_ENDINGS:
        return i
    first, second = toks[i + 1].low, toks[i + 3].low
    return i + 2 if first.endswith(OBLIQUE_ENDINGS) and second.endswith(_SURNAME_ENDINGS) else i


_DEAD = lang.words("attendees.memorial_dead")  # ("шехида", "погибшего")
_DEAD_REACH = 4  # the words between a word of the dead and the name (its date: "погибшего 20 января")


def _after_dead(toks: list[sx.Token], i: int) -> bool:
    """A word of the dead stands before the run at i, with only a date's words between ("погибшего в 1990 году")."""
    for k in range(i - 1, max(-1, i - 1 - _DEAD_REACH), -1):
        if toks[k].low in _DEAD:
            return True
        if not (toks[k].text.isdigit() or toks[k].low in cue.RUN_BREAK or toks[k].text.islower()):
            return False
    return False


_CLITIC_HOSTS = tuple(sorted(lang.words("names.clitic_hosts")))
# A clitic written "sa:ov,lı" is cut only after those surname endings (its vowel agrees with theirs), else after any.
_CLITICS = tuple(
    (clitic, tuple(hosts.split(",")) if hosts else _CLITIC_HOSTS)
    for clitic, _, hosts in sorted(w.partition(":") for w in lang.words("names.glued_clitics"))
)


# (a topic particle, and a copula in the past, "… ve Dr. C Tan'dı": the speakers were …; neither a case ending)
_TOPIC_ENDINGS = re.compile(
    r"['’`](?:" + lang.alternation(lang.words("names.topic_endings") | lang.words("names.copula_endings")) + r")$"
)


def topic_ending(word: str) -> int:
    """The length of the topic particle or copula written after a name's apostrophe ("Demir'se": "Demir ise";
    "Tan'dı": "Tan idi"), 0 for none."""
    m = _TOPIC_ENDINGS.search(word.lower())
    return len(m.group()) if m else 0


# The endings of a surname the particle is cut after, and those of any language's surnames (`[names]
# surname_endings`): a word so ended before one the particle may follow is the name's last ("Memmedov Rostov'da").
PARTICLE_HOSTS = tuple(
    sorted({h for clitic, hosts in _CLITICS if clitic[0] in "'’" for h in hosts} | set(cue.SURNAME_ENDINGS))
)


def apostrophe_particle(word: str) -> bool:
    """The particle "da" written after a surname's apostrophe where a case ending goes ("Muradov'da"): `glued_clitic`
    finds one there."""
    n = glued_clitic(word)
    return n > 0 and word[-n] in "'’`"


@lru_cache(maxsize=16384)
def glued_clitic(word: str) -> int:
    """The length of a clitic written glued to a surname ("Məmmədovisə": "Məmmədov isə"), or after its apostrophe
    (`topic_ending`; the particle "da" where a case ending goes, "Muradov'da": not after a place's name, "Rostov'da"),
    0 when there is none."""
    if topic := topic_ending(word):
        return topic
    low = word.lower().replace("`", "'")
    for clitic, hosts in _CLITICS:
        stem = low[: -len(clitic)]
        if low.endswith(clitic) and len(stem) > 3 and stem.endswith(hosts):
            return 0 if clitic[0] in "'’" and (is_place(word) or city_named(word)) else len(clitic)
    return 0


# Asked of every token of every sentence the attendee walk reads, several times each (205,000 calls on 1 MB of
# cue-dense text): a cached answer is a dictionary lookup instead of a generator over the word's letters.
@lru_cache(maxsize=65536)
def is_cap(word: str) -> bool:
    """Capitalised as a name is: a capital, then lower case somewhere ("Aliyev", "McDonald", not "NATO")."""
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def name_cap(word: str) -> bool:
    """Capitalised as a name is (`is_cap`) and no title's, body's, place's or common word (`is_non_name_word`): a word
    that may be a name's."""
    return is_cap(word) and not is_non_name_word(word)


def initial_at(toks: list[sx.Token], i: int) -> bool:
    """The word at i is an initial of a name: a capital (or two letters) and a full stop, then a capitalised word or
    another initial ("Dr. A. Aliyev", "Sh. Mammadov", "A. A. Huseynov"); or initials written as one token, each with
    its full stop, before a capitalised word that is no title's or place's ("В.В. Петров", "İ.H. Əliyev"; not "M.P.
    Elvin", "U.S. Ambassador")."""
    word = toks[i].text
    if "." in word and sx.dotted_capitals(word):  # ("A.B.", "В.В."; the pattern asked only of a word with a stop)
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        return name_cap(after) and not is_role_head(word) and not is_non_name_word(word)
    if not (len(word) <= 2 and word.isalpha() and word[0].isupper() and word[1:] == word[1:].lower()):
        return False
    if not (i + 2 < len(toks) and toks[i + 1].text == "."):
        return False
    return is_cap(toks[i + 2].text) or initial_at(toks, i + 2)


def initial_stop(toks: list[sx.Token], j: int) -> bool:
    """The full stop at j ends an initial of a name."""
    return toks[j].text == "." and j > 0 and initial_at(toks, j - 1)
