"""A post whose body a pointer names ("председатель этой организации", "руководитель данной структуры", "Её
председатель X"): the body is the one the sentence before names, when it names exactly one (its capitalised noun,
in any case, with the words in the genitive after it: "Общество азербайджанцев Самары"), and no person; else the
post stays bare. The words are data: `[roles] anaphors` (the pointers before a post's body), `anaphor_owners` (the
possessives before a post), `anaphor_nouns` (the bodies' words a pointer stands with) and `[[roles.anaphor_bodies]]`
(a body noun's forms, and its genitive)."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from ._known_roles import is_known_role
from ._names import names_in
from ._title_words import in_genitive, is_role_head
from .roles import canonical_role

_POINTERS = lang.words("roles.anaphors")
_OWNERS = lang.words("roles.anaphor_owners")
_NOUNS = lang.words("roles.anaphor_nouns")
_GENITIVE_OF = {
    form: row["genitive"]
    for _, rows in lang.table("roles.anaphor_bodies")
    for row in rows
    for form in (row["genitive"], *row["forms"].split())
}
# The possessives that agree with each body's noun, by its genitive ("общества": "его").
_OWNERS_OF = {
    row["genitive"]: frozenset(row["owners"].split()) for _, rows in lang.table("roles.anaphor_bodies") for row in rows
}
_STOPS = ".!?"  # the marks that end the sentence before the post
_BEFORE = 400  # characters before the post read for the sentence before it
_BODY_WORDS = 4  # the words of a body's name after its noun


def _bodies(toks: list[sx.Token]) -> set[str]:
    """The bodies a sentence names, each in the genitive: its capitalised noun, then lower-case words in the
    genitive or capitalised words ("Обществом азербайджанцев Самары": "Общества азербайджанцев Самары")."""
    out: set[str] = set()
    for k, tok in enumerate(toks):
        genitive = _GENITIVE_OF.get(tok.low)
        if genitive is None or not tok.text[:1].isupper():
            continue
        words = [genitive[:1].upper() + genitive[1:]]
        for after in toks[k + 1 : k + 1 + _BODY_WORDS]:
            if not (in_genitive(after.text) or (after.text[:1].isupper() and after.text.isalpha())):
                break
            words.append(after.text)
        out.add(" ".join(words))
    return out


def _post(words: list[str]) -> tuple[str, str] | None:
    """The post of a title with a pointer and the body's word it points with ("председатель этой организации":
    "председатель", "организации"), else None."""
    lows = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lows) if w in _POINTERS), None)
    if at is None or at == 0 or at + 1 >= len(lows) or lows[at + 1] not in _NOUNS or at + 2 != len(lows):
        return None
    head = all(is_role_head(w) or w.islower() for w in words[:at])
    return (" ".join(words[:at]), lows[at + 1]) if head else None


def anaphor_role(role: str | None, written: str | None, text: str, role_start: int) -> str | None:
    """The role of a post whose body a pointer names, with the one body the sentence before names; else `role`."""
    if not written:
        return role
    pointed = _post(written.split())
    before = text[max(0, role_start - 20) : role_start].split()
    owned = before and before[-1].lower() in _OWNERS and len(written.split()) == 1 and is_role_head(written)
    if pointed is None and not owned:
        return role
    post, noun = pointed or (written, "")  # ("Её председатель X": a body its possessive agrees with)
    owner = "" if pointed else before[-1].lower()
    spans = sx.sentences(text, max(0, role_start - _BEFORE), role_start)
    if spans and text[spans[-1].start : role_start].rstrip()[-1:] not in _STOPS:
        spans.pop()  # (the post's own sentence, begun before it: "На вечере выступил председатель этой …")
    if not spans:
        return role
    prev = spans[-1]
    toks, names = names_in(text, prev.start, prev.end)
    bodies = _bodies(toks)
    if len(bodies) != 1 or names:
        return role  # (none, two, or a person who may be the one pointed to: the bare post)
    body = bodies.pop()
    if noun in _GENITIVE_OF and not body.lower().startswith(noun):
        return role  # ("руководитель этого центра" after a society: another body)
    if owner and owner not in _OWNERS_OF.get(body.split()[0].lower(), frozenset()):
        return role  # ("Её председатель" after a society: not the society's)
    title = f"{post} {body}"
    return canonical_role(title) if is_known_role(title) else role  # (a body the data can name in English)
