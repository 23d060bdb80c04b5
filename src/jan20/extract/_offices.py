"""Offices named with their place or body, one way in every language: members of parliament ("Member of
Parliament" for the Milli Majlis, "Member of the Parliament of Georgia", "Bundestaqın deputatı": "Member of the
Parliament of Germany"), mayors and governors ("Kars Belediye Başkanı", "Marneuli bələdiyyəsinin meri": "Mayor
of Kars", "Mayor of Marneuli") and the heads of named bodies ("AXCP sədri", "Председатель Партии Народного
фронта": "Chairman of the Popular Front Party").

The data are the `[roles.members]`, `[roles.parliaments]`, `[roles.mayors]`, `[roles.bodies]`,
`[roles.body_heads]` and `[roles.body_nouns]` tables of each language.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from jan20.text.fold import lowercase, to_ascii

from .. import lang
from ._body_english import acronym_body, body_after, in_english, named_kind, spelt_table
from ._complements import CLOSING_QUOTES, OPENING_QUOTES, quoted_body
from ._countries import country_named
from ._english_heads import LATIN
from ._envoys import HOME, city_named, fold, foreign_country_named, parliament_country, role_words, rows
from ._places import is_place
from ._regions import region_noun_after
from ._title_words import (
    BODY_NOUNS,
    HEAD_LEADS,
    SMALL_WORDS,
    body_noun,
    is_role_head,
    opening_body_noun,
    sub_unit_word,
)

_MEMBERS = rows("roles.members")
_MAYORS = rows("roles.mayors")


def _english_rows(key: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The English file's rows at `key` alone (`rows` merges every language's)."""
    table: dict[str, list[str]] = lang.language("en").get(key) or {}
    return tuple((re.compile("|".join(patterns)), canonical) for canonical, patterns in table.items())


# (an office written in English that names no city is left as written: the title says more)
_ENGLISH_MAYORS = _english_rows("roles.mayors")
# Offices of a district, each with its form that names the district ("Head of the {} District Executive Power"),
# and the words of a district written after its name ("rayon", "RİH", "district").
_DISTRICT_OFFICES: dict[str, str] = dict(lang.language("en").get("roles.district_offices") or {})
_DISTRICT_WORDS = lang.words("roles.district_words")
_BODIES = rows("roles.bodies")
_BODY_HEADS = rows("roles.body_heads")
_ENGLISH_BODY_HEADS = _english_rows("roles.body_heads")
_BODY_GENITIVES = tuple(sorted(lang.words("roles.body_nouns.genitive_endings")))
_WHERE = tuple(lang.words("roles.body_nouns.where_endings"))
_OWNER = re.compile(r"\w+[-‐](?:{})".format("|".join(lang.words("roles.body_nouns.owner_endings"))))
_UNITS_BEFORE = lang.words("roles.body_nouns.units_before")


def _first(table: tuple[tuple[re.Pattern[str], str], ...], folded: str) -> str | None:
    return next((canonical for pattern, canonical in table if pattern.search(folded)), None)


def member_role(role: str) -> str | None:
    """A member of a parliament: the Milli Majlis ("Member of Parliament"), another country's or a named one."""
    folded = fold(role)
    default = _first(_MEMBERS, folded)
    if default is None:
        return None
    words = role_words(role)
    # (a parliament or party named by its own name says whose member, whatever countries a group's name names besides:
    # "TBMM Türkiye-Azerbaycan Dostluk Grubu üyesi milletvekili")
    countries = {c for w in words if (c := parliament_country(w))}
    if len(countries) != 1:
        countries = {c for w in words if (c := parliament_country(w) or country_named(w) or _city_country(w))}
    return member_of(countries.pop() if len(countries) == 1 else default)


def member_of(country: str) -> str:
    """A member of the parliament of `country` (the Milli Majlis's: "Member of Parliament")."""
    return "Member of Parliament" if country == HOME else f"Member of the Parliament of {country}"


def _city_name(word: str) -> str | None:
    city = city_named(word)
    return None if city is None else city[0]


def _city_country(word: str) -> str | None:
    city = city_named(word)
    return None if city is None else city[1]


