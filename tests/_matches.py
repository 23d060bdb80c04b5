"""Text holding a match of a large pattern, drawn cheaply: an alternative of it first, then a text from that alone.

`st.from_regex` builds (and checks) a strategy for every branch of a pattern before it draws once: for the cue
patterns, thousands of characters of alternations each, that is seconds of CPU a pattern, for the few branches
an example reads. Here one alternative of the pattern's largest alternation is drawn (a group no lookaround holds,
so that every text of the narrower pattern holds a match of the whole one), and again, until the pattern left is
short; `st.from_regex` then builds a strategy for that alone. Every alternative can be drawn, as from the whole.
"""

from __future__ import annotations

import functools
import itertools
import re

from hypothesis import strategies as st

_SHORT = 300  # (characters of pattern: below this a strategy is quick to build)
# What the structure of a pattern is read from: an escape, a set, the opening of a group (with what kind it is),
# a bar, a closing. (A reference, a comment or the flags of the whole is read whole: it holds no alternatives.)
_TOKEN = re.compile(
    r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?(?:P=\w+|#[^)]*|[aiLmsux]+)\)"
    r"|(?P<plain>\((?:\?(?:[aiLmsux-]*:|P<\w+>)|(?!\?)))|\(|[|)]",
    re.DOTALL,
)


def _alternations(text: str) -> list[tuple[int, int, list[int]]]:
    """(start, end, the positions of its bars) of each group of `text` (and of the whole) holding alternatives,
    where no lookaround or conditional holds it."""
    found: list[tuple[int, int, list[int]]] = []
    stack: list[tuple[int, bool, list[int]]] = [(0, True, [])]  # (content start, plain, bars)
    for token in _TOKEN.finditer(text):
        c = token.group()
        if c == "|":
            stack[-1][2].append(token.start())
        elif c == ")":
            start, plain, bars = stack.pop()
            if plain and bars:
                found.append((start, token.start(), bars))
        elif c[0] == "(" and c[-1] != ")":
            stack.append((token.end(), token["plain"] is not None and stack[-1][1], []))
    start, plain, bars = stack.pop()
    if bars:
        found.append((0, len(text), bars))
    return found


@functools.cache
def _variants(text: str, flags: int) -> tuple[str, ...]:
    """The pattern with its largest alternation replaced by each of its alternatives in turn: each a narrower pattern,
    whose texts hold matches of `text`. Empty where a group is referred to by number (or a named one would be left
    out), or there is no alternation to split."""
    if flags & re.VERBOSE or re.search(r"\\[1-9]|\(\?\(", text):
        return ()
    referred = re.findall(r"\(\?P=(\w+)\)", text)
    for start, end, bars in sorted(_alternations(text), key=lambda a: a[0] - a[1]):
        if any(f"(?P<{name}>" in text[start:end] for name in referred):
            continue  # (an alternative would leave out a group referred to)
        edges = [start - 1, *bars, end]
        return tuple(text[:start] + text[a + 1 : b] + text[end:] for a, b in itertools.pairwise(edges))
    return ()


@functools.cache
def _compiled(text: str, flags: int) -> re.Pattern[str]:
    return re.compile(text, flags)


@st.composite
def _matches(draw: st.DrawFn, pattern: re.Pattern[str]) -> str:
    text = pattern.pattern
    while len(text) > _SHORT and (variants := _variants(text, pattern.flags)):
        text = draw(st.sampled_from(variants))
    return draw(st.from_regex(_compiled(text, pattern.flags)))


def matches(*patterns: re.Pattern[str]) -> st.SearchStrategy[str]:
    """A text holding a match of one of `patterns` (as `st.one_of(*map(st.from_regex, patterns))` draws)."""
    return st.sampled_from(patterns).flatmap(_matches)
