"""The title written before a name ("Speaker of the Milli Majlis", "Sarıyer Belediye Başkanı", "14. Mekanize Piyade
Tugay Komutanı"): where the phrase of title words before it starts, and where the role in it starts."""

from __future__ import annotations

import re

from jan20.text import sentences as sx

from .. import lang
from . import _cues as cue
from ._acting import acting_phrase_in
from ._body_names_before import body_name_before, second_post_body
from ._complements import OPENING_QUOTES, complement_before, complement_lead
from ._countries import country_named
from ._genitive_runs import genitive_run, noun_before_head, quoted_genitive
from ._known_roles import is_known_role
from ._linked_body import joins_fields, linked_body_before
from ._monastic import see_start
from ._name_runs import is_cap, namesake_before, namesake_first_before
from ._name_shapes import surname_in_capitals
from ._name_words import acronym, capital_non_name, is_given, is_word, oblique, past_person, surname_head
from ._title_bodies import BODY_WORDS, body_name_word, named_body_before, university_before
from ._title_edges import in_title
from ._title_gaps import marked_ordinal, post_slash, spaced_hyphen
from ._title_marks import bracketed_acronym, bracketed_gloss, lower_portfolio, portfolio_comma, quoted_name_first
from ._title_places import joined_field, place_before_post, place_of_title
from ._title_words import (
    GRADES,
    HEAD_LEADS,
    HONORIFICS,
    OBLIQUE_HEADS,
    OFFICE_PLACES,
    ROLE_MODIFIERS,
    SENTENCE_OPENERS,
    body_noun,
    is_role_head,
)
from .roles import KIN_TITLE_WORDS, POST_JOINERS, joins_posts

_FROM_ENDINGS = tuple(lang.words("roles.from_endings"))
_NOT_TITLE_ENDINGS = tuple(lang.words("roles.not_title_endings"))  # ("Hıyabanı'na Cumhurbaşkanı X")
_ORDINAL = re.compile(r"\d{1,3}\.")  # a unit's number before its name ("14. Mekanize Piyade Tugay Komutanı")
# An ordinal in digits with its suffix before a post ("the 2nd Secretary of the Embassy X", "the 1st Deputy Mayor")
_SUFFIXES = lang.alternation(lang.words("numbers.ordinal_suffixes"))
_ORDINAL_POST = re.compile(rf"\d{{1,2}}(?:{_SUFFIXES})", re.IGNORECASE)
# Signs of a number after a body's name ("школы № 5"): the sign and the number are part of the title.
_NUMBER_SIGNS = lang.words("roles.number_signs")
# The small words of titles and names (`[attendees]` in the language data; see each list's comment there).
_SPOUSE_POSSESSIVES = lang.words("attendees.spouse_possessives")  # "his wife": whose spouse
# Openers of an attribution ("According to", "по словам"): never part of a title, as lower-cased word tuples.
_OPENERS = frozenset(tuple(p.lower().split()) for p in lang.alternatives("attendees.attribution_openers"))
_OPENER_SIZES = sorted({len(p) for p in _OPENERS})
_HOST_BEFORE = lang.words("roles.host_before")  # ("в": the town after it that opens a title is the scene's)


