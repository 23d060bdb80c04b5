"""Diplomats' roles, written one way in every language: the post, the country that sends them and where they serve.

"Turkish Ambassador", "Посол Турции" and "Türkiyənin Azərbaycandakı səfiri" are each "Ambassador of Turkey" (a post
in Azerbaijan names no host); "посол Азербайджана в Украине", "Azərbaycanın Gürcüstandakı səfiri" and
"Azerbaycan'ın Ankara Büyükelçisi" are "Ambassador of Azerbaijan to Ukraine / to Georgia / to Turkey"; a consul's
city is kept ("Consul General of Azerbaijan in Istanbul"). The posts are the `[roles.envoys]` tables, the cities
`[roles.cities]` (with their countries in the English file's `[roles.city_countries]`), the words that put a
place as the post's `host_before` ("to", "в") and `host_endings` (locatives: "-dakı", "'deki").

This module reads a title alone; a bare post completed from the article around it (by a mission it names, the one
place abroad it names, a town) is `_posts_in_text`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jan20.text.fold import to_ascii

from .. import lang
from ._countries import country_named, word_table
from ._places import lookup_keys
from ._possessive import POSSESSIVE_END

HOME = "Azerbaijan"


def rows(key: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each canonical name at `key` with every language's patterns for it, in the order the languages give them."""
    merged: dict[str, list[str]] = {}
    for _, table in lang.table(key):
        for canonical, patterns in table.items():
            merged.setdefault(canonical, []).extend(patterns)
    return tuple((re.compile("|".join(p)), canonical) for canonical, p in merged.items())


_POSTS = rows("roles.envoys")
_CITY_OF = word_table("roles.cities")
CITY_COUNTRY: dict[str, str] = lang.language("en").get("roles.city_countries") or {}
HOST_BEFORE = lang.words("roles.host_before")
_LINKS = lang.language("en").get("roles.envoy_links")  # ("of" the sender, "to" or "in" where: `[roles] envoy_links`)
LEADS = lang.words("roles.title_lead") | lang.words("roles.host_leads")
_FORMER = lang.words("roles.former")
_FORMER_ANY = lang.words("roles.former_any")  # ("former Foreign Minister": not only a diplomat's)
_ACTING = lang.words("roles.acting")
MARKS: dict[str, str] = lang.language("en").get("roles.role_marks")  # ("Acting", "Former": `[roles] role_marks`)
ACTING_PREFIX, _FORMER_PREFIX = f"{MARKS['acting']} ", f"{MARKS['former']} "


def acting_split(role: str) -> tuple[str, str]:
    """(the prefix of an acting post, the post): ("Acting ", "Consul General"), or ("", role)."""
    return (ACTING_PREFIX, role.removeprefix(ACTING_PREFIX)) if role.startswith(ACTING_PREFIX) else ("", role)


HOST_ENDINGS = tuple(sorted(lang.words("roles.host_endings"), key=len, reverse=True))
HOST_STATE_WORDS = lang.words("roles.host_state_words")  # ("Gürcüstan Respublikasındakı": where the post is)
# Posts named with the city they serve in, not the host country ("Consul General of Turkey in Ganja"), and posts
# that are a diplomat's only with the country that sends them ("KKTC Bakü Temsilcisi", not "Representative").
_CITY_POSTS = tuple(lang.words("roles.city_posts"))
_SENDER_POSTS = frozenset(lang.language("en").get("roles.sender_posts") or ())
_OWN_ENVOY = lang.pattern("roles.own_envoy")  # ("səfirimiz": our ambassador, `[roles] own_envoy`)


IN_PLACE = f" {_LINKS['in']} "  # (the words before a post's city: "Consul General in Kazan")
_TO_POSTS = tuple(_LINKS["to_posts"])  # (posts that name their host country after "to": "Ambassador")


def of_sender(country: str) -> str:
    """The words after a post that name the country sending it (" of Turkey")."""
    return f" {_LINKS['of']} {country}"


_NON_NAME = lang.words("roles.non_name")  # (a body's or a place's word after "of": "of the Embassy", no country)


def unknown_sender(written: str | None) -> str | None:
    """The country a diplomat's title as written names after "of" when the data knows no word of it ("Ambassador of
    Zambia": "Zambia"), so no mission of the article completes the post as the page's own; None when the words
    after "of" name a known country, city or body, or are not capitalised."""
    words = (written or "").split()
    at = next((i for i, w in enumerate(words) if w == _LINKS["of"]), None)
    if at is None:
        return None
    run: list[str] = []
    for word in words[at + 1 :]:
        bare = word.strip(".,;:()")
        if not run and bare.lower() in LEADS:
            continue  # ("of the")
        if not bare[:1].isupper() or not bare.isalpha():
            break
        run.append(bare)
        if bare != word:
            break
    if not run or any(country_named(w) or _city(w, w) or w.lower() in _NON_NAME or w.lower() in LEADS for w in run):
        return None
    return " ".join(run)


