"""A deputy's post: the words that make a title a deputy's ("Deputy", "заместитель", "müavini") or a first deputy's
("first", "birinci"), and the role they give ("Deputy Head", "First Deputy Head"). `roles` asks these of every title.
"""

from __future__ import annotations

import re

from .. import lang
from ._envoys import MARKS
from ._offices import body_head
from ._role_table import fold_role

# A word that makes the title a deputy's ("Deputy", "заместитель", "müavini", "yardımcısı"), on its ASCII fold, and
# one that makes it the first deputy's ("first", "birinci"); a deputy's role is never the principal's.
DEPUTY_WORD = lang.pattern("roles.deputy", "^(?:{})$", 0)
_FIRST_MARKS = lang.alternation(lang.words("roles.first_marks"))  # ("I müavini": the Roman one)
_FIRST = re.compile(lang.expand("^(?:${role_first}") + (f"|{_FIRST_MARKS}" if _FIRST_MARKS else "") + ")$")
DEPUTY_ROLE = re.compile(rf"\b(?:{'|'.join(lang.language('en').get('roles.role_marks')['deputy_roles'])})")


def deputy_head(post: str) -> str | None:
    """A deputy of a body's head written alone ("first deputy head", "deputy chairman"): the head's post with
    "Deputy" (and "First") before it, so that a body in the possessive completes it ("the Service's first deputy
    head": "First Deputy Head of the Service"); None for any other post."""
    marked, first, principal = deputy_marks(post)
    head = body_head(principal) if marked and principal else None
    return None if head is None else deputy_post(head, first)


def deputy_post(post: str, first: bool) -> str:
    """The role of a post's deputy ("Deputy Head"), or its first deputy ("First Deputy Head"): `[roles] role_marks`."""
    return f"{MARKS['first']} {MARKS['deputy']} {post}" if first else f"{MARKS['deputy']} {post}"


def deputy_marks(title: str) -> tuple[bool, bool, str]:
    """Whether a title has a deputy's word (`DEPUTY_WORD`: "deputy", "müavini"), whether "First" (`_FIRST`) stands right
    before one, and the title without those words: the principal's post ("first deputy head": True, True, "head")."""
    words = title.split()
    marks = {i for i, w in enumerate(words) if DEPUTY_WORD.match(fold_role(w))}
    first = {i - 1 for i in marks if i > 0 and _FIRST.match(fold_role(words[i - 1]))}
    return bool(marks), bool(first), " ".join(w for i, w in enumerate(words) if i not in marks | first)
