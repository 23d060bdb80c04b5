"""Where a subject before a verb of presence opens, when the walk back from the verb meets something that is not a
name: an apposition ("Hikmet Hajiyev, assistant to the President, visited"), a body's abbreviation in brackets, a
phrase of companions ("together with the staff"), a group joined to a name ("X and the staff of the embassy laid"),
or an item of a list with a title the data does not know (`_subjects.chosen_tokens`)."""

from __future__ import annotations

import itertools

from jan20.text import sentences as sx

from . import _cues as cue
from ._list_items import GROUP_WORDS, body_word, group_words, list_item, list_opens, lower_word
from ._name_runs import body_noun
from ._name_words import acronym, is_word
from ._title_gaps import QUOTES
from ._title_words import is_role_head


def abbreviation_before(toks: list[sx.Token], k: int) -> bool:
    """A body's abbreviation in brackets ends at k ("(CPF)", k its closing bracket), in a title after a name."""
    return 2 <= k < len(toks) and toks[k].text == ")" and toks[k - 2].text == "(" and acronym(toks[k - 1].text)


_APPOSITION_WORDS = 12  # how far back an apposition's opening comma may be
# Words that open a comma-enclosed part of a subject that adds people rather than describes the one before.
_ADDS_PEOPLE = cue.ADDS_PEOPLE


def without_appositions(
    toks: list[sx.Token], walked: list[int], linked: frozenset[int] | set[int] = frozenset()
) -> list[int]:
    """The walked subject without its appositions: "Hikmet Hajiyev, assistant to President Ilham Aliyev, visited"
    has one visitor. An apposition is enclosed by commas and opens with a lower-case word ("the President", "a
    historian", "former minister"); "his wife Y", "accompanied by Y" add people instead, and so does an item of a
    list that holds groups (`_list_items.list_item`: "X, embassy staff, the Ambassador of Kazakhstan Y, diplomats
    and …")."""
    ordered = sorted(walked)
    commas = [i for i in ordered if toks[i].text == ","]
    dropped: set[int] = set()
    for a, b in itertools.pairwise(commas):
        inner = [i for i in ordered if a < i < b]
        opens_lower = inner and toks[inner[0]].text[:1].islower() and toks[inner[0]].low not in _ADDS_PEOPLE
        # (an apposition describes a word of the subject before it: after a scene's comma, "At the event, the chairman
        # of the Society A, professor B spoke", the first item opens the subject)
        opens_lower = opens_lower and (a - 1) in ordered
        # (not the name of a head with none of its own: "The host of the evening, the singer X, opened the evening")
        unnamed_head = any(i in linked for i in inner) and not any(i in linked for i in ordered if i < a)
        if (
            opens_lower
            and not unnamed_head
            and not list_item(toks, a, b, linked)
            and not _holder_named(toks, inner, linked)
        ):
            dropped.update(inner)
    return [i for i in walked if i not in dropped]


def _holder_named(toks: list[sx.Token], inner: list[int], linked: frozenset[int] | set[int]) -> bool:
    """The part between two commas is a post of a body, then the name of its holder ("A, head of the Education Centre
    B, and C spoke"): an item of the list, not an apposition of A."""
    return (
        len(inner) >= 4
        and is_role_head(toks[inner[0]].text)
        and all(i in linked and toks[i].text[:1].isupper() for i in inner[-2:])
        and body_noun(toks[inner[-3]])
    )


def apposition_opening(toks: list[sx.Token], k: int, walked: list[int], linked: set[int]) -> int | None:
    """Where an apposition that ends just before the walked words opens ("Hikmet Hajiyev, assistant to the
    President, visited"; with no closing comma before companions: "X, the head of the society together with the
    students visited"): the index of its opening comma when a name stands right before that, else None."""
    companions = cue.companions_at(toks, k)
    if not companions and not any(toks[i].text == "," for i in walked):
        return None  # the walk has not passed the apposition's closing comma
    for c in range(k - 1, max(0, k - _APPOSITION_WORDS) - 1, -1):
        if toks[c].text == "," and c > 0 and (c - 1) in linked:
            return c
        if toks[c].text in {",", ";", ":", "(", ")"} or toks[c].low in cue.NEGATION:
            return None
    return None


def listed_before(toks: list[sx.Token], k: int, linked: set[int]) -> int | None:
    """Where the item of a list before the name at k opens, when a title the role table does not know stands
    between it and the name before ("A, professor of the University B"): the index of the comma or "and" after
    that name, else None."""
    if k not in linked:
        return None
    for j in range(k - 1, max(0, k - _LISTED_TITLE - 1) - 1, -1):
        if toks[j].text == "," or toks[j].low in cue.LIST_JOINERS:
            return j if j < k - 1 and (j - 1) in linked else None
        if not (is_word(toks[j]) or toks[j].text in QUOTES) or toks[j].low in cue.NEGATION:
            return None
    return None


_LISTED_TITLE = 9  # words (and quotation marks) of an unknown title before a name in a list: "chief editor of the
# magazine “Geopolicy” X"


_COMPANION_WORDS = 8  # how far back the opener of the companions before a verb may be


def companions_opening(toks: list[sx.Token], k: int) -> int | None:
    """Where a phrase of companions that ends just before k opens ("together with the staff"), when only words
    stand between its opener and k: the index of the opener's first word, else None."""
    for c in range(k - 1, max(1, k - _COMPANION_WORDS) - 1, -1):
        if cue.companions_at(toks, c - 1):
            return c - 1
        if not is_word(toks[c]):
            return None
    return None


