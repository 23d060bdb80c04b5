"""The canonical role of a post the data knows (`known_role`): the table's row for the title, a town's or a region's
post, a named body's, an envoy's, a member's, a deputy's or an acting one's, a former one's, a post with its
university or body, another country's office. `roles.canonical_role` reads every title through it, and answers
for the titles it does not know.
"""

from __future__ import annotations

from functools import lru_cache

from jan20.text.fold import lowercase

from .. import lang
from ._body_english import acronym_body, body_after, names_body, of_named_body
from ._contractions import written_in_full
from ._deputies import DEPUTY_ROLE, deputy_marks, deputy_post
from ._english_heads import LATIN
from ._envoys import ACTING_PREFIX, envoy_role, with_former, without_former
from ._foreign_posts import foreign_post
from ._home import names_another_country
from ._name_words import acronym
from ._offices import body_before_post, body_role, mayor_role, member_role, named_body_role
from ._places import is_place
from ._role_table import fold_role, table_lookup, table_role
from ._staff_posts import staff_post
from ._title_words import GRADES, HONORIFICS, ROLE_MODIFIERS, is_role_head, no_city, words
from ._town_forms import town_form
from ._universities import with_university

# Roles that win over the office named in the same title: whose family someone is ("wife of the Ambassador"), or a
# post that a diplomat's title only qualifies ("the head of the EU Delegation, Ambassador X").
OVER_POSTS = frozenset(lang.language("en").get("roles.over_posts") or ())
# Qualifiers that say whose role it is, not which role: removed before looking the role up.
_COUNTRY = lang.pattern("roles.whose", r"\b(?:{})\b", 0)
# Ranks and degrees, folded: written after a post in one title ("Komutanı Tuğgeneral"), the post is the role.
GRADE_FOLDS = frozenset(fold_role(g) for g in GRADES)
# Honorifics, folded as a title's words are ("Doç." is "doc").
HONORIFIC_WORDS = frozenset(fold_role(h) for h in HONORIFICS)
# Rows that are occupations, no country's office ("the American journalist": a Journalist).
OCCUPATIONS = frozenset(lang.language("en").get("roles.occupations") or ())


def is_grade(word: str) -> bool:
    """A rank or degree, or a rank's own branch, that may close a title after the post ("Komutanı Jandarma Albay")."""
    return fold_role(word) in GRADE_FOLDS or (lowercase(word) in ROLE_MODIFIERS and not is_role_head(word))


def is_known_role(role_as_written: str) -> bool:
    """True when a title maps to one of the canonical roles (an office, a diplomat's post), not only to itself."""
    return known_role(role_as_written, fold_role(role_as_written)) is not None


_BODY_GENITIVES = words("body_genitives")  # ("Xidmətin": a body named by its noun alone, its head's deputy)


# Words that make a post an acting one ("acting", "vekili": "İl Emniyet Müdür Vekili" is "Acting Chief of Police").
_ACTING = words("acting")


# (as `canonical_role`: the titles before names, the cuts of a title and the appositions ask about the same few titles;
# 3,921 lookups of 300 cue-dense documents were of 12, 0.18 of 6.3 s of the facts' CPU, 2026-12-07)
@lru_cache(maxsize=4096)
def known_role(role_as_written: str, folded: str) -> str | None:
    """The canonical role of a post (`_known_post`), an acting one's with "Acting" before it, unless the role says so
    already or names a deputy's post ("Belediye Başkan Vekili": "Deputy Mayor")."""
    if (full := written_in_full(role_as_written)) is not role_as_written:
        role_as_written, folded = full, fold_role(full)  # "замминистра": "заместитель министра"
    known = _known_post(role_as_written, folded)
    if known is None and (post := without_former(role_as_written)) is not None:
        known = _known_post(post, fold_role(post))  # ("sabiq nazir": "Former Minister", with `with_former`)
    if known is None or known.startswith(ACTING_PREFIX) or DEPUTY_ROLE.search(known):
        return known if known is None else with_university(known, role_as_written, _no_university)
    acting = any(w.strip(".,()").lower() in _ACTING for w in role_as_written.split())
    known = with_university(ACTING_PREFIX + known if acting else known, role_as_written, _no_university)
    return with_former(role_as_written, known)


def _no_university(word: str) -> bool:
    """A word of a title that is no university's abbreviation ("PhD", "TBMM Başkanı"'s head, a place)."""
    folded = fold_role(word)
    return folded in _NO_UNIVERSITY or is_role_head(word) or is_place(word)


