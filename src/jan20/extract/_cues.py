"""Cue words and patterns of attendance, compiled once from the language data (`jan20.lang`, the tables
`[attendees]` of each language's file): which verbs and list openers put a person at the ceremony, and which
contexts say a named person was not there. No words here: they are all in the data files."""

from __future__ import annotations

import re

from .. import lang
from ..text import sentences as sx
from . import _scan as scan
from ._anchored import Anchored
from ._gate import LiteralGate, gate_text
from ._word_gate import WordGate


def _words(key: str) -> frozenset[str]:
    return lang.words(f"attendees.{key}")


def _pattern(key: str, template: str = "{}") -> re.Pattern[str]:
    return lang.pattern(f"attendees.{key}", template, plain=True)  # (typed without accents too)


_GATED: list[tuple[str, str]] = []  # the cue patterns the prefilter reads for: (key, template)
GATED: list[re.Pattern[str]] = []  # the same patterns, compiled (tests/test_prefilters.py generates their matches)


def _gated(key: str, template: str = "{}") -> re.Pattern[str]:
    """A cue pattern that puts people at the ceremony: the prefilter lets through every sentence it can match."""
    _GATED.append((key, template))
    GATED.append(compiled := lang.pattern(key, template, plain=True))  # (typed without accents too)
    return compiled


def _following(key: str) -> re.Pattern[str]:
    """The alternatives at `key` of the languages whose subject may follow its verb (`subject_may_follow`)."""
    alts = (
        alt
        for language in lang.languages()
        if language.get("language.subject_may_follow")
        for alt in map(lang.expand, language.get(key) or [])
    )
    return re.compile("|".join(alts) or r"(?!x)x", re.I)


PARTICLES = _words("particles")
# Particles that end a name ("Полад Бюльбюль оглы").
TRAILING_PARTICLES = _words("trailing_particles")
# Endings of a surname: a trailing particle right after one is no patronymic's ("deputat X Əliyev oğlu ilə": with his
# son), which follows the father's given name ("Məmmədov Vidadi Üzeyir oğlu").
SURNAME_ENDINGS = tuple(sorted(_words("surname_endings")))
# Verbs that end a run of capitals in a Title Case headline ("President Ilham Aliyev Visits Alley of ...").
HEADLINE_VERBS = _words("headline_verbs")
# Also capitalised words that open a place right after a name in a verb-final sentence ("İlham Əliyev Şəhidlər
# xiyabanını ziyarət edib"): they end the name's run rather than make it a place's name.
RUN_BREAK = HEADLINE_VERBS | _words("run_break")
BODY_FOLLOWERS = _words("body_followers")
# A body's word and the next that make the genitive name before them the one who led ("X-in rəhbərliyi ilə").
LEADER_FOLLOWERS = frozenset(phrase for _, phrases in lang.table("attendees.leader_followers") for phrase in phrases)
PRE_TITLE_LINK = _words("pre_title_link")
PARTY_TAG = _pattern("party_tag")  # a party's tag in brackets after a name ("Senator X (D-NJ) spoke")
SPOUSE_LINK = frozenset(phrase for _, phrases in lang.table("attendees.spouse_link") for phrase in phrases)
SPOUSE = _words("spouse")
OWN_SPOUSE = _words("own_spouse")
NEXT_TITLES = _words("next_titles")  # ("Tələbə A şair B": "şair" opens B's title, not a body's head)
# Words of time a subject may hold ("On Monday morning X visited").
TIME_WORDS = _words("time_words")
SCENE = TIME_WORDS | _words("scene")
GROUP_PARTICIPLES = _words("group_participles")  # "the families of students killed in the war": the group's clause
DEATH_PARTICIPLES = _words("death_participles")  # of those, the ones that say a person died
GROUP_PARTICIPLE_LINKS = _words("group_participle_links")
GROUP_PARTICIPLE_OBJECTS = _words("group_participle_objects")  # "those who gave their lives for": between the two
SCENE_OPENERS = _words("scene_openers")  # "Before the ceremony, ...": a phrase of the scene up to its comma
SCENE_CLOSERS = _words("scene_closers")  # "… ilə əlaqədar X …": the scene ends, the subject follows
TRIM_LEAD = _words("trim_lead")
# Words before a title that make it someone else's, not the name's after its comma ("After the ambassador, Prof. X").
AFTER_ANOTHER = _words("after_another")
OPENING_LINKS = _words("opening_links")  # "Joined by students, Professor X": the opener's object, no title of X
GLUE = _words("glue")
# Words after which a capitalised word is a place, not the start of a name ("в Санкт-Петербурге").
PLACE_BEFORE = _words("place_before")
# ... and after one of these right after a title's head ("Mayor of Jurmala Ilze Liepa": Jurmala is the post's place).
TITLE_PLACE_LINKS = _words("title_place_links")
SEAT_LINKS = _words("seat_links")  # "the MP for Dover X": the seat's words before the name
SEAT_POSTS = _words("seat_posts")
PARTNER_LINKS = _words("partner_links")  # "общества дружбы с Россией X": the partner country
PARTNER_NOUNS = _words("partner_nouns")
# ... or right after a unit of a body ("Department of History Rauf Babayev": History is the unit's field).
FIELD_UNITS = _words("field_units")
JOINED_FIELD_UNITS = FIELD_UNITS | _words("joined_field_units")  # ("the Centre for Peace and Democracy X")
JOINED_FIELD_LINKS = TITLE_PLACE_LINKS | _words("joined_field_links")
PLACE_BODIES = _words("place_bodies")
# The word after a post that opens its portfolio ("Vice-Rector for Education, Science and Outreach").
PORTFOLIO_LINKS = _words("portfolio_links")
# The postposition that closes a list of capitalised fields before a body's noun ("Ailə, Qadın və Uşaq Problemləri
# üzrə Dövlət Komitəsi"): the list's commas are the title's.
FIELDS_CLOSED_BY = _words("fields_closed_by")
DASHES = frozenset({",", "-", "–", "—", "(", ")"})

