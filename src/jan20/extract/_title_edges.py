"""The words a title around a name is made of and where it ends: a word that can be in a title before a name
(`in_title`), the words of one after it (`after_title_word`), what closes one (`ends_title`, `verb_next`), a title of
grades only, and a language whose titles in apposition follow the name they describe (`after_names_comma`).
`_appositions` reads them for the title in apposition after a name, `_names` and the title walks for the one before.
"""

from __future__ import annotations

from functools import lru_cache

from jan20.text import sentences as sx
from jan20.text.fold import lowercase

from .. import lang
from . import _cues as cue
from ._envoys import HOST_BEFORE
from ._name_runs import is_cap
from ._name_words import JOINING_DASHES, acronym, capital_non_name, is_word
from ._possessive import POSSESSIVE_END, POSSESSIVES
from ._title_words import BODY_TITLE_WORDS, GRADES, RANKS, ROLE_MODIFIERS, is_role_head

# The small words of a title after a name (`[attendees]` in the language data; see each list's comment there).
APPOSITION_ARTICLES = lang.words("attendees.apposition_articles")  # "X, the Prime Minister,"
_APPOSITION_LINKS = lang.words("attendees.apposition_links")  # "X, Ambassador of Turkey to Azerbaijan,"
APPOSITION_ENDS = lang.words("attendees.apposition_ends")  # "X, the Minister of Culture and Y"
_APPOSITION_WORDS = lang.words("attendees.apposition_words")  # "X, deputy head of the embassy,"
DEGREE_FIELD_HEADS = lang.words("attendees.degree_field_heads")  # ", PhD in History X"
DEGREE_FIELD_LINKS = lang.words("attendees.degree_field_links")


# Head nouns of the languages whose titles in apposition follow the name they describe (`[attendees]
# apposition_after_name`): there "Prof. A, head of the department, Prof. B" gives the post to A, where Russian
# ("профессор A, заведующий кафедрой, профессор B") gives it to B.
_AFTER_NAME_HEADS = frozenset(
    word
    for language, after in lang.table("attendees.apposition_after_name")
    if after
    for word in lang.words_of(language.code, "roles.heads")
)


def follows_name(toks: list[sx.Token]) -> bool:
    """A title whose head is a word of a language whose appositions follow the name ("head of the department")."""
    return any(t.low in _AFTER_NAME_HEADS for t in toks)


def after_names_comma(toks: list[sx.Token], office: int) -> bool:
    """The title at `office` follows a name's comma (an article between: "Prof. A, the head of the department,
    Prof. B") in a language whose appositions follow the name they describe: it is that name's, and so after the
    name's degree between commas ("A, Ph.D., associate professor, Dr. B")."""
    k = office - 1
    while k > 0 and toks[k].low in APPOSITION_ARTICLES:
        k -= 1
    while k >= 3 and toks[k].text == "," and toks[k - 1].low.rstrip(".") in GRADES and toks[k - 2].text == ",":
        k -= 2  # (the name's degree: "Ph.D.")
    name = k >= 1 and is_cap(toks[k - 1].text) and not capital_non_name(toks[k - 1].text)
    return name and toks[k].text == "," and follows_name(toks[office : office + 3])


_FIELD_CAPITALS = 3  # the capitalised words of a degree's field ("PhD in Political Science")


def degree_field_start(toks: list[sx.Token], first: int) -> int:
    """Where a degree with its field right before the name at `first` starts ("PhD in History X": the token of
    "PhD"), so that a post before its comma is the name's; `first` when there is none."""
    for k in range(max(0, first - 2 - _FIELD_CAPITALS), first - 2):
        head, link, field = toks[k], toks[k + 1], toks[k + 2 : first]
        degree = head.low.replace(".", "") in DEGREE_FIELD_HEADS and link.low in DEGREE_FIELD_LINKS
        if degree and field and all(is_cap(t.text) for t in field):
            return k
    return first


