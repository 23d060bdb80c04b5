"""Titles the role table does not know, between a verb or a list's comma and the name they belong to ("выступила
доцент X", "почтили X, инженер Y", "председатель Консультационного совета по инвестициям и торговле Z"): where the
walk of a subject after its verb (`_subjects`) goes on past them."""

from __future__ import annotations

import re

from jan20 import lang
from jan20.text import sentences as sx
from jan20.text.dates import YEAR_SUFFIX

from . import _cues as cue
from ._casualty_words import is_month
from ._name_words import is_word
from ._title_edges import in_title
from ._title_words import POST_SLASHES, ROLE_MODIFIERS, is_role_head

UNKNOWN_TITLE = 5  # words of an unknown title before a name after a verb
_GLUE_WORDS = 2  # words that join an unknown title to the list before it ("а также")
_QUOTED_WORDS = 4  # more capitalised words inside a quotation around a name's (`quoted`)
QUOTES = frozenset('"“”„«»‘’')
# The endings of an ordinal in digits after a hyphen or an apostrophe (`[roles] ordinal_endings`: "4-cü kurs
# tələbəsi", "студентка 4-го курса"), and the marks between the number and its ending.
_ORDINAL_ENDINGS = lang.words("roles.ordinal_endings")
_ORDINAL_MARKS = frozenset("-‐–'’")
_ORDINAL_TOKENS = 3  # the number, the mark, the ending
# The word after the name a body bears (`[names] namesake_links`: "M.Ə.Sabir adına şəhər 1 saylı orta məktəbin
# müəllimi X"): the name before it, initials and all, is the body's, a title's words go on after it.
_NAMESAKE_LINKS = lang.words("names.namesake_links")
_NAMESAKE_TOKENS = 8  # the tokens of a namesake's name before its link ("M", ".", "Ə", ".", "Sabir")


def title_gap(toks: list[sx.Token], k: int, linked: set[int], plain: bool = False) -> int:
    """Where the name after an unknown title that opens at k stands ("доцент X", "bələdiyyəsinin meri X",
    "“Vətən” təşkilatının sədri X"): a few words (and the quotation marks of a body's name), then a name; k when
    there is none. A phrase that opens with a word that opens no title (`[attendees] not_title_openers`: "в
    церемонии", "к могиле поэта") is none; `plain`: one that holds such a word anywhere is none either (after "and",
    where a verb's object may follow: "… и возложили цветы к могиле поэта X")."""
    if k < len(toks) and toks[k].low in cue.NOT_TITLE_OPENERS:
        return k
    named = next((j for j in range(k, min(len(toks), k + _NAMESAKE_TOKENS)) if toks[j].low in _NAMESAKE_LINKS), None)
    if named is not None and named > k and not linked.intersection(range(k, named)):
        after = title_gap(toks, named + 1, linked, plain)  # (the body's namesake, then the title: "Sabir adına …")
        return after if after > named + 1 else k
    quotes = sum(t.text in QUOTES for t in toks[k : k + UNKNOWN_TITLE + 3])  # a body's quoted name: "“Vətən” …"
    # (a date's words, day and month or year and its word, and the preposition before it: "… 20 января …", "… в 1990
    # году …")
    dates = 2 * sum(
        _date(toks, j) or _year(toks, j) or _numbered(toks, j) for j in range(k, min(len(toks), k + UNKNOWN_TITLE + 3))
    )  # (and a body's number with its sign or its word: "№ 2", "1 saylı")
    glued = next((n for n in range(_GLUE_WORDS + 1) if k + n >= len(toks) or toks[k + n].low not in cue.GLUE), 0)
    # (the words that join it to the list before it are no words of the title: ", а также дипломант конкурсов X")
    ahead = range(k, min(len(toks), k + glued + UNKNOWN_TITLE + 1 + quotes + dates))
    title = next((j for j in ahead if j in linked or not _title_gap_word(toks, j) or toks[j].low in cue.NEGATION), k)
    if plain and any(t.low in cue.NOT_TITLE_OPENERS for t in toks[k:title]):
        return k
    if any(t.low in cue.GROUP_NOUNS for t in toks[k:title]):
        return k  # a group, not one person's title: "… представители Фонда X" (X names the body)
    return title if title in linked else k