def group_opening(toks: list[sx.Token], k: int, linked: set[int]) -> int | None:
    """Where a group of people that ends just before k opens, when it is joined to a name before it by a comma or
    "and" ("Посол X, участники церемонии возложили", "X and the staff of the embassy laid"): the index of its
    first word, else None. Its words are lower case, one of them a noun of a group (`[attendees] group_nouns`)."""
    k = _before_participle(toks, k, linked)  # "the families of students killed in the war": the group's clause
    body = k  # (a body's name after the group's words: "послы стран ЕС", "сотрудники Посольства")
    while body > 2 and (body - 1) not in linked and body_word(toks[body - 1]):
        body -= 1
    for c in range(body - 1, max(1, body - GROUP_WORDS) - 1, -1):
        if not is_word(toks[c]) or toks[c].text[:1].isupper() or toks[c].low in cue.NEGATION:
            return None
        comma = toks[c - 1].text == "," and c >= 2  # (a name or a group before the comma: see `after`)
        comma = comma and (_opens_sentence(toks, c - 2, linked) or list_opens(toks, c - 1, linked))
        joined = comma or toks[c - 1].low in cue.LIST_JOINERS
        before = c - 3 if c >= 3 and toks[c - 2].text == "," and toks[c - 1].low in cue.LIST_JOINERS else c - 2
        after = c >= 2 and (before in linked or group_words(toks, before + 1, -1))  # a name or a group before it
        after = after and not _named_body(toks, before, linked)  # (a comma before "and": "X, and the staff")
        end = k  # (the group's last words may have been walked as words of a title: "embassy staff")
        while end < min(len(toks), c + GROUP_WORDS) and lower_word(toks[end]):
            end += 1
        # (a noun joined by "and" to a group's noun is the group's too: "the families of students and graduates")
        nouns = c == body - 1 and toks[c - 1].low in cue.LIST_JOINERS and lower_word(toks[c - 2])
        if joined and after and (nouns or any(t.low in cue.GROUP_NOUNS for t in toks[c:end])):
            return c
    return None


_PARTICIPLE_CLAUSE = 8  # the words of a participle's clause after a group ("killed in the war of 1992", "who gave
# their lives for the freedom of")


def _before_participle(toks: list[sx.Token], k: int, linked: set[int]) -> int:
    """The start of a participle's clause that ends at k, after a group's words ("students killed in the war"), or
    of its opening comma when a comma opens it ("graduates, killed in the war, visited", "graduates, killed for a just
    cause visited": its comma after a group's word in lower case, never a name's), else k: a participle of
    `[attendees] group_participles`, a preposition, and words of no name."""
    for p in range(k - 1, max(0, k - _PARTICIPLE_CLAUSE) - 1, -1):
        if not (is_word(toks[p]) or toks[p].text.isdecimal()) or (p in linked and not toks[p].text[:1].islower()):
            return k  # (a group's words may be linked, a name's not; a date's numbers are words: "killed on 20 …")
        link = p + 1  # (the participle's object between: "those who gave their lives for …")
        while link < k - 1 and toks[link].low in cue.GROUP_PARTICIPLE_OBJECTS:
            link += 1
        if toks[p].low in cue.GROUP_PARTICIPLES and toks[link].low in cue.GROUP_PARTICIPLE_LINKS and p > 0:
            if toks[p - 1].text == "," and p > 1:  # (set off by commas, "graduates, killed in …, visited", or
                return p - 1 if toks[p - 2].text[:1].islower() else k  # opened by one and run into the verb)
            return p if toks[p - 1].text[:1].islower() else k
    return k


def _named_body(toks: list[sx.Token], k: int, linked: set[int]) -> bool:
    """The name that ends at k is a body's, in the genitive after its noun ("Фонда Гейдара Алиева"): the noun right
    before it or opening it (not one inside a title before a person: "Təbriz Universitetinin müəllimi X")."""
    j = k
    while j > 0 and (j - 1) in linked:
        j -= 1
    return any(body_noun(toks[i]) for i in range(max(0, j - 1), min(j + 1, k)))


def _opens_sentence(toks: list[sx.Token], k: int, linked: set[int]) -> bool:
    """The name (with its title) at k opens the sentence, after words that only set the scene (a time's numbers and
    its comma among them: "On 20 January, the rector, Professor X,"): then a comma after it joins a group to it
    ("Посол X, участники церемонии возложили"), not a clause ("Praising X, the guests")."""
    while k > 0 and (k - 1) in linked:
        k -= 1
    first = _scene_phrase(toks, k, linked)
    return all(
        t.low in cue.SCENE or t.text[0].isdecimal() or (t.text == "," and j) for j, t in enumerate(toks[first:k], first)
    )


_SCENE_PHRASE = 10  # the words of a phrase that sets the scene ("At the start of the event,", "At the invitation of
# the host of the evening,")


def _scene_phrase(toks: list[sx.Token], k: int, linked: set[int]) -> int:
    """The first token after a phrase that opens the sentence and sets the scene, up to its comma ("Before the
    ceremony,"), with lower-case words only; 0 when the sentence opens with none."""
    if k == 0 or toks[0].low not in cue.SCENE_OPENERS:
        return 0
    for c in range(1, min(k, _SCENE_PHRASE + 1)):
        if toks[c].text == ",":
            return c + 1
        if c in linked or not is_word(toks[c]) or not toks[c].text[:1].islower():
            return 0
    return 0