def mayor_role(role: str, is_title_word: Callable[[str], bool]) -> str | None:
    """ "Mayor of <city>" ("Governor of <city>"), the city as the title writes it (in English when known); with no city
    named, the office alone in a title of another language ("rayon İcra Hakimiyyətinin başçısı", "Vali Yardımcısı"),
    None in English, where the title as written says more ("Governor of the Central Bank")."""
    office = _first(_MAYORS, fold(role))
    if office is None:
        return None
    if office in _DISTRICT_OFFICES:
        district = _district(role, is_title_word)
        return _DISTRICT_OFFICES[office].format(district) if district else office
    written = role_words(role.replace("-", "\u2060"))  # (a place joined by hyphens is one: "Квемо-Картли")
    for i, whole in enumerate(written):
        if region_noun_after(written, i):
            return _of_city(office, "")  # a region the data does not know: "аким Карагандинской области"
        parts = whole.split("\u2060")
        if (city := city_named("-".join(parts)) or next(filter(None, map(city_named, parts)), None)) is not None:
            return _of_city(office, city[0])
        word = " ".join(parts)
        named = whole[:1].isupper() and not any(is_title_word(p) or country_named(p) for p in parts)
        if named:
            return _of_city(office, word if word.isascii() or LATIN.search(word) else to_ascii(word))
    english = role.isascii() and _first(_ENGLISH_MAYORS, fold(role)) is not None
    return None if english else _of_city(office, "")  # ("Vali Yardımcısı", "Valisi"; not "Governor of the Bank")


def _district(role: str, is_title_word: Callable[[str], bool]) -> str | None:
    """The district a title names: the one capitalised word right before a district's word ("Qusar rayon",
    "Ağstafa RİH"), in English when the data knows it, else as written."""
    words = role_words(role)
    for before, word in itertools.pairwise(words):
        if lowercase(word) in _DISTRICT_WORDS and before[:1].isupper() and not before.isupper():
            if (city := city_named(before)) is not None:
                return city[0]
            if is_title_word(before) or country_named(before) or not (LATIN.search(before) or before.isascii()):
                return None
            return before
    return None


def _of_city(office: str, city: str) -> str:
    """The office of a city: "Mayor of Kars", or the city where the office's name puts it ("Member of the {} City
    Council": "Member of the Cologne City Council"); the office alone without a city."""
    if "{}" in office:
        return " ".join(office.format(city).split())
    return f"{office} of {city}" if city else office


def _unit_of_body(role: str, folded: str) -> bool:
    """Whether the title (`folded`, its fold) names a unit after the name of the body of `_BODIES` it names first, so
    that its post is the unit's ("… Komitəsinin şöbə müdiri", "… Komitəsinin Aparatının rəhbəri"), not the body's
    ("Dini Qurumlarla İş üzrə Dövlət Komitəsinin sədrinin müavini")."""
    pattern = next(pattern for pattern, _ in _BODIES if pattern.search(folded))
    words = role.split()
    k = next(k for k in range(1, len(words) + 1) if pattern.search(fold(" ".join(words[:k]))))
    while k < len(words) and words[k][:1].isupper() and not lowercase(words[k]).endswith(_BODY_GENITIVES):
        k += 1  # (the rest of its own name or its kind: "… Party chairman", "Azerbaycan Evi Derneği Başkanı")
    return any(map(sub_unit_word, words[k:]))


def _unit_before_body(role: str, folded: str) -> bool:
    """Whether the title names a unit (`[roles.body_nouns] units_before`) before the name of the body of `_BODIES` it
    names first, so that its post is the unit's ("Head of the Press Service of the State Committee for …")."""
    words = role.split()
    units = [k for k, w in enumerate(words) if lowercase(w.strip(",()")) in _UNITS_BEFORE]
    if not units:
        return False  # (most titles: no need to find where the body's name opens)
    pattern = next(pattern for pattern, _ in _BODIES if pattern.search(folded))
    end = next(k for k in range(1, len(words) + 1) if pattern.search(fold(" ".join(words[:k]))))
    start = next(j for j in range(end - 1, -1, -1) if pattern.search(fold(" ".join(words[j:end]))))
    return units[0] < start


