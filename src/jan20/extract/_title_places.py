"""Places and fields inside a title before a name ("Azerbaijan's Ambassador to Germany X", "Dean of the Faculty of
Oil and Gas Engineering X"): where a capitalised word is a title's place or a unit's field rather than a name's
(`place_of_title`, `field_of_unit`, `joined_field`, `place_before_post`, `place_first`)."""

from __future__ import annotations

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._countries import country_named
from ._name_runs import is_cap
from ._places import is_place
from ._title_words import ROLE_MODIFIERS, is_role_head


def place_of_title(toks: list[sx.Token], i: int) -> bool:
    """The run at i follows a title's "of" ("Mayor of Jurmala Ilze Liepa"), or a unit's ("Department of History Rauf
    Babayev"), or a member's "for" ("the MP for Dover X"): its first word is the post's place, unit's field or seat."""
    if i > 1 and toks[i - 1].low in cue.SEAT_LINKS and toks[i - 2].low in cue.SEAT_POSTS:
        return True  # a member's seat ("the MP for Dover X")
    after = i > 1 and toks[i - 1].low in cue.TITLE_PLACE_LINKS
    # (or after the country of a head: "консул Азербайджана в Даугавпилсе X", the consul's city, and so after its
    # "of": "the honorary consul of Azerbaijan in Bonn Karl Weber")
    named = i > 2 and (is_place(toks[i - 2].text) or country_named(toks[i - 2].text) is not None)
    of = i > 3 and toks[i - 3].low in cue.TITLE_PLACE_LINKS
    country = named and (is_role_head(toks[i - 3].text) or (of and is_role_head(toks[i - 4].text)))
    return (
        after
        and (
            is_role_head(toks[i - 2].text)
            or toks[i - 2].low in cue.FIELD_UNITS
            or toks[i - 2].low in cue.PLACE_BODIES
            or country
        )
    ) or joined_field(toks, i) < i


_FIELD_BEFORE = 4  # the field's words a run may follow after its unit's "of" ("of Oil and Gas Engineering X Y")


def field_of_unit(toks: list[sx.Token], i: int, reach: int = _FIELD_BEFORE) -> bool:
    """The run at i follows a unit's "of", right after it or after up to `reach` words of its field, capitalised or
    joining two ("the Department of History Nigar Aliyeva", "the Department of Azerbaijani History Nigar Aliyeva",
    "the Faculty of Oil and Gas Engineering Ali Aliyev"): the run's words but its last two are the field's too."""
    m = i
    while m > i - reach and m > 2 and (toks[m - 1].text[:1].isupper() or toks[m - 1].low in cue.LIST_JOINERS):
        m -= 1
    return m > 1 and toks[m - 1].low in cue.TITLE_PLACE_LINKS and toks[m - 2].low in cue.FIELD_UNITS


_FIELD_WORDS = 3  # the capitalised words of a unit's field before the "and" that joins another to it


def joined_field(toks: list[sx.Token], i: int) -> int:
    """The first word of a unit's field when the run at i follows the "and" after it ("Department of Physics and
    Chemistry John Smith", "Faculty of Law and Economics X": the run's first word is the second field of the unit's
    name, as "Physics" is the first); i when the run follows none."""
    if i < 4 or toks[i - 1].low not in cue.LIST_JOINERS:
        return i
    m = i - 1
    while m > i - 1 - _FIELD_WORDS and m > 2 and is_cap(toks[m - 1].text):
        m -= 1
    unit = toks[m - 1].low in cue.JOINED_FIELD_LINKS and toks[m - 2].low in cue.JOINED_FIELD_UNITS
    return m if m < i - 1 and unit else i


_PLACE_FIRST_POSTS = lang.words("roles.place_first_posts")


def place_before_post(toks: list[sx.Token], k: int) -> bool:
    """The capitalised word before k is the place of the post at k, written before it as a word-for-word translation
    does ("Keçiören Mayor X": the Mayor of Keçiören): a single word, after a comma, a joiner or the sentence's start."""
    return (
        0 < k < len(toks)
        and toks[k].low in _PLACE_FIRST_POSTS
        and is_cap(toks[k - 1].text)
        and toks[k - 1].low not in ROLE_MODIFIERS  # ("Deputy Mayor X": a deputy's post, no place)
        and (k == 1 or not toks[k - 2].text[:1].isupper())
    )


def place_first(toks: list[sx.Token], i: int) -> bool:
    """The first word of a run of three or more at i is a place: after "в" ("в Санкт-Петербурге Тимур Гасанов"), or
    after a post's "of" ("Mayor of Jurmala Ilze Liepa")."""
    return (i > 0 and toks[i - 1].low in cue.PLACE_BEFORE) or place_of_title(toks, i)