def title_before(toks: list[sx.Token], end: int) -> tuple[int, int]:
    """(first token of the phrase before `end` made of title words, first token of the role in it); the
    role is empty (== end) when the phrase has no title head word."""
    k = end - _place_words(toks, end)  # "of Jurmala", "for Ilford North": the post's place
    k = see_start(toks, k)  # "архиепископ Бакинский и Азербайджанский Александр": the see the rank names
    while k > 0:
        if k < end and noun_before_head(toks, k):
            break  # "в истории Азербайджана директор центра X": the title opens at its head
        if (skip := 3 if bracketed_acronym(toks, k) else bracketed_gloss(toks, k)) > 0:
            second = second_post_body(toks, k) if k < end else k  # ("… Başkanı ve Gençlik Ağı (KGA) Koordinatörü")
            k = second if second < k else k - skip  # a body's abbreviation or gloss after its name ("Cephesi (ITC)
            # Başkanı", "Majlis (Parliament)")
        elif (named := min(named_body_before(toks, k), namesake_before(toks, k), namesake_first_before(toks, k))) < k:
            k = named  # "professor of the Dmitrie Kantemir University X", "глава Фонда Гейдара Алиева X"
        elif (own := university_before(toks, k)) < k:
            k = own  # "Dokuz Eylül Üniversitesi Rektörü X", "ректор Сумгаитского государственного университета X"
        elif (body := body_name_before(toks, k)) < k:
            k = body  # "Ahıska Türkleri Derneği Başkanı X", "Kafkas Dil, Tarih ve Kültür Derneği Başkanı X"
        elif k < end and (second := second_post_body(toks, k)) < k:
            k = second  # "TADİV Başkanı ve Avrupa Gençlik Ağı Koordinatörü X": the second post's body, then the first
        elif k < end and (comp := complement_before(toks, k)) < k:
            k = comp  # "tarix müəllimi X", "“Birlik” cəmiyyətinin sədri X": the head's subject or quoted body
        elif k < end and (quoted := quoted_name_first(toks, k)) < k:
            k = quoted  # "“Körpü” Gənclər Birliyinin sədri X": the body's own name quoted before the words of its kind
        elif k < end and country_named(f"{toks[k - 1].text}-{toks[k].text}") is not None:
            k -= 1  # "Kuzey Kıbrıs Türk Cumhuriyeti Bakü Temsilcisi X": a state's name of two words or more
        elif _office_place(toks, k) or (_ordinal(toks[k - 1].text) and in_title(toks[k])) or post_slash(toks, k):
            k -= 1  # "Sarıyer Belediye Başkanı": the office's place; "14. Mekanize Piyade Tugay": the unit's number
        elif k >= 2 and is_cap(toks[k - 1].text) and (field := joined_field(toks, k - 1)) < k - 1:
            k = field  # "Head of the Chair of Law and Economics of BSU X": a unit's two fields
        elif k >= 3 and marked_ordinal(toks, k - 3) and in_title(toks[k]):
            k -= 3  # "4-cü kurs tələbəsi X", "студентка 4-го курса X": the year's number in digits
        elif _numbered(toks, k):
            k -= 2  # "директор средней школы № 5": the school's number
        elif spaced_hyphen(toks, k):
            k -= 2  # "Secretary -General X": a hyphenated head written with a space before its hyphen
        elif k < end and _dotted_owner(toks, k):
            k -= 1  # "İ.Ü. Azerbaycan Kültür ve Dayanışma Topluluğu Başkanı X": the university the body is of
        elif portfolio_comma(toks, k):
            k -= 1  # "Vice-Rector for Education, Science and Outreach": a comma of the portfolio
        elif (skip := lower_portfolio(toks, k)) > 0:
            k -= skip  # "the vice-rector for science X": a portfolio in lower case
        elif acting := _acting_before(toks, k):
            k -= acting  # "rektor vəzifəsini icra edən X": the post, then the words that make it an acting one
        elif k < end and _town_of_body(toks, k):
            k -= 1  # "Samara Azərbaycan Muxtariyyətinin rəhbəri X": the town of the body, one the data may not know
        elif not in_title(toks[k - 1]) or surname_head(toks, k - 1) or surname_in_capitals(toks, k - 1):
            # ("Vali Ali Hekim ve …", "Vali Mehmet KAYA ve Başkan X": the name before's surname, no body's name)
            skip = genitive_run(toks, k) or quoted_genitive(toks, k) or _unclosed_name(toks, k)
            if (skip := skip or k - linked_body_before(toks, k)) == 0:
                break
            k -= skip  # "председатель диаспорской организации X": the body of the post, in the genitive
        else:
            k -= 1
    k -= place_before_post(toks, k)  # "Keçiören Mayor X": the post's place before it
    k = _after_opener(toks, k, end)  # "According to Ambassador X": the opener is no part of the title
    if k == end:
        # No title words at all: every trim below keeps (end, end). Most calls end here (2,127 of 3,824 on 100
        # cue-dense docs), so they skip the trims' dozen scans of an empty span.
        return end, end
    np_first = k
    # "Speaker A and head of the Presidential Administration B": B's title starts after the last "and".
    # ("Minister of Youth and Sports", "Gənclər və idman naziri": one title, with a head on one side only.)
    # ("Kars Valisi ve Belediye Başkan Vekili X": two posts of one person, joined by a word of `roles.post_joiners`)
    # (nor at one of two posts of one person: "Member of Parliament and Chairman of the Friendship Group X")
    cut = max((m + 1 for m in range(k, end) if _cut_at(toks, k, m, end)), default=k)
    # (and a head right after it, none before: "сотрудники посольства и посол X", the group's words no title's)
    left = any(is_role_head(t.text) for t in toks[k : cut - 1])
    # ("Representatives of the diocese and the rabbi X", "A of Azerbaijan and the mayor B": a head after the article;
    # not when the joiner opens the words, a list's "and the writer B" after "A, professor of history")
    head_at = cut + 1 if cut - k > 1 and cut + 1 < end and toks[cut].low in cue.TRIM_LEAD else cut
    if any(is_role_head(t.text) for t in toks[cut:end]) and (
        left or (k < cut < end and is_role_head(toks[head_at].text))
    ):
        np_first, k = (np_first if left else cut), cut
    elif k < cut < end and any(t.low in cue.PLURAL_TITLES for t in toks[k : cut - 1]):
        np_first = k = cut  # (a group's title in the plural, then others of no post: "сотрудники посольства и гости X")
    while (
        k < end
        and toks[k].low in cue.TRIM_LEAD
        and not (toks[k].low in _SPOUSE_POSSESSIVES and k + 1 < end and toks[k + 1].low in cue.SPOUSE)
    ):
        k += 1
    # nor a noun a preposition governs before the head ("под управлением дирижера X": `[attendees] governed_nouns`)
    while 0 < k < end - 1 and toks[k - 1].low in cue.NOT_TITLE_OPENERS and toks[k].low in cue.GOVERNED_NOUNS:
        k += 1
    # the body someone comes from is no part of their title ("Gazi Üniversitesi'nden Prof. Dr. X")
    k = max((m + 1 for m in range(k, end) if toks[m].low.endswith(_FROM_ENDINGS)), default=k)
    # nor is a word in a case no title's word has ("Şehitler Hıyabanı'na Cumhurbaşkanı X": the place X came to)
    k = max((m + 1 for m in range(k, end) if toks[m].low.endswith(_NOT_TITLE_ENDINGS)), default=k)
    # nor the group a list of ranked staff is of ("Səfirliyin əməkdaşları I katibi X": the group, then the post)
    k = max(
        (m + 1 for m in range(k, end - 1) if toks[m].low in cue.GROUP_NOUNS and toks[m + 1].low in HEAD_LEADS),
        default=k,
    )
    # leading words that only set the scene: "On Monday President ...", "Among them Speaker ..."; and an adverb of
    # sequence that opens the sentence, capitalised ("Sonra Bakı Dövlət Universitetinin rektoru X", "Daha sonra")
    while k < end and (
        toks[k].low in cue.SCENE
        or toks[k].low in SENTENCE_OPENERS
        or not (_is_title_word(toks[k]) or complement_lead(toks, k, end))
    ):
        if k + 3 < end and marked_ordinal(toks, k) and in_title(toks[k + 3]):
            break  # ("4-cü kurs tələbəsi": the ordinal opens the title)
        if k + 1 < end and _dotted_owner(toks, k + 1):
            break  # ("İ.Ü. Azerbaycan ... Topluluğu Başkanı": the owner's abbreviation opens the title)
        k += 1
    k = _after_scene_town(toks, k, end)  # "В Киеве посол X": the town is the scene's, no part of the title
    if 0 < k < end and toks[k - 1].low in KIN_TITLE_WORDS and toks[k].low in OBLIQUE_HEADS:
        k -= 1  # "Внук основателя фонда X": the kin of the post in the genitive, whose title it is
        np_first = min(np_first, k)
    if bracketed_acronym(toks, min(k + 2, end)) and k + 2 <= end:
        k -= 1  # the title opens with an abbreviation in brackets: "(KKTC) Ankara Büyükelçisi"
    titled = any(is_role_head(t.text) or (t.low in HONORIFICS and is_known_role(t.text)) for t in toks[k:end])
    # (a title that ends in a list joiner, but for the degrees after it, is the name's before it: "X, the Minister of
    # Culture and Y", "Prof. X, head of the department and Prof. Y": Y's are the degrees)
    last = next((m for m in range(end - 1, k - 1, -1) if toks[m].low.rstrip(".") not in GRADES), k - 1)
    if k <= last < end - 1 and toks[last].low in cue.LIST_JOINERS:
        return np_first, last + 1
    titled = titled and toks[end - 1].low not in cue.LIST_JOINERS
    return np_first, (k if titled else end)