def quoted(toks: list[sx.Token], start: int, end: int) -> bool:
    """The tokens start..end stand, with at most a few more capitalised words, between a quotation mark glued to the
    first word and one glued to the last: words said or a title, no person ("’Ya İstiklal Ya Ölüm’ dediler")."""

    def capital(tok: sx.Token) -> bool:
        return is_word(tok) and tok.text[:1].isupper()

    left, right = start, end
    while left > 0 and start - left < _QUOTED_WORDS and capital(toks[left - 1]):
        left -= 1
    while right < len(toks) and right - end < _QUOTED_WORDS and capital(toks[right]):
        right += 1
    if left == 0 or right == len(toks) or toks[left - 1].text not in QUOTES or toks[right].text not in QUOTES:
        return False
    return toks[left - 1].end == toks[left].start and toks[right - 1].end == toks[right].start


def _title_gap_word(toks: list[sx.Token], j: int) -> bool:
    """A word of an unknown title: a word, a quotation mark, the day of a date ("сын погибшего 20 января X") or its
    year ("сын погибшего в 1990 году X"), a part of an ordinal in digits ("студентка 4-го курса X"), or a number
    sign and its number ("директор школы искусств № 2 X")."""
    tok = toks[j]
    return (
        is_word(tok)
        or tok.text in QUOTES
        or _date(toks, j)
        or _year(toks, j)
        or any(marked_ordinal(toks, j - n) for n in range(3))
        or _numbered(toks, j)
    )


_NUMBER_SIGNS = lang.words("roles.number_signs")  # "№"
# The words after a body's number (`[attendees] number_nouns`: "1 saylı orta məktəbin müəllimi X", "school No.")
_NUMBER_NOUNS = lang.words("attendees.number_nouns")


def _numbered(toks: list[sx.Token], j: int) -> bool:
    """A body's number at j with its sign or its word: a number sign before a number, a number after its sign
    ("директор Детской школы искусств № 2 X", "школы №2"), a number before its word ("şəhər 1 saylı orta məktəbin",
    "189 nömrəli məktəbin")."""
    text = toks[j].text
    if text in _NUMBER_SIGNS:
        return j + 1 < len(toks) and toks[j + 1].text.isdigit()
    if not text.isdigit() or len(text) > 4:
        return False
    return (j > 0 and toks[j - 1].text in _NUMBER_SIGNS) or (j + 1 < len(toks) and toks[j + 1].low in _NUMBER_NOUNS)


def marked_ordinal(toks: list[sx.Token], i: int) -> bool:
    """Tokens i..i+2 are an ordinal in digits with its ending after a hyphen or an apostrophe, written as one word
    ("4-cü", "4-го", "4'üncü"): inside a title, a year or class ("4-cü kurs tələbəsi", "ученик 9-го класса")."""
    if i < 0 or i + _ORDINAL_TOKENS > len(toks):
        return False
    number, mark, ending = toks[i : i + _ORDINAL_TOKENS]
    glued = number.end == mark.start and mark.end == ending.start
    digits = number.text.isdigit() and len(number.text) <= 3
    return glued and digits and mark.text in _ORDINAL_MARKS and ending.low in _ORDINAL_ENDINGS


def _date(toks: list[sx.Token], j: int) -> bool:
    """The day of a date at j, its month after it."""
    return toks[j].text.isdigit() and len(toks[j].text) <= 2 and j + 1 < len(toks) and is_month(toks[j + 1].low)


# The words after a year that make it a date's (`[dates] year_suffix`: "1990 года", "в 1990 году").
_YEAR_SUFFIX = re.compile(f"(?:{YEAR_SUFFIX})", re.I)
_YEAR_DIGITS = 4


def _year(toks: list[sx.Token], j: int) -> bool:
    """The year of a date at j, a word of a year after it ("в 1990 году", "20 января 1990 года")."""
    tok = toks[j]
    if not (tok.text.isdigit() and len(tok.text) == _YEAR_DIGITS and j + 1 < len(toks)):
        return False
    return _YEAR_SUFFIX.match(" " + toks[j + 1].text) is not None


