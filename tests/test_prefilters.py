"""The extractors read only the parts of a text that can hold a row: these tests check that what they skip
could never have yielded one, so the results are those of reading everything.

Each test generates matches of an extractor's own patterns (or texts built from risky pieces) and checks
the prefilter finds them, or compares the fast reading with a plain whole-text one.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jan20.extract import (
    _anniversary_anchor,
    _casualty_words,
    _envoys,
    _gate,
    _groups,
    _list_items,
    _posts_in_text,
    _scan,
    _thanks,
    anniversary,
    attendees,
    casualties,
)
from jan20.extract import _casualty_text as casualty_text
from jan20.extract import _cue_search as cue_search
from jan20.extract import _cues as cue
from jan20.extract._casualty_words import KEYWORDS
from jan20.text import dates
from jan20.text import sentences as sx
from jan20.text.numbers import find_numbers
from jan20.text.quotes import mask_quotes

from ._helpers import examples
from ._matches import matches

# Pieces that stress sentence, paragraph, quotation and number boundaries, and the cue words themselves.
# fmt: off
_PIECES = st.sampled_from([
    " ", " ", " ", "\n", "\n\n", "  \n", "\n \n", "\n- ", "\n1. ", ". ", ", ", "; ", ": ", " – ", "...", "!",
    '"', "“", "”", "«", "»", "(", ")", "Mr.", "Jan.", "U.S.", "A.", "20 January 1990", "January 19-20, 1990",
    "147", "1,200", "12 345", "5 thousand", "twenty", "five", "one hundred and", "a dozen", "Twenty\nfive",
    "people were killed", "killed", "wounded", "in total", "thus", "of them", "among those killed were",
    "8 more died", "lost their lives", "death toll rose to", "погибли", "человек", "nəfər həlak olub",
    "yaralanıb", "ŞƏHİD", "President Ilham Aliyev", "Speaker Sahiba Gafarova", "his wife Mehriban Aliyeva",
    "visited the Alley of Martyrs", "laid a wreath", "paid tribute", "was at the ceremony", "was also at",
    "Among those present were", "ambassadors of foreign countries", "attended by", "honoured the memory",
    "34th anniversary", "thirty-four years ago", "marks 35 years", "it has been twenty five years",
    "years on", "34-я годовщина", "34-cü ildönümü", "35 il ötür", "vısıted", "KILLED", "İlham",
    "at the ceremony", "In his address", "delivered a speech", "moderated by", "выступил", "çıxış edib",
    "bir konuşma yaptı", "tədbirdə",
])
# fmt: on
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _fold_hit(found: list[int], start: int, end: int) -> bool:
    i = bisect_left(found, start)
    return i < len(found) and found[i] < end


# Every cue pattern the prefilter is derived from (`_cues._gated` records them in `GATED`), so a new one is tested too.
ATTENDANCE_CUES = tuple(cue.GATED)


def test_the_attendance_cues_include_the_speech_cues_and_the_presence_cues() -> None:
    wanted = {cue.LIST_CUE, cue.SUBJECT_CUE, cue.PASSIVE_BY_CUE, cue.SUBJECT_FIRST_CUE, *cue.SPEECH_CUES}
    assert wanted <= set(ATTENDANCE_CUES)


_ANNIVERSARY_PATTERNS = (anniversary._NUMBER_FIRST, anniversary._VERB_FIRST, *anniversary._ANCHORED)


@settings(max_examples=examples(150), deadline=None)
@given(matches(*ATTENDANCE_CUES))
@example("«0», 0«0» mövzularında çıxışları dinlənil")  # (a match whose cue words are in its lookahead)
@example('«0"\n,\x850«0»\x85mövzularında\x85çıxışları\x85dinlənil')  # (a quote and its comma across a line break)
@example("sozu\x85verib")  # (a short stem's word typed without accents: "söz" of "sözü" is "soz" of "sozu")
def test_every_attendance_cue_is_found(text: str) -> None:
    """The prefilter lets through every sentence a cue matches in: a word it finds lies inside the match, or, for a
    match whose cue words stand in its lookahead ("A-nın «x», B-nin «y» mövzularında çıxışları dinlənilib": the
    match is A's quote and comma, so that B's own match starts at B's quote), in the sentence the match is in."""
    found = attendees._cue_positions(text)
    chosen = sx.sentences_at(text, found)
    for pattern in ATTENDANCE_CUES:
        for m in pattern.finditer(text):
            in_chosen = any(s.start <= m.start() < s.end for s in chosen)
            assert _fold_hit(found, m.start(), m.end()) or in_chosen, (text, m)


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(ATTENDANCE_CUES).flatmap(lambda p: st.tuples(st.just(p), matches(p))))
def test_each_cue_is_let_through_by_its_own_part_of_the_prefilter(drawn: tuple[re.Pattern[str], str]) -> None:
    """`_cue_search.hits` skips a cue pattern in a sentence without a word (or near pair) of its own part of the
    prefilter or a stem: a sentence holding a match is never skipped."""
    pattern, text = drawn
    expected = [m.span() for m in pattern.finditer(text) if not cue_search._future(text, m)]
    assert [m.span() for m in cue_search.hits(pattern, text)] == expected


