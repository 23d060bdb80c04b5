"""Phrases written after a post that make it an acting one ("rektor vəzifəsini icra edən X": "Acting Rector"), in
each language's `[roles] acting_phrases`, or before it, the post then in the genitive ("исполняющая обязанности
директора музея X": "Acting Director of the Museum"), `[roles] acting_openers`. No words here: they are all in the
data files."""

from __future__ import annotations

from jan20.text.fold import lowercase

from .. import lang

_PHRASES = tuple(tuple(lowercase(p).split()) for p in lang.alternatives("roles.acting_phrases"))
_OPENERS = tuple(tuple(lowercase(p).split()) for p in lang.alternatives("roles.acting_openers"))
_LAST = frozenset(p[-1] for p in _PHRASES)  # the words that end a phrase: most words end none


def acting_phrase_at(words: list[str], end: int) -> int:
    """How many of the words before `end` are an acting phrase (0 when none is)."""
    return acting_phrase_in([lowercase(w) for w in words[:end]])


def acting_phrase_in(low: list[str]) -> int:
    """`acting_phrase_at` of words in lower case (`fold.lowercase`, as a token's `low` is), up to the end."""
    if not low or low[-1] not in _LAST:
        return 0  # (most words end no phrase)
    return next((len(p) for p in _PHRASES if len(low) > len(p) and tuple(low[-len(p) :]) == p), 0)


def without_acting_phrase(role: str) -> str | None:
    """The post of a title that ends in an acting phrase ("rektor vəzifəsini icra edən": "rektor"); None for a
    title that ends in none."""
    words = role.split()
    n = acting_phrase_at(words, len(words))
    return " ".join(words[:-n]) if n else None


def without_acting_opener(role: str) -> str | None:
    """The post of a title that opens with an acting phrase ("исполняющая обязанности директора музея": "директора
    музея"); None for a title that opens with none, or is that phrase alone."""
    words = role.split()
    low = tuple(lowercase(w) for w in words)
    n = next((len(p) for p in _OPENERS if len(low) > len(p) and low[: len(p)] == p), 0)
    return " ".join(words[n:]) if n else None