def _after_scene_town(toks: list[sx.Token], k: int, end: int) -> int:
    """After the town that opens the title at k when a preposition of place stands before it and a post in lower case
    right after it (`[roles] host_before`: "В Киеве посол X", "Вчера в Москве председатель общины Y"): where the
    scene is, not the post's place; else k."""
    scene = k > 0 and k + 1 < end and toks[k - 1].low in _HOST_BEFORE and is_cap(toks[k].text)
    return k + 1 if scene and toks[k + 1].text.islower() and is_role_head(toks[k + 1].text) else k


def _after_opener(toks: list[sx.Token], k: int, end: int) -> int:
    """The first token after the last attribution opener in toks[k:end] ("According to Secretary X"), else k."""
    lows = [t.low for t in toks[k:end]]
    cuts = [k + m + n for m in range(len(lows)) for n in _OPENER_SIZES if tuple(lows[m : m + n]) in _OPENERS]
    if len(lows) > 3 and lows[0] in cue.SCENE_PLACE_BEFORE and lows[1] in _SCENE_ARTICLES:
        p = k + 2  # "Near the Eternal Flame Minister X": where, then the title
        while p < end and is_cap(toks[p].text) and not is_role_head(toks[p].text):
            p += 1
        cuts += [p] if k + 2 < p < end and is_role_head(toks[p].text) else []
    return max(cuts, default=k)