def test_every_casualty_phrase_is_found() -> None:
    for _, _, phrase in KEYWORDS:
        words = " ".join(w.rstrip("*") + ("x" if w.endswith("*") else "") for w in phrase)
        for spelled in (words, words.upper(), words.title()):
            tokens = [w.lower() for w in spelled.split()]
            if not all(
                t.startswith(w[:-1]) if w.endswith("*") else t == w for t, w in zip(tokens, phrase, strict=True)
            ):
                continue  # ("HƏYATINI" is not "həyatını" in lower case: no casualty phrase to find)
            text = f"Then 147 {spelled} 2."
            start = text.index(spelled)
            assert _fold_hit(casualty_text.cue_positions(text), start, start + len(spelled)), spelled


@settings(max_examples=examples(150), deadline=None)
@given(matches(*_ANNIVERSARY_PATTERNS))
def test_every_anniversary_phrase_is_in_a_stretch(text: str) -> None:
    stretches = anniversary._stretches(text)
    for pattern in _ANNIVERSARY_PATTERNS:
        for m in pattern.finditer(text):
            inside = (start <= m.start() and (m.end() < end or m.end() == end == len(text)) for start, end in stretches)
            assert any(inside), (text, m)


def _anniversaries_read_whole(text: str) -> list[anniversary.StatedAnniversary]:
    found = [a for m in anniversary._NUMBER_FIRST.finditer(text) if (a := anniversary._from_match(m)) is not None]
    for match in anniversary._VERB_FIRST.finditer(text):
        candidate = anniversary._from_match(match)
        if candidate is not None and all(a.end <= candidate.start or a.start >= candidate.end for a in found):
            found.append(candidate)
    for match in (m for pattern in anniversary._ANCHORED for m in pattern.finditer(text)):
        candidate = anniversary._from_match(match)
        if (
            candidate is not None
            and all(a.end <= candidate.start or a.start >= candidate.end for a in found)
            and anniversary.anchor.names_event(text, match.start(), match.end())
        ):
            found.append(candidate)
    return sorted(found, key=lambda a: a.start)


def _attendees_read_whole(text: str) -> tuple[list[object], list[object]]:
    masked = mask_quotes(text)
    at_event = attendees._at_event(masked)
    people: list[object] = []
    groups: list[object] = []
    masked, sents = _list_items.with_lists(masked, sx.sentences(masked))  # as the extractor reads a list below a colon
    for sent in sents:
        found, kept = attendees._sentence_hits(text, masked, sent, at_event)
        people += found
        groups += [(g.start, g.end) for g in kept]
    return people, groups


@settings(max_examples=examples(400), deadline=None)
@given(_TEXTS)
@example("death toll rose to\n\n1. ")  # a fact box's label, a blank line, its value: both readings join them
@example("among those killed were\n\n8 more died")
def test_reading_only_cued_parts_changes_nothing(text: str) -> None:
    assert casualties.extract_casualties(text) == casualties._read_all(text)
    assert anniversary.find_stated_anniversaries(text) == _anniversaries_read_whole(text)
    people, groups = attendees._analyse(text)
    assert (list(people), [(g.start, g.end) for g in groups]) == _attendees_read_whole(text)


@settings(max_examples=examples(300), deadline=None)
@given(_TEXTS)
def test_paragraphs_split_as_the_whole_text(text: str) -> None:
    for x in (text, mask_quotes(text)):
        whole = sx.sentences(x)
        parts = [s for p in sx.paragraphs(x) for s in sx.sentences(x, p.start, min(p.end + 1, len(x)))]
        assert parts == whole
        by_line = [s for p in sx.paragraphs(x) for s in sx.sentences(x, p.start, min(p.end + 1, len(x)), lines=True)]
        assert by_line == sx.sentences(x, lines=True)


@settings(max_examples=examples(300), deadline=None)
@given(_TEXTS)
def test_numbers_of_a_stretch_between_cuts(text: str) -> None:
    whole = find_numbers(text)
    cuts = [0, *(m.end() for m in casualty_text.CUT.finditer(text)), len(text)]
    for start, end in itertools.pairwise(cuts):
        assert find_numbers(text, start, end) == [n for n in whole if start <= n.start and n.end <= end]


_DATE_WITHOUT_START = re.compile(dates._DATE_RE.pattern[len(dates._DATE_START) :], re.IGNORECASE)