def takes_country(post: str) -> bool:
    """Whether a post's canonical role names where it is as "to" a country (an ambassador's), not "in" a place."""
    return post.endswith(_TO_POSTS)


def posted_at(role: str, post: str, place: str) -> str:
    """The role of a post with where it is ("Ambassador of Turkey" to Russia, "Consul General of Turkey" in Ganja)."""
    return f"{role} {_LINKS['to']} {place}" if takes_country(post) else f"{role}{IN_PLACE}{place}"


def city_post(post: str) -> bool:
    """A post named with the city it serves in, not the host country (`[roles] city_posts`: "Consul General")."""
    return any(p in post for p in _CITY_POSTS)


@dataclass(frozen=True)
class _Place:
    country: str
    city: str | None
    host: bool  # written as where the post is ("to Russia", "в Украине", "Gürcüstandakı", a city)


def _city(word: str, pair: str) -> str | None:
    for key in (pair, word):
        for low in lookup_keys(key):
            if (city := _CITY_OF.get(low)) is not None:
                return city
    return None


def city_named(word: str) -> tuple[str, str] | None:
    """(the English name, its country) of the city a word names in any case form, or None."""
    city = _city(word, word)
    return None if city is None else (city, CITY_COUNTRY.get(city, ""))


# A parliament's word names its country ("Верховной Рады": Ukraine, "Bundestag": Germany).
_PARLIAMENTS = word_table("roles.parliaments")


def parliament_country(word: str) -> str | None:
    """The country whose parliament a word of a title names ("Рады": "Ukraine"), or None."""
    return _PARLIAMENTS.get(word.lower())


def foreign_country_named(word: str, *, by_parliament: bool = False) -> str | None:
    """Of one word: the country other than home it names ("России": "Russia"), or with `by_parliament` whose
    parliament it names too ("Рады": "Ukraine"); None for the home country and a word that names none. (Of a whole
    text, `_posts_in_text.country_abroad`; whether a word is any place abroad, in any case form,
    `_home.is_place_abroad`.)"""
    country = country_named(word) or (parliament_country(word) if by_parliament else None)
    return None if country == HOME else country


def role_words(role: str) -> list[str]:
    """The words of a title without punctuation or a possessive "'s" ("Azerbaijan's" is "Azerbaijan")."""
    return [POSSESSIVE_END.sub("", w.strip(".,'’`()«»\"")) for w in role.replace("-", " ").split()]


def _places(role: str) -> list[_Place]:
    words = role_words(role)
    out: list[_Place] = []
    paired = False  # the word was read with the one before it ("Great Britain", "Los Angeles")
    for i, word in enumerate(words):
        if paired:
            paired = False
            continue
        k = i - 1
        while k > 0 and words[k].lower() in LEADS:  # "to the United States"
            k -= 1
        after = k >= 0 and words[k].lower() in HOST_BEFORE
        pair = f"{word}-{words[i + 1]}" if i + 1 < len(words) else word
        if (city := _city(word, pair)) is not None:
            out.append(_Place(CITY_COUNTRY.get(city, ""), city, True))
        elif (country := country_named(pair) or country_named(word)) is not None:
            paired = pair != word and country_named(pair) is not None
            named, j = (pair, i + 1) if paired else (word, i)  # ("Birleşik Krallık'taki": the ending on the second)
            low = named.lower()
            ending = next((e for e in HOST_ENDINGS if low.endswith(e) and country_named(named[: -len(e)])), None)
            # (a second country right before the post's word, the first being the sender, is where the post is:
            # "Azerbaycan Cumhuriyeti Türkiye Büyükelçisi", "Azerbaycan'ın Türkiye Büyükelçisi")
            # (or before the post's word and a rank after it: "KKTC Azerbaycan Temsilcisi Büyükelçi")
            post_next = j == len(words) - 2 or (j + 2 < len(words) and _is_post(words[j + 1]))
            post_next = post_next or _state_then_post(words, j)  # ("Kazakistan Cumhuriyeti Büyükelçisi")
            last = post_next and any(not p.host and p.country != country for p in out)
            state = j + 1 < len(words) and _host_state(words[j + 1])
            out.append(_Place(country, None, after or ending is not None or last or state))
    return out


def _is_post(word: str) -> bool:
    """Whether one word is a diplomat's post (`[roles.envoys]`: "Temsilcisi", "Büyükelçisi")."""
    folded = fold(word)
    return bool(folded) and any(pattern.search(folded) for pattern, _ in _POSTS)


