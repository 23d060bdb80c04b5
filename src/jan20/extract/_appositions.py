"""The title in apposition after a name ("Artur Rasizade, the Prime Minister,"), as `_names` reads it to give a name
its role; the words a title is made of and where it ends are `_title_edges`."""

from __future__ import annotations

import re

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._body_and import ends_in_joined_body, joined_body_words
from ._complements import CLOSING_QUOTES, OPENING_QUOTES
from ._known_roles import is_known_role, known_role
from ._name_runs import is_cap
from ._name_words import JOINING_DASHES, acronym, bracketed_abbreviation, capital_non_name, is_word
from ._role_table import fold_role
from ._title_edges import (
    AFTER_TITLE,
    APPOSITION_ARTICLES,
    APPOSITION_ENDS,
    DEGREE_FIELD_HEADS,
    DEGREE_FIELD_LINKS,
    after_title_word,
    closed,
    ends_title,
    grades_only,
    honorific_name_at,
    is_title_end,
    verb_next,
)
from ._title_gaps import spaced_hyphen
from ._title_places import joined_field
from ._title_words import ROLE_MODIFIERS, fields_go_on, is_role_head

_AFFILIATIONS = lang.words("attendees.apposition_affiliations")  # "X, an employee of the museum, head of …"
# "X, one of the talented tar players,": the phrases before a title of a group the name is one of.
_ONE_OF = tuple(tuple(p.split()) for _, phrases in lang.table("attendees.apposition_one_of") for p in phrases)


_OPENERS = {",", "("} | JOINING_DASHES  # what opens a title after a name ("X, the Minister", "X – Director of Y")


def title_after(toks: list[sx.Token], last: int) -> tuple[int, int] | None:
    """The title in apposition after a name (see `_title_after`), or the post in a second one after a first that says
    only where the name works ("X, an employee of the museum, head of its archive department,": the head's post)."""
    first = _affiliation_end(toks, last)
    post = title_after(toks, first) if first is not None else None
    return post if post is not None else _title_after(toks, last) or _post_clause(toks, last)


_AFFILIATION_WORDS = 6  # the words of a title that says only where a name works ("a staff member of the museum")


def _affiliation_end(toks: list[sx.Token], last: int) -> int | None:
    """The comma that ends a title in apposition after a name that says only where the name works ("X, an employee
    of the museum,", "Y, a researcher at the institute,") or what degree it holds ("Z, PhD in Chemistry,"), when a
    second title follows it; None otherwise."""
    if not (last < len(toks) and toks[last].text == ","):
        return None
    m = last + 1 + (last + 1 < len(toks) and toks[last + 1].low in APPOSITION_ARTICLES)
    degree = m < len(toks) and toks[m].low.replace(".", "") in DEGREE_FIELD_HEADS  # "X, Ph.D. in Chemistry, head of"
    if m >= len(toks) or not (toks[m].low in _AFFILIATIONS or degree):
        return None
    n = next((k for k in range(m + 1, min(len(toks), m + 1 + _AFFILIATION_WORDS)) if not is_word(toks[k])), None)
    field = degree and all(t.low in DEGREE_FIELD_LINKS or is_cap(t.text) for t in toks[m + 1 : n])  # "in Chemistry"
    if (
        n is None
        or toks[n].text != ","
        or not (field or all(t.text.islower() or after_title_word(t) for t in toks[m:n]))
    ):
        return None
    return None if _seat(" ".join(t.text for t in toks[m:n])) else n


_SEAT_POST = lang.language("en").get("roles.parliament_posts.home")[-1]  # ("Member of Parliament")
_SEAT_ABROAD = lang.language("en").get("roles.parliament_posts.abroad")  # ("Member of the Parliament of Germany")


def _seat(title: str) -> bool:
    """Whether a title is a seat in a parliament ("member of the Milli Majlis", "a member of the Bundestag"): a post
    of its own, the name's first, not only where the name works ("X, member of parliament, chair of the council,")."""
    known = known_role(title, fold_role(title))
    return known is not None and (known == _SEAT_POST or f" {_SEAT_ABROAD} " in f" {known} ")


