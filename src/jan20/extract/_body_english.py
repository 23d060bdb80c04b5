"""A body's name in English, after the head of a title written before it in the genitive ("Лидер азербайджанской
диаспоры Узбекистана": "Leader of the Azerbaijani Diaspora of Uzbekistan"; "руководитель представительства ГНКАР в
Грузии": "Head of the SOCAR Representative Office in Georgia"), when the data has every word of it.

The data are each language's `[roles.body_english]` (a body's noun in the genitive, a template around the words
before it), `[roles.body_english_words]` (those words), `[roles.body_english_of]` (the people a body is of, after its
noun), `[roles.body_acronyms]` (an abbreviation's English form), `[roles] country_tail` (the words after a
country's adjective that complete its name: "Российской Федерации"), with `[attendees] partner_links` (the word
before a body's partner country: "общества дружбы с Россией", "Society of Friendship with Russia").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jan20.text.fold import lowercase, to_ascii

from .. import lang
from ._countries import country_named
from ._english_heads import LATIN
from ._envoys import HOST_BEFORE, city_named
from ._places import place_nominative


def spelt_table(key: str) -> dict[str, str]:
    """Every language's table at `key`, its keys in lower case and in their other spellings too (`lang.spellings_of`:
    "Dernegi" as "Derneği")."""
    return {
        spelt: value
        for language, table in lang.table(key)
        for k, value in table.items()
        for spelt in lang.spellings_of(language.code, lowercase(k))
    }


_ENGLISH_HEADS = spelt_table("roles.body_english")
_ENGLISH_WORDS = spelt_table("roles.body_english_words")
# The people a body is of, in the genitive after its noun ("Конгресса азербайджанцев": "Congress of Azerbaijanis").
_ENGLISH_OF = spelt_table("roles.body_english_of")
_ACRONYMS = spelt_table("roles.body_acronyms")
_COUNTRY_TAIL = lang.words("roles.country_tail")
_PARTNER_LINKS = lang.words("attendees.partner_links")  # ("с": a body's partner country after it, "… with Russia")
_QUOTED = re.compile(r"[«\"“„]\w[\w-]*(?: [\w-]+)*[»\"”“]")  # (its words joined by `_quote_joined`)
NAMED_AFTER = frozenset(w.rstrip(".") for w in lang.words("names.named_after"))  # ("центра имени X": its namesake)


def _word(word: str) -> str | None:
    """A word of a body's name in English (`[roles.body_english_words]`), a compound's part by part when the data has
    each ("азербайджано-узбекской": "Azerbaijani-Uzbek"); None when it has not."""
    if (english := _ENGLISH_WORDS.get(word)) is not None or "-" not in word:
        return english
    parts = [_ENGLISH_WORDS.get(p) for p in word.split("-")]
    return None if None in parts or "" in parts else "-".join(p for p in parts if p)


def in_english(body: list[str], opening: tuple[str, ...] = ()) -> str | None:
    """A body's name in English when the data has every word of it ("Azerbaycan Dernekleri Federasyonu":
    "Federation of Azerbaijani Associations"; the commas of a list in it kept: "Kafkas Dil, Tarih ve Kültür Derneği":
    "Caucasian Language, History and Culture Association"), its first words as `opening` gives them in English when
    it does (the towns that open it, `named_kind`: "Erzurum Azerbaycan Dernekleri Federasyonu": "Federation of Erzurum
    Azerbaijani Associations"), else None."""
    *words, noun = (lowercase(w) for w in body)
    template = _ENGLISH_HEADS.get(noun)
    listed = [w.endswith(",") and len(w) > 1 for w in words]
    english = [_word(w.removesuffix(",") if comma else w) for w, comma in zip(words, listed, strict=True)]
    english[: len(opening)] = opening[: len(words)]
    if template is None or (not words and len(body) > 1) or None in english:
        return None
    parts = [f"{e}," if comma else e for e, comma in zip(english, listed, strict=True) if e]
    return template.format(" ".join(p for p in parts if p)).strip()


def named_kind(body: list[str]) -> str | None:
    """A body's name with its kind in English, when the data has the English of its noun: every word in English when
    the data has each (`in_english`), the towns or countries the data knows that open it too, in the body's name
    ("Köln Azerbaycan Kültür Derneği": "Cologne Azerbaijani Culture Association", "Erzurum Azerbaycan Dernekleri
    Federasyonu": "Federation of Erzurum Azerbaijani Associations"); else its own name as written before its kind in
    English ("Tələbə Elmi-Yaradıcılıq Cəmiyyətinin": "Tələbə Elmi-Yaradıcılıq Society"); a branch's name after its
    body's, its noun of `[roles.body_branches]`, after the body's it is of ("Türkiye Azerbaycan Derneği Iğdır Şubesi":
    "Igdir Branch of the Turkey Azerbaijani Association"). None when the data has no English for its noun."""
    if not body:
        return None
    if (branch := _BRANCHES.get(lowercase(body[-1]))) is not None:
        owner = next((j for j in range(len(body) - 2, 0, -1) if lowercase(body[j]) in _ENGLISH_HEADS), None)
        place = body[owner + 1 : -1] if owner is not None else []
        if owner is None or not 0 < len(place) <= _BRANCH_PLACE_WORDS or not all(w[:1].isupper() for w in place):
            return None
        of = named_kind(body[: owner + 1])
        return None if of is None else f"{branch.format(' '.join(map(_proper, place)))} of the {of}"
    *words, noun = body
    template = _ENGLISH_HEADS.get(lowercase(noun))
    if template is None:
        return None
    places: list[str] = []  # (the towns and countries that open it: "Kars Kafkas Dil, Tarih ve Kültür Derneği")
    while len(places) < len(words) and (opener := _place(words[len(places)].rstrip(","))) is not None:
        places.append(opener)
    for k in range(len(places) + 1):  # (the data's own words first: "Azerbaycan" is "Azerbaijani", not "Azerbaijan")
        if (english := in_english(body, tuple(places[:k]))) is not None:
            return english
    return template.format(" ".join(words)).strip()


def _proper(word: str) -> str:
    """A town's word of a branch's name, in English where the data knows it ("Iğdır": "Igdir"), else as written."""
    city = city_named(word)
    return word if city is None else city[0]


_BRANCHES = spelt_table("roles.body_branches")
_BRANCH_PLACE_WORDS = 2  # (the words of a branch's town: "Iğdır Şubesi", "Kuzey Kıbrıs Şubesi")


def names_body(title: str) -> bool:
    """Whether a title names a body by a noun the data knows ("диаспоры", "общины")."""
    return any(lowercase(w) in _ENGLISH_HEADS for w in title.split())


def _place(word: str) -> str | None:
    """The country or town a capitalised word names, in English where the data knows it, else in the nominative the
    place list gives it ("Самары": "Samara"); None for any other word."""
    if not word[:1].isupper():
        return None
    if (country := country_named(word)) is not None:
        return country
    if (city := city_named(word)) is not None:
        return city[0]
    nominative = place_nominative(word)
    return None if nominative is None else to_ascii(nominative[:1].upper() + nominative[1:])


def _acronym(word: str) -> str | None:
    """A body's abbreviation ("ГНКАР": "SOCAR"), in English: as the data gives it, else in Latin letters."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return None
    return _ACRONYMS.get(lowercase(word)) or to_ascii(word)


def _country_at_end(words: list[str]) -> tuple[int, str | None]:
    """How many words at the end name the country or town of the body, and its name ("Узбекистана", "Российской
    Федерации")."""
    if len(words) > 2 and lowercase(words[-1]) in _COUNTRY_TAIL and (country := country_named(words[-2])):
        return 2, country
    if len(words) > 1 and (place := _place(words[-1])) is not None:
        return 1, place
    return 0, None


def body_after(head: str, body: list[str]) -> str | None:
    """A head written before the body it heads, in the genitive, with the body's country or town and the place of its
    office ("в Грузии"), when the data can name the body in English; a body of several words in quotation marks right
    after the head is read without them ("глава «Азербайджанского конгресса»": "Head of the Azerbaijani Congress")."""
    if (
        len(body) > 1
        and body[0][:1] in _OPENING
        and body[-1].endswith(_CLOSING)
        and not any(w[:1] in _OPENING for w in body[1:])
    ):
        return body_after(head, [body[0][1:], *body[1:-1], body[-1][:-1]])
    words, host = _quote_joined(body), ""
    named = next((i for i, w in enumerate(words) if i > 1 and lowercase(w).rstrip(".") in NAMED_AFTER), None)
    if named is not None and all(w[:1].isupper() for w in words[named + 1 :]):
        words = words[:named]  # "центра имени Гейдара Алиева": the centre, not its namesake
    if len(words) > 3 and _QUOTED.fullmatch(words[-1]) and in_english(words[:-1]) is None:
        words = words[:-1]  # "Азербайджанского общества Латвии «Азери»": the body its other words name
    if len(words) > 2 and _QUOTED.fullmatch(words[-1]) and country_named(words[-2]) is not None:
        words = [*words[:-2], words[-1], words[-2]]  # "Дома Азербайджана «Достлуг»": "the Dostlug House of Azerbaijan"
    if len(words) > 2 and lowercase(words[-2]) in HOST_BEFORE and words[-1][:1].isupper():
        # "представительства ГНКАР в Грузии": "in Georgia" (a town it cannot name: none); "диаспоры в Азербайджане"
        place = _place(words[-1])
        words, host = words[:-2], "" if place is None else f" in {place}"
    partner = ""
    if len(words) > 2 and lowercase(words[-2]) in _PARTNER_LINKS and (ally := country_named(words[-1])) is not None:
        words, partner = words[:-2], f" with {ally}"  # "общества дружбы с Россией": "… Friendship with Russia"
    n, country = (0, None) if partner else _country_at_end(words)
    words = words[: len(words) - n]
    of_country = f" of {country}" if country is not None else partner
    if len(words) > 1 and _QUOTED.fullmatch(words[-1]) and (english := in_english(words[:-1])) is not None:
        name = words[-1][1:-1]  # "общества «Достлуг»": "the Dostlug Society"; "объединения «X»": "the X Association"
        return f"{head} of the {name if LATIN.search(name) else to_ascii(name)} {english}{of_country}{host}"
    if not words or (len(words) == 1 and words[0].isascii()):
        return None
    chain: list[str] = []  # one body after another ("председатель правления общества": "the Board of the Society")
    start = 0
    for end, word in enumerate(words, 1):
        if lowercase(word) in _ENGLISH_HEADS:
            chain.append(in_english(words[start:end]) or "")
            start = end
        elif chain and chain[-1] and start == end - 1 and (after := _after_noun(word, chain[-1])) is not None:
            chain[-1] = after  # "Конгресса азербайджанцев", "представительства ГНКАР", "компании Азербайджана"
            start = end
        elif chain and chain[-1] and (people := _people(words[start:end])) is not None:  # (a body it could name)
            chain[-1] += f" {people}"  # "Союза азербайджанской молодежи": "Union of Azerbaijani Youth"
            start = end
    if start < len(words) or not all(chain):
        return None
    return f"{head} of the " + " of the ".join(chain) + of_country + host


def _quote_joined(words: list[str]) -> list[str]:
    """The words with a name of several words in quotation marks at their end as one ("центра «Одлар юрду»")."""
    if not words or not words[-1].endswith(("»", "”", '"')):
        return words
    first = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1] in '«“„"'), None)
    if first is None or first == len(words) - 1 or len(words) - first > _QUOTED_WORDS:
        return words
    return [*words[:first], " ".join(words[first:])]


