"""A clause that opens a sentence and only sets the scene, naming someone remembered there, closed by a comma:
"Şəhid X-i anan tədbirdə, deputat Y çıxış edib" (`[attendees] scene_clause`, each alternative the clause's close
up to and with its comma). The subject is after it: Y, not X. No words here: they are all in the data files."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang

_CLOSE = lang.pattern("attendees.scene_clause", r"(?<!\S)(?:{})$")
_WORDS = 12  # how far after the first name the clause may close


def after_scene_clause(toks: list[sx.Token], first: int) -> int:
    """The token after the comma that closes a scene-setting clause after the name at `first`; `first` when none
    closes within a few words."""
    for c in range(first + 1, min(len(toks), first + _WORDS)):
        if toks[c].text == "," and _CLOSE.search(" ".join(t.text for t in toks[first : c + 1]).replace(" ,", ",")):
            return c + 1
    return first
