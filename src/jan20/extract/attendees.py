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
exactly one exists in the text, otherwise it is kept as written (`jan20.people.resolve_surnames` and
`canonical_names` can map it later).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..people import fold_name, same_person, same_surname
from . import _cues as cue
from . import _scan as scan
from . import _text as sx
from .roles import HONORIFICS, ROLE_MODIFIERS, canonical_role, is_non_name_word, is_role_head


@dataclass(frozen=True)
class AttendeeMention:
    """One person the text places at the ceremony (first/best mention)."""

    mention: str  # the name as written, whitespace-normalised ("Artur Rasi-zade")
    role_as_written: str | None  # "Chairman of Milli Majlis", "Parliament Speaker", "first lady", None
    role: str | None  # canonical role (`jan20.people.canonical_role`)
    quote: str  # the sentence it came from, whitespace-normalised
    start: int  # offsets of the mention in the text given
    end: int


@dataclass(frozen=True)
class GroupMention:
    """A group the text places at the ceremony ("ambassadors of foreign countries")."""

    group: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class _Name:
    first: int  # token range of the name itself
    last: int  # exclusive
    np_first: int  # first token of the title before the name (== first when none)
    role_first: int  # first token of the kept role (may be a title after the name)
    role_last: int
    possessive: bool


_SCENE_WORDS = 6  # words that may open a sentence before its subject: "Bu gün səhər saatlarında"


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def _capital_non_name(word: str) -> bool:
    """A capitalised (or all-capitals: "US", "UN") word that is a place, body or title, not a name."""
    return (_is_cap(word) or (word.isupper() and len(word) > 1)) and is_non_name_word(word)


def _is_word(tok: sx.Token) -> bool:
    return tok.text[:1].isalpha()


def _find_names(toks: list[sx.Token]) -> list[_Name]:
    names: list[_Name] = []
    i = 0
    while i < len(toks):
        if not (_is_word(toks[i]) and _is_cap(toks[i].text)) or toks[i].low in cue.HEADLINE_VERBS:
            i += 1
            continue
        j = i + 1  # a run of capitalised words, name particles allowed inside ("Heydar oglu Aliyev")
        while j < len(toks) and _is_word(toks[j]):
            particle = toks[j].low in cue.PARTICLES and j + 1 < len(toks) and _name_word(toks[j + 1])
            if not (_is_cap(toks[j].text) or particle) or toks[j].low in cue.RUN_BREAK:
                break
            j += 1
        if j < len(toks) and toks[j].text in cue.BODY_FOLLOWERS:
            i = j  # "Azercell Telecom staff visited": a body's people, not a person
            continue
        run = range(i, j)
        first = next((k + 1 for k in reversed(run) if is_non_name_word(toks[k].text)), i)
        size = j - first
        titled = first > i and (is_role_head(toks[first - 1].text) or toks[first - 1].low in HONORIFICS)
        if 2 <= size <= 4 or (size == 1 and titled):
            names.append(_with_role(toks, first, j))
        i = j
    return names


def _name_word(tok: sx.Token) -> bool:
    """A word that can go on a name's run after a particle ("Heydar oglu Aliyev", not "Yevdokimov da Şəhidlər")."""
    return _is_cap(tok.text) and tok.low not in cue.RUN_BREAK and not is_non_name_word(tok.text)


def _title_before(toks: list[sx.Token], end: int) -> tuple[int, int]:
    """(first token of the phrase before `end` made of title words, first token of the role in it); the
    role is empty (== end) when the phrase has no title head word."""
    k = end
    while k > 0:
        if not _in_title(toks[k - 1]):
            break
        k -= 1
    np_first = k
    # "Speaker A and head of the Presidential Administration B": B's title starts after the last "and".
    cut = max((m + 1 for m in range(k, end) if toks[m].low == "and"), default=k)
    if any(is_role_head(t.text) for t in toks[cut:end]):
        k = cut
    while (
        k < end
        and toks[k].low in cue.TRIM_LEAD
        and not (toks[k].low in {"his", "her"} and k + 1 < end and toks[k + 1].low in cue.SPOUSE)
    ):
        k += 1
    # leading words that only set the scene: "On Monday President ...", "Among them Speaker ..."
    while k < end and (toks[k].low in cue.SCENE or not _is_title_word(toks[k])):
        k += 1
    return np_first, (k if any(is_role_head(t.text) for t in toks[k:end]) else end)


