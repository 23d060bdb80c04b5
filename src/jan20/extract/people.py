"""Canonical spellings of people's names and canonical roles.

Names are folded (case, hyphens, apostrophes, diacritics) and compared part by part with RapidFuzz: the
given names and the surnames must both be close, and gendered surname forms (Aliyev / Aliyeva) never
match, so spelling variants merge (Rasizade / Rasizadeh / Rasi-zade) while different people who share a
surname (Ogtay Asadov, Ali Asadov) stay apart.

A lone surname ("Aliyev" from "President Aliyev") is never merged by spelling alone: it goes to the one
full name with that surname when there is exactly one, otherwise it stays as written.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from jan20 import lang
from jan20.extract._near_surnames import LONE_MIN as _LONE_MIN
from jan20.extract._near_surnames import SURNAME_MIN as _SURNAME_MIN
from jan20.extract._near_surnames import NearSurnames
from jan20.extract.roles import canonical_role
from jan20.text.fold import ENGLISH_LETTERS, to_ascii

__all__ = [
    "canonical_names",
    "canonical_role",
    "canonical_spellings",
    "fold_name",
    "oblique_form",
    "resolve_surnames",
    "same_person",
    "same_surname",
]

_GIVEN_MIN = 80.0  # on skeletons: Mehriban / Mihriban = 87.5, Ilkham / Ilham = 80; Ali / Ogtay = 0
_PARTICLES = lang.words("names.particles")
# Transliteration variants that should compare equal (applied after folding, for comparison only), in this order
# (`_skeleton`): kh → x; dzh, zh → j; sh → s; ch → c; gh → g; q → g; a first g → h (Russian writes Azerbaijani h and
# q as г: Гасанов / Hasanov, Гафарова / Qafarova); c → j (Azerbaijani c is English j: Cavid / Javid); iy → i
# (Aliyev / Aliev, Mehdiyev / Mehdiev); a last eh → e (Rasizadeh / Rasizade); a last ff after e or o → v (older
# transliterations: Rzayeff / Rzayev, Smirnoff / Smirnov); mamed → mammad (Russian-style Mamedov / Azerbaijani
# Mammadov, Məmmədov).
_FEMALE = ("ova", "eva", "yeva", "ina", "aya", "skaya")
_MALE = ("ov", "ev", "yev", "off", "eff", "in", "iy", "sky", "ski")


# The same names are folded again and again as each is compared with others, archive-wide in `canonical_spellings`:
# room for the names and parts of a large archive (tens of MB at most), since a cache smaller than the names
# compared in one pass would miss on every call.
_NAMES_CACHED = 1 << 17


# (compiled here: `re.sub` with a pattern's source looks it up in the module's cache at every call, a fifth of
# `fold_name`'s time, which `canonical_spellings` asks of every distinct name of the archive)
_POSSESSIVE = re.compile(r"['’`]s?$")
_JOINERS = re.compile(r"['`\-]")
_NOT_LETTERS = re.compile(r"[^a-z ]+")


@lru_cache(maxsize=_NAMES_CACHED)
def fold_name(name: str) -> str:
    """Lower-case ASCII form of a name: no possessive, hyphen or apostrophe, single spaces."""
    text = _POSSESSIVE.sub("", " ".join(name.split()))
    text = to_ascii(text.translate(ENGLISH_LETTERS)).lower()
    text = _JOINERS.sub("", text)
    return " ".join(_NOT_LETTERS.sub(" ", text).split())


@lru_cache(maxsize=_NAMES_CACHED)  # (every comparison of two names takes their parts' skeletons)
def _skeleton(part: str) -> str:
    # (string replacements, not eleven patterns' `sub`: the same skeletons, a third of the time; merging the 34,000
    # names of cue-dense text, in the parent on one core, asks it of each of their 38,000 distinct parts)
    part = part.replace("kh", "x").replace("dzh", "j").replace("zh", "j").replace("sh", "s").replace("ch", "c")
    part = part.replace("gh", "g").replace("q", "g")
    if part.startswith("g"):
        part = "h" + part[1:]
    part = part.replace("c", "j").replace("iy", "i")
    if part.endswith("eh"):
        part = part[:-1]
    elif part.endswith(("eff", "off")):
        part = part[:-2] + "v"
    return part.replace("mamed", "mammad")


# Both asked of each name many times as the archive's names are merged (on 34,000 distinct names of cue-dense text,
# 514,000 and 717,000 calls: a third of `canonical_spellings`' time, which `jan20 index` spends on one core at the end).
@lru_cache(maxsize=_NAMES_CACHED)
def _parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in fold_name(name).split() if p not in _PARTICLES)


@lru_cache(maxsize=_NAMES_CACHED)
def _gender(surname: str) -> str | None:
    if surname.endswith(_FEMALE):
        return "f"
    if surname.endswith(_MALE):
        return "m"
    return None


def same_surname(a: str, b: str, minimum: float = _SURNAME_MIN) -> bool:
    """Two folded surnames are spellings of one family name in the same gendered form."""
    ga, gb = _gender(a), _gender(b)
    if ga and gb and ga != gb:
        return False
    return fuzz.ratio(_skeleton(a), _skeleton(b)) >= minimum


def same_person(a: str, b: str) -> bool:
    """Two full names (two or more words each) are spellings of one person's name."""
    pa, pb = _parts(a), _parts(b)
    if len(pa) < 2 or len(pb) < 2:
        return False
    if not same_surname(pa[-1], pb[-1]):
        return False
    ga, gb = pa[0], pb[0]
    if len(ga) == 1 or len(gb) == 1:  # an initial: "I. Aliyev"
        return ga[0] == gb[0] and _same_letter(a, b)
    return fuzz.ratio(_skeleton(ga), _skeleton(gb)) >= _GIVEN_MIN