def _state_then_post(words: list[str], i: int) -> bool:
    """The words after the country at i are a state's word and the post ("Kazakistan Cumhuriyeti Büyükelçisi")."""
    return i + 2 < len(words) and words[i + 1].lower() in HOST_STATE_WORDS and _is_post(words[i + 2])


def _host_state(word: str) -> bool:
    """A state's word in the locative after a country's name ("Respublikasındakı")."""
    low = word.lower()
    return any(low.endswith(e) and low[: -len(e)] in HOST_STATE_WORDS for e in HOST_ENDINGS)


def fold(role: str) -> str:
    """A title in lower-case ASCII words ("Baş nazir" is "bas nazir")."""
    return " ".join(re.sub(r"[^a-z]+", " ", to_ascii(role).lower()).split())


def with_former(role_as_written: str, known: str) -> str:
    """A past holder's role with "Former" before it ("former Foreign Minister": "Former Minister of Foreign Affairs"),
    unless it says so already, or the word is a body's name's, in the role ("Emekli Subaylar Derneği Başkanı": the
    Chairman of the Retired Officers' Association, no former one)."""
    past = _FORMER_ANY.intersection(w.lower() for w in role_words(role_as_written)) - set(known.lower().split())
    return _FORMER_PREFIX + known if past and not known.startswith(_FORMER_PREFIX) else known


def without_former(role_as_written: str) -> str | None:
    """The post after a word that makes any post a past one, opening the title ("sabiq nazir": "nazir", whose table
    row may be anchored at the title's start), or None."""
    first, _, rest = role_as_written.partition(" ")
    return rest.strip() or None if first.lower() in _FORMER_ANY else None


def envoy_role(role: str) -> str | None:
    """The canonical role of a diplomat's title as written, or None for another title (or one that names more
    than one sending country)."""
    folded = fold(role)
    post = next((canon for pattern, canon in _POSTS if pattern.search(folded)), None)
    if post is None:
        return None
    if _ACTING.intersection(w.lower() for w in role_words(role)):
        post = ACTING_PREFIX + post
    if _FORMER.intersection(w.lower() for w in role_words(role)):
        post = _FORMER_PREFIX + post
    places = _places(role)
    # (the country of a city the title names is where the post is: "в Актау (Казахстан)")
    senders = {p.country for p in places if not p.host} - {p.country for p in places if p.city}
    if not senders and _OWN_ENVOY.search(folded) and not hosted_home(places):
        senders = {HOME}  # the writer's own envoy ("səfirimiz X"; not one posted here: the writer is then foreign)
    if len(senders) > 1 or (post in _SENDER_POSTS and (not senders or _body_abbreviation(role))):
        return None  # (a body's abbreviation before the country: its, "представитель МИД Азербайджана")
    sent = post + of_sender(senders.pop()) if senders else post
    hosts = [p for p in places if p.host]
    if city_post(post):  # a consul's city
        city = next((p.city for p in hosts if p.city), None) or _unknown_city(role)
        return posted_at(sent, post, city) if city else sent
    host = next((p.country for p in hosts if p.country), None)
    return posted_at(sent, post, host) if host and host != HOME else sent


def _body_abbreviation(role: str) -> bool:
    """The title names a body by its abbreviation, no country's ("МИД", "ООН"; not "KKTC", "США"): a country after
    it is the body's, not the one sending a representative."""
    return any(w.isupper() and w.isalpha() and len(w) > 1 and country_named(w) is None for w in role_words(role))


def hosted_home(places: list[_Place]) -> bool:
    """Whether the post the places of a title say is in the home country ("to Azerbaijan", "in Baku"): "our
    country's ambassador" there is a foreign writer's own envoy, never Azerbaijan's."""
    return any(p.host and p.country == HOME for p in places)


def posted_home(role: str) -> bool:
    """Whether a diplomat's title as written names its post in the home country ("ambassador to Azerbaijan")."""
    return hosted_home(_places(role))


_TOWN_WORDS = lang.words("roles.town_words")


def _unknown_city(role: str) -> str | None:
    """A city the data does not know, as the title writes it, when the title closes with it after the word that says
    where, or that and a word for a town ("почётный консул Азербайджана в Оломоуце": "Оломоуце"; "в городе Брно":
    "Брно"); not a country ("в Чехии")."""
    words = role_words(role)
    before = words[:-2] if len(words) > 3 and words[-2].lower() in _TOWN_WORDS else words[:-1]
    if len(before) < 2 or before[-1].lower() not in HOST_BEFORE or not words[-1][:1].isupper():
        return None
    return None if country_named(words[-1]) is not None or _city(words[-1], words[-1]) else words[-1]
