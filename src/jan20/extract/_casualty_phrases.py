"""The number phrases of a sentence, for the casualty extractor: its tokens, which numbers could count people
(not years, days, ages, references, money), ranges ("130-170", "between 130 and 170", "от 130 до 170"),
the qualifier of each ("more than", "nearly", "800-dən çox"), and the casualty words around them."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from jan20.text import sentences as sx
from jan20.text.dates import LAST_DAY
from jan20.text.fold import lowercase
from jan20.text.numbers import NumberMention

from .. import lang
from ._casualty_words import (
    CASE_MARKS,
    CHANGE_QUALIFIERS,
    CHANGE_TO,
    CHANGE_VERBS,
    DAY_JOINERS,
    DOZEN,
    FROM,
    MONTH_CAPITALISED,
    MONTH_STEMS,
    MONTHS,
    NUMBER_CASE,
    NUMBER_WORD_ENDINGS,
    OF,
    PERSON,
    POST_QUALIFIER_FIRST,
    POST_QUALIFIERS,
    QUALIFIER_LAST,
    QUALIFIERS,
    RANGE_JOINERS,
    RATIO,
    RATIO_AFTER,
    RATIO_EVERY,
    REFERENCE,
    YEAR_PREPS,
    Category,
    Phrase,
    Qualifier,
    keywords_with_edge,
    word_set,
)


@dataclass(frozen=True)
class Tok(sx.Token):
    """A token of `_text.tokens` as the casualty walks read it: in lower case, or "#" for a number (with the number
    read there), and whether it was capitalised."""

    norm: str = ""  # lower-case word or punctuation; "#" for a number
    cap: bool = False
    num: NumberMention | None = None

    def __init__(
        self, text: str, start: int, end: int, norm: str = "", cap: bool = False, num: NumberMention | None = None
    ) -> None:
        # (set as `sx.Token` sets its fields, not through object.__setattr__ six times as a frozen dataclass's own
        # __init__ does: the casualty walk makes one for every word of the sentences it reads; 2.1 -> 1.1 µs each)
        self.__dict__.update(text=text, start=start, end=end, norm=norm, cap=cap, num=num)


def _number(n: NumberMention) -> Tok:
    return Tok(n.text, n.start, n.end, "#", num=n)


def tokenize(text: str, s0: int, s1: int, nums: list[NumberMention]) -> list[Tok]:
    """Words, punctuation and numbers ("#") of text[s0:s1] in order; a word inside a number is not a word."""
    toks: list[Tok] = []
    k = 0  # the next number (numbers are in order and do not overlap)
    for m in sx.token_matches(text, s0, s1):
        word = m.group()
        if word[0].isdecimal():
            continue  # (the numbers are nums)
        start, end = m.span()
        while k < len(nums) and nums[k].end <= start:
            toks.append(_number(nums[k]))
            k += 1
        if k < len(nums) and nums[k].start < end:
            # "twenty-five": the number, not the word; but an Azerbaijani case ending after a number word is
            # a word of its own, as after digits ("yüz|dən çox" like "100-dən çox")
            ending = text[nums[k].end : end].lower()
            if start < nums[k].end < end and ending in NUMBER_WORD_ENDINGS:
                toks.append(_number(nums[k]))
                toks.append(Tok(text[nums[k].end : end], nums[k].end, end, ending))
                k += 1
            elif start < nums[k].end < end - 1 and ending[0] in "-‐":  # "thirty-odd", "forty-year-old": the rest
                at = nums[k].end
                toks += [
                    _number(nums[k]),
                    Tok(text[at], at, at + 1, "-"),
                    Tok(text[at + 1 : end], at + 1, end, ending[1:]),
                ]
                k += 1
            continue
        toks.append(Tok(word, start, end, lowercase(word), word[0].isupper()))
    toks.extend(_number(n) for n in nums[k:])
    return _without_citations(toks) if "[" in text[s0:s1] else toks


_CITATION_MAX = 1000  # a reference mark's number: "133[3] people died", "from 131 [1] to 170 [2]"


def _without_citations(toks: list[Tok]) -> list[Tok]:
    """The tokens without the reference marks a page copied from an encyclopedia keeps ("[3]")."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        num = toks[k + 1].num if k + 2 < len(toks) and toks[k].norm == "[" and toks[k + 2].norm == "]" else None
        if out and num is not None and num.kind == "digits" and num.value < _CITATION_MAX:
            k += 3
            continue
        out.append(toks[k])
        k += 1
    return out


