"""A bare post completed from the article around it, not from its title's own words (those are `_envoys`').

"Consul General" is "Consul General of Azerbaijan in Houston" where the text names the Consulate General of
Azerbaijan in Houston (`mission_roles`, the `[roles.missions]` tables and the posts each may complete); "Ambassador
of Azerbaijan" is "Ambassador of Azerbaijan to Serbia" in a report that names one place abroad, Belgrade, and none
at home (`with_host`, `country_abroad`); a town's office, "Mayor", is the mayor of the town abroad the report names,
or of the town of the nearest sentence that names towns as where things happen (`in_town`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from jan20.text.sentences import paragraphs, sentences, sentences_at

from .. import lang
from . import _cues as cue
from ._countries import country_named
from ._envoys import (
    CITY_COUNTRY,
    HOME,
    HOST_BEFORE,
    HOST_ENDINGS,
    HOST_STATE_WORDS,
    IN_PLACE,
    LEADS,
    city_named,
    city_post,
    envoy_role,
    fold,
    of_sender,
    posted_at,
    rows,
    takes_country,
)
from ._gate import LiteralGate

_MISSIONS = rows("roles.missions")
_MISSION_POSTS: dict[str, list[str]] = lang.language("en").get("roles.mission_posts") or {}
# Bare posts a mission named in the same article may complete.
MISSION_POSTS = frozenset(p for posts in _MISSION_POSTS.values() for p in posts)
# words read before and after a mission's name for its country and city ("of the Republic of Azerbaijan to Russia")
_BEFORE, _AFTER = 3, 7
_LEAD_WORDS = 4  # more words read after it when they are those of a country's formal name ("the Republic of")
_STOP = re.compile(r"[.;:!?,]$|^[-–—]$")  # (a dash alone ends a headline: "в Баку - ФОТО")
_ABBREVIATION = re.compile(r"[^\W\d_]\.")  # a letter and a full stop ("в г. Харьков"): no end of the words read
_AND = cue.LIST_JOINERS  # a list ("and"): the words before it are another item's
_STATE_WORDS = tuple(HOST_STATE_WORDS)  # ("Respublikasının", "Federasiyasındakı": a state's word)
_HEADS = lang.words("roles.heads")  # (a post's head after a mission: the words after the next "and" are another's)
# A mission written as the writer's own ("səfirliyimizdə", "Büyükelçiliğimizde": our embassy), on its fold: its post's
# sending country is home (`[roles] own_mission`).
_OWN_MISSION = lang.pattern("roles.own_mission")


# Any mission's pattern, as one alternation: the windows of words none of them matches (nearly all) are passed
# over with one search, not one per mission; and a text whose words' folds hold none of the literals one of which
# every match holds (its gate, derived from the patterns) names no mission at all.
_ANY_MISSION = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _MISSIONS))
_MISSION_GATE = LiteralGate.of(_ANY_MISSION)


@lru_cache(maxsize=4)  # an article's attendees with a bare post each ask about the same text
def _missions(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, str, int], ...]]:
    """The text's words, and (where, the post that heads it, how many words name it) of each mission they name:
    at each word, the two-word window if a mission's pattern matches it, else the one-word window (a mission that
    opens a line is read from there: the line before is a title or a dateline, "... в Баку - ФОТО").

    Each distinct word is folded once: the fold of a window is the folds of its words joined by a space (`fold`
    makes every run of other characters, the space between the words included, one space)."""
    words = tuple(text.split())
    out: list[tuple[int, str, int]] = []
    if not _may_name_mission(text):
        return words, ()
    memo: dict[str, str] = {}
    folded = [memo[w] if w in memo else memo.setdefault(w, fold(w)) for w in words]
    for i, one in enumerate(folded):
        two = " ".join(f for f in folded[i : i + 2] if f) if i + 2 <= len(words) else None
        for n, window in ((2, two), (1, one)):
            if window is not None and _ANY_MISSION.search(window) is not None:
                out.append((i, next(c for p, c in _MISSIONS if p.search(window)), n))
                break
    return words, tuple(out)  # (kept by the cache: not to be changed)


@lru_cache(maxsize=4)
def _line_starts(text: str) -> frozenset[int]:
    """Which of the text's words (their indexes in `text.split()`) open a line."""
    if "\n" not in text:
        return frozenset({0})
    return frozenset(
        i for i, m in enumerate(re.finditer(r"\S+", text)) if m.start() == 0 or text[m.start() - 1] == "\n"
    )


def _may_name_mission(text: str) -> bool:
    """Whether the folds of the text's words may hold a literal of the mission gate: every window's fold is a part
    of the text's fold (the folds of its words, joined by a space). Text in ASCII needs no fold: each word of a
    literal is then within a run of letters of the text in lower case."""
    literals = _MISSION_GATE.literals
    if literals is None:
        return True
    if text.isascii():
        low = text.lower()
        return any(all(part in low for part in literal.split()) for literal in literals)
    return _MISSION_GATE.may_match(fold(text))