LIST_CUE = _gated("attendees.list_cue")
SUBJECT_CUE = _gated("attendees.subject_cue", r"\b(?:{})\b")
# The verbs of languages whose subject may follow the verb (`subject_may_follow` in the data): "Аллею шехидов
# посетил премьер-министр X".
SUBJECT_AFTER_CUE = _following("attendees.subject_cue")
# Words that open a comma-enclosed part of a subject that adds people rather than describes the one before.
ADDS_PEOPLE = _words("adds_people")
# Words that join the items of a list of people ("A, B and C").
LIST_JOINERS = _words("list_joiners")
# Words after a name that make it the object of a postposition ("Haydar Aliyev hakkında"): no subject.
POSTPOSITIONS = _words("postpositions")
# Nouns of a group of people that may stand beside a named subject ("Посол X, участники церемонии возложили").
GROUP_NOUNS = _words("group_nouns")
# Titles in the plural, shared by the names joined after them ("AK Parti Milletvekilleri A ve B": both are MPs).
PLURAL_TITLES = _words("plural_titles")
# The last words of cues whose object follows them ("почтили память жертв ..."): what follows is not the subject.
CUE_OBJECTS = _words("cue_objects")
# Words that never open a title: a phrase after a verb that opens with one ("в церемонии", "к могиле") is no title of
# the name after it.
NOT_TITLE_OPENERS = _words("not_title_openers")
PASSIVE_BY_CUE = _gated("fragments.passive_by", r"(?:{})\b")
# A list below the sentence (read only in a sentence that has a cue of its own: "The victims included:" puts
# nobody there).
LIST_INTRO = _pattern("list_intro")
# People who came with a subject. Read only in a sentence that has a verb of being there (alone, "together with
# X he wrote a book" puts nobody there).
COMPANION_CUE = _pattern("companion_cue", r"\b(?:{})(?!\w)")
COMPANION_OPENERS = frozenset(
    (first, second)
    for _, phrases in lang.table("attendees.companion_openers")
    for first, second in (phrase.split() for phrase in phrases)
)


def companions_at(toks: list[sx.Token], k: int) -> bool:
    """A phrase of companions opens at token k ("together with", `[attendees] companion_openers`)."""
    return k + 1 < len(toks) and (toks[k].low, toks[k + 1].low) in COMPANION_OPENERS


