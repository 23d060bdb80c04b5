"""Which tokens of a sentence it places at the ceremony: the list after a cue ("attended by …"), the subject of a
"was there" verb (before it; in Russian also after it; in Azerbaijani, the names that open the sentence), less
the appositions that describe a subject rather than add people to it."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from functools import cache

from jan20.text import sentences as sx

from . import _cue_search as cue_search
from . import _cues as cue
from ._clauses import ClauseEnds, clause_of, clause_openings
from ._envoys import envoy_role
from ._honours import honours_before
from ._kin_names import kin_of_before
from ._list_items import (
    aside_before,
    aside_closes,
    group_item,
)
from ._memory import kin_of_dead, nominative_title, owned_object, without_dead_dates, without_death_date
from ._name_runs import is_cap
from ._name_words import is_word
from ._object_tail import subject_after_object
from ._opening_subject import glue, leads_relative, opening_subject
from ._own_posts import own_page_before
from ._said_when import said_now as _said_now
from ._subject_openings import (
    abbreviation_before,
    apposition_opening,
    companions_opening,
    group_opening,
    listed_before,
    without_appositions,
)
from ._thanks import thanked_verbs
from ._title_gaps import joined_title as _joined_title
from ._title_gaps import list_comma as _list_comma
from ._title_gaps import plain_segment as _plain_segment
from ._title_gaps import title_gap as _title_gap
from ._title_gaps import title_tail as _title_tail

_NEVER = re.compile(r"(?!)")  # (no subject after the verb)
_OPEN = " \t\"«“„'—–-"  # (what may stand before the first word of a sentence)
_AFAR_AFTER = 16  # how far after a verb of speech its words may be said to come from afar ("… в интервью")


def chosen_tokens(
    body: str, sent: sx.Span, toks: list[sx.Token], linked: set[int], at_event: bool, said_here: bool, posted: bool
) -> set[int]:
    """Indices of tokens the sentence places at the ceremony: list scopes and verb subjects (and, in a text that
    places an event, `at_event`, who spoke at it or ran it; `said_here`: the sentence is at the event, so whoever's
    words open it spoke there, not only the head of a mission; `posted`: honour it tells was paid in a post)."""
    starts = [t.start for t in toks]
    chosen: set[int] = set()
    clause_ends = ClauseEnds(body)
    covered: dict[int, int] = {}  # end of a range of tokens chosen up to a clause's end -> its first token

    @cache
    def undated() -> str:
        """The body without the dates of deaths ("выступила вдова погибшего в 1990 году X": the death's year), made
        once a sentence and only for a verb of speech (made at each verb, a run-on sentence took quadratic time)."""
        return without_dead_dates(body)

    def to_clause_end(hit: re.Match[str], first: int) -> None:
        """Choose the tokens from first to the end of the hit's clause: the people a list cue names (in a long
        run of cues in one clause, each token once)."""
        end = bisect_left(starts, sent.start + clause_ends.after(hit.end()))
        chosen.update(range(first, min(end, covered.get(end, end))))
        covered[end] = min(first, covered.get(end, end))

    def subject_of(hit: re.Match[str], after: re.Pattern[str], speech: bool = False) -> None:
        """Choose the subject of the verb at hit: the names before it (and after it, where `after` has it). A verb of
        speech whose sentence opens with a message or a post before its subject ("In his address, President X
        greeted the participants", `from_afar`) places nobody."""
        verb = bisect_left(starts, sent.start + hit.start())
        k, walked = _walk_back(toks, verb, linked)
        # (the verb's subject left unsaid, the post's "что" right before the verb: not "…, что президент посетил")
        v_at = toks[verb].start - sent.start if verb < len(toks) else len(body)
        post = None if linked.intersection(walked) else own_page_before(body, v_at)
        if post is not None:
            k, walked = _walk_back(toks, bisect_left(starts, sent.start + post), linked)  # the writer's
        if speech and _from_afar(body, (toks[k].start if k < len(toks) else sent.end) - sent.start, hit.end()):
            return  # ("В интервью X поделился воспоминаниями", "X поделился воспоминаниями в интервью")
        if speech and _elsewhere(body, hit):
            return  # ("Earlier, X shared his memories", "In 2015, X spoke about")
        after_verb = after.fullmatch(body, hit.start(), hit.end()) is not None
        told: str | None = None  # (the text the time of a speech is read in: `undated` unless set below)
        at = toks[k].start - sent.start if k < len(toks) else len(body)
        owned = owned_object(body, 0, at) and not kin_of_dead(body, 0, at)
        owned = owned and not (k < len(toks) and nominative_title(toks[k].text))  # ("Аллее шехидов посол X")
        if after_verb and linked.intersection(walked) and owned:
            walked = []  # another word's object before the verb, its subject after it: "От имени шехида X выступил Y"
            told = without_dead_dates(without_death_date(body, 0, toks[k].start - sent.start))  # (the death's)
        if not (k > 0 and toks[k - 1].low in cue.NEGATION):
            chosen.update(without_appositions(toks, walked, linked))
        # Some languages put the subject after its verb: "Аллею шехидов посетил премьер-министр X" (a speaker's words
        # from afar or from another time not: "…, — сказал X в обращении", "Ранее …, — сказал X").
        elsewhere = speech and (
            cue.FROM_AFAR.search(body, hit.end()) or cue.SAID_ELSEWHERE.search(undated() if told is None else told)
        )
        # (names before it only in a phrase of companions that opens the sentence, the subject after it too:
        # "Совместно с послом X цветы возложил председатель Y")
        companions = k < len(toks) and cue.companions_at(toks, k)
        if (companions or not linked.intersection(walked)) and not elsewhere and after_verb:
            chosen.update(_subject_after(toks, bisect_left(starts, sent.start + hit.end()), linked))

    for hit in cue_search.hits(cue.LIST_CUE, body):
        first = bisect_left(starts, sent.start + hit.start())
        if not cue.NEGATION & {t.low for t in toks[max(0, first - 2) : first]}:
            to_clause_end(hit, first)
    # (not of an event at another time: "Last year's evening, organised by X, …", "Ötən il X-in iştirakı ilə …")
    speech_lists = [h for h in cue_search.hits(cue.SPEECH_LIST, body) if not _elsewhere(body, h)] if at_event else []
    for hit in itertools.chain(
        cue_search.hits(cue.PASSIVE_BY_CUE, body), cue_search.hits(cue.LIST_INTRO, body), speech_lists
    ):
        to_clause_end(hit, bisect_left(starts, sent.start + hit.end()))  # those after "by", ":"
    for hit in cue_search.hits(cue.SUBJECT_CUE, body):
        subject_of(hit, cue.SUBJECT_AFTER_CUE)
    if at_event:
        for hit in itertools.chain(cue_search.hits(cue.GENITIVE_CUE, body), thanked_verbs(body)):
            if not _elsewhere(body, hit):
                subject_of(hit, _NEVER)  # "A ve B'nin katılımıyla", "katılımları için A'ya teşekkür": the names before
        for hit in cue_search.hits(cue.SPEECH_CUE, body):
            subject_of(hit, cue.SPEECH_AFTER_CUE, speech=True)
        for hit in cue_search.hits(cue.SPEECH_OPENER, body):
            if not cue.FROM_AFAR.search(body, 0, hit.start()):  # ("Hesabından \"…\" diyen Bakan X": from afar)
                chosen.update(_subject_after(toks, bisect_left(starts, sent.start + hit.end()), linked))
    chosen.update(_chosen_for_opening(body, sent, toks, starts, linked, at_event, said_here, posted))
    if cue_search.hits(cue.SUBJECT_CUE, body):
        # (companions read with a named subject, or, titled, when they open the sentence before a subject of no name:
        # "Вместе с послом X гости возложили цветы"; not "Вместе с Гейдаром Алиевым в 1990 году пришли …")
        companions = [h for h in cue_search.hits(cue.COMPANION_CUE, body) if chosen or _titled_opening(body, h)]
        for hit in itertools.chain(companions, cue_search.hits(cue.LEADER_CUE, body)):
            chosen.update(_subject_after(toks, bisect_left(starts, sent.start + hit.end()), linked))
    return chosen


def _walk_back(toks: list[sx.Token], k: int, linked: set[int]) -> tuple[int, list[int]]:
    """From the token at k (a verb's), leftward over the words of its subject (`chosen_tokens`): where the walk
    stops, and the tokens it walked that may be the subject's (appositions, companions and groups are passed over,
    not walked)."""
    walked: list[int] = []
    while k > 0:
        if (k - 1) in linked or glue(toks[k - 1]):
            k -= 1
            walked.append(k)
        elif (bracket := aside_before(toks, k, linked)) is not None:
            walked.extend(
                i for i in (bracket, k - 1) if i not in walked
            )  # "A (a teacher) and B spoke": a post in brackets, A's, in the list
            k = bracket
        elif abbreviation_before(toks, k):
            walked.extend(range(k - 2, k))  # "X, Executive Director of the Caspian Forum (CPF), spoke"
            k -= 2
        elif (opening := apposition_opening(toks, k, walked, linked)) is not None:
            if k in linked and is_cap(toks[k].text):  # (a title before a name: its comma closes an item
                walked.append(opening)  # before, "A, the rector of X B, the aunt of the martyr C, D")
            k = opening  # the apposition itself is not the subject: "X, assistant to the President,"
        elif k < len(toks) and toks[k].text == "," and (h := honours_before(toks, k)) < k and h - 1 in linked:
            k = h  # honours before a titled name: "A, scientist, doctor of philosophy, docent B,"
        elif (opening := kin_of_before(toks, k)) is not None:
            k = opening  # "X and the daughter of the martyr laid": the kin's phrase, no name of its own
        elif (opening := companions_opening(toks, k)) is not None:
            k = opening  # "X together with prosecutors visited", "X вместе с сотрудниками посетил"
        elif (opening := group_opening(toks, k, linked)) is not None:
            k = opening  # "Посол X, участники церемонии возложили", "X and embassy staff laid"
        elif (opening := listed_before(toks, k, linked)) is not None:
            walked.extend(range(opening, k))  # "A, professor of the University B and chief editor C spoke"
            k = opening
        else:
            break
    return k, walked


def _chosen_for_opening(
    body: str,
    sent: sx.Span,
    toks: list[sx.Token],
    starts: list[int],
    linked: set[int],
    at_event: bool,
    said_here: bool,
    posted: bool = False,
) -> set[int]:
    """The tokens chosen for opening their sentence or a clause of it (`chosen_tokens`): the subject of a verb-final
    cue ("X ziyarət edib"; at an event, of its speech too: "X çıxış edib") and, at an event, the head of a mission
    whose words open it ("Ambassador X noted"); not words said at another time or from afar."""
    chosen: set[int] = set()
    spoke_first = cue_search.hits(cue.SPEECH_FIRST_CUE, body) if at_event else ()
    if spoke_first and (
        not _said_now(body, spoke_first[0], _end(toks, sent, opening_subject(toks, linked)))
        or cue.FROM_AFAR.search(body, 0, spoke_first[0].start())
    ):
        spoke_first = ()  # (words said at another time, or a press officer's, or sent: "X videomüraciətlə çıxış edib")
    in_post = cue_search.hits(cue.HONOURED_IN_POST, body)  # (honour paid in a post: "… hesabında … yad edib")
    honour = cue_search.hits(cue.HONOUR_CUE, body)  # (not paid in a post the text tells of, unless placed there)
    honour = tuple(h for h in honour if cue.HONOUR_PLACED.search(body, 0, h.start())) if posted else honour
    verbs = sorted([*cue_search.hits(cue.SUBJECT_FIRST_CUE, body), *honour], key=lambda h: h.start())
    verbs = [h for h in verbs if not any(p.start() < h.end() <= p.end() for p in in_post)]
    first_cues = [*verbs, *spoke_first]
    reported = cue_search.hits(cue.REPORTED, body) if first_cues else ()
    if reported and said_here and _speaker_reports(body, reported[0]):
        # a speaker at the event tells of a visit ("Rektor X qeyd etdi ki, Prezident Y … ziyarət edib"): the cue of
        # what he said is no cue for its people, unless his words name the event ("… ki, tədbirdə nazir Z iştirak edir")
        first_cues = [h for h in first_cues if h.start() < reported[0].end()]
    if first_cues:
        opens = told = bisect_left(starts, sent.start + reported[0].end()) if reported else 0
        heard = linked
        if any(bisect_left(starts, sent.start + hit.start()) < opens for hit in first_cues):
            opens = 0  # a cue before the reported speech: its subject opens the sentence
            if not any(bisect_left(starts, sent.start + hit.start()) >= told for hit in first_cues):
                heard = {i for i in linked if i < told}  # (no name inside what was said, its clause with no cue of its
                # own: "Çıxış edənlər bildiriblər ki, Prezident X qeyd edib ki, …" quotes X)
        subject = opening_subject(toks, heard, opens)
        for hit in first_cues:  # (up to its verb: "X ziyarət edib", then a menu line with no stop, "Bütün Xəbərlər")
            if subject and subject[0] < bisect_left(starts, sent.start + hit.start()):
                subject = [i for i in subject if i < bisect_left(starts, sent.start + hit.end())]
        chosen.update(subject)  # (a subject after a participle stays: "… ziyarət edən nazir X")
    afar = cue_search.hits(cue.FROM_AFAR, body) or cue_search.hits(cue.FROM_AFAR_LATER, body)
    said = cue_search.hits(cue.HOST_SAID, body) if at_event and not afar else ()
    # (not a verb of saying inside what another said: "Çıxış edənlər bildiriblər ki, Prezident X qeyd edib ki, …")
    words_of = cue_search.hits(cue.REPORTED, body) if said else ()
    said = tuple(h for h in said if not (words_of and words_of[0].end() <= h.start()))
    # a later clause of a verb-final sentence has a subject of its own ("X konuştu, ardından Y hitap etti")
    openings = clause_openings(body, [*first_cues, *said]) if first_cues or said else []
    for hit in first_cues:
        if clause := clause_of(openings, hit.start()):
            verb = bisect_left(starts, sent.start + hit.start())
            opening = bisect_left(starts, sent.start + clause)
            chosen.update(i for i in opening_subject(toks, linked, opening) if i < verb)
    for hit, clause in [(h, 0) for h in said[:1]] + [(h, c) for h in said if (c := clause_of(openings, h.start()))]:
        opening = bisect_left(starts, sent.start + clause)
        before = bisect_left(starts, sent.start + hit.start())  # the subject is before the verb
        subject = [i for i in opening_subject(toks, linked, opening) if i < before]
        if _said_now(body, hit, _end(toks, sent, subject)) and not _quoted_head(toks, subject):
            chosen.update(_host(toks, subject) or (subject if said_here else []))
    return chosen


def _elsewhere(body: str, hit: re.Match[str]) -> bool:
    """Words before the cue at hit time it at another event ("Last year", "Ötən il"): it places nobody at this one."""
    return cue.SPEECH_ELSEWHERE.search(body, 0, hit.start()) is not None


def _titled_opening(body: str, hit: re.Match[str]) -> bool:
    """The cue opens the sentence and a title in lower case follows it ("Вместе с послом X")."""
    return not body[: hit.start()].strip(_OPEN) and body[hit.end() :].lstrip()[:1].islower()


def _from_afar(body: str, opening: int, verb_end: int) -> bool:
    """A message or an interview before the subject that opens at `opening`, or right after the verb, or the press
    anywhere after it (`from_afar_later`)."""
    return bool(
        cue.FROM_AFAR.search(body, 0, opening)
        or cue.FROM_AFAR.search(body, verb_end, verb_end + _AFAR_AFTER)
        or cue.FROM_AFAR_LATER.search(body, verb_end)  # ("… gave an analysis of the events in an article")
    )


def _subject_after(toks: list[sx.Token], k: int, linked: set[int]) -> list[int]:
    """The names (with their titles) right after a verb, when its subject follows it."""
    if k < len(toks) and toks[k].low in cue.NEGATION:
        return []
    walked: list[int] = []
    # A title the role table does not know may open the subject ("выступила доцент X"): a few words, then a name.
    # (not after a cue that ends with its object: "почтили память жертв X", "возложил цветы к могиле поэта X")
    title = k if k > 0 and toks[k - 1].low in cue.CUE_OBJECTS else _title_gap(toks, k, linked)
    if title == k > 0 and (
        toks[k - 1].low in cue.CUE_OBJECTS or (k < len(toks) and toks[k].low in cue.NOT_TITLE_OPENERS)
    ):
        k = title = subject_after_object(
            toks, k, linked
        )  # "почтили память погибших председатель X", "… к мемориалу посол Y"
    walked.extend(range(k, title))
    k = title
    if not walked and (item := group_item(toks, k, linked)) > k:
        # "присутствовали члены семей шехидов, ветераны, а также депутат X": groups, then the people
        title = _title_gap(toks, item, linked)
        walked.extend(range(item, title))
        k = title
    elif not walked and title == k > 0 and toks[k - 1].low not in cue.CUE_OBJECTS and _lower(toks, k):
        k = _plain_segment(toks, k, linked)  # "выступил преподаватель университета, историк X": one post, then another
    while k < len(toks):
        if walked and leads_relative(toks, linked, k):
            break  # "çıxış edən professor A xalqımıza qarşı B başda olmaqla … törətdiyi qırğından": A, not B
        if k in linked or (glue(toks[k]) and toks[k].text not in cue.DASHES):
            walked.append(k)
            k += 1
        elif walked and toks[k - 1].low in cue.LIST_JOINERS and (title := _joined_title(toks, k, linked)) > k:
            walked.extend(range(k, title))  # "… и писатель X", "… и его заместитель Y": a title it does not know
            k = title
        elif walked and (tail := _title_tail(toks, k, linked)) > k:
            walked.extend(range(k, tail))  # "председатель совета по инвестициям и торговле X": a title's tail
            k = tail
        elif _list_comma(toks, k, linked):
            after = max(_title_gap(toks, k + 1, linked), k + 1)  # "…, инженер X": a title it does not know
            walked.extend(range(k, after))
            k = after
        elif aside_closes(toks, k, walked, linked):
            walked.append(k)  # "A (директор школы) и B": a post in brackets between the people of the list
            k += 1
        elif toks[k].text == "," and (item := group_item(toks, k + 1, linked)) > k + 1:
            k = item  # "…, сотрудники посольства, консул Y": a group between the people of the list
        elif toks[k].text == "," and (segment := _plain_segment(toks, k + 1, linked)) > k + 1:
            k = segment  # "…, члены ассамблеи Онтарио, депутат Y": a title whose name is the next item's
        else:
            break
    return walked


def _lower(toks: list[sx.Token], k: int) -> bool:
    return k < len(toks) and toks[k].text[:1].islower()


def _host(toks: list[sx.Token], subject: list[int]) -> list[int]:
    """The subject, when a diplomat's post is its title ("Ambassador X", "Генеральный консул X", "Səfir X"): in a
    report of an event, the head of a mission who speaks in it is its host; anyone else who "said" is not placed."""
    words = " ".join(toks[i].text for i in sorted(subject) if is_word(toks[i]))
    return subject if words and envoy_role(words) is not None else []


def _quoted_head(toks: list[sx.Token], subject: list[int]) -> bool:
    """The subject is the country's head of state or its late leader (`quoted_heads`: "Prezident İlham Əliyev",
    "Heydər Əliyev"): in a report of an event, words of theirs are quoted ("… qeyd edib ki, …"), not said there."""
    # (the name that ends the subject, not a body's namesake in its title: "Директор центра им. Гейдара Алиева X")
    name = " ".join([toks[i].text for i in sorted(subject) if is_word(toks[i])][-2:])
    return bool(name) and cue.QUOTED_HEADS.fullmatch(name) is not None


def _end(toks: list[sx.Token], sent: sx.Span, subject: list[int]) -> int:
    """Where the subject ends, as an offset in the sentence's body (0 for none)."""
    return toks[max(subject)].end - sent.start if subject else 0


def _speaker_reports(body: str, opener: re.Match[str]) -> bool:
    """A verb of saying opens the reported clause at `opener` ("X qeyd etdi ki, …"), and that clause does not name
    the event (`event_here`)."""
    said = cue_search.hits(cue.HOST_SAID, body)
    return any(h.start() < opener.end() for h in said) and not cue.EVENT_HERE.search(body, opener.end())
