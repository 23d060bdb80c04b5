"""The office written before a rank, a degree or an occupation before a name ("the Minister of Defence, Colonel General
X", "Universitetin prorektoru, dosent X", "Birliyin sədri, jurnalist X"): the office is the name's role, past the
honours between commas; and the phrases that open a sentence, whose object is no title of the name after its comma."""

from __future__ import annotations

from jan20.text import sentences as sx

from . import _cues as cue
from ._honours import apposed_occupation, commas_back, degree_phrase_before
from ._known_roles import is_known_role
from ._name_runs import is_cap
from ._name_shapes import family_first
from ._name_words import acronym, capital_non_name, is_word
from ._office_chain import office_before
from ._title_before import title_before
from ._title_bodies import body_name_word
from ._title_edges import AFTER_TITLE, after_names_comma, after_title_word, degree_field_start, grades_only
from ._title_words import is_role_head
from ._titles_beside import named_in_genitive
from .roles import LESSER_POSTS, is_occupation

_OPENER_WORDS = 2  # the words of a phrase that opens a sentence before its link ("Joined by", "Together with")


def opening_object(toks: list[sx.Token], k: int) -> bool:
    """The phrase at k is the object of a participle or phrase that opens the sentence ("Joined by students,",
    "Together with the staff,": `[attendees] opening_links`), not a title of the name after its comma."""
    return (
        0 < k <= _OPENER_WORDS + 1 and toks[k - 1].low in cue.OPENING_LINKS and all(is_word(t) for t in toks[: k - 1])
    )


def office_before_rank(toks: list[sx.Token], first: int, role_first: int) -> tuple[int, int, int] | None:
    """ "the Minister of Defence, Colonel General X", "Universitetin prorektoru, dosent X", "Dean of the Faculty,
    Professor X": the office before the comma, not the rank or degree written before the name, is the role when the
    data knows it, as (np_first, first, end). `role_first`: where the role before the name starts (`title_before`).
    So is an occupation's, when the office is none ("Birliyin sədri, jurnalist X": the chairman; "доцент кафедры
    истории, историк X": a historian)."""
    graded = grades_only(toks[role_first:first]) or degree_phrase_before(toks, first) == role_first
    trade = not graded and is_occupation(" ".join(t.text for t in toks[role_first:first]))
    if not (graded or trade) and (apposed := apposed_occupation(toks, first, role_first)) is not None:
        role_first, trade = apposed, True  # (one the data does not list: "sədri, tədqiqatçı X")
    comma = role_first - 1  # (or the serial comma of honours before it: "…, Doctor of Sciences, and Professor X")
    serial = comma > 2 and toks[comma].low in cue.LIST_JOINERS and toks[comma - 1].text == ","
    comma -= 1 if serial and _past_honours(toks, comma - 1) < comma - 1 else 0
    if not (2 <= role_first < first and (graded or trade)) or toks[comma].text != ",":
        return None
    end = _past_honours(toks, comma)  # ("Chair of X, People's Artist, Professor Y": the chair)
    np_office, office = title_before(toks, end)
    if office >= end:
        np_office = office = _capitalised_title_before(toks, end)
        if _name_ends(toks, office, end):
            return None  # ("Kars Başkonsolosu Zamin Aliyev, Prof. Dr. X": the post is the name's before the comma)
    owned = after_names_comma(toks, office)  # ("Prof. A, head of the department, Prof. B": A's post)
    # ("After the ambassador, Prof. X"; a group's title in the plural: "сотрудники посольства, соотечественники X")
    owned = owned or any(t.low in cue.AFTER_ANOTHER or t.low in cue.PLURAL_TITLES for t in toks[np_office:end])
    owned = owned or opening_object(toks, np_office)  # ("Joined by students, Professor X": a Professor)
    owned = owned or (trade and is_occupation(" ".join(t.text for t in toks[office:end])))
    owned = owned or (trade and toks[office].low in LESSER_POSTS)  # ("основатель журнала «…», журналист X": Journalist)
    if office < end and an_office(toks[office:end]) and not owned:
        return office_before(toks, office, an_office) or (np_office, office, end)  # ("sədri, deputat, professor")
    return None


_HONOURS = 2  # honours between commas that may stand between an office and a degree before a name


def _past_honours(toks: list[sx.Token], end: int) -> int:
    """The comma before the honours written between commas right before `end` (a comma): words in lower case,
    abbreviations and bodies' words, no office ("народная артистка, член-корреспондент НАНА, профессор X"); `end`
    when there are none."""
    return commas_back(toks, end, _plain_honour, _HONOURS)


def _plain_honour(words: list[sx.Token]) -> bool:
    plain = all(t.text.islower() or acronym(t.text) or capital_non_name(t.text) for t in words)
    degree = len(words) > 2 and degree_field_start(words, len(words)) == 0  # ("PhD in History", "Doctor of Philology")
    return (plain or degree) and not an_office(words)


def an_office(toks: list[sx.Token]) -> bool:
    """A title the data knows, or a post of a body: a head that is no degree, its link, no group's word ("the
    executive director of the Friendship Society"; not "members of the community", nor "the veteran")."""
    if is_known_role(" ".join(t.text for t in toks)):
        return True
    heads = [t for t in toks if is_role_head(t.text)]
    linked = any(t.low in AFTER_TITLE for t in toks) or named_in_genitive(toks)
    return bool(heads) and linked and not grades_only(heads) and not any(t.low in cue.PLURAL_TITLES for t in toks)


def _name_ends(toks: list[sx.Token], office: int, end: int) -> bool:
    """The two words before `end` are capitalised and no title's: a name, whom the post at `office` titles."""
    tail = toks[max(office + 1, end - 2) : end]
    return len(tail) == 2 and all(is_cap(t.text) and not after_title_word(t) for t in tail)


def _capitalised_title_before(toks: list[sx.Token], end: int) -> int:
    """The first token of a capitalised title (to eight words) before `end`: "Dean of the Faculty of History"; none
    when a name ends it (", Başkonsolosu Zamin Aliyev, Prof. Dr. X": the post is the name before the comma's)."""
    k = end
    while k > 0 and end - k < 8 and (body_name_word(toks, k - 1) or toks[k - 1].low in AFTER_TITLE):
        k -= 1
    head = next((j for j in range(k, end) if is_role_head(toks[j].text)), end)
    named = any(
        is_role_head(toks[m].text)
        and is_cap(toks[m + 1].text)
        and (not after_title_word(toks[m + 1]) or family_first(toks, m + 1))
        for m in range(head, end - 1)
    )  # a head, then a name ("Başkonsolosu Zamin Aliyev", "Director Park Ji-won")
    return end if named else head