# Read only in a sentence with a verb of being there, like COMPANION_CUE, even when the subject names nobody.
LEADER_CUE = _pattern("leader_cue", r"(?<!\w)(?:{})(?!\w)")
# A verb-final language puts the verb last: with one of these, the people at the ceremony are the names that
# open the sentence.
SUBJECT_FIRST_CUE = _gated("attendees.subject_first_cue", r"\b(?:{})")
CLAUSE_END = _pattern("clause_end")
SKIP_SENTENCE = _pattern("skip_sentence")
HISTORY_OPENING = _pattern("history_opening")  # a sentence opening with a day or the year 1990
HISTORY_TIME = _pattern("history_time")  # a time of 1990 or before, unless in what a speaker said
# What is commemorated ("the memory of the victims of"): a time of 1990 after it is theirs, not history told.
REMEMBERED_TOPIC = _pattern("remembered_topic")
SPEECH_TOPIC = re.compile(rf"\b(?:{lang.alternation(_words('speech_topic'))})\b")  # "spoke about"
NEGATION = _words("negation")
POSITIVE_BEFORE = _pattern("positive_before", r"(?:{})\s*(?:${article}\s+)?$")
NEGATIVE_BEFORE = _pattern("negative_before", r"(?:{})\s*(?:${article}\s+)?$")
# An attribution opener right before a name's title ("По словам Посла X, ..."): the one quoted is not said to be there.
ATTRIBUTION_BEFORE = re.compile(
    "(?<!\\w)(?:{})\\s+$".format(
        "|".join(r"\s+".join(map(re.escape, p.split())) for p in lang.alternatives("attendees.attribution_openers"))
        or "(?!)"
    ),
    re.IGNORECASE,
)
# Remembered or historical people: a qualifier anywhere in the few words before the name ...
REMEMBERED = _pattern("remembered", r"\b(?:{})\b")
# ... or right before it ("the late X", "martyr X"), so that "the Alley of Martyrs were Prime Minister X" does not
# count; a dash may stand between ("the martyrs – A and B").
REMEMBERED_NEXT = _pattern("remembered_next", r"\b(?:{})(?:\s+|\s*[–—-]\s+)$")
# A clause after a name's comma that says the name died ("X, who was killed in 1990,").
DEATH_CLAUSE = _pattern("death_clause", r"^(?:{})\b")
KIN_OF = _pattern("kin_of")  # "the mother of martyr X, Y": Y is the mother
# The "of" of a noun's complement ("the son of X", "veterans of the movement: A and B").
COMPLEMENT_OF = _words("complement_of")
KIN_OWNED = _pattern("kin_owned")  # "X and the martyr's daughter laid": the daughter is there
# A relative clause that opens after a name ("…, who also …").
RELATIVE = _pattern("relative", r",\s+(?:{})\s+(?:${relative_fillers})?")
SAID_AT_END = _pattern("said_at_end", r"\s+(?:{})\W*$")  # "…, Ali Asadov said."
SAID_BEFORE = _pattern("said_before", r"\b(?:{})\s*(?:${article}\s+)?$")  # "said X", "thanked X"