_QUOTED_WORDS = 4  # the words of a body's name in quotation marks
_OPENING, _CLOSING = '«“„"', ("»", "”", '"')  # (a quotation's marks)


def acronym_body(head: str, words: list[str]) -> str | None:
    """A head written before a body given only by its abbreviation, in the English form the data gives it, else as
    written ("председатель ВАК": "Chairman of ВАК"; "руководитель ГНКАР": "Head of SOCAR"), or by two, a branch's and
    the body's it is of ("исполнительный директор НРО ВАК": "Executive Director of НРО ВАК"); None for any other
    words, and for a country's abbreviation ("США"), which is no body."""
    # (and the country it is of after them: "сотрудник МИД Турции", "… of Turkey"; a town is none)
    n, country = _country_at_end(words) if len(words) > 1 else (0, None)
    if n == 1 and country_named(words[-1]) is None:
        n, country = 0, None
    words, of_country = words[: len(words) - n], "" if country is None else f" of {country}"
    if not 0 < len(words) <= _ACRONYMS_IN_ROW:
        return None
    if any(_acronym(w) is None or country_named(w) or city_named(w) for w in words):
        return None
    return f"{head} of " + " ".join(_ACRONYMS.get(lowercase(w)) or w for w in words) + of_country


_ACRONYMS_IN_ROW = 2  # a branch's abbreviation, then its body's


