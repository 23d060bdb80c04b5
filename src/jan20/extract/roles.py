"""Titles and roles: `canonical_role` maps a title as written ("Chairman of Milli Majlis", "Prime-Minister") to one
canonical role. The words that are never part of a name are in `_title_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text.fold import lowercase

from .. import lang
from . import _cues as cue
from ._acting import without_acting_phrase
from ._body_english import acronym_body, body_after, names_body, of_named_body
from ._complements import possessive_body
from ._contractions import written_in_full
from ._deputies import DEPUTY_ROLE, DEPUTY_WORD, deputy_head, deputy_marks, deputy_post
from ._english_heads import LATIN, english_opening
from ._envoys import ACTING_PREFIX, envoy_role, with_former, without_former
from ._foreign_posts import foreign_post
from ._home import TITLE_LEAD, names_another_country, without_home
from ._name_words import acronym
from ._offices import (
    abbreviation_head,
    body_before_post,
    body_head,
    body_role,
    in_singular,
    mayor_role,
    member_of,
    member_role,
    named_body_role,
    singular,
)
from ._parliament_place import parliament_place
from ._places import is_place
from ._possessive import ACRONYM_OWNER
from ._posts_in_text import country_abroad
from ._regions import region_post
from ._role_table import fold_role, table_lookup, table_role
from ._title_shapes import compound_role, without_namesake
from ._title_words import (
    GRADES,
    HONORIFICS,
    ROLE_MODIFIERS,
    SMALL_WORDS,
    is_role_head,
    lower_case_only_role,
    mend_title,
    no_city,
    title_word,
    words,
)
from ._town_forms import town_form
from ._universities import with_university

# Roles that win over the office named in the same title: whose family someone is ("wife of the Ambassador"), or a
# post that a diplomat's title only qualifies ("the head of the EU Delegation, Ambassador X").
OVER_POSTS = frozenset(lang.language("en").get("roles.over_posts") or ())
# What may stand before a kin's words that open a title, and the kin's role (`[roles] kin_lead`, `kin_post`).
_KIN_LEAD = re.compile(rf"^\W*(?:(?:{lang.alternation(lang.words('roles.kin_lead'))})\s+)?", re.IGNORECASE)
_KIN_POST: str = lang.language("en").get("roles.kin_post")


def _kin_of_post(role_as_written: str, known: str) -> str | None:
    """A kin's title that names a relative's post ("daughter of Ambassador X", "son of the Minister of Culture"): the
    kin of that post ("Daughter of the Ambassador"), not the post; a row that reads the kin itself ("wife of the
    Ambassador": "Spouse") holds. The kin's words (`cue.KIN_OF`) open the title: "the daughter of Ambassador X"."""
    kin = cue.KIN_OF.match(_KIN_LEAD.sub("", role_as_written, count=1))
    if kin is None or known in OVER_POSTS or not kin.group().isascii():
        return None
    return _KIN_POST.format(f"{kin.group()[:1].upper()}{kin.group()[1:]}", known)


# Qualifiers that say whose role it is, not which role: removed before looking the role up.
_COUNTRY = lang.pattern("roles.whose", r"\b(?:{})\b", 0)
_OWNER_WORDS = words("owner_words")
# (as written and folded as a title is: "д-р" is "d r")
_HONORIFIC_FOLDS = frozenset(h.rstrip(".") for h in HONORIFICS) | frozenset(fold_role(h) for h in HONORIFICS)


# Ranks and degrees, folded: written after a post in one title ("Komutanı Tuğgeneral"), the post is the role.
_GRADE_FOLDS = frozenset(fold_role(g) for g in GRADES)
# Academic degrees alone, folded ("professor", "assistant professor"; not the military ranks: "майор" is "mayor").
_DEGREE_FOLDS = frozenset(fold_role(g) for g in words("degrees"))
# Honorifics, folded as a title's words are ("Doç." is "doc").
_HONORIFIC_WORDS = frozenset(fold_role(h) for h in HONORIFICS)
_ACADEMIC_FOLDS = _DEGREE_FOLDS | _HONORIFIC_WORDS  # (no military rank: none has a branch's words before it)
# Abbreviated words that make one title with the honorific after them ("Assoc. Prof."): `[roles] honorific_prefixes`.
_HONORIFIC_PREFIXES = frozenset(fold_role(h) for h in words("honorific_prefixes"))


def _title_case(role: str) -> str:
    words = TITLE_LEAD.sub("", " ".join(role.split())).split()
    words = ["the" if w.lower() in _OWNER_WORDS else w for w in words]  # ("head of its department")
    out = [title_word(w, i, SMALL_WORDS) for i, w in enumerate(words)]
    return " ".join(out)


# Rows that are occupations, no country's office ("the American journalist": a Journalist).
OCCUPATIONS = frozenset(lang.language("en").get("roles.occupations") or ())


# (A title's role is looked up in the table's patterns, one search each: 0.15 ms. An archive names the same few titles
# again and again: the 9,172 lookups of 1 MB of cue-dense text were of 9 titles, 2026-12-06.)
@lru_cache(maxsize=4096)
def canonical_role(role_as_written: str | None) -> str | None:
    """The canonical role for a title as written; unknown titles, and titles of another country's office, come
    back title-cased; honorifics as None."""
    if role_as_written is None:
        return None
    if lower_case_only_role(role_as_written):
        return None  # "the speaker X", "keynote speaker X": one who spoke at the event, no Speaker of a parliament
    if (mended := mend_title(role_as_written)) != role_as_written:
        return canonical_role(mended)  # "Ankara Büyükelçsi": a long head with a letter dropped
    if (plain_owner := ACRONYM_OWNER.sub(r"\1", role_as_written)) != role_as_written:
        return canonical_role(plain_owner)  # "BHOS' Rector": an abbreviation's possessive mark, as "BHOS Rector"
    if (post := without_acting_phrase(role_as_written)) is not None:  # "rektor vəzifəsini icra edən": Acting Rector
        known = canonical_role(post)
        return known if known is None or known.startswith(ACTING_PREFIX) else ACTING_PREFIX + known
    if (one := in_singular(role_as_written)) is not None:
        return canonical_role(one)  # "prorektorlar A və B": each one's "prorektor", a Vice-Rector
    if (regional := region_post(role_as_written)) is not None:
        return regional  # "аким Мангистауской области": "Akim of Mangystau Region"
    if (plain := _without_praise(role_as_written)) is not None:
        return canonical_role(plain)  # "famous scientist": "Scientist"
    if (unnamed := without_namesake(role_as_written)) is not None:
        return canonical_role(unnamed)  # "директор музея им. Низами Гянджеви": "Director of the Museum"
    words = role_as_written.split()
    ranks: list[str] = []
    while (
        len(words) > 1 and fold_role(words[-1]) in _HONORIFIC_WORDS and fold_role(words[-2]) not in _HONORIFIC_PREFIXES
    ):
        ranks.insert(0, words.pop())  # "Rektörü Prof. Dr.": the title, then the honorifics of the name
    words = _first_post(words)
    end = post_length(words)
    role_as_written, ranks = " ".join(words[:end]), words[end:] + ranks
    folded = fold_role(role_as_written)
    if not folded:
        return None
    known = _known_role(role_as_written, folded)
    if (owned := abbreviation_head(role_as_written)) is not None and known in (None, owned.split(" of ")[0]):
        return owned  # "AYB-nin katibi": "Secretary of AYB" (the whole title: not "Quba MKS-nin direktoru"'s tail)
    if (known := known or _known_tail(words[:end])) is not None:
        return _kin_of_post(role_as_written, known) or _rank_over_staff(known, ranks)  # ("Prof. Dr.": a Professor)
    if folded in _HONORIFIC_FOLDS:
        return None
    if end == 1 and (compound := compound_role(words[0], _opening)) is not None:
        return compound  # "фотокорреспондентом-журналистом": "Photojournalist"
    if (owned := possessive_body(role_as_written, lambda p: _opening(p) or body_head(p) or deputy_head(p))) is not None:
        return owned  # "the Centre's director": "Director of the Centre"
    opening = None if names_another_country(role_as_written) else english_opening(words[:end], _opening, body_head)
    if opening is not None:
        return opening  # "директор музея истории": "Director of the Museum"
    return _title_case(without_home(singular(role_as_written)))


def is_occupation(role_as_written: str) -> bool:
    """A title that names an occupation, no office ("jurnalist", "historian"): `[roles] occupations` in en.toml."""
    return canonical_role(role_as_written) in OCCUPATIONS


# Words of praise before a post, no part of the role ("famous scientist", "renowned poet", "görkəmli alim"): `[roles]
# praise`, folded.
_PRAISE = frozenset(fold_role(w) for w in words("praise"))


def _without_praise(role_as_written: str) -> str | None:
    """The title without its words of praise (the post they praise kept: "the renowned poet" is "the poet"), when it
    has some and the table does not know the whole title; else None."""
    parts = role_as_written.split()
    kept = [w for i, w in enumerate(parts) if i == len(parts) - 1 or not _praise(w, parts[i + 1])]
    if len(kept) == len(parts) or table_lookup(role_as_written) is not None:
        return None
    return " ".join(kept)


def _praise(word: str, after: str) -> bool:
    """The word praises the post after it: one of `_PRAISE`, in lower case or before a word in lower case ("Renowned
    poet"; not "Honoured Artist", "Distinguished Professor": titles of honour)."""
    return fold_role(word) in _PRAISE and (word.islower() or after.islower())


def _opening(role_as_written: str) -> str | None:
    return _known_role(role_as_written, fold_role(role_as_written))


# Titles that, written after a name, are a member of the parliament of the country the report is from ("X MP").
_HOST_POST_NOMINALS = words("host_post_nominals")


def written_role(role_as_written: str | None, after_name: bool, text: str) -> str | None:
    """The canonical role of a title as written; a bare member's post ("MP") is of the parliament whose building or
    chamber the text sets its event in (`_parliament_place`: "in the House of Commons"), before the name or after it,
    and else, right after the name with no comma, of the parliament of the one country abroad the text names
    ("Edward Finch MP" in a report from London)."""
    bare = (role_as_written or "") in _HOST_POST_NOMINALS
    host = (parliament_place(text) or (country_abroad(text) if after_name else None)) if bare else None
    return member_of(host) if host else canonical_role(role_as_written)


# Words that join two posts of one person ("Kars Valisi ve Belediye Başkan Vekili"): the first is the role; and those
# that do when a head follows them ("Member of Parliament and Chairman of X", `roles.joined_post_heads`).
POST_JOINERS = words("post_joiners")
HEAD_JOINERS = words("joined_post_heads")


def joins_posts(words: list[str], i: int) -> bool:
    """The joiner of `HEAD_JOINERS` at i joins two posts of one person: an office of a body the data knows before it
    (not a rank or an occupation, which yield to the office after them: "Professor and Rector of X"), and a head, after
    its modifiers, right after it ("Member of Parliament and (Deputy) Chairman of X"; not "Family, Women and Children",
    "Ambassador Extraordinary and Plenipotentiary")."""
    if i + 1 >= len(words) or lowercase(words[i]) not in HEAD_JOINERS:
        return False
    k = i + 1
    while k + 1 < len(words) and lowercase(words[k]) in ROLE_MODIFIERS:
        k += 1
    if not is_role_head(words[k]) or lowercase(words[k]) in ROLE_MODIFIERS:
        return False
    known = _known_role(" ".join(words[:i]), fold_role(" ".join(words[:i])))
    return known is not None and " of " in known


_LESSER = words("lesser_posts")  # ("founder and president of X": the President of X)
LESSER_POSTS = _LESSER  # (and one before its comma yields to the post after it: "основатель журнала «…», журналист X")
_LESSER_JOINERS = words("lesser_joiners")


def _first_post(words: list[str]) -> list[str]:
    """The first of two posts joined in one title, each with its head noun; a title with a head on one side only is
    one post ("Kültür ve Turizm Bakanı"); the office after a lesser post ("founder and president of X")."""
    if len(words) > 2 and lowercase(words[0]) in _LESSER and lowercase(words[1]) in _LESSER_JOINERS:
        return words[2:] if is_role_head(words[2]) or lowercase(words[2]) in ROLE_MODIFIERS else words
    for i, word in enumerate(words):
        if lowercase(word) in POST_JOINERS and any(map(is_role_head, words[:i])) and any(map(is_role_head, words[i:])):
            return words[:i]
        if joins_posts(words, i):
            return words[:i]
    return words


# Head nouns that close a title in a language that writes the head last (`roles.tail_heads`): an unknown title that
# ends in one is that head's post.
_TAIL_HEADS = words("tail_heads")


def _known_tail(words: list[str]) -> str | None:
    """The post a title ends in when the whole is unknown and its last word is a head of `roles.tail_heads` (a Turkish
    title closes with its head, the words before it name the body: "Ulu Cami Derneği Başkanı": "Chairman"; "Şube
    Müdürü": "Director"), not another country's office ("Gürcistan Milli Meclis Başkanı")."""
    title = " ".join(words)
    if not words or lowercase(words[-1]) not in _TAIL_HEADS or names_another_country(title):
        return None
    for i in range(1, len(words)):
        if not any(map(is_role_head, words[i:])):
            return None
        tail = " ".join(words[i:])
        if (known := _known_role(tail, fold_role(tail))) is not None:
            return known
    return None


def _is_grade(word: str) -> bool:
    """A rank or degree, or a rank's own branch, that may close a title after the post ("Komutanı Jandarma Albay")."""
    return fold_role(word) in _GRADE_FOLDS or (lowercase(word) in ROLE_MODIFIERS and not is_role_head(word))


def _rank_over_staff(known: str, ranks: list[str]) -> str:
    """A title that is itself an academic rank, a member of the teaching staff ("Öğretim Üyesi"), is the rank written
    after it when there is one ("Öğretim Üyesi Prof. Dr. X": "Professor"; "Rektörü Prof. Dr. X" stays "Rector")."""
    if not ranks or fold_role(known) not in _DEGREE_FOLDS:
        return known
    rank = _known_role(" ".join(ranks), fold_role(" ".join(ranks)))
    return rank if rank is not None and fold_role(rank) in _DEGREE_FOLDS else known


def post_length(words: list[str]) -> int:
    """How many of a title's words are the post: the military ranks and degrees that close it, with a rank's own
    branch before them ("İl Jandarma Komutanı Jandarma Yarbay", "kafedra müdiri professor"), are the name's when a post
    with its head noun comes before them; a title the data knows whole is left whole ("Consul General"). The one
    rule for a title as written (`canonical_role`) and for the words before a name (`_names`)."""
    end = len(words)
    while end > 0 and fold_role(words[end - 1]) in _GRADE_FOLDS:
        end -= 1
    ranked = any(fold_role(w) not in _ACADEMIC_FOLDS for w in words[end:])  # (a military rank; not "Dr.", "PhD")
    while ranked and end > 0 and lowercase(words[end - 1]) in ROLE_MODIFIERS and not is_role_head(words[end - 1]):
        end -= 1  # "Jandarma Yarbay": the rank's own branch goes with it (not "the Heritage Council Dr.": the body's)
    # (a deputy's word is no post before a grade: "Deputy Mayor" is the mayor's deputy, not the rank "mayor")
    posts = [w for w in words[:end] if is_role_head(w) and not DEPUTY_WORD.match(fold_role(w))]
    if end == len(words) or not any(fold_role(w) not in _GRADE_FOLDS for w in posts):
        return len(words)
    whole = _known_role(" ".join(words), fold_role(" ".join(words)))
    post = _known_role(" ".join(words[:end]), fold_role(" ".join(words[:end])))
    # (not the post with its degrees, a pattern's open tail: "Dean of the Faculty of History PhD" is the Dean's)
    echoed = not ranked and post is not None and fold_role(whole or "") == fold_role(" ".join([post, *words[end:]]))
    if whole is not None and fold_role(whole) not in _GRADE_FOLDS and not echoed:
        return len(words)
    # a title that is itself an academic rank keeps the rank after it, which says more ("Öğretim Üyesi Prof. Dr.")
    return len(words) if post is not None and fold_role(post) in _DEGREE_FOLDS else end


def is_known_role(role_as_written: str) -> bool:
    """True when a title maps to one of the canonical roles (an office, a diplomat's post), not only to itself."""
    return _known_role(role_as_written, fold_role(role_as_written)) is not None


_BODY_GENITIVES = words("body_genitives")  # ("Xidmətin": a body named by its noun alone, its head's deputy)


# Words that make a post an acting one ("acting", "vekili": "İl Emniyet Müdür Vekili" is "Acting Chief of Police").
_ACTING = words("acting")


# (as `canonical_role`: the titles before names, the cuts of a title and the appositions ask about the same few titles;
# 3,921 lookups of 300 cue-dense documents were of 12, 0.18 of 6.3 s of the facts' CPU, 2026-12-07)
@lru_cache(maxsize=4096)
def _known_role(role_as_written: str, folded: str) -> str | None:
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
_NO_UNIVERSITY = _HONORIFIC_WORDS | _GRADE_FOLDS | _DEGREE_HEADS


def _known_post(role_as_written: str, folded: str) -> str | None:
    """The canonical role, a deputy's ("Milli Məclis sədrinin müavini": "Deputy Speaker of the Milli Majlis") the
    principal's with "Deputy" before it, unless the table names the deputy's post itself ("Vice-Rector")."""
    known = _known_principal(role_as_written, folded)
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
    if (form := town_form(role_as_written, _is_grade, no_city)) is not None:
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