# Speech at an event: who speaks at or runs an event was there. Read only in a text that places an event
# (EVENT: a ceremony, an evening, a visit), so that "X said" in a report of a statement puts nobody anywhere.
EVENT = _pattern("event", r"(?<!\w)(?:{})")
# Their subject spoke ("X delivered a speech"; in a language whose subject may follow, after it too).
SPEECH_CUE = _gated("attendees.speech_cue", r"\b(?:{})\b")
SPEECH_AFTER_CUE = _following("attendees.speech_cue")
# The names right after one of these spoke ("Opening the evening, the chair X welcomed ...").
SPEECH_OPENER = _gated("attendees.speech_opener", r"(?<!\w)(?:{})")
# The people after one of these ran the event ("The discussion was moderated by X").
SPEECH_LIST = _gated("attendees.speech_list", r"(?<!\w)(?:{})")
# In a verb-final language: the names that open the sentence spoke ("X çıxış edib").
SPEECH_FIRST_CUE = _gated("attendees.speech_first_cue", r"(?<!\w)(?:{})")
# The head of a mission whose words open a sentence with one of these spoke at the event ("Ambassador X noted"),
# unless the sentence says they came from afar ("in a video message").
HOST_SAID = _gated("attendees.host_said")
# A name in the genitive right before one of these took part or spoke ("Büyükelçi X'in katılımıyla", "səfir X-in
# iştirakı ilə", "Rektör X'in açılış konuşmasıyla"): it and the names joined before it were at the event.
GENITIVE_CUE = _gated("attendees.genitive_cue", r"(?<!\w)(?:{})(?!\w)")
# The cues of speech: a sentence with one of them places its speaker only in a text that places an event.
SPEECH_CUES = (SPEECH_CUE, SPEECH_OPENER, SPEECH_LIST, SPEECH_FIRST_CUE, HOST_SAID, GENITIVE_CUE)
FROM_AFAR = _pattern("from_afar")
FROM_AFAR_LATER = _pattern("from_afar_later")  # anywhere after a verb of speech: "… in an article for the paper"
# Anyone else whose words open a sentence so spoke at the event when the sentence names the event they are at
# (EVENT_HERE: "At the event, Chairman X noted", "напомнил собравшимся"), or when it is in a paragraph after the one
# that reports the event held (EVENT_HELD: "A memorial evening was held"); not when the words were said at
# another time or are a press officer's (SAID_ELSEWHERE: "Earlier, X said", "Gorbachev said in 1990").
EVENT_HERE = _pattern("event_here")
# (a group's visit to a memorial counts as an event held too, GROUP_VISIT: "Members of the community visited the
# Alley"; the PROPER patterns leave it out, for the speakers it places only so: `_said`)
GROUP_VISIT = _pattern("group_visit")
EVENT_HELD_PROPER = _pattern("event_held")
EVENT_HELD = re.compile(f"{EVENT_HELD_PROPER.pattern}|{GROUP_VISIT.pattern}", re.IGNORECASE)
VISIT_SPEAKER_ELSEWHERE = _pattern("visit_speaker_elsewhere")
# The two searched over a whole text (see `_anchored.Anchored`).
EVENT_IN_TEXT = Anchored.of(EVENT)
EVENT_HELD_IN_TEXT = Anchored.of(EVENT_HELD)
# An event held, told in a language whose reports run the event and its speeches in one paragraph (EVENT_HELD_HERE:
# "состоялось мероприятие …. X отметил"): a later sentence of that paragraph is at it (none in a language without).
EVENT_HELD_HERE_PROPER = (
    _pattern("event_held_here") if lang.alternatives("attendees.event_held_here") else re.compile("(?!)")
)
_VISITS_HERE = [  # (a group's visit, in the languages that have `event_held_here`)
    alt
    for language in lang.languages()
    if language.get("attendees.event_held_here")
    for alt in lang.alternatives_of(language.code, "attendees.group_visit")
]
EVENT_HELD_HERE = re.compile("|".join([EVENT_HELD_HERE_PROPER.pattern, *_VISITS_HERE]), re.IGNORECASE)
SAID_ELSEWHERE = _pattern("said_elsewhere")
# A speech told as given at another time, before its verb ("Earlier, X shared his memories"): nobody placed.
SPEECH_ELSEWHERE = _pattern("speech_elsewhere")
# A sentence that opens with a time of another year's event ("In 2015, …", "Last year …", "Ötən il …"): `_another_year`.
ANOTHER_TIME = _pattern("another_time")
# The surnames of people of the story of 1990 (a Soviet leader): never at a commemoration.
STORY_PEOPLE = _words("story_people")
# A cue whose last word is a verb in the future ("çıxış edəcək", "katılacak") places nobody: the event is to come.
FUTURE = _pattern("future")
# Reported speech opens after one of these ("mətbuat katibi X bildirib ki, …"): whoever reports is a source, and a cue
# after it is about the people of the reported clause.
REPORTED = _pattern("reported", r"(?<!\w)(?:{})")


