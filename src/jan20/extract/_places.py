"""Countries and cities in every case form, built once from the language data (`[places]` and `[countries]` of
each file): capitalised words that are never part of a person's name ("посла Турции Джахита Багчи", "Rusiyanın
səfiri", "Azərbaycandakı").

English place names need no endings and are listed with the other non-name words (`roles.non_name`). Languages
that decline them list each by the stem its case endings attach to and the class of those endings; the forms are
built once: listing forms rather than matching prefixes keeps surnames that start like a country ("Китаев") names.
"""

from __future__ import annotations

from functools import lru_cache

from jan20.text.fold import dotless_capital_i, lowercase

from .. import lang


def _forms() -> frozenset[str]:
    out: set[str] = set()
    for _, places in lang.table("places"):
        endings = places.get("endings", {})
        for kind, listed in places.items():
            if kind == "endings":
                continue
            for word in listed.split():
                out.update(lang.forms(word if kind == "whole" else f"{word}:{kind}", endings))
    for language, regions in lang.table("roles.regions"):  # a region's adjective ("Мангистауской области")
        endings = language.get("places.endings") or {}
        out.update(form for listed in regions.values() for item in listed.split() for form in lang.forms(item, endings))
    return frozenset(out)


PLACE_FORMS = _forms()


# (the same capitalised words are asked about again and again, by the place, city and country tests of each name's
# neighbours: 29,000 calls for 2,000 names on 300 KB of cue-dense text, each folding the word twice; 0.6% of the
# extractors' instructions there, 2026-12-06)
@lru_cache(maxsize=16384)
def lookup_keys(word: str) -> tuple[str, str]:
    """The lower-case forms a word is looked up as in tables of declined forms: with I as i, and with I as dotless ı
    (Azerbaijani "İraq" may be typed "Iraq", "İspaniya" "Ispaniya"); İ is i in both. A case ending after a curly
    apostrophe is read as after a straight one ("Ukrayna’nın" is "Ukrayna'nın")."""
    word = word.replace("’", "'")
    return lowercase(word), lowercase(dotless_capital_i(word))


def is_place(word: str) -> bool:
    """True when word (any case) is a declined country or city name in one of its case forms, or a compound of places
    joined by hyphens with one of them among its parts, the case on the last ("Dağlıq-Qarabağı", "Naxçıvan-Şərur",
    "Cəlilabad-Masallı bölgəsini"): a region, not a double surname."""
    low, dotless = lookup_keys(word)
    if low in PLACE_FORMS or dotless in PLACE_FORMS:
        return True
    return "-" in word.strip("-") and any(part in PLACE_FORMS for p in word.split("-") for part in lookup_keys(p))


def _nominatives() -> dict[str, str]:
    """Each declined form of a place the data lists by its stem, and the form of its first ending (the nominative:
    "самары": "самара")."""
    out: dict[str, str] = {}
    for _, places in lang.table("places"):
        endings = places.get("endings", {})
        for kind, listed in places.items():
            if kind in ("endings", "whole"):
                continue
            for stem in listed.split():
                for form in lang.forms(f"{stem}:{kind}", endings):
                    out.setdefault(form, stem + endings[kind][0])
    return out


_NOMINATIVES = _nominatives()


def place_nominative(word: str) -> str | None:
    """A declined place's form with its first ending ("Самары": "самара"), or None for a word the data does not
    list."""
    return next((n for key in lookup_keys(word) if (n := _NOMINATIVES.get(key)) is not None), None)