def matches(toks: list[Tok], k: int, phrase: Phrase) -> bool:
    if k < 0 or k + len(phrase) > len(toks):
        return False
    # (a loop over the words, not all() over a generator of a slice: most phrases differ at their first word, and
    # each is asked about most numbers' neighbours; a third of the instructions of this function on cue-dense text)
    for p in phrase:
        norm = toks[k].norm
        if not (norm.startswith(p[:-1]) if p.endswith("*") else norm == p):
            return False
        k += 1
    return True


def word_at(toks: list[Tok], k: int) -> str:
    return toks[k].norm if 0 <= k < len(toks) else ""


def _is_month(toks: list[Tok], k: int) -> bool:
    w = word_at(toks, k)  # "May" only capitalised: in "147 may have died" it is a verb
    return w in MONTHS or (w in MONTH_CAPITALISED and toks[k].cap) or (len(w) > 2 and w.startswith(MONTH_STEMS))


def _is_day(toks: list[Tok], k: int) -> bool:
    """A day of a month: "January 20", "Jan. 20", "20 January", "20th of January" (not "March 160")."""
    n = toks[k].num
    prev_k = k - 2 if word_at(toks, k - 1) == "." else k - 1
    near_month = (
        _is_month(toks, prev_k) or _is_month(toks, k + 1) or (word_at(toks, k + 1) in OF and _is_month(toks, k + 2))
    )
    return n is not None and n.value <= LAST_DAY and near_month


def _in_ratio(toks: list[Tok], k: int) -> bool:
    """A number of a ratio: "3 out of 4", "1 in 4", "three of every four", "1 soldier for every 6 civilians"."""
    if word_at(toks, k - 1) in RATIO_EVERY:
        return True
    if any(word_at(toks, x) in RATIO_EVERY and word_at(toks, x + 1) == "#" for x in range(k + 1, k + 5)):
        return True  # the first number: "1 soldier for every 6 civilians"
    for phrase in RATIO:  # "3 out of 4", "1 in 4": either number
        n = len(phrase)
        if word_at(toks, k - n - 1) == "#" and matches(toks, k - n, phrase):
            return True
        if matches(toks, k + 1, phrase) and word_at(toks, k + n + 1) == "#":
            return True
    after = word_at(toks, k + 2)  # "3 of 4", "three of every four": the first number
    return word_at(toks, k + 1) in RATIO_AFTER and (after == "#" or after in RATIO_EVERY)


def _usable(text: str, toks: list[Tok], k: int) -> bool:
    """Could this number count people? Not an ordinal, year, date, reference, money, time or compound."""
    n = toks[k].num
    assert n is not None
    before, after = text[n.start - 1 : n.start], text[n.end : n.end + 2]
    prev_k = k - 2 if word_at(toks, k - 1) == "." else k - 1  # "p. 12", "Jan. 20"
    prev, nxt = word_at(toks, prev_k), word_at(toks, k + 1)
    return not (
        n.ordinal
        or (n.kind == "digits" and len(n.text) > 1 and n.text[0] == "0")
        or (n.looks_like_year and (prev in YEAR_PREPS or nxt not in PERSON))  # "2000 people" may count
        or (before != "" and before in "/#№$€£₼+[.")  # "articles/4109", "$147", "[12]", ".....16"
        or (after[:1] != "" and after[:1] in "/%]")
        or (
            after[:1] == "-"
            and after[1:].isalpha()
            and not NUMBER_CASE.match(text, n.end)
            and not _dashed_post(toks, k)
        )
        or (before == "-" and text[n.start - 2 : n.start - 1].isalpha())  # "F-16", "Mi-24"
        or prev in REFERENCE
        or _is_day(toks, k)
        or _in_ratio(toks, k)
        # "one" as a pronoun: "the one who died", "one of the victims"
        or (n.value == 1 and n.kind == "words" and (prev in _ONE_PRONOUN_BEFORE or nxt in _ONE_PRONOUN_AFTER))
    )


# A range's two numbers joined by a word that needs another before the first: "between 130 and 170",
# "от 130 до 170", "между 130 и 170". ("130 to 170" and "130-170" need none.)
RANGE_PAIRS = frozenset(
    (joiner, opener)
    for _, pairs in lang.table("casualties.range_pairs")
    for opener, joiner in (pair.split() for pair in pairs)
)
RANGE_OPENERS = word_set("range_openers")
# A range closed by a word after it: "131 ilə 170 arasında".
_RANGE_CLOSING = tuple(
    (row["joiner"], frozenset(row["after"].split()))
    for _, rows in lang.table("casualties.range_closing")
    for row in rows
)
# The case endings of a range's numbers ("130-dan 170-ə"), after a hyphen or an apostrophe.
_RANGE_CASE_FROM = word_set("range_case_from")
_RANGE_CASE_TO = word_set("range_case_to")
_ONE_PRONOUN_BEFORE = word_set("one_pronoun_before")
_ONE_PRONOUN_AFTER = word_set("one_pronoun_after")


