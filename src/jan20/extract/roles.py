"""Titles and roles: `canonical_role` maps a title as written ("Chairman of Milli Majlis", "Prime-Minister") to one
canonical role. The words that are never part of a name are in `_title_words`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jan20.text.fold import lowercase

from .. import lang
from . import _cues as cue
from ._acting import without_acting_opener, without_acting_phrase
from ._complements import possessive_body
from ._deputies import DEPUTY_WORD, deputy_head
from ._english_heads import english_opening
from ._envoys import ACTING_PREFIX
from ._home import TITLE_LEAD, names_another_country, without_home
from ._known_roles import GRADE_FOLDS, HONORIFIC_WORDS, OCCUPATIONS, OVER_POSTS, known_role
from ._offices import (
    abbreviation_head,
    body_head,
    in_singular,
    member_of,
    singular,
)
from ._parliament_place import parliament_place
from ._possessive import ACRONYM_OWNER
from ._posts_in_text import country_abroad
from ._regions import region_post
from ._role_table import fold_role, table_lookup
from ._title_shapes import compound_role, without_namesake
from ._title_words import (
    HONORIFICS,
    ROLE_MODIFIERS,
    SMALL_WORDS,
    is_role_head,
    lower_case_only_role,
    mend_title,
    title_word,
    words,
)

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


# Kin in the nominative that open a title before a post in the genitive ("Внук основателя фонда"), to the kin's English
# word (`[roles.kin]`).
_KIN_TITLES = {w: kin for _, rows in lang.table("roles.kin") for kin, listed in rows.items() for w in listed.split()}
KIN_TITLE_WORDS = frozenset(_KIN_TITLES)
_KIN_OF_THE_DEAD = lang.pattern("roles.kin_of_the_dead")


def _kin_title(role_as_written: str) -> str | None:
    """The role of a title whose kin opens it before a post ("Внук основателя фонда": "Grandson of the Founder",
    "Жена посла": "Spouse"): "" when the data does not know the post, None when no kin opens the title."""
    words = role_as_written.split()
    kin = _KIN_TITLES.get(words[0].lower()) if len(words) > 1 else None
    if kin is None:
        return None
    post = " ".join(words[1:])
    known = known_role(post, fold_role(post))  # (the post's canonical role, asked once: None when the data lacks it)
    if kin in OVER_POSTS:
        return known if known in OVER_POSTS else kin  # ("Супруга президента": the First Lady)
    return "" if known is None else _KIN_POST.format(f"{kin} of", known)


# Words that say whose post it is, written "the" in a title case ("head of its department").
_OWNER_WORDS = words("owner_words")
# Honorifics as written and folded as a title is ("д-р" is "d r").
_HONORIFIC_FOLDS = frozenset(h.rstrip(".") for h in HONORIFICS) | frozenset(fold_role(h) for h in HONORIFICS)


# Academic degrees alone, folded ("professor", "assistant professor"; not the military ranks: "майор" is "mayor").
_DEGREE_FOLDS = frozenset(fold_role(g) for g in words("degrees"))
_ACADEMIC_FOLDS = _DEGREE_FOLDS | HONORIFIC_WORDS  # (no military rank: none has a branch's words before it)
# Abbreviated words that make one title with the honorific after them ("Assoc. Prof."): `[roles] honorific_prefixes`.
_HONORIFIC_PREFIXES = frozenset(fold_role(h) for h in words("honorific_prefixes"))


def _title_case(role: str) -> str:
    words = TITLE_LEAD.sub("", " ".join(role.split())).split()
    words = ["the" if w.lower() in _OWNER_WORDS else w for w in words]  # ("head of its department")
    out = [title_word(w, i, SMALL_WORDS) for i, w in enumerate(words)]
    return " ".join(out)


# (A title's role is looked up in the table's patterns, one search each: 0.15 ms. An archive names the same few titles
# again and again: the 9,172 lookups of 1 MB of cue-dense text were of 9 titles, 2026-12-06.)
@lru_cache(maxsize=4096)
def canonical_role(role_as_written: str | None) -> str | None:
    """The canonical role for a title as written; unknown titles, and titles of another country's office, come
    back title-cased; honorifics as None."""
    if role_as_written is None:
        return None
    if (told := clause_post(role_as_written)) is not None:
        return canonical_role(told)  # "heads the Azerbaijan Cultural Centre": "head of the Azerbaijan Cultural Centre"
    if lower_case_only_role(role_as_written):
        return None  # "the speaker X", "keynote speaker X": one who spoke at the event, no Speaker of a parliament
    if _KIN_OF_THE_DEAD.search(fold_role(role_as_written)):
        return None  # "son of the martyr": a kinship, no post
    if (kin := _kin_title(role_as_written)) is not None:
        return kin or None  # "Внук основателя фонда": the founder's grandson, "Grandson of the Founder"
    if (mended := mend_title(role_as_written)) != role_as_written:
        return canonical_role(mended)  # "Ankara Büyükelçsi": a long head with a letter dropped
    if (plain_owner := ACRONYM_OWNER.sub(r"\1", role_as_written)) != role_as_written:
        return canonical_role(plain_owner)  # "BHOS' Rector": an abbreviation's possessive mark, as "BHOS Rector"
    if (post := without_acting_phrase(role_as_written) or without_acting_opener(role_as_written)) is not None:
        # ("rektor vəzifəsini icra edən", "исполняющий обязанности ректора": Acting Rector)
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
        len(words) > 1 and fold_role(words[-1]) in HONORIFIC_WORDS and fold_role(words[-2]) not in _HONORIFIC_PREFIXES
    ):
        ranks.insert(0, words.pop())  # "Rektörü Prof. Dr.": the title, then the honorifics of the name
    words = _first_post(words)
    end = post_length(words)
    role_as_written, ranks = " ".join(words[:end]), words[end:] + ranks
    folded = fold_role(role_as_written)
    if not folded:
        return None
    known = known_role(role_as_written, folded)
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


# A clause's verb that tells a post, with the post ("heads": "head"; `attendees.apposition_post_verbs`).
_POST_VERBS = {
    verb: post
    for _, pairs in lang.table("attendees.apposition_post_verbs")
    for verb, post in (p.split(":") for p in pairs)
}


def clause_post(role_as_written: str) -> str | None:
    """The post a clause after a name tells, its verb made a post of the body ("heads the Centre": "head of the
    Centre"); None for a title that opens with no such verb."""
    verb, _, body = role_as_written.partition(" ")
    post = _POST_VERBS.get(verb.lower())
    return f"{post} of {body}" if post and body else None


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
    return known_role(role_as_written, fold_role(role_as_written))


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
    known = known_role(" ".join(words[:i]), fold_role(" ".join(words[:i])))
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
# Posts the data knows of one body only, with or without its name ("İletişim Başkanı": the Presidency's): the tail of
# a title naming another body before it is no such post ("TRT İletişim Başkanı"), but a shorter tail's
# (`whole_only_posts`).
_WHOLE_ONLY = frozenset(lang.language("en").get("roles.whole_only_posts") or ())


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
        if (known := known_role(tail, fold_role(tail))) is not None and known not in _WHOLE_ONLY:
            return known
    return None


def _rank_over_staff(known: str, ranks: list[str]) -> str:
    """A title that is itself an academic rank, a member of the teaching staff ("Öğretim Üyesi"), is the rank written
    after it when there is one ("Öğretim Üyesi Prof. Dr. X": "Professor"; "Rektörü Prof. Dr. X" stays "Rector")."""
    if not ranks or fold_role(known) not in _DEGREE_FOLDS:
        return known
    rank = known_role(" ".join(ranks), fold_role(" ".join(ranks)))
    return rank if rank is not None and fold_role(rank) in _DEGREE_FOLDS else known


def post_length(words: list[str]) -> int:
    """How many of a title's words are the post: the military ranks and degrees that close it, with a rank's own
    branch before them ("İl Jandarma Komutanı Jandarma Yarbay", "kafedra müdiri professor"), are the name's when a post
    with its head noun comes before them; a title the data knows whole is left whole ("Consul General"). The one
    rule for a title as written (`canonical_role`) and for the words before a name (`_names`)."""
    end = len(words)
    # (not the second half of a head written with a spaced hyphen: "Secretary -General" is one head, no rank)
    while end > 0 and fold_role(words[end - 1]) in GRADE_FOLDS and not (end >= 2 and words[end - 2] == "-"):
        end -= 1
    ranked = any(fold_role(w) not in _ACADEMIC_FOLDS for w in words[end:])  # (a military rank; not "Dr.", "PhD")
    while ranked and end > 0 and lowercase(words[end - 1]) in ROLE_MODIFIERS and not is_role_head(words[end - 1]):
        end -= 1  # "Jandarma Yarbay": the rank's own branch goes with it (not "the Heritage Council Dr.": the body's)
    # (a deputy's word is no post before a grade: "Deputy Mayor" is the mayor's deputy, not the rank "mayor")
    posts = [w for w in words[:end] if is_role_head(w) and not DEPUTY_WORD.match(fold_role(w))]
    if end == len(words) or not any(fold_role(w) not in GRADE_FOLDS for w in posts):
        return len(words)
    whole = known_role(" ".join(words), fold_role(" ".join(words)))
    post = known_role(" ".join(words[:end]), fold_role(" ".join(words[:end])))
    # (not the post with its degrees, a pattern's open tail: "Dean of the Faculty of History PhD" is the Dean's)
    echoed = not ranked and post is not None and fold_role(whole or "") == fold_role(" ".join([post, *words[end:]]))
    if whole is not None and fold_role(whole) not in GRADE_FOLDS and not echoed:
        return len(words)
    # a title that is itself an academic rank keeps the rank after it, which says more ("Öğretim Üyesi Prof. Dr.")
    return len(words) if post is not None and fold_role(post) in _DEGREE_FOLDS else end