def _in_title(tok: sx.Token) -> bool:
    """A word that can be in a title written before a name ("Chief of the President's Administration")."""
    if tok.text in {"'s", "’s"}:
        return True
    if not _is_word(tok):
        return False
    low = tok.low.rstrip(".")
    if _capital_non_name(tok.text):
        return True
    return is_role_head(low) or low in ROLE_MODIFIERS or low in cue.PRE_TITLE_LINK


def _is_title_word(tok: sx.Token) -> bool:
    low = tok.low
    return (
        is_role_head(tok.text)
        or low in ROLE_MODIFIERS
        or low in {"his", "her"}
        or _is_cap(tok.text)
        or _capital_non_name(tok.text)
    )


def _with_role(toks: list[sx.Token], first: int, last: int) -> _Name:
    """Attach the title written before the name ("Chief of the Presidential Administration"), or else
    around it as an apposition ("the Prime Minister, Ali Asadov," / "Artur Rasizade, the Prime Minister,")."""
    possessive = toks[last - 1].text.endswith(("'s", "’s", "`s"))  # "Ilham Aliyev's wife": not him
    np_first, role_first = _title_before(toks, first)
    if role_first < first:
        return _Name(first, last, np_first, role_first, first, possessive)
    closed = last == len(toks) or toks[last].text in {",", ".", ")", ";"}
    if first >= 2 and toks[first - 1].text == "," and closed:
        np_before, role_before = _title_before(toks, first - 1)
        if role_before < first - 1:
            return _Name(first, last, np_before, role_before, first - 1, possessive)
    m = last + 1 if last < len(toks) and toks[last].text in {",", "("} else last
    if m < len(toks) and toks[m].low in {"the", "a"}:
        m += 1
    n = m
    while (
        n < len(toks)
        and _is_word(toks[n])
        and (
            _capital_non_name(toks[n].text)
            or toks[n].low in ROLE_MODIFIERS | {"of", "the", "to"}
            or is_role_head(toks[n].low)
        )
    ):
        n += 1
    ends_ok = n == len(toks) or toks[n].text in {",", ".", ")", ";"} or toks[n].low in {"and", "were", "was"}
    if m > last and n > m and ends_ok and any(is_role_head(t.text) for t in toks[m:n]):
        return _Name(first, last, np_first, m, n, possessive)
    return _Name(first, last, np_first, first, first, possessive)


def _glue(tok: sx.Token) -> bool:
    return (
        tok.text in cue.DASHES
        or tok.text[:1].isdigit()
        or (_is_word(tok) and (_is_cap(tok.text) or tok.low in cue.GLUE or tok.low in sx.TIME_WORDS))
        or (_is_word(tok) and (is_role_head(tok.low) or tok.low in ROLE_MODIFIERS))
        or (len(tok.low) > 4 and tok.low.endswith("ly") and _is_word(tok))
    )


@dataclass(frozen=True)
class _Found:
    start: int  # name offsets
    end: int
    role_start: int  # role offsets (equal when there is no role)
    role_end: int
    quote: str  # the sentence, whitespace-normalised
    after_president: bool  # "President X and his wife Y": Y follows a President


def _excluded(text: str, floor: int, pos: int) -> bool:
    """The phrase at `pos` is the object of another word: "on behalf of", "memory of", "led by", "said"."""
    before = text[max(floor, pos - 80) : pos]
    return not cue.POSITIVE_BEFORE.search(before) and bool(cue.NEGATIVE_BEFORE.search(before))