_SCENE_ARTICLES = lang.words("attendees.bare_title_articles")  # "the"


def _cut_at(toks: list[sx.Token], k: int, m: int, end: int) -> bool:
    """The title words from k are cut after the list joiner at m: the words after it are the next name's title, but
    for a joiner of two posts of one person (`roles.post_joiners`; `roles.joins_posts`: "Member of Parliament and
    Chairman of X", unless a name stands before it or the title opens after an apposition's comma)."""
    if toks[m].low not in cue.LIST_JOINERS or toks[m].low in POST_JOINERS or joins_fields(toks, m):
        return False  # (nor the joiner of a body's fields: "on Family, Women and Children Affairs")
    after_comma = k > 0 and toks[k - 1].text == ","
    if toks[k].low in cue.GROUP_NOUNS:
        return True  # ("Representatives of the diocese and the rabbi X": a group is no one person's first post)
    named = any(is_cap(t.text) and not capital_non_name(t.text) for t in toks[k:m])  # ("Head of Mission A and …")
    return after_comma or named or not joins_posts([t.text for t in toks[k:end]], m - k)


_UNCLOSED_WORDS = 10  # the words of a body's name in quotation marks left unclosed


def _unclosed_name(toks: list[sx.Token], k: int) -> int:
    """How many words before k, back to an opening quotation mark never closed, are a body's name in capitals before
    the words of its kind ("“Qarabağ Azadlıq Təşkilatı İctimai Birliyinin sədri X": the page forgot the closing
    mark), the mark with them; 0 when they are not so."""
    n = 1
    while n <= _UNCLOSED_WORDS and k - n >= 0 and body_name_word(toks, k - n):
        n += 1
    if k - n < 0 or n == 1 or toks[k - n].text not in OPENING_QUOTES:
        return 0
    return n if in_title(toks[k]) else 0


