"""An envoy's title in a list that names the country once, for the first: "Türkiye'nin Berlin Büyükelçisi A, Berlin
Başkonsolosu B" (B is Turkey's Consul General in Berlin too). The next title, written with the same city first and
no country, is read with the country's word before it; the title as written stays as written."""

from __future__ import annotations

from . import _cues as cue
from ._countries import country_named
from .roles import canonical_role


def shared_country(prev_role: str | None, between: list[str], role: str | None) -> str | None:
    """The country's word of the title before (`prev_role`, of the name before, `between` the words from it to
    `role`) that `role` shares: the one word before the same city both titles open with; None when they share none,
    when more than a comma or "and" is between, or when reading it with the country changes nothing."""
    if not prev_role or not role or len(between) != 1 or not {between[0].lower()} <= {",", *cue.LIST_JOINERS}:
        return None
    before, words = prev_role.split(), role.split()
    if len(before) < 3 or len(words) < 2 or before[1] != words[0] or any(map(country_named, words)):
        return None
    country = country_named(before[0])
    if country is None:
        return None
    with_country, alone = canonical_role(f"{before[0]} {role}"), canonical_role(role)
    return before[0] if with_country != alone and with_country and country in with_country else None
