"""A deputy named by the bare word after a first deputy of a body, joined by "and" ("başçısının I müavini A və müavin
B", "First Deputy Head of the Service A and deputy B"): B is a deputy of the same body ("Deputy Head of the Service"),
not a post of no body."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._deputies import DEPUTY_WORD
from ._role_table import fold_role
from .roles import canonical_role

_FIRST_DEPUTY = "First Deputy "


def first_deputy_before(prev_role: str | None, between: list[sx.Token], role: str | None) -> str | None:
    """The title of the first deputy named right before (`prev_role`) when only a list joiner stands between the two
    names' titles and the name's own title (`role`) is a deputy's word in lower case, alone or with its head's
    ("müavin", "deputy", "deputy head"); else None."""
    if prev_role is None or role is None or len(between) != 1 or between[0].low not in cue.LIST_JOINERS:
        return None
    words = role.split()
    if not words or len(words) > 2 or not role.islower() or not DEPUTY_WORD.match(fold_role(words[0])):
        return None
    return prev_role if (canonical_role(prev_role) or "").startswith(_FIRST_DEPUTY) else None


def peer_deputy_role(role: str | None, first_deputy: str) -> str | None:
    """The deputy's role of the body whose first deputy's title is `first_deputy` ("First Deputy Head of the Executive
    Power": "Deputy Head of the Executive Power"), when the deputy's own title names no other head ("deputy head",
    "müavin"); else `role`."""
    known = canonical_role(first_deputy) or ""
    principal = known.removeprefix(_FIRST_DEPUTY)
    own = (role or "").split()[1:]  # ("Deputy Head": "Head"; "Müavin": none)
    if own and not principal.lower().startswith(" ".join(own).lower()):
        return role
    return f"Deputy {principal}"
