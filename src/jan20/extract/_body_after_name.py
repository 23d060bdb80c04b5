"""The body a title before a name is of, written after the name ("Director John Smith of Acme Holdings",
"Publisher-Chairman Ali Veli of Yeni Gazete": "Director of Acme Holdings", "Publisher-Chairman of Yeni Gazete"), as
English reports write a post and its body on either side of the name.

The data is the English `[attendees] body_after_name_*` words ("of", the small words inside a name). A place after
the link says where the person is from ("Professor X of Baku", "Senator Y of New Jersey"), no body, and is left out;
so is one capitalised word with no article, a place or a body, unsure which ("Director X of Oxford"), and a run that is
not a body's name of capitalised words: the post alone. A name goes on past a small word in lower case before more
capitalised words ("State Committee on Work with Diaspora", "Halla Corporation for Overseas Business"), up to a bound,
stopping at a comma, a verb or the next name's title.
"""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._countries import country_named
from ._envoys import city_named
from ._name_runs import is_cap
from ._name_words import acronym
from ._names import Name
from ._places import is_place
from ._title_words import is_role_head
from .roles import canonical_role

_LINKS = lang.words("attendees.body_after_name_links")
_ARTICLES = lang.words("attendees.apposition_articles")
_INNER = lang.words("attendees.body_after_name_inner")  # ("of", "&": "Ministry of Culture", "Smith & Sons")
_LOWER = lang.words("attendees.body_after_name_lower")  # ("on", "with": "Committee on Work with Diaspora")
_PLACE_OPENERS = lang.words("attendees.body_after_name_place_openers")  # ("of New Jersey": a place)
_RENDER = " ".join(sorted(lang.words("attendees.body_after_name_render")))  # ("Director of Acme Holdings")
_OWN_LINKS = lang.words("attendees.body_after_name_own_links")  # ("Ambassador of Turkey", "Ambassador to Georgia")
_WORDS = 7  # the words of a body's name after the link


def body_after_name(toks: list[sx.Token], last: int, heads: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The tokens of the body's name, with its article, after the link right after the name that ends at `last`
    ("of the Acme Holdings": "the Acme Holdings"), or None when no such name follows: a place the data knows, a word
    in lower case, a post. A small word before where another name or its title starts (`heads`) ends the body
    ("… of Acme Holdings with John Smith")."""
    if last >= len(toks) or toks[last].low not in _LINKS:
        return None
    article = last + 1
    first = article + (article < len(toks) and toks[article].low in _ARTICLES)
    end = first
    while end < len(toks) and end - first < _WORDS:
        word = toks[end].text
        inner = toks[end].low in _INNER or toks[end].low in cue.LIST_JOINERS
        lower = toks[end].low in _LOWER
        if (inner or lower) and end > first and end + 1 < len(toks) and is_cap(toks[end + 1].text):
            if _next_title(toks, end + 1) or end + 1 in heads:
                break  # (the next name's title: "… of Azerbaijan Airlines and Director Y")
            end += 1  # (or the name goes on after a small word: "State Committee on Work with Diaspora")
        elif is_cap(word) or acronym(word):
            if _next_title(toks, end):
                return None  # (another's title: "the son of Ambassador X")
            end += 1
        elif word.isdigit() and end > first and end + 1 < len(toks) and is_cap(toks[end + 1].text):
            end += 1  # (a number in the name: "January 20 Foundation")
        else:
            break
    while end > first and (toks[end - 1].low in _INNER | _LOWER or toks[end - 1].low in cue.LIST_JOINERS):
        end -= 1
    if end == first:
        return None
    words = [t.text for t in toks[first:end]]
    whole = " ".join(words)
    if len(words) == 1 and first == article and not acronym(words[0]):
        return None  # "Professor X of Baku", "Director X of Oxford": a place, or a body, unsure which
    if any(is_place(w) or country_named(w) or city_named(w) for w in words) and len(words) == 1:
        return None  # ("of the Baku"): where the person is from
    if city_named(whole) or country_named(whole) or is_place(whole) or words[0].lower() in _PLACE_OPENERS:
        return None  # ("of New Jersey", "of Los Angeles")
    return article, end


def _next_title(toks: list[sx.Token], k: int) -> bool:
    """The capitalised word at k is rather the head of another name's title than a word of the body's name; not a
    group's noun joined to the next word of the body ("Fund for Support of Veterans and Families"; `[attendees]
    group_nouns`, "and": no title of a name ends so)."""
    if not is_role_head(toks[k].text):
        return False
    return not (toks[k].low in cue.GROUP_NOUNS and k + 1 < len(toks) and toks[k + 1].low in cue.LIST_JOINERS)


def titled_body_after(toks: list[sx.Token], name: Name, heads: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """`body_after_name` for a name whose title stands before it ("Director John Smith of Acme Holdings"), or None."""
    if not name.role_first < name.role_last <= name.first:
        return None
    return body_after_name(toks, name.last, heads) or _country_after(toks, name.last)


def _country_after(toks: list[sx.Token], last: int) -> tuple[int, int] | None:
    """The country, of one or two words, after the link right after a name ("Ambassador X of Azerbaijan"), the
    sender of a post the role builder renders with it (`of_body_role`: "Ambassador of Azerbaijan"; a professor's is
    where he is from, and left out there); None when more capitalised words follow (a body: "of Azerbaijan
    Airlines")."""
    if last >= len(toks) or toks[last].low not in _LINKS:
        return None
    for n in (2, 1):
        end = last + 1 + n
        words = [t.text for t in toks[last + 1 : end]]
        if len(words) == n and country_named(" ".join(words)) and not (end < len(toks) and is_cap(toks[end].text)):
            return last + 1, end
    return None


def of_body_end(toks: list[sx.Token], name: Name, heads: frozenset[int] = frozenset()) -> int:
    """The token after the body's name written after a name whose title stands before it (`titled_body_after`), or
    the name's end: the body is the name's, not a clause of its own ("Chairman X of Council for Media Development
    spoke": the verb's subject is X)."""
    span = titled_body_after(toks, name, heads)
    return name.last if span is None else span[1]


def of_body_role(role: str, role_as_written: str, body: str) -> str:
    """The role of the title written before a name with the body written after it ("Director" and "Acme Holdings":
    "Director of Acme Holdings"), when the title names no body or place of its own and the post with the body is one
    the role builder renders with it; the role as it was otherwise (a rank or degree: "Professor")."""
    if any(f" {link} " in f" {title.lower()} " for title in (role_as_written, role) for link in _OWN_LINKS):
        return role  # (the title, or its role, names its own: "Ambassador of Turkey X of …")
    with_body = canonical_role(f"{role_as_written} {_RENDER} {body}")
    # (the body as written, or one the data knows, as it writes it)
    if with_body is not None and (
        with_body.endswith(f" {_RENDER} {body}") or with_body.startswith(f"{role} {_RENDER} ")
    ):
        return with_body
    return role
