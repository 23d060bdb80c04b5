"""A name whose case the words right before it make certain: a title in the genitive or another oblique case
("с участием посла Ивана Петрова", "выступление депутата Олега Смирнова": the name agrees with it), or a word
that governs the genitive with no title between ("по инициативе Ивана Петрова"). "Ивана Петрова" alone may be a
woman's name in the nominative; after such words it is a man's in the genitive, and name merging
(`jan20.extract.people.canonical_names`) compares and shows it as "Иван Петров". The words are data: `[names]
oblique_heads` and `oblique_before`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from jan20 import lang

from .people import unsure_oblique

# Head words of a title in an oblique case ("посла", "депутата", "председателя"): the name after it is in that case.
_HEADS = frozenset(w.lower() for w in lang.words("names.oblique_heads"))
# Words that govern the genitive of the name right after them ("с участием", "по инициативе").
_BEFORE = lang.pattern("names.oblique_before", r"(?<!\w)(?:{})\s*$")
_READ = 200  # characters before a mention that hold its title and the words before that


def certain_oblique(before: str, role_as_written: str | None) -> bool:
    """Whether the words right before a mention (`before`, the text up to it) put it in an oblique case: its title,
    written right before it, opens with an oblique head, or a word that governs the genitive is right before the
    name (or before its title)."""
    before = " ".join(before[-_READ:].split())
    if role_as_written:
        if not before.endswith(role_as_written):
            return False  # (a title from another sentence, or after the name: says nothing of its case)
        if role_as_written.split()[0].lower() in _HEADS:
            return True
        before = before[: -len(role_as_written)].rstrip()
    return _BEFORE.search(before) is not None


def certain_mentions(
    rows: Iterable[tuple[str, str | None, int, str]], text_before: Callable[[str, int, int], str]
) -> frozenset[str]:
    """The mentions (of rows: mention, role as written, start, article id) the words before them put in an oblique
    case, asked only of names whose case their form leaves open; `text_before(article, start, length)`."""
    return frozenset(
        mention
        for mention, role, start, article in rows
        if unsure_oblique(mention) and certain_oblique(text_before(article, start, _READ), role)
    )