def body_role(role: str) -> str | None:
    """The head of a named body ("Chairman of the Popular Front Party", "Secretary General of TURKPA"), or of a
    body an English title names before the head ("Dostlug Society chairman")."""
    folded = fold(role)
    head = _first(_BODY_HEADS, folded)
    if head is None:
        return None
    if (body := _first(_BODIES, folded)) is not None and _unit_before_body(role, folded):
        return None  # "Head of the Press Service of the State Committee for …": the unit's, as written
    if body is not None and role.isascii() and _named_on(body, folded, role):
        return None  # "head of the Azerbaijan House Culture and Friendship Centre": a longer name, as written
    if body is not None and _unit_of_body(role, folded):
        return head  # a sub-unit's post of a named body: the head alone ("… Komitəsinin Aparatının rəhbəri": "Head")
    if body is not None:  # (the city or country of its branch: "Berlin Azərbaycan Evi")
        city = next((c for w in role_words(role) if (c := _city_name(w) or foreign_country_named(w)) is not None), None)
        where = f" in {city}" if city and city not in body else ""  # (not the one its name holds: "… of Nakhchivan")
        return f"{head} of {body}{_kind_after(body, folded, role)}{where}"
    words = [w for w in role.split() if not _BRACKETED.fullmatch(w)]  # "Cephesi (ITC) Başkanı"
    start = next((i for i, w in enumerate(words) if _first(_BODY_HEADS, fold(w))), None)
    size = 1  # (the head's words: two in "старший преподаватель Бакинской музыкальной академии", its body after them)
    pair = next((i for i in range(len(words) - 1) if _whole_head(fold(" ".join(words[i : i + 2])))), None)
    if pair is not None and (start is None or pair < start):  # (and before a head word: "Fondunun icraçı direktoru")
        start, size = pair, 2
    if start is None:  # a head of two words or more ("İSTAD Genel Sekreteri")
        start = next((i for i in range(len(words)) if _whole_head(fold(" ".join(words[i:])))), 0)
    while start > 0 and words[start - 1][:1].isupper() and _whole_head(fold(" ".join(words[start - 1 : start + size]))):
        start -= 1  # "UFAZ Executive Director": a capitalised head of two words whose second is one too
    before = words[:start]
    rest = words[len(before) :]
    # (an owner's abbreviation in the genitive, or the place the body is at, opens no body's name: "ADMİU-nun Tələbə
    # Elmi Cəmiyyətinin sədri", "Tatarıstandakı Azərbaycan Muxtariyyətinin sədri")
    owned = [i for i, w in enumerate(before[:-1]) if _OWNER.fullmatch(w) or lowercase(w).endswith(_WHERE)]
    before = before[owned[-1] + 1 :] if owned else before
    while before and lowercase(before[-1]) in HEAD_LEADS:  # "Federasyonu Genel Başkanı": the body, then the head
        before = before[:-1]
    alone = fold(" ".join(rest)) == fold(head) or len(rest) == 1 or _whole_head(fold(" ".join(rest)))
    if not before:  # a head alone, written in another language ("Başkanı", "rəhbəri"): in English
        if alone and not lowercase(role).isascii():  # (a circumflex is a variant spelling: "Kâtibi" is "Katibi")
            return head
        # (a body by its abbreviation after the head written whole: "председатель ВАК"; not a title of its own,
        # "член-корреспондент НАНА")
        by_acronym = acronym_body(head, rest[size:]) if _whole_head(fold(" ".join(rest[:size]))) else None
        return by_acronym or body_after(head, rest[size:])
    # (the words before a head its own, its body after it: "генеральный директор центра …")
    own = not alone and not role.isascii() and all(w.islower() for w in before)
    if own and (after := body_after(head, rest[1:])) is not None:
        return after
    if alone and (quoted := quoted_body(head, before)) is not None:
        return quoted  # "“Birlik” cəmiyyətinin sədri": "Chairman of the Birlik Society"
    # a head written in another language after a body with no name of its own, only common words and the town or
    # district it is of ("Binəqədi rayon şöbəsinin sədri"): the head alone, in English (not a country's body:
    # "Gürcüstan parlamentinin sədri")
    common = all(w.islower() or city_named(w) or (is_place(w) and not country_named(w)) for w in before)
    common = common or (len(before) == 1 and opening_body_noun(before[0]))  # ("Teatrın direktoru, … X": the Director)
    bare = head if common and _first(_ENGLISH_BODY_HEADS, folded) is None else None
    if alone and len(before) == 1 and _acronym(before[0]):
        return f"{head} of {to_ascii(before[0])}"  # "TADİV Başkanı": "Chairman of TADIV"
    if alone and len(before) > 1 and _acronym(before[0]) and all(city_named(w) or is_place(w) for w in before[1:]):
        return f"{head} of {to_ascii(before[0])}"  # "KAFKAS-DER Kars İl Başkanı": its town's, as a party's ("MHP Kars")
    if alone and any(lowercase(w) in BODY_NOUNS and lowercase(w).endswith(_BODY_GENITIVES) for w in before[:-1]):
        return head  # a unit of a body named in the genitive ("“20 Yanvar” Cəmiyyətinin Rayon şöbəsinin sədri")
    # (a name in quotation marks opens it as a capitalised word: "“Körpü” Tarixçilər Cəmiyyətinin sədri")
    before = [u for w in before if (u := w.strip(_QUOTE_MARKS))]
    words = [w for w in before if not _SMALL.fullmatch(w)]
    # (its noun may be written in lower case after a name of two capitalised words or more: "Azerbaycan Kültür ve
    # Dayanışma derneği başkanı"; not a people's community, "Azərbaycan icmasının sədri": "Chairman")
    capitals = before[-1][:1].isupper() or len(words) > 2
    named = capitals and len(before) > 1 and all(w[:1].isupper() for w in words[:-1])
    named = named and body_noun(lowercase(before[-1]), lowercase(rest[0]))
    # a body's kind in English, its own name as written where the data cannot read it ("Ahıska Türkleri Derneği
    # Başkanı": "Chairman of the Ahıska Türkleri Association"); a noun with no English keeps the whole as written
    return f"{head} of the {named_kind(before) or ' '.join(_nominative_end(before))}" if named and alone else bare


