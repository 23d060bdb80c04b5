"""Who attended a commemoration: people (and groups) the text says were there.

Rules, per sentence (long quotations are blanked out first, so quoted speech never counts):

* A person is a run of 2-4 capitalised words that are not titles, bodies or places ("Ogtay Asadov" in
  "Speaker of the Milli Majlis Ogtay Asadov"), or a lone surname right after a title ("President Aliyev").
* A person attends when the sentence has an attendance cue and the person is
  - the subject of a "was there" verb: visited, arrived at, attended, took part, participated, laid a
    wreath, paid tribute, came to, honoured the memory, joined the ceremony, was present / at / among ...
    (every name of the subject: "A, B and his spouse C visited"), or
  - in the list after "attended by", "accompanied by", "Among those ... were", "Participants ...
    included", "Attending ... were", "in the presence of" (and "along with X" inside such a cue).
* A person does not attend when the name is the object of another word ("on behalf of", "memory of",
  "ordered by", "led by", "condolences to", "said"), is qualified as remembered or historical ("national
  leader", "great son", "the late", "martyr", "Soviet"), is possessive ("Aliyev's"), is negated ("did not
  attend", "neither ... nor"), or the sentence tells history ("at that time", "the day after the
  tragedy") or a tribute paid from afar ("in a statement").

Decisions: a photo caption without a verb ("President Ilham Aliyev and his wife on Shehid Alley") is not
attendance: stock photos carry no date. "his spouse/wife Y" keeps role_as_written "his spouse" and gets role
"First Lady" when the person just before ("President X and his wife Y") is the President, else "Spouse";
"his wife" with no name adds nobody. A lone surname after a title ("President Aliyev") is a mention of its
own; it merges into the attendee with that full name (same gendered form: Aliyev is not Aliyeva) when
exactly one exists in the text, otherwise it is kept as written (`jan20.extract.people.resolve_surnames` and
`canonical_spellings` can map it later).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial

from jan20.text import sentences as sx
from jan20.text.fold import found_as_written
from jan20.text.quotes import mask_quotes

from . import _cue_search as cue_search
from . import _cues as cue
from ._absent import not_absent
from ._anaphor_bodies import anaphor_role
from ._another_year import another_time, own_months, own_years
from ._appositions import remembered_after
from ._body_after_name import of_body_end, of_body_role, titled_body_after
from ._deputy_peer import first_deputy_before, peer_deputy_role
from ._genitive import genitive_names, stem_end
from ._given_names import given_names
from ._groups import find_groups
from ._head_of_state import head_of_state_role
from ._kin_names import completes_noun, kin_before, kin_of_titled
from ._led_body import led_body, led_role
from ._list_items import with_lists
from ._list_links import joined, shares_title
from ._listed_titles import role_span
from ._memory import dead_after_kin, memorial_owner, memory_object, titled_owner
from ._mentions import AttendeeMention, GroupMention
from ._name_asides import without_asides
from ._names import Name, name_end, names_in
from ._other_gathering import other_gathering
from ._own_posts import skipped, told_in_post
from ._persons import one_per_person
from ._roles_elsewhere import lone_surnames
from ._said import HeldBefore, said_here, tells_history
from ._shared_country import own_country, shared_country
from ._subjects import chosen_tokens
from ._thanks import thanked_verbs
from ._title_words import GRADES
from .roles import canonical_role, written_role

__all__ = ["AttendeeMention", "GroupMention", "extract_attendees", "extract_groups"]


@dataclass(frozen=True)
class _Found:
    start: int  # name offsets
    end: int
    role_start: int  # role offsets (equal when there is no role)
    role_end: int
    quote: str  # the sentence, whitespace-normalised
    after_president: bool  # "President X and his wife Y": Y follows a President
    country: str | None = None  # the country's word of the title before, shared (`_shared_country`)
    body: str | None = None  # the body a delegation led by the name is of (`_led_body`)
    of_body: str | None = None  # the body written after the name its title before it is of (`_body_after_name`)
    peer: str | None = None  # the title of the first deputy before whose bare deputy the name is (`_deputy_peer`)


def _excluded(text: str, floor: int, pos: int) -> bool:
    """The phrase at `pos` is the object of another word: "on behalf of", "memory of", "led by", "said"."""
    before = text[max(floor, pos - 80) : pos]
    if cue.ATTRIBUTION_BEFORE.search(before):
        return True  # "According to Ambassador X, ...", "По словам Посла X, ...": the one quoted
    # (the negative words first, and only where their literals are: the positive pattern is five times as long, and
    # searching both in every window was a twentieth of the attendee walk on cue-dense text)
    return cue_search.gated_search(cue.NEGATIVE_BEFORE, before) is not None and not cue_search.gated_search(
        cue.POSITIVE_BEFORE, before
    )


def _said_of_attendee(text: str, floor: int, start: int, end: int) -> bool:
    """A name after a verb of saying ("said X", "thanked X") that a relative clause of attendance right after it
    makes a subject: "said Mubariz Gurbanli, who spoke at the ceremony"."""
    clause = cue.RELATIVE.match(text, end)
    return (
        clause is not None
        and cue.SAID_BEFORE.search(text, max(floor, start - 40), start) is not None
        and cue.SUBJECT_CUE.match(text, clause.end()) is not None
    )


_LETTERS = re.compile(r"[^\W\d_]+")
# (compiled once, not looked up in `re`'s cache for each name: here and in the modules the walk calls per name or
# word; together 0.6% of the extractors' instructions on cue-dense text, 2026-12-06)
_CLAUSE_BREAK = re.compile(r"[,;:(]|\band\b")


def _capitalised(masked: str, sent: sx.Span) -> str:
    """The text with an all-capitals sentence ("PRESIDENT ILHAM ALIYEV VISITS ALLEY OF MARTYRS") written with
    capital initials, so its names read as names; offsets are kept (the text is left as it is if they would
    not be)."""
    body = masked[sent.start : sent.end]
    if not body.isupper():
        return masked
    initials = _LETTERS.sub(lambda word: word.group().capitalize(), body)
    if len(initials) != len(body):
        return masked
    return masked[: sent.start] + initials + masked[sent.end :]


def _at_event(masked: str) -> bool:
    """The text places an event (a ceremony, an evening, a visit), or reports one held ("the anniversary was marked
    at the university"): who speaks at it or runs it was there."""
    return cue.EVENT_IN_TEXT.first(masked) is not None or cue.EVENT_HELD_IN_TEXT.first(masked) is not None


def _speech(body: str) -> bool:
    return any(cue_search.hits(p, body) for p in cue.SPEECH_CUES)


def _places_nobody(
    body: str,
    speech: bool,
    own: Callable[[], frozenset[int]],
    months: Callable[[], frozenset[tuple[int, int]]] | None = None,
) -> bool:
    """Whether a sentence places nobody at the ceremony whatever names it holds: it has no cue (of a list, a subject,
    a passive's "by", a verb-final verb after its subject, or `speech` at the event), or it is one to skip, or it
    tells history or another year's event (`own`: the report's own years). Most sentences the prefilter lets
    through have no cue: that is tested first, history after."""
    return bool(
        not (
            cue_search.hits(cue.LIST_CUE, body)
            or cue_search.hits(cue.SUBJECT_CUE, body)
            or cue_search.hits(cue.PASSIVE_BY_CUE, body)
            or cue_search.hits(cue.SUBJECT_FIRST_CUE, body)
            or cue_search.hits(cue.HONOUR_CUE, body)
            or speech
        )
        or skipped(body)
        or cue_search.hits(cue.HISTORY_OPENING, body)
        or tells_history(body, speech)
        or another_time(body, own, months)
        or other_gathering(body)  # "Затем министр X принял участие в заседании Кабинета"
    )


def _sentence_hits(
    text: str,
    masked: str,
    sent: sx.Span,
    at_event: bool | Callable[[], bool] = False,
    held: int | Callable[[int], int] = -1,
) -> tuple[list[_Found], list[sx.Span]]:
    """The people and groups one sentence places at the ceremony. `at_event` (whether the text places an event,
    or a function that says so) is asked only about a sentence with a cue of speech: whether the text places an
    event is a search of the whole text, and only those cues depend on it (as does `held`, see `_said.said_here`)."""
    body = masked[sent.start : sent.end]
    speech = _speech(body)
    if speech and callable(at_event):
        at_event = at_event()
    speech = speech and bool(at_event)  # (with no cue of speech, at_event changes nothing below)
    here = speech and said_here(masked, sent, held)
    if _places_nobody(body, speech, partial(own_years, text), partial(own_months, text)):
        return [], []  # (with no cue, no token is chosen)
    masked = _capitalised(masked, sent)
    toks, names = names_in(masked, sent.start, sent.end)
    starts = [t.start for t in toks]
    lone = lone_surnames(masked, toks, names)  # "Aliyev, … ziyaret ederek": the article's İlham Aliyev
    lone = given_names(masked, toks, names) | lone  # "Elin then welcomed the guests": the Elin Suleymanov named before
    names = sorted([*names, *(Name(i, i + 1, i, i, i, False) for i in lone)], key=lambda n: n.first)
    groups = find_groups(masked, sent.start, sent.end)
    if not names and not groups:
        # (nobody to place: 221 of the 380 cued sentences of 400 news-like texts name nobody, and choosing their
        # tokens took 0.05 s of CPU, 2026-12-07)
        return [], []
    linked = {t for n in names for t in range(n.np_first, max(n.last, n.role_last))}
    heads = frozenset(min(n.role_first, n.first) for n in names)  # (where a body's name after a name stops)
    linked.update(t for n in names for t in range(n.last, of_body_end(toks, n, heads)))  # "X of Council for Y spoke"
    for g in groups:
        linked.update(range(bisect_left(starts, g.start), bisect_left(starts, g.end)))
    # (honour paid in a text that tells of a post and places no event: "X … yad edib" over "X … paylaşım edib")
    posted = bool(cue_search.hits(cue.HONOUR_CUE, body)) and told_in_post(masked, at_event)
    chosen = chosen_tokens(body, sent, toks, linked, speech, here, posted)
    quote = sx.quote(text, sent) if chosen else ""
    found: list[_Found] = []
    prev: Name | None = None
    shared: Name | None = None  # the name whose plural title the names after it share
    prev_remembered = False  # the name before was one remembered
    thanked = {sent.start + m.start() for m in thanked_verbs(body)}  # "katılımları için A'ya teşekkür etti"
    genitives = genitive_names(masked, toks, names, thanked) if speech else set()
    for name in names:
        lead = min(name.role_first, name.first)
        window = masked[toks[max(prev.last if prev else 0, name.np_first - 8)].start : toks[name.first].start]
        window = _CLAUSE_BREAK.split(window)[-1]
        # (and every name of a list the word of the remembered opens: "şəhidlər A, B və C")
        remembered = bool(
            cue_search.gated_search(cue.REMEMBERED, window) or cue_search.gated_search(cue.REMEMBERED_NEXT, window)
        ) or (prev_remembered and prev is not None and joined(toks, prev, name) and not kin_before(masked, toks, prev))
        remembered = remembered or memorial_owner(masked, sent.start, toks[name.first].start)  # "могилу X"
        remembered = remembered or titled_owner(masked, sent.start, toks[lead].text, toks[lead].start)  # "посла X"
        remembered = remembered or dead_after_kin(masked, sent.start, toks[name.first].start)  # "мать шехида X"
        prev_remembered = remembered or memory_object(masked, sent.start, toks[lead].start)  # (and the next joined)
        remembered = remembered or any(
            toks[m].low in cue.STORY_PEOPLE and (m + 1 == len(toks) or toks[m + 1].low not in cue.PARTICLES)
            for m in range(name.first, name.last)
        )  # (a Soviet leader; not a father's name before a patronymic's particle: "Azər Paşa oğlu X")
        remembered = remembered or remembered_after(toks, name.last)  # "X, a murdered student," (not the next's)
        genitive = name.first in genitives  # "X'in katılımıyla", "A'ya ve B'ye katılımları için teşekkür"
        ok = name.first in chosen and (genitive or not name.possessive) and not remembered
        at = toks[name.first].start  # ("the son of X": someone else; not "in the presence of X": a cue's list)
        ok = ok and not (
            (completes_noun(toks, name.first) or kin_of_titled(masked, toks, name))
            and not cue.POSITIVE_BEFORE.search(masked, sent.start, at)
        )  # (or "the daughter of Ambassador X")
        # "…, Ali Asadov said.": whoever reports the sentence is not in it
        ok = ok and not cue.SAID_AT_END.match(masked, toks[name.last - 1].end, sent.end)
        if ok and (
            not _excluded(masked, sent.start, toks[lead].start)
            or _said_of_attendee(masked, sent.start, toks[lead].start, toks[name.last - 1].end)
        ):
            record, shared = _found_for(
                masked, sent, toks, name, prev, shared, lone.get(name.first), genitive, quote, heads
            )
            found.append(record)
        prev = name
    kept = [g for g in groups if bisect_left(starts, g.start) in chosen]
    kept = [g for g in kept if not _excluded(masked, sent.start, g.start)]
    return found, kept


def _found_for(
    masked: str,
    sent: sx.Span,
    toks: list[sx.Token],
    name: Name,
    prev: Name | None,
    shared: Name | None,
    lone: tuple[int, int, int, int] | None,
    genitive: bool,
    quote: str,
    heads: frozenset[int] = frozenset(),
) -> tuple[_Found, Name | None]:
    """The record of a name the sentence (`quote`) places at the ceremony (by `_sentence_hits`): its span and its
    title's (a plural title `shared` by the names before it goes on to it; a `lone` name's, those of the full name
    named before); whether it follows a President as his spouse; the country of the title before it that it shares;
    the body a delegation it leads is of. With the name whose title the next names share."""
    lead = min(name.role_first, name.first)
    between = [t.low for t in toks[prev.last : lead]] if prev else []
    # "President X and his wife Y", "President X paid homage ..., accompanied by his wife Y": his
    # ("his", "xanımı", "супруги") can only be the person named just before.
    own_spouse = toks[name.role_first].low in cue.OWN_SPOUSE
    after_president = (
        prev is not None
        and (" ".join(between) in cue.SPOUSE_LINK or own_spouse)
        and canonical_role(_role_text(masked, toks, prev)) == "President"
    )
    role_start, role_end = role_span(toks, name)  # (or a plural title before a bracket: "deputatlar (A, B)")
    owner = shared if shared is not None and prev is not None and prev.role_last <= prev.role_first else prev
    grades = {w.lower().rstrip(".") for w in masked[role_start:role_end].split()} <= GRADES  # or "Prof. Dr."
    if grades and owner is not None and prev is not None and shares_title(toks, owner, prev, name):
        role_start, role_end = toks[owner.role_first].start, toks[owner.role_last - 1].end
        shared = owner  # ("musiqiçilər A, B və C": the title goes on to the names joined after)
    start, end = toks[name.first].start, name_end(toks, name)
    end = stem_end(masked, start, end, genitive)
    if lone is not None:
        start, end, role_start, role_end = lone
    before = (_role_text(masked, toks, prev), [t.text for t in toks[prev.last : name.role_first]]) if prev else None
    role = _role_text(masked, toks, name)
    country = shared_country(*before, role) if before else None  # "A, Berlin Başkonsolosu B"
    own = [t.text for t in toks[max(0, name.role_first - 3) : name.role_first]] if role_end > role_start else []
    country = country or own_country(own, role)  # "Our country's ambassador X"
    led = led_body(masked, sent.start, role_start) if role_end > role_start else None
    of_body = _of_body(masked, toks, name, heads) if role_end > role_start else None  # "Director X of Acme Holdings"
    peer = first_deputy_before(before[0], toks[prev.last : name.role_first], role) if before and prev else None
    return _Found(start, end, role_start, role_end, quote, after_president, country, led, of_body, peer), shared


def _of_body(text: str, toks: list[sx.Token], name: Name, heads: frozenset[int] = frozenset()) -> str | None:
    """The body's name written after a name whose title stands before it ("Director John Smith of Acme Holdings")."""
    if (span := titled_body_after(toks, name, heads)) is None:
        return None
    return sx.normalised(text, toks[span[0]].start, toks[span[1] - 1].end)


def _role_text(text: str, toks: list[sx.Token], name: Name) -> str | None:
    if name.role_last <= name.role_first:
        return None
    return sx.normalised(text, toks[name.role_first].start, toks[name.role_last - 1].end)


@lru_cache(maxsize=4)  # extract_attendees and extract_groups of one article share the reading
def _analyse(text: str) -> tuple[tuple[_Found, ...], tuple[GroupMention, ...]]:
    masked = mask_quotes(text)
    people: list[_Found] = []
    groups: list[GroupMention] = []
    at_event = cache(partial(_at_event, masked))  # (searched only if a sentence has a cue of speech)
    held = HeldBefore(masked)  # (searched only as far as a sentence with a cue of speech)
    # Only a sentence with an attendance cue places anyone at the ceremony: read just those.
    masked, sents = with_lists(masked, sx.sentences_at(masked, _cue_positions(text)))
    for sent in sents:
        found, kept = _sentence_hits(text, masked, sent, at_event, held)
        people.extend(found)
        quote = found[0].quote if found else sx.quote(text, sent)
        groups.extend(GroupMention(sx.normalised(text, g.start, g.end), quote, g.start, g.end) for g in kept)
    return tuple(people), tuple(groups)


def _cue_positions(text: str) -> list[int]:
    """Where the text has the words an attendance cue holds (see `_cue_search.PREFILTER`), or a language's stems."""
    found = cue_search.PREFILTER.positions(text)
    found += cue_search.STEMS.positions(text)
    return sorted(found)


def _mention(text: str, f: _Found) -> AttendeeMention:
    role_as_written = sx.normalised(text, f.role_start, f.role_end) or None
    role = written_role(role_as_written, f.role_start >= f.end and not text[f.end : f.role_start].strip(), text)
    role = canonical_role(f"{f.country} {role_as_written}") if f.country else role  # "A, Berlin Başkonsolosu B"
    if f.body and role_as_written:  # "Делегация парламента Грузии во главе с вице-спикером X"
        role = led_role(role, role_as_written, f.body)
    if f.of_body and role_as_written and role is not None:  # "Director John Smith of Acme Holdings"
        role = of_body_role(role, role_as_written, f.of_body)
    role = peer_deputy_role(role, f.peer) if f.peer else role  # "I müavini A və müavin B": the same body's
    role = anaphor_role(role, role_as_written, text, f.role_start)  # "председатель этой организации X"
    role = head_of_state_role(role, role_as_written, sx.normalised(text, f.start, f.end), text)  # "Cumhurbaşkanı X"
    if role == "Spouse" and f.after_president:
        role = "First Lady"  # "President X and his wife Y": the President's spouse
    return AttendeeMention(
        sx.normalised(text, f.start, f.end),
        role_as_written,
        role,
        f.quote,
        f.start,
        f.end,
    )


def extract_attendees(text: str) -> list[AttendeeMention]:
    """People the text says were at the ceremony: one per person (first full-name mention with a role if
    any, else the first mention), in text order. See the module docstring for the rules. An apostrophe typed as
    another mark is read as one ("Aliyev´in"); names, titles and quotes are as written."""
    return found_as_written(text[: sx.READ_LIMIT], _attendees, _written_attendee)


def _written_attendee(m: AttendeeMention, written: Callable[[str], str]) -> AttendeeMention:
    """The attendee with its name, title and quote as the text writes them (`found_as_written`)."""
    role_as_written = written(m.role_as_written) if m.role_as_written else m.role_as_written
    return replace(m, mention=written(m.mention), role_as_written=role_as_written, quote=written(m.quote))


def _attendees(text: str) -> list[AttendeeMention]:
    found, _ = _analyse(text)
    mentions = [_mention(text, f) for f in found]
    kept = not_absent(text, without_asides(text, mentions))
    return one_per_person(text, kept)  # (not one said later to have stayed away: `_absent`)


def extract_groups(text: str) -> list[GroupMention]:
    """Groups the text places at the ceremony ("ambassadors of foreign countries"), first mention of each,
    in text order. Groups are never returned as people."""
    groups = found_as_written(
        text[: sx.READ_LIMIT],
        lambda read: _analyse(read)[1],
        lambda g, written: replace(g, group=written(g.group), quote=written(g.quote)),
    )
    seen: set[str] = set()
    out: list[GroupMention] = []
    for g in groups:
        key = g.group.lower()
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out