_DEGREE_HEADS = lang.words("attendees.degree_field_heads")  # ("PhD")
_NO_UNIVERSITY = HONORIFIC_WORDS | GRADE_FOLDS | _DEGREE_HEADS


def _known_post(role_as_written: str, folded: str) -> str | None:
    """The canonical role, a deputy's ("Milli Məclis sədrinin müavini": "Deputy Speaker of the Milli Majlis") the
    principal's with "Deputy" before it, unless the table names the deputy's post itself ("Vice-Rector")."""
    known = _known_principal(role_as_written, folded)
    if (staff := staff_post(role_as_written, known, lambda p: _known_post(p, fold_role(p)))) is not None:
        return staff  # "Assistant to the Minister of Foreign Affairs": no Minister
    marked, first, principal = deputy_marks(role_as_written)
    if not marked or (known is not None and DEPUTY_ROLE.search(known)):
        return known
    if known is None and principal and all(lowercase(w) in _BODY_GENITIVES for w in principal.split()):
        return deputy_post("Head", first)  # "Xidmətin birinci müavini": the Service's, named before
    deputy = _known_principal(principal, fold_role(principal)) if principal else None  # (else the whole title's)
    # (a principal with a post's head that it cannot name alone is the whole title's: still a deputy's post,
    # "заместитель руководителя творческой группы"; with none, the deputy's word is the post: "Milli Majlis deputy")
    post = deputy or known
    if post is None or (deputy is None and not any(map(is_role_head, principal.split()))):
        return known
    return deputy_post(post, first)


# Posts the table knows by their own words that keep the body written after them ("исполнительный директор
# Интеграционного центра": "Executive Director of the Integration Centre").
_KEPT_BODY_POSTS = frozenset(lang.language("en").get("roles.kept_body_posts") or ())


def _with_body(post: str, role_as_written: str) -> str:
    """A post of `_KEPT_BODY_POSTS` with the body its title names after it, when the data can name it in English."""
    words = role_as_written.split()
    if LATIN.search(role_as_written):
        return of_named_body(post, role_as_written, table_lookup) or post  # "… of the Kaspi newspaper"
    # (a body of one word only when it is an abbreviation: "исполнительный директор АКЦ"; "вице-президент ассоциации"
    # names the body by its common noun alone, and is the post)
    last = len(words) - 1 if len(words) > 1 and acronym(words[-1]) else len(words) - 2
    for end in range(1, last + 1):
        if table_lookup(" ".join(words[:end])) == post:
            return body_after(post, words[end:]) or acronym_body(post, words[end:]) or post
    return post


_BODY_ENVOYS = frozenset(lang.language("en").get("roles.body_envoys") or ())


def _known_principal(role_as_written: str, folded: str) -> str | None:
    if (form := town_form(role_as_written, is_grade, no_city)) is not None:
        return form  # "Kars Müftüsü": "Mufti of Kars"
    first = table_role(folded, role_as_written)
    if first in OVER_POSTS:
        return first  # "wife of the Ambassador"
    if (named := named_body_role(role_as_written)) is not None:
        return named  # "Vice President of the Heydar Aliyev Foundation"
    if (envoy := envoy_role(role_as_written)) is not None:
        if envoy.split(" of ")[0] in _BODY_ENVOYS and names_body(role_as_written):
            return body_role(role_as_written) or envoy.split(" of ")[0]  # "представитель диаспоры": a body's
        return envoy
    if first in (None, "Member of Parliament") and (member := member_role(role_as_written)) is not None:
        return member
    if first is None and (office := mayor_role(role_as_written, no_city) or body_role(role_as_written)):
        return office
    if (board := body_before_post(first, role_as_written)) is not None:
        return board  # "... Forumu Yönetim Kurulu Üyesi": "Member of the Board of the ... Forum"
    if first is not None and first in _KEPT_BODY_POSTS and (kept := _with_body(first, role_as_written)) != first:
        return kept  # (a body's country is no office's: "… центра азербайджанцев Грузии")
    foreign = names_another_country(role_as_written) and first not in OCCUPATIONS
    if foreign and (first is None or not names_another_country(first)):
        # ("Georgian Prime Minister"; a row of another country's office is kept: "TBMM Başkanvekili")
        return foreign_post(first, role_as_written, table_lookup)  # "министр культуры Грузии": "... of Georgia"
    if first is not None:
        return first
    bare = " ".join(_COUNTRY.sub(" ", folded).split())
    return table_role(bare, role_as_written) if bare else None