def _chosen_tokens(body: str, sent: sx.Span, toks: list[sx.Token], linked: set[int]) -> set[int]:
    """Indices of tokens the sentence places at the ceremony: list scopes and verb subjects."""
    starts = [t.start for t in toks]
    chosen: set[int] = set()
    for hit in cue.LIST_CUE.finditer(body):
        first = bisect_left(starts, sent.start + hit.start())
        if cue.NEGATION & {t.low for t in toks[max(0, first - 2) : first]}:
            continue
        stop = cue.CLAUSE_END.search(body, hit.end())
        chosen.update(range(first, bisect_left(starts, sent.start + (stop.start() if stop else len(body)))))
    for hit in cue.PASSIVE_BY_CUE.finditer(body):
        first = bisect_left(starts, sent.start + hit.end())
        stop = cue.CLAUSE_END.search(body, hit.end())
        chosen.update(range(first, bisect_left(starts, sent.start + (stop.start() if stop else len(body)))))
    for hit in cue.SUBJECT_CUE.finditer(body):
        k = bisect_left(starts, sent.start + hit.start())
        walked: list[int] = []
        while k > 0:
            if (k - 1) in linked or _glue(toks[k - 1]):
                k -= 1
                walked.append(k)
            elif (opening := _apposition_opening(toks, k, walked, linked)) is not None:
                k = opening  # the apposition itself is not the subject: "X, assistant to the President,"
            else:
                break
        if not (k > 0 and toks[k - 1].low in cue.NEGATION):
            chosen.update(_without_appositions(toks, walked))
        if not linked.intersection(walked) and not hit.group().isascii():
            # Russian often puts the subject after its verb: "Аллею шехидов посетил премьер-министр X".
            chosen.update(_subject_after(toks, bisect_left(starts, sent.start + hit.end()), linked))
    if cue.SUBJECT_FIRST_CUE.search(body):
        chosen.update(_opening_subject(toks, linked))
    return chosen


_APPOSITION_WORDS = 12
# Words that open a comma-enclosed part of a subject that adds people rather than describes the one before.
_ADDS_PEOPLE = frozenset(
    {"and", "his", "her", "their", "also", "together", "along", "accompanied", "as", "with", "both", "и", "və", "а"}
)


def _without_appositions(toks: list[sx.Token], walked: list[int]) -> list[int]:
    """The walked subject without its appositions: "Hikmet Hajiyev, assistant to President Ilham Aliyev,
    visited" has one visitor. An apposition is enclosed by commas and opens with a lower-case word ("the
    President", "a historian", "former minister"); "his wife Y", "accompanied by Y" add people instead."""
    ordered = sorted(walked)
    commas = [i for i in ordered if toks[i].text == ","]
    dropped: set[int] = set()
    for a, b in itertools.pairwise(commas):
        inner = [i for i in ordered if a < i < b]
        if inner and toks[inner[0]].text[:1].islower() and toks[inner[0]].low not in _ADDS_PEOPLE:
            dropped.update(inner)
    return [i for i in walked if i not in dropped]


def _apposition_opening(toks: list[sx.Token], k: int, walked: list[int], linked: set[int]) -> int | None:
    """Where an apposition that ends just before the walked words opens ("Hikmet Hajiyev, assistant to the
    President, visited"): the index of its opening comma when a name stands right before that, else None."""
    if not any(toks[i].text == "," for i in walked):
        return None  # the walk has not passed the apposition's closing comma
    for c in range(k - 1, max(0, k - _APPOSITION_WORDS) - 1, -1):
        if toks[c].text == "," and c > 0 and (c - 1) in linked:
            return c
        if toks[c].text in {",", ";", ":", "(", ")"} or toks[c].low in cue.NEGATION:
            return None
    return None


def _subject_after(toks: list[sx.Token], k: int, linked: set[int]) -> list[int]:
    """The names (with their titles) right after a verb, when its subject follows it."""
    if k < len(toks) and toks[k].low in cue.NEGATION:
        return []
    walked: list[int] = []
    while k < len(toks) and (k in linked or (_glue(toks[k]) and toks[k].text not in cue.DASHES)):
        walked.append(k)
        k += 1
    return walked


