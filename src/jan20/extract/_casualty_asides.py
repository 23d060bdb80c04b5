"""The asides the walk right of a casualty figure passes over (by `_casualty_scan`): one a bracket or a dash opens and
closes ("147 (some sources say 170) people were killed"), one a comma opens ("170 people, including 6 Russians, had
died"), and the verb an unclosed one runs to in a verb-final clause."""

from __future__ import annotations

from ._casualty_phrases import Tok, keyword_at, matches, word_at
from ._casualty_words import AND, ASIDE_END_ENDINGS, ASIDE_OPEN, ASIDE_START, ATTRIBUTION, AUX

_ASIDE_REACH = 16  # words an aside may span: to the mark that closes it, or unclosed, to a verb-final verb
_ASIDE_STOPS = frozenset(".;:()")
CLAUSE_ENDS = frozenset({"", ".", ",", ";", "!", "?"})


def past_bracket(toks: list[Tok], k: int) -> int | None:
    """Past the aside a bracket or a dash at k opens, when one closes it nearby (by `_scan_right`): "147 (some sources
    say 170) people were killed", "131 people — men and women — were"; None when none does, or when a dash stands
    for the verb ("147 people – killed, 744 – wounded": a number before the next dash)."""
    closing = ")" if toks[k].norm == "(" else toks[k].norm
    close = next((x for x in range(k + 1, min(k + _ASIDE_REACH, len(toks))) if toks[x].norm == closing), None)
    if close is not None and closing != ")" and any(toks[x].num is not None for x in range(k + 1, close)):
        close = None
    return None if close is None else close + 1


def past_comma(toks: list[Tok], k: int, q_at: int) -> int | None:
    """Where the words of the figure at q_at go on after the comma at k (by `_scan_right`): past the aside it opens
    (`_past_aside`); None when the comma ends them, or when the figure's casualty word stands before it ("погибли 147
    человек, из них 21 женщина, ранены были 744": its verb is before it)."""
    if (past := _past_aside(toks, k)) is None or keyword_at(toks, q_at - 1, "L", ending=True) is not None:
        return None
    return past


def _past_aside(toks: list[Tok], k: int) -> int | None:
    """Where the figure's words go on after the comma at k when it opens an aside (by `past_comma`): past the comma
    that closes it before a verb ("170 people, including 6 Russians, had died", "150 people, officials said,
    were…"), or at the verb an unclosed one runs to ("82 nəfəri, o cümlədən qadınları və uşaqları öldürüb"); None
    when the comma ends them."""
    close = next(
        (
            x
            for x in range(k + 2, min(k + _ASIDE_REACH, len(toks)))
            if toks[x].norm == "," and (word_at(toks, x + 1) in AUX or keyword_at(toks, x + 1, "R", ending=False))
        ),
        None,
    )
    aside = close is not None and (
        word_at(toks, k + 1) in ASIDE_START
        or any(toks[x].norm in ATTRIBUTION for x in range(k + 1, close))
        or _closed_before_verb(toks, k, close)
    )
    if close is None and (verb := _verb_after_aside(toks, k)) is not None:
        return verb
    if close is None or not aside:
        return None
    return close + 1


def _verb_after_aside(toks: list[Tok], comma: int) -> int | None:
    """The casualty verb that ends an aside opened after a comma and never closed, in a verb-final clause ("82
    nəfəri, o cümlədən qadınları və uşaqları amansızcasına öldürüb"; its own figures, "o cümlədən 21 qadını", are
    read as parts): within a bounded reach, with no stop before it."""
    opened = next((p for p in ASIDE_OPEN if matches(toks, comma + 1, p)), None)
    if opened is None:
        return None
    for x in range(comma + 1 + len(opened), min(comma + _ASIDE_REACH, len(toks))):
        if toks[x].norm in _ASIDE_STOPS:
            return None
        hit = keyword_at(toks, x, "R", ending=False)
        if hit is not None:
            # the clause's last verb: its end within a word ("qətlə yetiriblər."), not a participle that goes on
            # ("o cümlədən veteranlar həlak olanları andılar")
            ends = (word_at(toks, y) for y in (hit[3] + 1, hit[3] + 2))
            return x if any(w in CLAUSE_ENDS or w in AND for w in ends) else None
    return None


def _closed_before_verb(toks: list[Tok], comma: int, close: int) -> bool:
    """Whether an aside opened after a comma ("137 nəfər, aralarında qadınlar da olmaqla, qətlə yetirilib"), or a
    clause of time ending in a converb ("137 nəfər, qoşunlar şəhərə daxil olarkən, həlak olub"), closed by another
    comma is followed by the verb-final verb that ends the clause: the casualty word and at most one
    word after it, then the clause's end (not "500 nəfər, o cümlədən veteranlar, həlak olanları anmağa gəlib")."""
    converb = toks[close - 1].norm.endswith(ASIDE_END_ENDINGS)  # "137 nəfər, qoşunlar şəhərə girərkən, həlak olub"
    if not converb and not any(matches(toks, comma + 1, p) for p in ASIDE_OPEN):
        return False
    hit = keyword_at(toks, close + 1, "R", ending=False)
    return hit is not None and any(word_at(toks, y) in CLAUSE_ENDS for y in (hit[3] + 1, hit[3] + 2))
