"""The endings of a possessive ("Ilham Aliyev's wife", "the city's cultural department"): `[names] possessive` in the
language data, read by the walks that drop one from a title or take a name for an owner."""

from __future__ import annotations

import re

from .. import lang

POSSESSIVES = tuple(sorted(lang.words("names.possessive"), key=lambda e: (-len(e), e)))  # the longest first
_ENDINGS = lang.alternation(POSSESSIVES)
POSSESSIVE_END = re.compile(rf"(?:{_ENDINGS})$")  # a word's: "Azerbaijan's"
POSSESSIVE_IN = re.compile(rf"(?:{_ENDINGS})\b")  # a title's words': "Parliament's Chairman"