def _opening_subject(toks: list[sx.Token], linked: set[int]) -> list[int]:
    """The names (with their titles) that open a sentence, after a few words that set the scene ("Yanvarın
    20-də Prezident İlham Əliyev və ..."): the subject of a verb-final sentence."""
    k = 0
    while k < min(len(toks), _SCENE_WORDS) and k not in linked:
        k += 1
    walked: list[int] = []
    while k < len(toks) and (k in linked or _glue(toks[k])) and toks[k].low not in cue.NEGATION:
        walked.append(k)
        k += 1
    return walked


_LETTERS = re.compile(r"[^\W\d_]+")


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


def _sentence_hits(text: str, masked: str, sent: sx.Span) -> tuple[list[_Found], list[sx.Span]]:
    body = masked[sent.start : sent.end]
    if cue.SKIP_SENTENCE.search(body) or not (
        cue.LIST_CUE.search(body)
        or cue.SUBJECT_CUE.search(body)
        or cue.PASSIVE_BY_CUE.search(body)
        or cue.SUBJECT_FIRST_CUE.search(body)
    ):
        return [], []  # (with no cue, no token is chosen)
    masked = _capitalised(masked, sent)
    toks = sx.tokens(masked, sent.start, sent.end)
    starts = [t.start for t in toks]
    names = _find_names(toks)
    groups = sx.find_groups(masked, sent.start, sent.end)
    linked = {t for n in names for t in range(n.np_first, max(n.last, n.role_last))}
    for g in groups:
        linked.update(range(bisect_left(starts, g.start), bisect_left(starts, g.end)))
    chosen = _chosen_tokens(body, sent, toks, linked)
    quote = sx.quote(text, sent) if chosen else ""
    found: list[_Found] = []
    prev: _Name | None = None
    for name in names:
        lead = min(name.role_first, name.first)
        window = masked[toks[max(prev.last if prev else 0, name.np_first - 8)].start : toks[name.first].start]
        window = re.split(r"[,;:(]|\band\b", window)[-1]
        remembered = cue.REMEMBERED.search(window) or cue.REMEMBERED_NEXT.search(window)
        ok = name.first in chosen and not name.possessive and not remembered and not _complement(toks, name.first)
        if ok and not _excluded(masked, sent.start, toks[lead].start):
            between = [t.low for t in toks[prev.last : lead]] if prev else []
            after_president = (
                prev is not None
                and " ".join(between) in cue.SPOUSE_LINK
                and canonical_role(_role_text(masked, toks, prev)) == "President"
            )
            role_start, role_end = (
                (toks[name.role_first].start, toks[name.role_last - 1].end)
                if name.role_last > name.role_first
                else (toks[name.first].start, toks[name.first].start)
            )
            end = _name_end(toks, name)
            found.append(_Found(toks[name.first].start, end, role_start, role_end, quote, after_president))
        prev = name
    kept = [g for g in groups if bisect_left(starts, g.start) in chosen]
    kept = [g for g in kept if not _excluded(masked, sent.start, g.start)]
    return found, kept


def _complement(toks: list[sx.Token], first: int) -> bool:
    """The name completes the noun before it ("the son of Ali Asadov"): someone else is meant."""
    k = first - 1
    if k >= 0 and toks[k].low == "the":
        k -= 1
    return k >= 0 and toks[k].low == "of"


def _name_end(toks: list[sx.Token], name: _Name) -> int:
    last = toks[name.last - 1]
    m = re.search(r"['’`]s?$", last.text)
    return last.end - (len(m.group()) if m else 0)


def _role_text(text: str, toks: list[sx.Token], name: _Name) -> str | None:
    if name.role_last <= name.role_first:
        return None
    return _normalised(text, toks[name.role_first].start, toks[name.role_last - 1].end)


