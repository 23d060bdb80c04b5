"""A post of a region (a province, an oblast) a title names by its adjective and the region's noun: "аким
Мангистауской области" is the Akim of Mangystau Region, "депутат Законодательного собрания Ленинградской области" a
Member of the Legislative Assembly of Leningrad Region. Only when the data names every word: the region
(`[roles.regions]`, its adjective in every case), the noun (`[roles.region_nouns]`) and the post before them
(`[roles.region_posts]`, matched whole); else None, and the title is read as before (the post alone)."""

from __future__ import annotations

from ._countries import word_table
from ._envoys import fold, role_words, rows

_REGIONS = word_table("roles.regions")
_NOUNS = word_table("roles.region_nouns")
_POSTS = rows("roles.region_posts")


def region_post(role: str) -> str | None:
    """ "<post> of <region>" when a title is a listed post, then a listed region's adjective and its noun, with
    nothing after them; else None."""
    words = role_words(role)
    for i in range(1, len(words) - 1):
        region, noun = _REGIONS.get(words[i].lower()), _NOUNS.get(words[i + 1].lower())
        if region is None or noun is None or len(words) > i + 2:
            continue
        post = fold(" ".join(words[:i]))
        return next((f"{canonical} of {region}" for pattern, canonical in _POSTS if pattern.fullmatch(post)), None)
    return None


def region_noun_after(words: list[str], i: int) -> bool:
    """Whether the word after words[i] is a region's noun ("Карагандинской области"): words[i] names a region the
    data may not know, never a city."""
    return i + 1 < len(words) and words[i + 1].lower() in _NOUNS