def _title_after(toks: list[sx.Token], last: int) -> tuple[int, int] | None:
    """The title in apposition after a name ("Artur Rasizade, the Prime Minister,"), as (first, end) tokens; one
    followed by a verb, not by punctuation, when it is a known office ("X, Consul General of Azerbaijan in Los
    Angeles briefed"); a post in brackets ("A (tarix müəllimi)")."""
    if (bracketed := _bracketed_title(toks, last)) is not None:
        return bracketed
    m = last + 1 if last < len(toks) and toks[last].text in _OPENERS else last
    one_of = next((len(p) for p in _ONE_OF if m > last and tuple(t.low for t in toks[m : m + len(p)]) == p), 0)
    m += one_of
    described = m < len(toks) and toks[m].low in APPOSITION_ARTICLES
    m += described
    head = _described_head(toks, m) if described else None
    if head == _REMEMBERED_HEAD:
        return None  # ("X, a murdered student,": one remembered, no post of one present)
    start = m if head is None else head  # ("X, a young historian,": the historian)
    m = start if head is None or toks[head - 1].low not in _FORMER_ANY else head - 1  # ("a retired teacher": kept)
    n = start + (start < len(toks) and _OWNER_ABBREVIATION.fullmatch(toks[start].text) is not None)  # ("CCAG's")
    n += 2 if head is None and _study_year(toks, n) else 0  # ("X, II course student,", "X, a 3rd year student,")
    while n < len(toks) and (
        (quoted := _quoted_body(toks, m, n))  # ("X, editor-in-chief of the newspaper “Kaspi”,")
        or (
            is_word(toks[n])
            and (after_title_word(toks[n]) or _named_body(toks, m, n))
            and not (n > m and honorific_name_at(toks, n))  # (the next item of a list: "A, President of X Dr. B, …")
        )
    ):
        n += quoted or _joined_field(toks, n) or (2 if _joined_post(toks, m, n) else 1)  # ("founder and head")
        n += 2 if n > m and spaced_hyphen(toks, n + 1) else 0  # ("Secretary -General": one head)
    n = _field_after_link(toks, m, n)
    n += 3 if n > m and _abbreviation_at(toks, n) else 0  # ("X, Director of the Global Institute (GI), spoke")
    if not (m > last and n > m and any(is_role_head(t.text) for t in toks[m:n])):
        return None
    companions = cue.companions_at(toks, n)
    if head is not None and not (closed(toks, n) or companions):
        return None  # (only a title closed by its comma, stop or companions: "X, a young historian, …")
    if not one_of and any(t.low in cue.PLURAL_TITLES for t in toks[m:n]):
        return None  # (the next item of a list, a group: "A və B, komitə sədrləri, deputatlar …": not the name's)
    if toks[n - 1].low in AFTER_TITLE:
        return None  # (a title cut short: "X, Consul General in 2019")
    if n < len(toks) and toks[n].text == "," and fields_go_on([t.text for t in toks[n + 1 : n + _FIELDS_AHEAD]]):
        return None  # (the next name's title, its fields set off by commas: "A, директор Института истории, права и …")
    if closed(toks, n) or toks[n].low in APPOSITION_ENDS or companions:  # ("X, the head of the society together
        return m, n  # with the students visited")
    known = ends_in_joined_body(toks, m, n) or is_known_role(" ".join(t.text for t in toks[m:n]))
    return (m, n) if verb_next(toks, n) and known else None


def _abbreviation_at(toks: list[sx.Token], n: int) -> bool:
    """The abbreviation of the body a title names, in brackets right after its name ("… of the Global Institute
    (GI)"): part of the title, which its comma or verb closes after the bracket."""
    return (
        n + 2 < len(toks)
        and toks[n].text == "("
        and is_cap(toks[n - 1].text)
        and bracketed_abbreviation(toks[n + 1].text)
        and toks[n + 2].text == ")"
    )


_FIELDS_AHEAD = 12  # the tokens after an apposition's comma read for a list of a unit's fields