@settings(max_examples=examples(150), deadline=None)
@given(st.one_of(matches(_DATE_WITHOUT_START), _TEXTS))
def test_date_start_check_changes_no_match(text: str) -> None:
    spans = [(m.span(), m.groupdict()) for m in dates._DATE_RE.finditer(text)]
    assert spans == [(m.span(), m.groupdict()) for m in _DATE_WITHOUT_START.finditer(text)]


def test_cue_words_far_apart_are_still_found() -> None:
    gap = " " * 200
    assert [a.number for a in anniversary.find_stated_anniversaries(f"It was 34 years{gap}since then.")] == [34]
    assert [a.number for a in anniversary.find_stated_anniversaries(f"It has been{gap}twenty five years.")] == [25]
    text = f"President Ilham Aliyev was{gap}at the Alley of Martyrs."
    assert [a.mention for a in attendees.extract_attendees(text)] == ["Ilham Aliyev"]
    assert [f.value for f in casualties.extract_casualties(f"Then 147 people were{gap}killed.")] == [147]


# Words around the names of missions, in every language, and words whose fold is empty or holds two words.
_MISSION_PIECES = st.sampled_from([
    "Embassy", "EMBASSY", "embassy", "Consulate", "General", "Consulate-General", "consulate general", "—", "–",
    "of", "Azerbaijan", "Azerbaijan's", "in", "Houston", "Houston.", ",", "and", "20", "№", "Посольство",
    "посольства", "Генеральное", "генконсульство", "консульство", "səfirliyi", "Baş", "konsulluğu",
    "Büyükelçiliği", "Başkonsolosluğu", "Ankara", "Embassy,", "(Embassy)", "Ambassador", "Bas", "konsullugu",
    "Bas-konsullugu", "posolstvo", "Generalnoe", "konsulstvo", "Buyukelciligi",
])  # fmt: skip


def _missions_one_window_at_a_time(text: str) -> list[tuple[int, str, int]]:
    """What `_posts_in_text._missions` finds, each window folded and tried against each mission on its own."""
    words = text.split()
    out = []
    for i in range(len(words)):
        for n in (2, 1):
            folded = _envoys.fold(" ".join(words[i : i + n]))
            head = next((c for p, c in _posts_in_text._MISSIONS if p.search(folded)), None)
            if i + n <= len(words) and head is not None:
                out.append((i, head, n))
                break
    return out


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(_MISSION_PIECES, st.sampled_from([" ", " ", "", "\n"])), max_size=30))
def test_missions_found_with_each_word_folded_once(pieces: list[tuple[str, str]]) -> None:
    text = "".join(p + s for p, s in pieces)
    assert _posts_in_text._missions(text) == (tuple(text.split()), tuple(_missions_one_window_at_a_time(text)))


_CUE_PATTERNS = tuple(p for p in vars(cue).values() if isinstance(p, re.Pattern))
# (and the patterns searched only where their gate lets a sentence or a window through)
_GATED = (
    *_CUE_PATTERNS,
    _posts_in_text._ANY_MISSION,
    _groups._GROUP,
    _thanks._THANKED,
    _casualty_words.OTHER_EVENT,
    _anniversary_anchor._OTHER_EVENT,
)
_gate_of = functools.cache(_gate.LiteralGate.of)  # each pattern's gate, made once (as the extractors do)


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(_GATED).flatmap(lambda p: st.tuples(st.just(p), matches(p))))
def test_a_literal_gate_lets_every_match_through(drawn: tuple[re.Pattern[str], str]) -> None:
    pattern, text = drawn
    gate = _gate_of(pattern)
    for spelled in (text, text.upper(), text.lower(), text.title(), text.swapcase()):
        if pattern.search(spelled):
            assert gate.may_match(_gate.gate_text(spelled)), (pattern.pattern[:60], spelled, gate.literals)


def test_gate_text_writes_alike_what_ignorecase_equates() -> None:
    pairs = [("A", "a"), ("İ", "i"), ("I", "ı"), ("ſ", "S"), ("\u212a", "k"), ("Σ", "ς"), ("σ", "ς"), ("ᲀ", "В")]
    pairs += [(chr(lower), chr(other)) for lower, others in _gate._EXTRA.items() for other in others]
    for a, b in pairs:
        assert re.fullmatch(re.escape(a), b, re.IGNORECASE), (a, b)  # (the pairs are equal to `re`)
        assert _gate.gate_text(a) == _gate.gate_text(b), (a, b)
    text = "İstanbul ΣΊΣΥΦΟΣ Ᲊ K ſ ı"
    assert len(_gate.gate_text(text)) == len(text)


