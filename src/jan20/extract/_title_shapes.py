"""Shapes of a title that hide the post the role table knows: a namesake ending a body's name ("директор музея им.
Низами Гянджеви"), two posts joined by a hyphen as one word ("фотокорреспондентом-журналистом")."""

from __future__ import annotations

from collections.abc import Callable

from jan20.text.fold import lowercase

from ._body_english import NAMED_AFTER  # ("музея имени X", "им. X": `[names] named_after`, without full stops)


def without_namesake(role_as_written: str) -> str | None:
    """The title without the namesake that ends it ("директор музея им. Низами Гянджеви": "директор музея"), when
    one does: a word of `NAMED_AFTER` after the body's noun, then capitalised words or initials only; else None."""
    parts = role_as_written.split()
    for i in range(2, len(parts) - 1):
        if lowercase(parts[i]).rstrip(".") in NAMED_AFTER and all(p[:1].isupper() for p in parts[i + 1 :]):
            return " ".join(parts[:i])
    return None


def compound_role(word: str, known: Callable[[str], str | None]) -> str | None:
    """A title of two posts the table knows, joined by a hyphen as one word, in any case form
    ("фотокорреспондентом-журналистом", "journalist-photographer"): the one whose canonical form holds the other's
    ("Photojournalist" over "Journalist"), else both joined by the hyphen; None when `known` reads either part as no
    role."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p.isalpha() for p in parts):
        return None
    first, second = (known(p) for p in parts)
    if first is None or second is None:
        return None
    if first.lower() in second.lower() or second.lower() in first.lower():
        return max(first, second, key=len)
    return f"{first}-{second}"