# The year of study before a student's post, as an ordinal and its word ("II course", "3rd year": `[attendees]
# study_years`, the ordinal one of `study_ordinals`, its digits with an ordinal suffix).
_STUDY_YEARS = lang.words("attendees.study_years")
_SUFFIXES = lang.alternation(lang.words("numbers.ordinal_suffixes"))
_ORDINALS = lang.words("attendees.study_ordinals")
_STUDY_ORDINAL = re.compile(
    rf"(?:{lang.alternation(w for w in _ORDINALS if not w.isdigit())}"
    rf"|(?:{lang.alternation(w for w in _ORDINALS if w.isdigit())})(?:{_SUFFIXES}))",
    re.IGNORECASE,
)


def _study_year(toks: list[sx.Token], k: int) -> bool:
    """An ordinal and a word of a year of study at k ("II course", "3rd year"), before a post's head in lower case."""
    if k + 2 >= len(toks) or toks[k + 1].low not in _STUDY_YEARS or not _STUDY_ORDINAL.fullmatch(toks[k].text):
        return False
    return is_role_head(toks[k + 2].text) and toks[k + 2].text.islower()


_OWNER_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]+['’]s")  # a body's abbreviation in the possessive ("CCAG's")
_DESCRIBING_WORDS = 2  # the words that describe a post after an article in apposition ("X, a young historian,")


def _described_head(toks: list[sx.Token], m: int) -> int | None:
    """The head of a post in apposition after its article, after words in lower case that describe it and are no
    title's ("X, a young historian,", "Y, a retired teacher,"): the head's index, when one of the data's role heads
    follows one or two such words; `_REMEMBERED_HEAD` when one of them says the name is one killed or remembered
    ("X, a murdered student,", "a martyred poet": `_REMEMBERED_WORDS`); else None (a post the walk reads whole: "X,
    the Prime Minister,")."""
    for k in range(m, min(len(toks), m + _DESCRIBING_WORDS + 1)):
        tok = toks[k]
        if k > m and is_role_head(tok.text) and tok.text.islower():
            if any(_remembered_word(t) for t in toks[m:k]):
                return _REMEMBERED_HEAD
            # (a word of a past post is kept right before the head, "a retired teacher"; elsewhere it would be lost)
            return None if any(t.low in _FORMER_ANY for t in toks[m : k - 1]) else k
        plain = is_word(tok) and tok.text.isalpha() and tok.text.islower() and not after_title_word(tok)
        if not (plain or _remembered_word(tok)) or tok.low in _NOT_DESCRIBING:
            return None
    return None


def remembered_after(toks: list[sx.Token], last: int) -> bool:
    """The name that ends at `last` is described in apposition as one killed or remembered ("Ali Aliyev, a murdered
    student,", "X, the late poet,"): no one present, whatever the sentence says they did."""
    if last + 1 >= len(toks) or toks[last].text != ",":
        return False
    if toks[last + 1].low in cue.DEATH_PARTICIPLES:
        return True  # ("X, killed in 1990, and the students visited")
    if cue.DEATH_CLAUSE.match(" ".join(t.low for t in toks[last + 1 : last + 5])):
        return True  # ("X, who was killed in 1990, had written")
    m = last + 2
    described = m < len(toks) and toks[last + 1].low in APPOSITION_ARTICLES
    return described and _described_head(toks, m) == _REMEMBERED_HEAD


def in_remembered_after(toks: list[sx.Token], k: int) -> bool:
    """The word at k is of a post in apposition that describes the name before it as one killed or remembered ("A, a
    murdered student, and B": "student" is neither A's post nor B's)."""
    return any(toks[c].text == "," and remembered_after(toks, c) for c in range(max(0, k - _DESCRIBING_WORDS - 2), k))


_REMEMBERED_HEAD = -1  # (`_described_head`: the post of one remembered)
_FORMER_ANY = lang.words("roles.former_any")  # a word that makes the post a past one ("a retired teacher")


def _remembered_word(tok: sx.Token) -> bool:
    """A word that says the one described was killed or is remembered: a participle of `[attendees]
    death_participles` ("murdered", "martyred", "fallen"; not "wounded": a wounded veteran may be there) or a word of
    `remembered_next` ("late", "deceased")."""
    return tok.low in cue.DEATH_PARTICIPLES or cue.REMEMBERED_NEXT.search(f"{tok.low} ") is not None


# Words that never describe a post after its article: they join, negate or end a phrase ("a friend and historian").
_NOT_DESCRIBING = cue.LIST_JOINERS | cue.NEGATION | cue.ADDS_PEOPLE | APPOSITION_ENDS


def _joined_post(toks: list[sx.Token], m: int, n: int) -> bool:
    """A head, then a list joiner and another head in lower case: two posts of the one name ("founder and president
    of the society"), not the next name of a list ("head of the department and Prof. B")."""
    k = n + 1
    return (
        m <= n < len(toks) - 2
        and is_role_head(toks[n].text)
        and toks[k].low in cue.LIST_JOINERS
        and toks[k + 1].text.islower()
        and is_role_head(toks[k + 1].text)
    )


def _joined_field(toks: list[sx.Token], n: int) -> int:
    """Tokens from n a unit's field, "and" and a second field take ("Faculty of Physics and Chemistry"; not "… of Law
    and Mary Jones"), or a body's name's "and" and words (`joined_body_words`); 0 for none."""
    if n + 2 >= len(toks) or toks[n + 1].low not in cue.LIST_JOINERS or not is_cap(toks[n + 2].text):
        return 0
    return 3 if joined_field(toks, n + 2) < n + 2 and not _person_at(toks, n + 2) else joined_body_words(toks, n)


def _named_body(toks: list[sx.Token], m: int, n: int) -> bool:
    """A capitalised word of the name of the body a title after a name heads ("Dean of the Faculty of Languages")."""
    named = is_cap(toks[n].text) or acronym(toks[n].text)  # ("Director of TODAIE")
    head = is_role_head(toks[m].text) or (toks[m].low in ROLE_MODIFIERS and is_role_head(toks[m + 1].text))
    # (a body's name opens after a link or goes on after its own word: not after a noun in lower case, where the next
    # item's name begins, "A, head of the youth branch B and others")
    prev = toks[n - 1]
    opens = prev.low in AFTER_TITLE or is_cap(prev.text) or acronym(prev.text) or not is_word(prev)
    # (nor a person's name after the body's own capitalised words: "A, Head of the Youth Branch B and others"; after a
    # title's head it is the title's, "X, assistant to President Ilham Aliyev,")
    body_word = capital_non_name(prev.text) and not is_role_head(prev.text)
    opens = opens and not (n > m and body_word and _person_at(toks, n))
    return named and opens and any(t.low in AFTER_TITLE for t in toks[m:n]) and head  # ("Vice President of …")


def _quoted_body(toks: list[sx.Token], m: int, n: int) -> int:
    """How many tokens from n are a body's own name in quotation marks, capitalised, in a title after its link (from
    m: "editor-in-chief of the “Kaspi” newspaper", "chairman of the society "Vatan""); 0 when they are not."""
    if toks[n].text not in OPENING_QUOTES or not any(t.low in AFTER_TITLE for t in toks[m:n]):
        return 0
    k = next((k for k in range(n + 1, min(len(toks), n + 2 + _PERSON_WORDS)) if not is_cap(toks[k].text)), n + 1)
    return k - n + 1 if k > n + 1 and toks[k].text in CLOSING_QUOTES else 0


_PERSON_WORDS = 4  # the most words of a person's name


def _person_at(toks: list[sx.Token], n: int) -> bool:
    """A person's name opens at n: two to four capitalised words none of which is a title's, body's or place's word,
    and then no capitalised word (the body's name goes on: "the Heydar Aliyev Foundation")."""
    k = n
    while k < min(len(toks), n + _PERSON_WORDS + 1) and is_cap(toks[k].text) and not capital_non_name(toks[k].text):
        k += 1
    return 2 <= k - n <= _PERSON_WORDS and (k == len(toks) or not (is_cap(toks[k].text) or acronym(toks[k].text)))


_FIELD_WORDS = 4  # the lower-case words of a field after a title's link ("of political science")


def _field_after_link(toks: list[sx.Token], m: int, n: int) -> int:
    """The end of a title after a name that goes on, after its head's link, with a field in lower case up to its
    comma or full stop ("X, professor of political science,", "Y, lecturer in international law."); n otherwise."""
    if not (m < n - 1 < len(toks) and toks[n - 1].low in AFTER_TITLE and any(is_role_head(t.text) for t in toks[m:n])):
        return n
    k = n
    while (
        k < len(toks)
        and k - n < _FIELD_WORDS
        and is_word(toks[k])
        and toks[k].text.islower()
        and not is_title_end(toks[k])
    ):
        k += 1
    k = _named_tail(toks, n, k)
    return k if k > n and ends_title(toks, k) and toks[k - 1].low not in AFTER_TITLE else n


def _named_tail(toks: list[sx.Token], n: int, k: int) -> int:
    """The end of a body's capitalised name after the link that ends a field in lower case ("X, representative of the
    religious community of Mountain Jews,": up to its comma), k when no such name closes the title there."""
    if not (n < k < len(toks) and toks[k - 1].low in AFTER_TITLE and toks[k - 1].low not in cue.LIST_JOINERS):
        return k
    j = k
    while j < len(toks) and j - k < _FIELD_WORDS and (is_cap(toks[j].text) or acronym(toks[j].text)):
        j += 1
    return j if j > k and closed(toks, j) else k


_BRACKET_WORDS = 6  # the words of a post in brackets after a name


def _bracketed_title(toks: list[sx.Token], last: int) -> tuple[int, int] | None:
    """A post in brackets right after a name, up to its closing bracket ("A (tarix müəllimi)", "B (директор школы)",
    "C (Rector of X)"), when its words are no more than a title's and one of them is a head; None otherwise."""
    if last >= len(toks) or toks[last].text != "(":
        return None
    end = min(last + 2 + _BRACKET_WORDS, len(toks))
    close = next((k for k in range(last + 1, end) if toks[k].text == ")"), None)
    if close is None or close == last + 1 or not all(is_word(t) for t in toks[last + 1 : close]):
        return None
    heads = [t for t in toks[last + 1 : close] if is_role_head(t.text)]
    return (last + 1, close) if heads and not grades_only(heads) else None


_POST_RELATIVES = lang.words("attendees.apposition_post_relatives")  # ("X, who heads the Centre,")
_POST_VERBS = frozenset(p.split(":")[0] for _, pairs in lang.table("attendees.apposition_post_verbs") for p in pairs)
_BODY_LINKS = lang.words("attendees.apposition_links")  # ("the Society of Friends of Norway")
_BODY_PLACES = lang.words("attendees.apposition_post_places")  # ("the Centre in Oslo")


def _post_clause(toks: list[sx.Token], last: int) -> tuple[int, int] | None:
    """The verb and the body of a clause after a name that tells its post ("X, who heads the Azerbaijan Cultural
    Centre in Oslo,": "heads the Azerbaijan Cultural Centre in Oslo", the Head of it, `roles.clause_post`), when the
    body is capitalised and its clause closed by punctuation; None otherwise ("X, who leads a choir, sang")."""
    m = last + 2
    if not (m < len(toks) and toks[last].text == "," and toks[last + 1].low in _POST_RELATIVES):
        return None
    if toks[m].low not in _POST_VERBS:
        return None
    n = m + 1 + (m + 1 < len(toks) and toks[m + 1].low in APPOSITION_ARTICLES)
    capitals = 0
    while n < len(toks) and is_word(toks[n]) and (is_cap(toks[n].text) or (capitals and toks[n].low in _BODY_LINKS)):
        capitals += is_cap(toks[n].text)
        n += 1
    while n > m + 1 and toks[n - 1].low in _BODY_LINKS:
        n -= 1  # ("who heads the Centre of the": a link with no body after it)
    place = n + 1 < len(toks) and toks[n].low in _BODY_PLACES and is_cap(toks[n + 1].text) and closed(toks, n + 2)
    n += 2 if place else 0  # ("in Oslo")
    return (m, n) if capitals and closed(toks, n) else None