def post_in_city(role: str) -> tuple[str, str]:
    """A mission's post with its city and no sending country, and the city's words ("Consul General in Kazan": ("Consul
    General", " in Kazan")); any other role with no words ("Consul General of Turkey in Kazan", "Mayor")."""
    post, sep, city = role.partition(IN_PLACE)
    return (post, sep + city) if sep and post in MISSION_POSTS else (role, "")


def mission_roles(text: str, post: str) -> set[str]:
    """The roles a bare post ("Consul General") has at each mission the text names ("the Consulate General of
    Azerbaijan in Houston": "Consul General of Azerbaijan in Houston"; "Rumıniyadakı səfirliyimizdə", our embassy in
    Romania: "Ambassador of Azerbaijan to Romania"); a mission that names no country adds none."""
    words, missions = _missions(text)
    out: set[str] = set()
    lines = _line_starts(text) if missions else frozenset()
    for i, head, n in missions:
        if post not in _MISSION_POSTS.get(head, []):
            continue
        # (from the line the mission is on: the words of a line before are a heading's or a dateline's)
        reach = _reach_before(words, i)
        first = next((k for k in range(i, max(0, i - reach) - 1, -1) if k in lines), max(0, i - reach))
        before = words[first:i]
        cut = (k + 1 for k in range(len(before) - 1, -1, -1) if _STOP.search(before[k]) or before[k].lower() in _AND)
        before = before[next(cut, 0) :]
        after: list[str] = []
        for word in words[i + n : i + n + _AFTER + _LEAD_WORDS]:
            after.append(word)
            if _STOP.search(word) and not _ABBREVIATION.fullmatch(word):
                break
            if sum(1 for w in after if w.lower() not in LEADS) >= _AFTER:
                break  # (the words of a formal name count for nothing: "to the Republic of Korea")
        headed = next((k for k, w in enumerate(after) if w.lower() in _HEADS), len(after))
        headed = 0 if any(w.lower() in _HEADS for w in words[i : i + n]) else headed  # ("Büyükelçilik Müsteşarı A")
        joined = next((k for k in range(headed, len(after)) if after[k].lower() in _AND), 0)
        # (past a post's head and "and", another person's title: "səfirliyin I katibi A və Azərbaycan icmasının sədri")
        after = after[:joined] if joined else after
        own = [HOME] if _OWN_MISSION.search(" ".join(fold(w) for w in words[i : i + n])) else []
        role = envoy_role(" ".join([*own, *before, post, *after]))
        if not _completes(role, post) and (joined := next((k for k, w in enumerate(after) if w.lower() in _AND), 0)):
            # (the words after "and" another body's, when with them the mission names no post: "the Embassy of
            # Azerbaijan to the UK and the European Azerbaijan Society held")
            role = envoy_role(" ".join([*own, *before, post, *after[:joined]]))
        # (the post completed, not another one read from the words after it: "büyükelçilik çalışanları, Başkonsolos")
        if role is not None and _completes(role, post):
            out.add(role)
    return out


def _reach_before(words: tuple[str, ...], i: int) -> int:
    """How many words before a mission's at i are read for its country: `_BEFORE`, and a state's word of a formal name
    besides ("Azərbaycan Respublikasının Gürcüstan Respublikasındakı Səfirliyi": the sender's and the host's, each
    with its "Respublikası", `[roles] host_state_words`)."""
    n = counted = 0
    while counted < _BEFORE and i - n > 0:
        n += 1
        counted += not words[i - n].lower().startswith(_STATE_WORDS)
    return n


def _completes(role: str | None, post: str) -> bool:
    """The role read from a mission's words is its bare post completed (not None, the post alone, nor another)."""
    return role is not None and role != post and role.startswith(post)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=4)
def _only_place_abroad(text: str) -> tuple[str, str | None] | None:
    """Of a whole text: (the country, and its city when one is named) of the one place abroad it names, when it
    names no other country and no city at home ("Serbiyanın paytaxtı Belqrad şəhərində ... anım tədbiri"); else
    None. (Of one word, `foreign_country_named`.)"""
    countries: set[str] = set()
    cities: set[str] = set()
    for word in {w for w in _WORD.findall(text) if w[:1].isupper()}:
        if (named := city_named(word)) is not None:
            cities.add(named[0])
            countries.add(named[1])
        elif (found := country_named(word)) is not None:
            countries.add(found)
    if any(CITY_COUNTRY.get(c) == HOME for c in cities) or len(countries - {HOME}) != 1:
        return None
    country = (countries - {HOME}).pop()
    return country, next((c for c in sorted(cities) if CITY_COUNTRY.get(c) == country), None)


def country_abroad(text: str) -> str | None:
    """The one country abroad a text names (by its name or a city's), when it names no other, or None."""
    found = _only_place_abroad(text)
    return None if found is None else found[0]


_TOWN_OFFICES = frozenset(lang.language("en").get("roles.town_offices") or ())