@lru_cache(maxsize=4)  # extract_attendees and extract_groups of one article share the reading
def _analyse(text: str) -> tuple[tuple[_Found, ...], tuple[GroupMention, ...]]:
    masked = sx.mask_quotes(text)
    people: list[_Found] = []
    groups: list[GroupMention] = []
    # Only a sentence with an attendance cue places anyone at the ceremony: read just those.
    for sent in sx.sentences_at(masked, _cue_positions(text)):
        found, kept = _sentence_hits(text, masked, sent)
        people.extend(found)
        quote = found[0].quote if found else sx.quote(text, sent)
        groups.extend(GroupMention(_normalised(text, g.start, g.end), quote, g.start, g.end) for g in kept)
    return tuple(people), tuple(groups)


_CUE_WORDS = scan.cue_words(cue.CUE_WORDS)
_CUE_PAIRS = tuple((scan.cue_words(verbs), scan.cue_words(nouns)) for verbs, nouns in cue.CUE_PAIRS)
_AT = scan.cue_words(["at"])
_AT_AFTER = scan.cue_words(cue.AT_AFTER)


def _cue_positions(text: str) -> list[int]:
    """Where the text has the words an attendance cue holds (see `_cues.CUE_WORDS`)."""
    found = scan.find_words(text, _CUE_WORDS)
    words = scan.words(text)
    for verbs, nouns in _CUE_PAIRS:
        if not verbs.isdisjoint(words):
            found += scan.find_words(text, nouns)
    found += [at for at in scan.find_words(text, _AT) if scan.word_before(text, at) in _AT_AFTER]
    if not text.isascii() and (scan.has_cyrillic(text) or _azerbaijani_cue(text)):
        found += [m.start() for m in cue.FOREIGN_CUE_STEMS.finditer(text)]
    return sorted(found)


def _azerbaijani_cue(text: str) -> bool:
    words = scan.words(text)
    return (
        not words.isdisjoint(cue.AZERBAIJANI_CUE_WORDS)
        or (b"d" in words and b"st" in words)
        or b" klil" in scan.folded(text)
        or b" xiyaban" in scan.folded(text)
    )


def _normalised(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def _mention(text: str, f: _Found) -> AttendeeMention:
    role_as_written = _normalised(text, f.role_start, f.role_end) or None
    role = canonical_role(role_as_written)
    if role == "Spouse" and f.after_president:
        role = "First Lady"  # "President X and his wife Y": the President's spouse
    return AttendeeMention(
        _normalised(text, f.start, f.end),
        role_as_written,
        role,
        f.quote,
        f.start,
        f.end,
    )


def extract_attendees(text: str) -> list[AttendeeMention]:
    """People the text says were at the ceremony: one per person (first full-name mention with a role if
    any, else the first mention), in text order. See the module docstring for the rules."""
    text = text[: sx.READ_LIMIT]
    found, _ = _analyse(text)
    mentions = [_mention(text, f) for f in found]
    persons: list[list[AttendeeMention]] = []
    for m in (m for m in mentions if len(m.mention.split()) > 1):
        for person in persons:
            if same_person(m.mention, person[0].mention):
                person.append(m)
                break
        else:
            persons.append([m])
    for m in (m for m in mentions if len(m.mention.split()) == 1):
        surname = fold_name(m.mention)
        owners = [p for p in persons if same_surname(surname, fold_name(p[0].mention.split()[-1]), 90.0)]
        if len(owners) == 1:
            owners[0].append(m)
        elif not any(fold_name(m.mention) == fold_name(p[0].mention) for p in persons):
            persons.append([m])
    best = [min(p, key=lambda m: (len(m.mention.split()) == 1, m.role is None, m.start)) for p in persons]
    return sorted(best, key=lambda m: m.start)


def extract_groups(text: str) -> list[GroupMention]:
    """Groups the text places at the ceremony ("ambassadors of foreign countries"), first mention of each,
    in text order. Groups are never returned as people."""
    _, groups = _analyse(text[: sx.READ_LIMIT])
    seen: set[str] = set()
    out: list[GroupMention] = []
    for g in groups:
        key = g.group.lower()
        if key not in seen:
            seen.add(key)
            out.append(g)
    return out