def candidates(text: str, toks: list[Tok]) -> list[tuple[int, int]]:
    """(first, last) token index of each usable number phrase; a range spans two numbers."""
    nums = [k for k, t in enumerate(toks) if t.num is not None]
    usable = {k: _usable(text, toks, k) for k in nums}
    dates = {k for k in nums if _is_day(toks, k)}
    for _ in range(2):  # a number joined to a date is a date too: "19-20 January", "January 19 and 20"
        for a, b in itertools.pairwise(nums):
            if b == a + 2 and toks[a + 1].norm in DAY_JOINERS and {a, b} & dates:
                usable[a] = usable[b] = False
                dates |= {a, b}
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        if not usable.get(k):
            k += 1
            continue
        low, high, sep = toks[k].num, toks[k + 2].num if usable.get(k + 2) else None, word_at(toks, k + 1)
        if word_at(toks, k - 1) in FROM and word_at(toks, k - 2) in CHANGE_VERBS:
            k += 1  # "rose from 131 in February to 147", "was revised from 83 to 131": the old figure
            continue
        if low is not None and high is not None and high.value > low.value:
            if sep in CHANGE_TO and word_at(toks, k - 1) in FROM and word_at(toks, k - 2) in CHANGE_VERBS:
                k += 2  # "rose from 131 to 147": the old figure is not a figure
                continue
            closed = any(sep == joiner and word_at(toks, k + 3) in after for joiner, after in _RANGE_CLOSING)
            if sep in RANGE_JOINERS or (sep, word_at(toks, k - 1)) in RANGE_PAIRS or closed:
                out.append((k, k + 2))
                k += 3
                continue
        if (end := _cased_range(toks, k, usable)) is not None:
            out.append((k, end))  # "130-dan 170-ə qədər", "130'dan 170'e kadar"
            k = end + 1
            continue
        out.append((k, k))
        k += 1
    return out


def _cased_range(toks: list[Tok], k: int, usable: dict[int, bool]) -> int | None:
    """The second number of a range whose numbers carry case endings, "from" on the first and "to" on the second
    ("130-dan 170-ə qədər", "130'dan 170'e kadar"), or None."""
    if word_at(toks, k + 1) not in CASE_MARKS or word_at(toks, k + 2) not in _RANGE_CASE_FROM:
        return None
    low, high = toks[k].num, toks[k + 3].num if usable.get(k + 3) else None
    if low is None or high is None or high.value <= low.value:
        return None
    if word_at(toks, k + 4) in CASE_MARKS and word_at(toks, k + 5) in _RANGE_CASE_TO:
        return k + 3
    return None


def qualifier_of(toks: list[Tok], i: int, j: int) -> tuple[Qualifier, int, int]:
    """Qualifier of the number phrase toks[i..j], and the indexes of the phrase's first and last words."""
    if i != j:
        return "range", i - 1 if word_at(toks, i - 1) in RANGE_OPENERS else i, j
    for phrase, q in QUALIFIERS if word_at(toks, i - 1) in QUALIFIER_LAST else ():
        at = i - len(phrase)
        if matches(toks, at, phrase) and not (phrase in CHANGE_QUALIFIERS and word_at(toks, at - 1) in CHANGE_VERBS):
            return q, at, j + _dashed_post(toks, j)  # ("went up to 147" is a new figure, not a ceiling; "some 130-odd")
    num = toks[i].num
    if num is not None and any(word in num.text.lower() for word in DOZEN):
        return "approx", i, j
    after = POST_QUALIFIERS if word_at(toks, j + 1) in POST_QUALIFIER_FIRST else ()
    post = next(((p, q) for p, q in after if matches(toks, j + 1, p)), None)  # "130 or more"
    return (post[1], i, j + len(post[0])) if post else ("exact", i, j)


def _dashed_post(toks: list[Tok], j: int) -> int:
    """The length of a qualifier after a hyphen right after the number at j ("130-odd"), or 0."""
    return next((len(p) for p, _ in POST_QUALIFIERS if p[0] == "-" and matches(toks, j + 1, p)), 0)


def keyword_at(toks: list[Tok], k: int, side: str, ending: bool) -> tuple[Category, str, int, int] | None:
    """A casualty word usable on ``side`` that starts (``ending``: ends) at token k: (cat, sides, a, b)."""
    for cat, sides, phrase in keywords_with_edge(word_at(toks, k), ending):
        a = k - len(phrase) + 1 if ending else k
        if side in sides and matches(toks, a, phrase):
            return cat, sides, a, a + len(phrase) - 1
    return None