def _same_letter(a: str, b: str) -> bool:
    """The first letters of two names are one letter as written when both are written in their own alphabet, not
    only as folded: "Ə.Mirzəzadə" is not "Aydın Mirzəzadə", nor "Ş.Məmmədov" "Samir Məmmədov" (letters of their own
    in Azerbaijani and Turkish); an ASCII spelling, "A. Aliyev", or another script's, "Ш. Мамедов", may stand for
    either."""
    fa, fb = a.lstrip()[:1].lower()[:1], b.lstrip()[:1].lower()[:1]
    if a.isascii() or b.isascii() or not (fa.isalpha() and fb.isalpha()):
        return True
    return fa == fb or unicodedata.name(fa).split()[0] != unicodedata.name(fb).split()[0]


def surname_key(name: str) -> str | None:
    """The skeleton of a full name's surname, as `same_person` compares it (None for a lone word)."""
    parts = _parts(name)
    return _skeleton(parts[-1]) if len(parts) >= 2 else None


def word_key(word: str) -> str:
    """The skeleton of one folded word (a surname on its own), as `same_surname` compares it."""
    return _skeleton(fold_name(word))


def _is_lone(name: str) -> bool:
    return len(_parts(name)) == 1


def _surname_owner(lone: str, people: Sequence[Sequence[str]], near: NearSurnames | None = None) -> int | None:
    """Index of the only person (a list of full-name variants) whose surname the lone surname is. `near`, the
    people's surnames indexed (as `_cluster` indexes them while it groups the names), gives the same answer as
    comparing the lone surname with every person, in time that does not grow with them (a superset of the matches,
    each then compared: at the looser `SURNAME_MIN` of the clustering, a superset of those `LONE_MIN` admits).
    Comparing every lone surname with every person made merging an archive's names grow with their product."""
    parts = _parts(lone)
    if not parts:
        return None
    asked = range(len(people)) if near is None else near.candidates(_skeleton(parts[0]))
    hits = [i for i in asked if same_surname(parts[0], _parts(people[i][0])[-1], _LONE_MIN)]
    return hits[0] if len(hits) == 1 else None


def _cluster(
    full_names: Sequence[str], groups: list[list[str]] | None = None, near: NearSurnames | None = None
) -> list[list[str]]:
    """Group distinct full names into people: a name joins the first group whose every member it matches. With
    groups and near (the index of their founders' surnames, each group's first name's), the new groups are added
    to them, and the names are compared only with the groups they add (those of another block never match)."""
    groups = [] if groups is None else groups
    near = NearSurnames() if near is None else near
    first = len(groups)
    for name in full_names:
        parts = _parts(name)
        # (a founder of one word is indexed too, for a lone surname's look-up: no full name matches it)
        key = _skeleton(parts[-1]) if parts else None
        if key is not None and len(parts) >= 2:
            found = near.candidates(key)  # (`surname_key`: the skeleton of a full name's surname)
            candidates: Sequence[int] = found[bisect_left(found, first) :] if first else found
        else:
            candidates = range(first, len(groups))
        for index in candidates:
            if all(same_person(name, member) for member in groups[index]):
                groups[index].append(name)
                break
        else:
            if key is not None:
                near.add(key, len(groups))
            groups.append([name])
    return groups