_BODY_BEFORE_POSTS = frozenset(lang.language("en").get("roles.body_before_posts") or ())


def body_before_post(post: str | None, role: str) -> str | None:
    """A post of `_BODY_BEFORE_POSTS` the table names, with the named body written before it ("Alman-Azerbaycan
    Forumu Yönetim Kurulu Üyesi": "Member of the Board of the German-Azerbaijani Forum"); None when it names none."""
    office = body_role(role) if post in _BODY_BEFORE_POSTS else None
    return office if office is not None and office.startswith(f"{post} of ") else None


def _nominative_end(body: list[str]) -> list[str]:
    """A body's words as written, its last noun in the nominative when the data lists both forms ("Mərkəzinin":
    "Mərkəzi"), so that the name reads as the body's own after "of the"."""
    last = lowercase(body[-1])
    ending = next((e for e in _BODY_GENITIVES if last.endswith(e) and last[: -len(e)] in BODY_NOUNS), None)
    return body if ending is None else [*body[:-1], body[-1][: -len(ending)]]


def _kind_after(body: str, folded: str, role: str) -> str:
    """The kind of body written right after a body the data names, when its name does not say it ("Azerbaycan Evi
    Derneği": " Association"), in English; "" when there is none or the data cannot name it."""
    found = next((m for pattern, canonical in _BODIES if canonical == body and (m := pattern.search(folded))), None)
    words = role.split()
    n = folded[: found.end()].count(" ") + 1 if found is not None else len(words)
    if n >= len(words) or words[n][:1] in OPENING_QUOTES or words[n][:1] == "(":
        return ""
    kind = in_english([words[n]])
    return "" if kind is None or " " in kind or body.endswith(kind) else f" {kind}"


