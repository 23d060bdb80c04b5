"""The parliament a delegation is of, named before its leader: "Делегация парламента Грузии во главе с вице-спикером
X" (X is the Deputy Speaker of the Parliament of Georgia, not of the Milli Majlis). A bare post of a parliament
before a name after a leader's cue (`[attendees] leader_cue`) is read with the words before the cue that name the
country; a post that names its body itself is kept."""

from __future__ import annotations

from .. import lang
from . import _cues as cue
from .roles import canonical_role

_BODY_WORDS = 6  # how many words before the leader's cue may name the delegation's body
_WINDOW = 160  # characters before a title searched for the cue
# The canonical roles' endings of the home parliament's posts, and the words of another country's ([roles]
# parliament_posts)
_HOME_POSTS = tuple(lang.language("en").get("roles.parliament_posts.home") or ())
_ABROAD: str = lang.language("en").get("roles.parliament_posts.abroad")


def led_body(text: str, floor: int, role_start: int) -> str | None:
    """The words that name the body of the group a leader's cue right before `role_start` leads ("парламента Грузии"
    in "Делегация парламента Грузии во главе с вице-спикером"), up to a mark or `_BODY_WORDS`; None without it."""
    before = text[max(floor, role_start - _WINDOW) : role_start]
    hits = [h for h in cue.LEADER_CUE.finditer(before) if not before[h.end() :].strip()]
    if not hits:
        return None
    words: list[str] = []
    for word in reversed(before[: hits[-1].start()].split()):
        if not word.isalpha() or len(words) == _BODY_WORDS:
            break
        words.insert(0, word)
    return " ".join(words) or None


def led_role(role: str | None, role_as_written: str, body: str | None) -> str | None:
    """The role of a bare post of a parliament (`role`, read alone as the home one's) in the body the delegation is
    of: the fewest words of `body` next to the cue that name another parliament; else `role`."""
    if not role or not body or not role.endswith(_HOME_POSTS):
        return role
    if any(w[:1].isupper() for w in role_as_written.split()[1:]):
        return role  # (a post that names its body: "вице-спикера Милли Меджлиса")
    words = body.split()
    for n in range(1, len(words) + 1):
        led = canonical_role(f"{role_as_written} {' '.join(words[-n:])}")
        if led and led != role and _ABROAD in led and led.split(" of ")[0] == role.split(" of ")[0]:
            return led
    return role