def resolve_surnames(mentions_in_article: Sequence[str]) -> dict[str, str]:
    """Map each mention of one article to a full name: a lone surname goes to the only full name in the
    article with that surname (same gendered form); everything else maps to itself."""
    names = [" ".join(m.split()) for m in mentions_in_article]
    full = list(dict.fromkeys(n for n in names if not _is_lone(n) and _parts(n)))
    people = _cluster(full)
    out: dict[str, str] = {}
    for original, name in zip(mentions_in_article, names, strict=True):
        owner = _surname_owner(name, people) if _is_lone(name) else None
        out[original] = people[owner][0] if owner is not None else name
    return out


_LATIN = re.compile(r"[\sA-Za-z\u00c0-\u024f'’.-]+")  # Latin letters, accented ones included (Əliyev, Bağcı)
# A name in another case than the nominative (`[names]` of the language data), and what its given name's ending
# turns into in the nominative: (surname ending, its nominative, given-name endings and theirs, sure).
_DECLINED_NAME = re.compile("|".join(lang.alternatives("names.declined_name")) or r"(?!x)x")
_OBLIQUE: tuple[tuple[str, str, tuple[tuple[str, str], ...], bool], ...] = tuple(
    (row["ending"], row["nominative"], tuple((e, n) for e, n in row["given"]), bool(row["sure"]))
    for _, rows in lang.table("names.oblique")
    for row in rows
)
_FEMALE_GIVEN = "".join(sorted(lang.words("names.female_given_endings")))
# Every surname ending of `_OBLIQUE`, tested in one call before the rows are read in turn: most names end in none, and
# the loop over 33 rows was a fifth of merging the names of a cue-dense archive, which `jan20 index` does on one core
# (with `_case._nominative`'s test reordered: 7.0 -> 5.3 billion instructions for 20,000 names, 2026-12-06).
_OBLIQUE_ENDINGS = tuple(row[0] for row in _OBLIQUE)


def _nominative(name: str) -> tuple[str, bool] | None:
    """The nominative of a two-word name in another case, and whether that case is certain."""
    words = name.split()
    if len(words) != 2 or not words[1].endswith(_OBLIQUE_ENDINGS):
        return None
    if not all(_DECLINED_NAME.fullmatch(w) for w in words):
        return None
    given, surname = words
    for ending, nominative, given_endings, sure in _OBLIQUE:
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            for given_ending, given_nominative in given_endings:
                if given.endswith(given_ending) and len(given) > len(given_ending) + 2:
                    given = given[: -len(given_ending)] + given_nominative
                    break
            else:
                if not sure and given[-1] in _FEMALE_GIVEN:
                    return None  # "Сахиба Гафарова": a woman's name as it stands
            return f"{given} {surname[: -len(ending)]}{nominative}", sure
    return None


def oblique_form(name: str) -> tuple[str, bool] | None:
    """The nominative of a two-word Russian name in another case, and whether its form makes that case certain
    ("Ивана Петрова" may be a woman's nominative: the words before it decide, `jan20.extract._case`)."""
    return _nominative(name)


# A name as written, and the nominative the words before it make certain in its article (None when they do not).
_Spelling = tuple[str, str | None]


def _nominatives(spellings: Sequence[_Spelling]) -> dict[_Spelling, str]:
    """The nominative each oblique Russian name is compared as (see `_OBLIQUE`): the one the words before it made
    certain ("с участием посла Ивана Петрова": "Иван Петров"), or the one its form gives."""
    out: dict[_Spelling, str] = {spelling: spelling[1] for spelling in spellings if spelling[1] is not None}
    by_block: dict[tuple[str, str | None], list[str]] = {}
    for name in dict.fromkeys(name for name, _ in spellings):
        by_block.setdefault(_block(name), []).append(name)
    for spelling in spellings:
        name = spelling[0]
        found = _nominative(name) if spelling not in out else None
        if found is None:
            continue
        form, sure = found
        if sure or any(same_person(form, other) for other in by_block.get(_block(form), ()) if other != name):
            out[spelling] = form
    return out


