"""An envoy's title in a list that names the country once, for the first: "Türkiye'nin Berlin Büyükelçisi A, Berlin
Başkonsolosu B" (B is Turkey's Consul General in Berlin too). The next title, written with the same city first and
no country, is read with the country's word before it; the title as written stays as written."""

from __future__ import annotations

from .. import lang
from . import _cues as cue
from ._countries import country_named
from ._envoys import HOME, envoy_role, fold, posted_home
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


# The words right before a diplomat's title that make it the writer's own country's (`[roles] own_country_before`, on
# the words' ASCII fold: "Our country's ambassador to Georgia X", "ölkəmizin Gürcüstandakı səfiri X").
_OWN_BEFORE = lang.pattern("roles.own_country_before")
_OWN_WORDS = 3  # how many words before the title are read


def own_country(before: list[str], role: str | None) -> str | None:
    """The home country's name when the words `before` a diplomat's title say it is the writer's own country's ("Our
    country's", "ölkəmizin"), for the title to be read with it ("Ambassador of Azerbaijan to Georgia"); None when they
    do not, or the title is no diplomat's post the country changes, or names its post in the home country ("Our
    country's ambassador to Azerbaijan": the writer is then foreign)."""
    if not role or not before or not _OWN_BEFORE.search(fold(" ".join(before[-_OWN_WORDS:]))) or posted_home(role):
        return None
    with_home, alone = canonical_role(f"{HOME} {role}"), canonical_role(role)
    return HOME if with_home != alone and envoy_role(role) is not None else None