# The prefilter, derived from the data: every match of the patterns above holds, in a language the fold spells
# (one without `[attendees.prefilter] stems`), a word of `PREFILTER.words` or a near pair of its words (derived from
# each pattern's parse tree by `_word_gate`, never kept by hand), and in another language one of its stems. The
# attendee extractor reads only the sentences that do; tests/test_prefilters.py generates matches of each pattern
# and checks that each is found.
def _prefilter_parts() -> dict[int, WordGate]:
    """Each cue pattern's part of the prefilter (keyed by the pattern's id)."""
    parts: dict[int, WordGate] = {id(pattern): WordGate() for pattern in GATED}
    common = lang.words("dates.function_words")  # (a pair of rarer words says more)
    for language in lang.languages():
        if language.get("attendees.prefilter.stems") is not None:
            continue
        for (key, template), pattern in zip(_GATED, GATED, strict=True):
            for alternative in lang.alternatives_of(language.code, key):
                found = WordGate.of(lang.expand(template).replace("{}", alternative), common)
                if found is None:
                    raise ValueError(f"a cue in {language.code} {key} holds no whole word: {alternative!r}")
                parts[id(pattern)] |= found
    return parts


def _prefilter(parts: dict[int, WordGate] | None = None) -> WordGate:
    gate = WordGate()
    for part in (_prefilter_parts() if parts is None else parts).values():
        gate |= part
    return gate


_PARTS = _prefilter_parts()
PREFILTER = _prefilter(_PARTS)


def _words_and_pairs(gate: WordGate) -> tuple[frozenset[bytes], dict[bytes, frozenset[bytes]]]:
    """A cue pattern's part of the prefilter as `_may_hold` reads a sentence with it: its words, and each word of a
    near pair's first set with the words of the second sets it is paired with (all as the fold spells them)."""
    seconds: dict[bytes, frozenset[bytes]] = {}
    for first, second, _ in gate.near:
        for word in scan.cue_words(first):
            seconds[word] = seconds.get(word, frozenset()) | scan.cue_words(second)
    return scan.cue_words(gate.words), seconds


_OWN = {at: _words_and_pairs(gate) for at, gate in _PARTS.items()}


def _by_word() -> tuple[dict[bytes, tuple[int, ...]], dict[bytes, tuple[tuple[int, frozenset[bytes]], ...]]]:
    """`_OWN` turned round: each fold word's patterns (by id), and each near pair's first word with its patterns and
    the second words paired with it, so that a sentence's words are looked up once for every pattern (`_may_hold`)."""
    words: dict[bytes, tuple[int, ...]] = {}
    pairs: dict[bytes, tuple[tuple[int, frozenset[bytes]], ...]] = {}
    for at, (own, seconds) in _OWN.items():
        for word in own:
            words[word] = (*words.get(word, ()), at)
        for word, second in seconds.items():
            pairs[word] = (*pairs.get(word, ()), (at, second))
    return words, pairs


_OWN_BY_WORD, _PAIRS_BY_WORD = _by_word()

# (each in its other spellings too, as the cue patterns match them: "celenk" for "çelenk", `lang.unaccented_pattern`)
_STEMS = lang.table("attendees.prefilter.stems")
STEMS = scan.StemGate.of(
    word for code, stems in _STEMS for stem in stems for word in lang.spellings_of(code.code, stem)
)


# Keyed by id: a compiled pattern's hash reads its whole program, and these patterns live as long as the process.
# Made here for the patterns above (a tenth of a second of CPU), so that the worker processes a large archive forks
# inherit them rather than each making its own on first use; `hits` makes any other's when asked.
_GATES: dict[int, LiteralGate] = {
    id(p): LiteralGate.of(p) for p in list(globals().values()) if isinstance(p, re.Pattern)
}


# ... and searched only where a match can start (`_anchored.Anchored`), those with an alternative whose literals bound
# where its matches start: on the sentences of news-like text the attendee walk reads, the cue of a subject is
# searched in 66% of the time, the words of a host in 39%, the list cues in 53%, and the sentences to skip in 52%
# (2026-12-06; most are a language's alternatives between word edges, `_anchored._branches`).
_ANCHORED: dict[int, Anchored] = {
    id(p): anchored
    for p in list(globals().values())
    if isinstance(p, re.Pattern) and (anchored := Anchored.of(p)).anchored
}