@lru_cache(maxsize=4)
def _towns_abroad(text: str) -> frozenset[str]:
    """The cities a text names, but for those at home (Baku, where 1990 happened, is named in nearly every one)."""
    return _abroad({w for w in _WORD.findall(text) if w[:1].isupper()})


def _abroad(words: Iterable[str]) -> frozenset[str]:
    """The cities these words name, but for those at home."""
    named = (city_named(w) for w in words)
    return frozenset(c[0] for c in named if c is not None and c[1] != HOME)


def in_town(text: str, role: str, at: int | None = None) -> str:
    """A town's office written without its town ("Belediye Başkanı": "Mayor") with the one town abroad the text names
    ("Mayor of Kars" in a report from Kars), when it names one; in a report from several towns, the town of the
    nearest sentence of the paragraph at `at` that names towns as where things happen (a locative, "Artvin'deki",
    or after `host_before`, "in Artvin"), at or before it, when it names one ("Artvin'deki etkinlikler kapsamında ...
    Vali X"; not after a sentence naming several: "Artvin, Ordu ve Rize'de ..."; not a diplomat's town: "Kars
    Başkonsolosu"); else the role as it was."""
    towns = _towns_abroad(text) if role in _TOWN_OFFICES else frozenset()
    if len(towns) > 1 and at is not None:
        paragraph = next((p for p in _sentence_towns(text) if p[0] <= at < p[1]), (0, 0, ()))
        towns = next((named for start, named in reversed(paragraph[2]) if start <= at and named), towns)
    return f"{role} of {next(iter(towns))}" if len(towns) == 1 else role


def _where(words: list[str]) -> list[bool]:
    """Whether each word is written as where something is: with a locative ending ("Artvin'deki"), after "in" ("в
    Артвине"), or in a list of towns whose last one is ("Kars ve Iğdır'da", "Artvin, Ordu ve Rize'de")."""
    out = [False] * len(words)
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        nxt = i + 2 if i + 2 < len(words) and words[i + 1].lower() in _AND else i + 1
        listed = nxt < len(words) and out[nxt] and city_named(words[nxt]) is not None
        out[i] = low.endswith(HOST_ENDINGS) or (i > 0 and words[i - 1].lower() in HOST_BEFORE) or listed
    return out


@lru_cache(maxsize=4)
def _sentence_towns(text: str) -> tuple[tuple[int, int, tuple[tuple[int, frozenset[str]], ...]], ...]:
    """(start, end, and where each of its sentences starts with the towns abroad it names) of each paragraph."""
    out = []
    for para in paragraphs(text):
        spans = []
        for span in sentences(text, para.start, para.end):
            words = _WORD.findall(text, span.start, span.end)
            where = _where(words)
            spans.append((span.start, _abroad(w for i, w in enumerate(words) if w[:1].isupper() and where[i])))
        out.append((para.start, para.end, tuple(spans)))
    return tuple(out)


def with_host(text: str, post: str, role: str) -> str:
    """A role completed by its mission that names the sending country alone ("Ambassador of Azerbaijan": "Səfirliyin
    heyəti" in a report from Belgrade) with where the post is, when the text names one place abroad and none at home:
    "Ambassador of Azerbaijan to Serbia", "Consul General of Azerbaijan in Istanbul"."""
    place = _only_place_abroad(text) if role == post + of_sender(HOME) else None
    if place is None:
        return role
    country, city = place
    if city_post(post):
        return posted_at(role, post, city) if city else role
    return posted_at(role, post, country)


def guest_envoy(text: str, role: str, at: int) -> str | None:
    """A foreign country's envoy named by the sending country alone ("Ambassador of Georgia", "Посол Турции") at an
    event of the one mission of ours abroad the text names ("the Embassy of Azerbaijan in Latvia"), with that
    mission's host country: the envoys a mission's guests are, are accredited where it is ("Ambassador of Georgia to
    Latvia"); None when the role names no such sender or place, the text no such mission or more than one, or the
    sentence at `at` a city at home ("… visited the Alley of Martyrs in Baku": the envoy to Azerbaijan)."""
    post, _, sender = role.partition(of_sender(""))
    if not (post in MISSION_POSTS and takes_country(post) and sender and sender != HOME):
        return None
    if country_named(sender) != sender:
        return None  # ("Ambassador of Georgia to Latvia", "Ambassador of the EU"): a place named, or no country
    sentence = next(iter(sentences_at(text, [at])), None)
    start, end = (sentence.start, sentence.end) if sentence is not None else (at, at)
    if any((c := city_named(w)) is not None and c[1] == HOME for w in _WORD.findall(text, start, end)):
        return None
    ours = posted_at(post + of_sender(HOME), post, "")  # ("Ambassador of Azerbaijan to ")
    hosts = {r.removeprefix(ours) for r in mission_roles(text, post) if r.startswith(ours)}
    host = hosts.pop() if len(hosts) == 1 else None
    return None if host is None or host == sender or country_named(host) != host else posted_at(role, post, host)
