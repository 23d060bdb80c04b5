"""A staff post of a principal's office ("Assistant to the Minister of Foreign Affairs", "Adviser to the Prime
Minister"): the staff's own post, never the principal's (`[roles] staff_of`, `staff_post`, `[roles.staff_titles]`).
`_known_roles` asks it of every title before the principal's post is read in it."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lang
from ._role_table import fold_role

# Each language's patterns, compiled one by one (each names its groups `staff` and `principal`).
_STAFF_OF = tuple(
    re.compile(lang.expand(alt), re.IGNORECASE)
    for language in lang.languages()
    for alt in language.get("roles.staff_of") or ()
)
_STAFF_POST: str = lang.language("en").get("roles.staff_post") or "{} {}"
# The staff's words, folded, to their English post ("aide": "Assistant").
_TITLES = {
    fold_role(written): title
    for _, titles in lang.table("roles.staff_titles")
    for title, words in titles.items()
    for written in words
}


def staff_post(role_as_written: str, known: str | None, principal_of: Callable[[str], str | None]) -> str | None:
    """The staff post a title names (`staff_post` of its English post and the principal's role, `principal_of`), or
    None: a title of no staff's, a principal no post the data knows, or one the table knows (`known`) that names the
    principal already ("Assistant to the President", "Assistant Rector")."""
    for pattern in _STAFF_OF:
        if (m := pattern.match(role_as_written)) is None or (title := _TITLES.get(fold_role(m["staff"]))) is None:
            continue
        principal = principal_of(m["principal"])
        if principal is None:
            return None
        if known is not None and known != principal and fold_role(principal) in fold_role(known):
            return None
        return _STAFF_POST.format(title, principal)
    return None