_PLACE_WORDS = 3  # the words of a post's place before a name ("the MP for Harrow East")


def _place_words(toks: list[sx.Token], end: int) -> int:
    """How many capitalised words before `end` are the place of the title before them ("Mayor of Jurmala", "MP for
    Ilford North"; and a unit's two fields joined by "and": "Department of Physics and Chemistry"); 0 when none are."""
    if partner_country(toks, end - 1):
        return 2  # "общества дружбы с Россией X": the body's partner country and its link
    for n in range(1, _PLACE_WORDS + 1):
        if n > end or not is_cap(toks[end - n].text):
            return 0
        if place_of_title(toks, end - n):
            return 0 if n > 2 and _name_before_comma(toks, end - n, end) else end - joined_field(toks, end - n)
    return 0


def _name_before_comma(toks: list[sx.Token], place: int, end: int) -> bool:
    """The two words before the comma at `end` are a person's name after the post's place at `place`, no more of the
    place ("Minister of Culture Orkhan Valiyev, Rector X": the minister is Valiyev; the rector's title starts after it);
    not after a post ("the daughter of Ambassador X Y, Z": Z's title, the kin of a post's holder, goes on over X Y);
    a name by a given name the data knows or a surname's ending, not the last words of a place ("the Ambassador of Papua
    New Guinea, X", "the Governor of New South Wales, X": the place's); or before the next item's post ("Mayor of London
    Sadiq Khan, Ambassador X": Khan the mayor, not the place of the ambassador's title)."""
    named = not any(capital_non_name(t.text) for t in toks[end - 2 : end]) and not is_role_head(toks[place].text)
    person = is_given(toks, end - 2) or toks[end - 1].low.endswith(cue.SURNAME_ENDINGS) or _post_next(toks, end + 1)
    return end < len(toks) and toks[end].text == "," and named and person


def _post_next(toks: list[sx.Token], k: int) -> bool:
    """A capitalised post's head at k, the next item's title, no honorific ("Ambassador X", not "Dr. X")."""
    return k < len(toks) and is_cap(toks[k].text) and is_role_head(toks[k].text) and toks[k].low not in HONORIFICS


def partner_country(toks: list[sx.Token], i: int) -> bool:
    """The word at i is a country after a link and a noun of ties (`[attendees] partner_links`, `partner_nouns`:
    "общества дружбы с Россией"): the partner of the body the title names."""
    return (
        i > 1
        and toks[i - 1].low in cue.PARTNER_LINKS
        and toks[i - 2].low in cue.PARTNER_NOUNS
        and country_named(toks[i].text) is not None
    )


def _ordinal(word: str) -> bool:
    return bool(_ORDINAL.fullmatch(word) or _ORDINAL_POST.fullmatch(word))


def _acting_before(toks: list[sx.Token], k: int) -> int:
    """How many words before k are an acting phrase after a post's head word (`_acting`); 0 when none is."""
    # (the tokens' lower case, folded once per token: this is asked at each step of the walk back from each name)
    n = acting_phrase_in([t.low for t in toks[max(0, k - 8) : k]])
    return n if n and is_role_head(toks[k - n - 1].text) else 0