def _named_on(body: str, folded: str, role: str) -> bool:
    """Whether an English title goes on after the name of the body the data knows with capitalised words of a
    longer name ("the Azerbaijan House Culture and Friendship Centre"), not its kind alone nor a place after a link."""
    found = next((m for pattern, canonical in _BODIES if canonical == body and (m := pattern.search(folded))), None)
    words = role.split()
    n = folded[: found.end()].count(" ") + 1 if found is not None else len(words)
    rest = words[n:]  # (not the head written after its body: "TURKPA Secretary General")
    if len(rest) < 2 or not rest[0][:1].isupper() or any(map(is_role_head, rest)):
        return False
    return all(w[:1].isupper() or w in SMALL_WORDS for w in rest)


def named_body_role(role: str) -> str | None:
    """The head of a body the data names ("Vice President of the Heydar Aliyev Foundation"), which wins over the
    head's post alone; None for a title that names no such body."""
    return body_role(role) if _first(_BODIES, fold(role)) is not None else None


_BRACKETED = re.compile(r"\(\w+\)")
_QUOTE_MARKS = "".join(OPENING_QUOTES | CLOSING_QUOTES)
_SMALL = re.compile(lang.alternation(SMALL_WORDS), re.I)


def body_head(word: str) -> str | None:
    """The English of a body's head written alone ("председатель": "Chairman"), or None."""
    return _first(_BODY_HEADS, fold(word)) if _whole_head(fold(word)) else None


def _whole_head(folded: str) -> bool:
    """Whether a head's pattern covers all the words after the body ("Genel Sekreteri": "Secretary General")."""
    return any((m := pattern.match(folded)) is not None and m.end() == len(folded) for pattern, _ in _BODY_HEADS)


def abbreviation_head(role: str) -> str | None:
    """The head of a body named by its abbreviation in the genitive, a hyphen before its case ending, right before
    the head ("AYB-nin katibi": "Secretary of AYB"); None for another title, and for a university's post, which the
    university's data names (`[roles.universities] posts`: "BDU-nun rektoru")."""
    words = role.split()
    if len(words) != 2 or not _OWNER.fullmatch(words[0]) or not _whole_head(fold(words[1])):
        return None
    abbreviation = re.split(r"[-‐]", words[0])[0]
    head = _first(_BODY_HEADS, fold(words[1]))
    if not _acronym(abbreviation) or head is None or head in _UNIVERSITY_POSTS:
        return None
    return f"{head} of {to_ascii(abbreviation)}"


_UNIVERSITY_POSTS = frozenset(lang.language("en").get("roles.universities.posts") or ())


def _acronym(word: str) -> bool:
    """A body's abbreviation ("TADİV", "TURKPA", "KAFKAS-DER"): capitals only, three or more."""
    return len(word) >= 3 and word.isupper() and all(part.isalpha() for part in word.split("-"))


# Titles in the plural (`[attendees] plural_titles`: "Members of the community A and B"), each with the length of the
# head it is the plural of (`[roles] heads`): a title the names after it share is each one's in the singular.
_SINGULAR = {
    p: max([len(h) for h in lang.words("roles.heads") if p.startswith(h) and h != p] or [len(p)])
    for p in lang.words("attendees.plural_titles")
}


_LINKS = lang.words("attendees.apposition_links")  # ("of": a body's name after it keeps its words)

# The singular a plural title's word is read as when cutting it to its head would not give it (`[attendees.singulars]`:
# "müavinləri", the possessive plural, is "müavini").
_SINGULARS = spelt_table("attendees.singulars")


def in_singular(title: str) -> str | None:
    """The title with its plural words of `[attendees.singulars]` in the singular, None when it has none
    ("başçısının müavinləri": "başçısının müavini")."""
    words = title.split()
    if not any(lowercase(w) in _SINGULARS for w in words):
        return None
    return " ".join(_SINGULARS.get(lowercase(w), w) for w in words)


def singular(title: str) -> str:
    """The title with its words in the plural before any link put in the singular ("Members of the Community":
    "Member of the Community"; "Chair of the Students Society" is left whole)."""
    words = title.split()
    link = next((i for i, w in enumerate(words) if w.lower() in _LINKS), len(words))
    return " ".join([w[: _SINGULAR.get(w.lower(), len(w))] for w in words[:link]] + words[link:])