def title_tail(toks: list[sx.Token], k: int, linked: set[int]) -> int:
    """Where the walk goes on after the unknown tail of a title whose known words end just before k: the name after
    a few plain words ("председатель Консультационного совета по инвестициям и торговле X"), or the comma after
    them when another item of the list follows it ("член федерального парламента Канады, председатель … Y"); k when
    there is neither, or no title word stands before k."""
    if not (k > 0 and title_word(toks[k - 1])):
        return k
    if (title := title_gap(toks, k, linked, plain=True)) > k:
        return title
    end = plain_segment(toks, k, linked)
    return end if end > k and list_comma(toks, end, linked) else k


def plain_segment(toks: list[sx.Token], k: int, linked: set[int]) -> int:
    """The comma that ends a few plain words opening at k (no name, no word of `not_title_openers`, no negation) when
    another item of a list follows it ("…, члены ассамблеи Онтарио, депутат Y": a title whose name is the next
    item's): its index, else k."""
    end = k
    quotes = sum(t.text in QUOTES for t in toks[k : k + UNKNOWN_TITLE + 3])  # a body's quoted name: "газеты «…»"
    while end < min(len(toks), k + UNKNOWN_TITLE + quotes) and _title_gap_word(toks, end) and end not in linked:
        if toks[end].low in cue.NOT_TITLE_OPENERS or toks[end].low in cue.NEGATION:
            return k
        end += 1
    if end == k or end >= len(toks) or toks[end].text != ",":
        return k
    # (or another such segment, a chain of posts before one name: "директор музея, кандидат искусствоведения,
    # заслуженный деятель культуры X"; each call walks a few words further, so the chain ends)
    return end if list_comma(toks, end, linked) or plain_segment(toks, end + 1, linked) > end + 1 else k


def joined_title(toks: list[sx.Token], k: int, linked: set[int]) -> int:
    """Where the walk goes on after an unknown title that opens at k right after "and": the name after it ("… и
    писатель X"), or the comma of the list after it ("… и основатель газеты «Путь», журналист Y"); k when there is
    neither."""
    title = title_gap(toks, k, linked, plain=True)
    return title if title > k else plain_segment(toks, k, linked)


def list_comma(toks: list[sx.Token], k: int, linked: set[int]) -> bool:
    """A comma between the people of a list after the verb ("почтили X, Y и Z"): one that a name, or a title,
    follows; a relative clause or anything else after it ends the subject."""
    if toks[k].text != "," or k + 1 >= len(toks):
        return False
    return (k + 1) in linked or title_word(toks[k + 1]) or title_gap(toks, k + 1, linked) > k + 1


def title_word(tok: sx.Token) -> bool:
    """A word of a title: its head ("minister", "председатель") or a word inside it ("foreign", "Milli")."""
    return is_word(tok) and (is_role_head(tok.low) or tok.low in ROLE_MODIFIERS)


def post_slash(toks: list[sx.Token], k: int) -> bool:
    """A slash before k that joins two posts of one person, as a joiner of `roles.post_joiners` ("Kars Valisi/Belediye
    Başkan Vekili X"): a head before it, a word of a title after it (not a body's name: "TÜRKSAV/Bursa")."""
    slash = k >= 2 and toks[k - 1].text in POST_SLASHES
    return slash and is_role_head(toks[k - 2].text) and in_title(toks[k])


def spaced_hyphen(toks: list[sx.Token], k: int) -> bool:
    """Whether the word at k is the second half of a hyphenated head written with a space before the hyphen and none
    after it ("Secretary -General", "Vice -Rector"): the two halves are one head."""
    if not 2 <= k < len(toks) or toks[k - 1].text != "-":
        return False
    if toks[k - 1].end != toks[k].start or toks[k - 2].end == toks[k - 1].start:
        return False  # (glued on both sides, a word of its own; spaced on both, a dash)
    return is_role_head(f"{toks[k - 2].text}-{toks[k].text}")