def _numbered(toks: list[sx.Token], k: int) -> bool:
    """The two words before k are a number sign and a number, after a title's word ("школы № 5 X")."""
    return k >= 3 and toks[k - 1].text.isdigit() and toks[k - 2].text in _NUMBER_SIGNS and in_title(toks[k - 3])


def _dotted_owner(toks: list[sx.Token], k: int) -> bool:
    """The word before k is an abbreviation in capitals with full stops, and the words from k a body's name ending in
    its noun (`[roles.body_nouns]`) before a head ("İ.Ü. Azerbaycan ... Topluluğu Başkanı"): the body's owner, no
    person's initials (nor a university's before a post: "Ö.Ü. Öğretim Görevlisi")."""
    if k < 1 or not sx.dotted_capitals(toks[k - 1].text):  # ("İ.Ü.", "D.E.Ü.")
        return False
    m = k
    while m < len(toks) and m - k < BODY_WORDS and not is_role_head(toks[m].text):
        if not (capital_non_name(toks[m].text) or (m > k and toks[m].low in cue.LIST_JOINERS)):
            return False
        if body_noun(toks[m].low, toks[m + 1].low if m + 1 < len(toks) else ""):
            return True
        m += 1
    return False


def _town_of_body(toks: list[sx.Token], k: int) -> bool:
    """The word before k is the town of the body whose name in capitals runs from k to the head of a post, ending in
    a body's noun (`[roles.body_nouns]`): "Samara Azərbaycan Muxtariyyətinin rəhbəri", a town the data need not know.
    One capitalised word that is no title's, no head and no abbreviation, after a word in lower case, a comma or a
    word that sets the scene ("Tədbirdə Samara …", "…, Samara …"; not a name's last word, "Anar Samara Azərbaycan …",
    nor a sentence's first word, which may be any word: "Gecədə Azərbaycan … Muxtariyyətinin sədri")."""
    town = toks[k - 1]
    if k < 2 or not is_cap(town.text) or in_title(town) or is_role_head(town.text) or acronym(town.text):
        return False
    before = toks[k - 2]
    if is_cap(before.text) and before.low not in cue.TRIM_LEAD and before.low not in cue.SCENE:
        return False
    if past_person(toks, k - 1, k) == k:
        return False  # a person's given name, or a word after a title in lower case ("tələbə Nərgiz Azərbaycan …")
    if not (is_word(before) or before.text == ","):
        return False
    m = k
    while m < len(toks) and m - k < BODY_WORDS and not is_role_head(toks[m].text):
        if not body_name_word(toks, m):
            return False
        m += 1
    return k < m < len(toks) and is_role_head(toks[m].text) and body_noun(toks[m - 1].low, toks[m].low)


def _office_place(toks: list[sx.Token], k: int) -> bool:
    """The word before k is the place of the office whose word is at k ("Sarıyer Belediye Başkanı"): one capitalised
    word, no head, not after a name's word ("Ahmet Yılmaz Belediye"); the sentence's first when it is no word of the
    scene nor in a case no place's name before an office has ("Kağızman Belediye Başkanı X"; not "Törene İl ...")."""
    place = 1 <= k < len(toks) and toks[k].low in OFFICE_PLACES and is_cap(toks[k - 1].text)
    place = place and not is_role_head(toks[k - 1].text) and toks[k - 1].low not in cue.TRIM_LEAD
    if k == 1:
        return place and toks[0].low not in cue.SCENE and not oblique(toks[0].text)
    return place and (not is_cap(toks[k - 2].text) or in_title(toks[k - 2]))


def _is_title_word(tok: sx.Token) -> bool:
    low = tok.low
    return (
        is_role_head(tok.text)
        or low in ROLE_MODIFIERS
        or low in _SPOUSE_POSSESSIVES
        or is_cap(tok.text)
        or capital_non_name(tok.text)
        or acronym(tok.text)
        or _ordinal(tok.text)  # "14. Mekanize Piyade Tugay Komutanı", "the 2nd Secretary"
    )