@lru_cache(maxsize=_NAMES_CACHED)  # (asked twice of each name: by `_nominatives` and by `canonical_spellings`)
def _block(name: str) -> tuple[str, str | None]:
    """Names that could be one person share a block: the first letter of the surname's skeleton, and its
    gendered form. (The clustering is quadratic within a block, and blocks keep a large archive fast.)"""
    surname = _skeleton(_parts(name)[-1])
    return surname[:1], _gender(surname)


def canonical_names(mentions: Iterable[str], known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Map every mention to a canonical spelling, merging spelling variants across the whole archive
    (`canonical_spellings`; `known`: the nominative of mentions the words before them put in another case, the
    same wherever the mention is written)."""
    originals = list(mentions)
    found = known or {}
    nominatives = [found.get(" ".join(m.split())) for m in originals]
    return dict(zip(originals, canonical_spellings(originals, nominatives), strict=True))


def canonical_spellings(mentions: Sequence[str], nominatives: Sequence[str | None] | None = None) -> list[str]:
    """The canonical spelling of each mention, merging spelling variants across the whole archive.

    Canonical = the person's most frequent full-name variant in the Latin alphabet if there is one, else in any
    (ties: the longest, then the first seen); a Russian name in another case than the nominative ("Закира
    Гасанова" after "при участии министра") is compared in the nominative and is never the canonical one (a person
    named only so is shown in the nominative). `nominatives`, one per mention: the nominative the words before it
    put it in another case of, in its own article (`jan20.extract._case`); the same letters elsewhere may be a
    name in the nominative ("Ивана Петрова", "Адиля Керимли": women's names), and are read as their form says.
    Different people who share a surname are never merged; gendered surname forms are different people. A lone
    surname joins the only person with that surname, if there is exactly one.
    """
    names = [" ".join(m.split()) for m in mentions]
    spelled: list[_Spelling] = list(zip(names, nominatives or [None] * len(names), strict=True))
    counts = Counter(spelled)
    first_seen = {n: i for i, n in reversed(list(enumerate(spelled)))}

    def rank(n: _Spelling) -> tuple[int, int, int]:
        return (-counts[n], -len(n[0]), first_seen[n])

    distinct = sorted(counts, key=rank)
    full = [n for n in distinct if not _is_lone(n[0]) and _parts(n[0])]
    base = _nominatives(full)  # oblique Russian forms -> the nominative they are compared as

    def display_rank(n: _Spelling) -> tuple[bool, bool, int, int, int]:
        return (n in base, not n[0].isascii() and not _LATIN.fullmatch(n[0]), *rank(n))

    keys = list(dict.fromkeys(base.get(n, n[0]) for n in full))
    blocks: dict[tuple[str, str | None], list[str]] = {}
    for key in keys:
        blocks.setdefault(_block(key), []).append(key)
    # One index of the people's surnames for every block (each block compared only with its own people) and then
    # for the lone surnames: building a second index for those was a sixth of merging the names of cue-dense text.
    people: list[list[str]] = []
    near = NearSurnames()
    for block in blocks.values():
        _cluster(block, people, near)
    spellings: dict[str, list[_Spelling]] = {}  # key -> the names compared as it
    for n in full:
        spellings.setdefault(base.get(n, n[0]), []).append(n)
    canonical: dict[_Spelling, str] = {}
    shown: list[str] = []  # each person's canonical spelling
    for group in people:
        members = [n for key in group for n in spellings[key]]
        # (most people are written one way: `min` would still rank that one, 34,000 times on cue-dense text)
        best = members[0] if len(members) == 1 else min(members, key=display_rank)
        shown.append(base.get(best, best[0]))  # named only in another case: shown in the nominative
        canonical.update(dict.fromkeys(members, shown[-1]))
    lone_groups: dict[str, list[_Spelling]] = {}
    for n in distinct:
        if n in canonical:
            continue
        name = n[0]
        owner = _surname_owner(name, people, near) if _is_lone(name) else None
        if owner is not None:
            canonical[n] = shown[owner]
        else:  # unattached lone surnames (or names with no letters) group by their folded spelling
            # (a cleric's one name in an oblique case, by its nominative: "Алексием" is "Алексий", `_case`)
            lone_groups.setdefault(_skeleton(fold_name(n[1] or name)), []).append(n)
    for alike in lone_groups.values():
        first = min(alike, key=rank)
        canonical.update(dict.fromkeys(alike, first[1] or first[0]))
    return [canonical[n] for n in spelled]
