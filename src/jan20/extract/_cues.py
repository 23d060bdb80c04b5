"""Cue words and patterns of attendance, compiled once from the language data (`jan20.lang`, the tables
`[attendees]` of each language's file): which verbs and list openers put a person at the ceremony, and which
contexts say a named person was not there. No words here: they are all in the data files. Where they are searched
(the prefilter derived from them, and each searched only where it may match) is `_cue_search`."""

from __future__ import annotations

import re

from .. import lang
from ..text import sentences as sx
from ._anchored import Anchored


def _words(key: str) -> frozenset[str]:
    return lang.words(f"attendees.{key}")


def _pattern(key: str, template: str = "{}") -> re.Pattern[str]:
    return lang.pattern(f"attendees.{key}", template, plain=True)  # (typed without accents too)


GATED_KEYS: list[tuple[str, str]] = []  # the cue patterns the prefilter reads for: (key, template)
GATED: list[re.Pattern[str]] = []  # the same patterns, compiled (tests/test_prefilters.py generates their matches)


def _gated(key: str, template: str = "{}") -> re.Pattern[str]:
    """A cue pattern that puts people at the ceremony: the prefilter lets through every sentence it can match."""
    GATED_KEYS.append((key, template))
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
GOVERNED_NOUNS = _words("governed_nouns")  # "под управлением дирижера X": no word of the title
# Words before a title that make it someone else's, not the name's after its comma ("After the ambassador, Prof. X").
AFTER_ANOTHER = _words("after_another")
OPENING_LINKS = _words("opening_links")  # "Joined by students, Professor X": the opener's object, no title of X
GLUE = _words("glue")
# Words after which a capitalised word is a place, not the start of a name ("в Санкт-Петербурге").
PLACE_BEFORE = _words("place_before")
SCENE_PLACE_BEFORE = _words("scene_place_before")  # ("held at Morha Burj": a place, whatever its words)
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
# "X написал на своей странице, что посетил": the writer, the subject of the verb after it (`[attendees] own_page`).
OWN_PAGE = _pattern("own_page", r"(?<!\w)(?:{})")
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
# Honour paid, a verb-final cue of its own ("X şəhidlərin xatirəsini yad edib"), which places nobody in a text that
# tells of a social-network post (`POST_TOLD`) and places no event: the honour was paid in the post.
HONOUR_CUE = _gated("attendees.honour_cue", r"\b(?:{})")
POST_TOLD = _pattern("post_told")
# ... unless the sentence paid it at the Alley or in a clause of its own ("Şəhidlər xiyabanında", "yazıb ki, …").
HONOUR_PLACED = _pattern("honour_placed")
# A stretch that tells the verb-final cue in it was done in a social-network post ("X sosial şəbəkə hesabında …
# xatirəsini yad edib"): the cue places nobody.
HONOURED_IN_POST = _pattern("honoured_in_post")
CLAUSE_END = _pattern("clause_end")
SKIP_SENTENCE = _pattern("skip_sentence")
OWN_POST = _pattern("own_post", r"\b(?:{})\b")  # a subject's own post telling its visit: its network skips nothing
HISTORY_OPENING = _pattern("history_opening")  # a sentence opening with a day or the year 1990
HISTORY_TIME = _pattern("history_time")  # a time of 1990 or before, unless in what a speaker said
# What is commemorated ("the memory of the victims of"): a time of 1990 after it is theirs, not history told.
REMEMBERED_TOPIC = _pattern("remembered_topic")
SPEECH_TOPIC = re.compile(rf"\b(?:{lang.alternation(_words('speech_topic'))})\b")  # "spoke about"
SAID_CONTENT = _pattern("said_content")  # "X stressed that …": a time after it is in what was said
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
# The country's head of state and its late leader by name, whose words a report of an event quotes: a verb of saying
# places none of them (`_subjects._quoted_head`).
QUOTED_HEADS = _pattern("quoted_heads")
# The event named as the object of a verb-final sentence ("Mərasimi … şöbəsinin müdiri X açmışdır"): the words after
# it up to the name are the post of who opened or ran it (`_opening_subject`).
EVENT_OBJECTS = _words("event_objects")
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