def _people(words: list[str]) -> str | None:
    """The people a body is of, with the words before them ("азербайджанской молодежи": "of Azerbaijani Youth"), when
    the data has each word; None for any other words."""
    *before, last = (lowercase(w) for w in words)
    people = _ENGLISH_OF.get(last)
    english = [_word(w) for w in before]
    if people is None or not before or None in english:
        return None
    of, _, noun = people.partition(" ")
    return f"{of} {' '.join(e for e in english if e)} {noun}"


def _after_noun(word: str, body: str) -> str | None:
    """A body's English name with the word written right after its noun: the people it is of ("Конгресса
    азербайджанцев": "Congress of Azerbaijanis"), the body whose office it is ("представительства ГНКАР": "SOCAR
    Representative Office") or its country or town ("компании Азербайджана": "Company of Azerbaijan")."""
    if (people := _ENGLISH_OF.get(lowercase(word))) is not None:
        return f"{body} {people}"
    if (acronym := _acronym(word)) is not None:
        return f"{acronym.removeprefix('the ')} {body}"  # "представительства ООН": "UN Representative Office"
    place = _place(word)
    return None if place is None else f"{body} of {place}"


# An English post written before the body it is of, named by capitalised words ("editor-in-chief of the Kaspi
# newspaper", "… of the Caspian Review"): the post, "of the", then the body's words, the last one in any case.
_OF_NAMED = re.compile(r"(?P<post>.+?)\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+){1,4}[A-Za-z][\w'’-]*)")


def of_named_body(post: str, role_as_written: str, lookup: Callable[[str], str | None]) -> str | None:
    """A post the data knows (`post`, `lookup` of the words before "of") with the named body written after it, its
    words capitalised ("Editor-in-Chief of the Kaspi Newspaper"); None for a body of common words ("of the
    newspaper") or one the post's words do not open."""
    m = _OF_NAMED.fullmatch(" ".join(role_as_written.split()))
    if m is None or lookup(m["post"]) != post or country_named(m["body"].split()[0]) is not None:
        return None
    return f"{post} of the " + " ".join(w[:1].upper() + w[1:] for w in m["body"].split())
