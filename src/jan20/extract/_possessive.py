"""The endings of a possessive ("Ilham Aliyev's wife", "the city's cultural department"): `[names] possessive` in the
language data, read by the walks that drop one from a title or take a name for an owner."""

from __future__ import annotations

import re

from .. import lang

POSSESSIVES = tuple(sorted(lang.words("names.possessive"), key=lambda e: (-len(e), e)))  # the longest first
_ENDINGS = lang.alternation(POSSESSIVES)
POSSESSIVE_END = re.compile(rf"(?:{_ENDINGS})$")  # a word's: "Azerbaijan's"
POSSESSIVE_IN = re.compile(rf"(?:{_ENDINGS})\b")  # a title's words': "Parliament's Chairman"
# An abbreviation of capitals ending in "S" with the possessive's bare apostrophe after it ("BHOS' Career Centre"): a
# title reads it as the abbreviation alone ("BHOS Career Centre").
ACRONYM_OWNER = re.compile(r"\b([A-Z]{1,8}S)['’](?!\w)")