class _Sentence:
    """The sentence `hits` was last asked about: its text as the gates read it, and each pattern's matches."""

    body = ""
    low: str | None = None
    words: frozenset[bytes] | None = None  # the words of its fold
    held: set[int] | None = None  # the cue patterns (by id) whose word or near pair it holds
    stems: bool | None = None  # whether it may hold a stem of `STEMS`
    found: dict[int, tuple[re.Match[str], ...]] = {}  # noqa: RUF012 (replaced, never changed, per sentence)


def _may_hold(pattern: re.Pattern[str], seen: type[_Sentence]) -> bool:
    """Whether the sentence may hold a match of the pattern, as the prefilter reads it: every match of a cue pattern
    holds a word (or near pair) of its part of the prefilter, or a stem (`_prefilter`). Most sentences the prefilter
    lets through for one cue hold none of the others, and this reads each of those in a fraction of a microsecond
    where its literal gate looks for each of its literals in turn (on news-like text, four fifths of the sentences
    the attendee walk reads have no cue; its cue and speech tests were half of its time)."""
    if id(pattern) not in _OWN:
        return True
    if seen.held is None:
        seen.words = words = scan.fold_words(seen.body)
        # a word of the pattern's, or both words of a near pair (however far apart: more than the prefilter lets
        # through); the sentence's words looked up once for all the patterns (each of the ten asked in turn was a
        # twentieth of the attendee walk on cue-dense text)
        held = {at for word in words for at in _OWN_BY_WORD.get(word, ())}
        held.update(
            at
            for word in words
            for at, second in _PAIRS_BY_WORD.get(word, ())
            if at not in held and not second.isdisjoint(words)
        )
        seen.held = held
    if id(pattern) in seen.held:
        return True
    if seen.stems is None:
        seen.stems = STEMS.may_match(seen.body, cached=False)
    return seen.stems


def hits(pattern: re.Pattern[str], body: str) -> tuple[re.Match[str], ...]:
    """Every match of a cue pattern in a sentence (`pattern.finditer(body)`; the first is `pattern.search(body)`).

    The attendee extractor asks several patterns about each sentence, some of them twice or three times: each
    is searched once per sentence, and not at all where its literal gate (`_gate`, derived from the pattern)
    says the sentence holds none of the literals every match holds, which is most patterns on most sentences."""
    seen = _Sentence
    if body != seen.body:
        seen.body, seen.low, seen.words, seen.held, seen.stems, seen.found = body, None, None, None, None, {}
    if (found := seen.found.get(id(pattern))) is not None:
        return found
    if not _may_hold(pattern, seen):
        seen.found[id(pattern)] = ()
        return ()
    if (gate := _GATES.get(id(pattern))) is None:
        gate = _GATES[id(pattern)] = LiteralGate.of(pattern)
    if gate.literals is not None and seen.low is None:
        seen.low = gate_text(body)
    search = _ANCHORED.get(id(pattern), pattern)
    found = tuple(search.finditer(body)) if seen.low is None or gate.may_match(seen.low) else ()
    if found:  # (most patterns find nothing in most sentences: no generator made for them)
        found = tuple(m for m in found if not _future(body, m))
    seen.found[id(pattern)] = found
    return found


def gated_search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` of a pattern above, not searched where its literal gate (`_gate.LiteralGate`) says the
    text holds none of the literals every match holds, and else tried only where a match can start (`_ANCHORED`):
    the windows before a name are short, but a pattern of a hundred alternatives was tried at each of their places."""
    gate = _GATES.get(id(pattern))
    if gate is not None and gate.literals is not None and not gate.may_match(gate_text(text)):
        return None
    return _ANCHORED.get(id(pattern), pattern).search(text)


def _future(body: str, hit: re.Match[str]) -> bool:
    """Whether the last word of a cue's match (to the end of its word) is a verb in the future tense."""
    end = hit.end()
    while end < len(body) and (body[end].isalnum() or body[end] == "_"):
        end += 1
    words = body[hit.start() : end].split()
    return bool(words) and FUTURE.search(words[-1]) is not None
