"""A university's posts keep the university a title names, one way in every language: "Rector of <University>"
("ректор БГУ", "Bakı Dövlət Universitetinin rektoru", "Rector of Baku State University": "Rector of BSU"), and the
post alone when the title names none ("universitetin rektoru": "Rector").

The data are each language's `[roles.universities]`: `written`, what a title of the post is written with in that
language (so an abbreviation is read as that language means it: "BSU" is Baku State University in English, Baku
Slavic University in Azerbaijani); `known`, each university's English name, the form it goes by ("BSU", "ADA
University"), with its names and abbreviations there (on the ASCII fold); `named`, a university the data does not
know, named by its own words (on the word fold of `_town_forms`, group `body`: "Kafkas Üniversitesi Rektörü":
"Rector of Kafkas University"). The English file's `posts` are the posts that keep it. An abbreviation the data does
not know is kept as written ("AzMİU-nun rektoru": "Rector of AzMİU").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jan20.text.fold import lowercase

from .. import lang
from ._body_english import in_english
from ._envoys import fold
from ._title_words import SMALL_WORDS
from ._town_forms import named_body

POSTS = frozenset(lang.language("en").get("roles.universities.posts") or ())
# The word for a university after its own name ("üniversitesi", "университета"), as written (`nouns`).
NOUNS = frozenset(lowercase(w) for _, table in lang.table("roles.universities") for w in table.get("nouns") or ())
# A department's or a faculty's noun after its name ("kafedrasının", "Fakültesi"), as written (`unit_nouns`).
UNIT_NOUNS = frozenset(lowercase(w) for _, t in lang.table("roles.universities") for w in t.get("unit_nouns") or ())
_IN_NAME: dict[str, str] = lang.language("en").get("roles.universities.in_name") or {}
_BRACKETED = re.compile(r"\s*\(\w+\)")  # its abbreviation in brackets after its name ("Üniversitesi (DEÜ)")


_Known = tuple[tuple[re.Pattern[str], str], ...]


def _tables() -> tuple[tuple[re.Pattern[str], _Known, tuple[re.Pattern[str], ...]], ...]:
    """Each language's `written`, `known` and `named`, in the order of the languages."""
    out = []
    for _, table in lang.table("roles.universities"):
        if "written" not in table:
            continue
        known = tuple((re.compile("|".join(ps)), name) for name, ps in (table.get("known") or {}).items())
        named = tuple(re.compile(p) for p in table.get("named") or ())
        out.append((re.compile(table["written"]), known, named))
    return tuple(out)


_TABLES = _tables()
_SUFFIX = re.compile(r"[-'’`].*$")  # a case ending after an abbreviation ("BDU-nun", "ODTÜ'nün")


def with_university(post: str, role_as_written: str, is_title_word: Callable[[str], bool]) -> str:
    """The post with the university the title names ("Rector of BSU"), or the post alone."""
    if post not in POSTS:
        return post
    university = university_named(role_as_written, is_title_word)
    return f"{post} of {university}" if university else post


def university_named(role_as_written: str, is_title_word: Callable[[str], bool]) -> str | None:
    """The university a title of a university's post names: its English name when the data knows it, its own
    words, or an abbreviation as written; None when it names none ("universitetin rektoru")."""
    role_as_written = _BRACKETED.sub("", role_as_written)
    low, folded = lowercase(role_as_written), fold(role_as_written)
    tables = [(known, named) for written, known, named in _TABLES if written.search(low)]
    for known, _ in tables:
        if (name := next((n for pattern, n in known if pattern.search(folded)), None)) is not None:
            return name
    for _, named in tables:
        for pattern in named:
            if (body := named_body(role_as_written, pattern, lambda _: False)) is not None:
                return body
    if (by_words := _by_words(role_as_written)) is not None:
        return by_words
    return next((w for w in map(abbreviation, _beside_post(role_as_written)) if w and not is_title_word(w)), None)


def _by_words(role_as_written: str) -> str | None:
    """A university the data names word by word after the post, its noun last ("ректор Сумгаитского
    государственного университета": "Sumgait State University"), when it has every word; None when a word is
    unknown ("… университета искусств")."""
    words = role_as_written.split()
    posts = [i for i, w in enumerate(words) if any(written.search(lowercase(w)) for written, _, _ in _TABLES)]
    nouns = [i for i, w in enumerate(words) if lowercase(w) in NOUNS]
    if not posts or not nouns or nouns[-1] <= posts[0] + 1 or nouns[-1] != len(words) - 1:
        return None
    english = in_english(words[posts[0] + 1 : nouns[-1] + 1])
    if english is None or not english.endswith(" University"):
        return None
    return " ".join(_IN_NAME.get(w, w) for w in english.split())


def _beside_post(role_as_written: str) -> list[str]:
    """The words right before and after the post's word, and after a small word after it ("AzMİU-nun rektoru",
    "ректор АзМИУ", "Rector of AzMIU"; not "Rektor, AMEA-nın müxbir üzvü", whose abbreviation is another body's)."""
    words = role_as_written.split()
    out: list[str] = []
    for i, word in enumerate(words):
        if not any(written.search(lowercase(word)) for written, _, _ in _TABLES):
            continue
        out += [w for w in words[max(i - 1, 0) : i] if w[-1:].isalpha()]
        if word[-1:].isalpha():  # (after the post, up to a comma: "Rektor, AMEA-nın müxbir üzvü" names no university)
            k = next((k for k in range(i + 1, len(words)) if lowercase(words[k]) not in SMALL_WORDS), len(words))
            out += words[k : k + 1]
    return out


def abbreviation(word: str) -> str | None:
    """A word that is an abbreviation, without its case ending ("AzMİU-nun": "AzMİU"): two capitals or more."""
    word = _SUFFIX.sub("", word.strip('.,;:()«»"“”'))
    capitals = sum(c.isupper() for c in word)
    return word if 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and capitals >= 2 else None