def in_title(tok: sx.Token) -> bool:
    """A word that can be in a title written before a name ("Chief of the President's Administration")."""
    return _in_title(tok.text)


# (a word's answer depends on its text alone, and the walks back from each name ask it of the same words again and
# again: 4,081 calls for 973 distinct words on 200 KB of cue-dense text, 2026-12-08)
@lru_cache(maxsize=16384)
def _in_title(text: str) -> bool:
    """`in_title` of a token of that text."""
    if text in POSSESSIVES:
        return True
    if not text[:1].isalpha():  # (`is_word`)
        return False
    low = lowercase(text).rstrip(".")  # (the token's `low`)
    if low.endswith(POSSESSIVES) and low.islower():  # a lower-case word in the possessive: "the deputy head of the
        low = POSSESSIVE_END.sub("", low)  # city's cultural department X"
    if capital_non_name(text):
        return True
    if acronym(text):
        return True  # a body's abbreviation in a title ("доцент СПбГУ", "TADİV Başkanı")
    return (
        is_role_head(low)
        or low in ROLE_MODIFIERS
        or low in RANKS
        or low in cue.PRE_TITLE_LINK
        or low in BODY_TITLE_WORDS
        or low in _APPOSITION_WORDS  # "the chairman of the diaspora organization X"
    )


def graded_name_at(toks: list[sx.Token], k: int) -> bool:
    """A degree or rank, then a name, at k (", профессор Иззет Рустамов"): the post before it is that name's."""
    return k + 1 < len(toks) and toks[k - 1].text == "," and grades_only(toks[k : k + 1]) and is_cap(toks[k + 1].text)


def honorific_name_at(toks: list[sx.Token], k: int) -> bool:
    """An honorific's abbreviation, then a name, at k ("Dr. Sinan Demir"): a person's name opens there."""
    tok = toks[k]
    return tok.text.endswith(".") and grades_only([tok]) and k + 1 < len(toks) and is_cap(toks[k + 1].text)


def closed(toks: list[sx.Token], end: int) -> bool:
    return end == len(toks) or (toks[end].text in {",", ".", ")", ";"} or toks[end].text in JOINING_DASHES)


def is_title_end(tok: sx.Token) -> bool:
    return tok.low in APPOSITION_ENDS and tok.low not in cue.LIST_JOINERS


def ends_title(toks: list[sx.Token], end: int) -> bool:
    """A title after a name ends at `end`: punctuation, or a word that ends one where a comma would, other than a list
    joiner ("Prof. A, head of the history department noted that"; not "Prof. A, head of the department and Prof. B"),
    or companions ("Prof. A, head of the society together with the students visited")."""
    return closed(toks, end) or is_title_end(toks[end]) or cue.companions_at(toks, end)


def verb_next(toks: list[sx.Token], end: int) -> bool:
    """A lower-case word that is no title word or list joiner follows (a verb: "Faig Baghirov informed")."""
    if end >= len(toks) or not is_word(toks[end]) or not toks[end].text.islower():
        return False
    low = toks[end].low
    return low not in cue.LIST_JOINERS and not in_title(toks[end]) and low not in AFTER_TITLE


def grades_only(toks: list[sx.Token]) -> bool:
    """A title of ranks, degrees and honorifics only ("Professor", "Prof. Dr.", "Major General"): no post."""
    return bool(toks) and all(t.low.rstrip(".") in GRADES or t.low in GRADES for t in toks)


AFTER_TITLE = _APPOSITION_LINKS | HOST_BEFORE
# (joined once: `after_title_word` is asked of each word after a name, and the union of these 550 words was made anew
# for each)
_AFTER_TITLE_WORDS = ROLE_MODIFIERS | AFTER_TITLE | _APPOSITION_WORDS


def after_title_word(tok: sx.Token) -> bool:
    low = tok.low
    return capital_non_name(tok.text) or low in _AFTER_TITLE_WORDS or is_role_head(low)