def test_literals_every_match_needs() -> None:
    assert _gate.required_literals(re.compile(r"visit(?:ed|s)?\s+the")) == ("visit",)
    assert _gate.required_literals(re.compile(r"laid|(?:placed|left)\s+flowers", re.I)) == ("laid", "flowers")
    assert _gate.required_literals(re.compile(r"(?:x?)|[ab]c")) is None  # an alternative needs no literal
    assert _gate.required_literals(re.compile(r"Посетил", re.I)) == ("посетил",)
    # a word and its spelling without accents, which the parser writes "an[ıi]m" and "an(?:ıl|il)…": the word (ı and i
    # are one letter to the gate), not the "an" before them (a match of English text nearly everywhere)
    assert _gate.required_literals(re.compile(r"\b(?:anım|anim)\w*", re.I)) == ("anim",)
    assert _gate.required_literals(re.compile(r"(?:anıl|anil)(?:dı|di)", re.I)) == ("anildi",)
    assert _gate.required_literals(re.compile(r"x[a-z]y|x[ab]y")) == ("x",)  # (a range is no letter of a run)


@settings(max_examples=examples(300), deadline=None)
@given(_TEXTS)
def test_cue_hits_are_the_pattern_matches(text: str) -> None:
    for pattern in _CUE_PATTERNS:
        assert [m.span() for m in cue_search.hits(pattern, text)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=examples(300), deadline=None)
@given(_TEXTS)
def test_a_sentence_holds_each_cue_patterns_words_as_its_own_part_reads_them(text: str) -> None:
    words = _scan.fold_words(text)
    for pattern in cue.GATED:
        own, seconds = cue_search._OWN[id(pattern)]
        held = not own.isdisjoint(words) or any(not seconds[w].isdisjoint(words) for w in seconds.keys() & words)
        seen = cue_search._Sentence
        seen.body, seen.low, seen.words, seen.held, seen.stems, seen.found = text, None, None, None, None, {}
        assert cue_search._may_hold(pattern, seen) == (held or cue_search.STEMS.may_match(text, cached=False)), (
            pattern.pattern[:60]
        )


@settings(max_examples=examples(300), deadline=None)
@given(_TEXTS)
def test_a_gated_search_is_the_pattern_search(text: str) -> None:
    for pattern in _CUE_PATTERNS:
        found, plain = cue_search.gated_search(pattern, text), pattern.search(text)
        assert (found and found.span()) == (plain and plain.span()), pattern.pattern[:60]


def test_every_character_a_literal_matches_is_written_as_it() -> None:
    """Whatever character `re` matches with a literal's character, case ignored, the gate reads as that character
    (every code point is tried against each character of every gated pattern's literals)."""
    letters = {ch for p in _GATED for literal in _gate.required_literals(p) or () for ch in literal}
    every = "".join(chr(i) for i in range(0x30000) if not 0xD800 <= i <= 0xDFFF)
    for ch in letters:
        for m in re.finditer(re.escape(ch), every, re.IGNORECASE):
            assert _gate.gate_text(m.group()) == ch, (ch, m.group())


def test_no_stem_of_a_cue_is_a_common_english_word() -> None:
    # The stems are looked for in every text: one that is a common English word ("and", a Turkish verb's stem) makes
    # the attendee walk read most sentences of an English story for nothing.
    text = "The minister and the ambassador spoke, and then a choir sang at the hall by the sea."
    assert cue_search.STEMS.positions(text) == []


def test_a_stem_the_fold_spells_is_found_only_at_a_word_start() -> None:
    # "andi" and "acti" ("andı", "açtı" typed without accents) inside English words are no stem: in a text that holds
    # a stem at a word's start (here "program") the walk would read their sentences too, for nothing.
    text = "The commanding officer spoke of an attraction. The program began. Ona çelenk bıraktı ve andı."
    found = cue_search.STEMS.positions(text)
    assert [text[at : at + 4] for at in found] == ["prog", "çele", "andı"]
    other = "Kendi andini okudu."
    assert [other[at : at + 4] for at in cue_search.STEMS.positions(other)] == ["andi", "okud"]


def test_a_casualty_phrase_in_another_script_is_anchored_by_more_than_a_letter_or_two() -> None:
    # An anchor of one or two letters ("о" of "о судьбе", "ən" of "taleyindən") is in most words of such a text:
    # every sentence of it would be read by the casualty walk.
    assert not casualty_text.cue_positions("Вечером в городе прошло большое собрание о культуре и новом театре.")
    assert not casualty_text.cue_positions("Bu gün şəhərdə ən böyük sərgi açıldı, qonaqlar gəldilər.")
    assert not casualty_text.cue_positions("Başkan bugün yeni okulun açılışını yaptı ve kısa bir konuşma yapmış.")
    assert casualty_text.cue_positions("Ничего не известно о судьбе пяти человек.")
    assert casualty_text.cue_positions("Onların taleyindən heç nə məlum deyil.")
