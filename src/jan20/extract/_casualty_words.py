"""The word tables of the casualty extractor (`casualties`), compiled from the language data (the `[casualties]`
tables of `jan20.lang`): casualty words and their sides, qualifiers, breakdown and total markers, and the words
that may stand between a number and its casualty word.

Words are lower case; in a phrase, a word ending in "*" matches any word it begins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from jan20.text.fold import like_ascii

from .. import lang
from . import _scan as scan

Category = Literal["killed", "injured", "arrested", "missing"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
BOUNDS: frozenset[Qualifier] = frozenset({"at_least", "at_most"})  # the qualifiers of a bound ("more than", "under")
Scope = Literal["total", "partial"]
Who = Literal["civilians", "soldiers", "police"] | None

Phrase = tuple[str, ...]  # lower-case words; a word ending in "*" matches any word it begins


def word_set(key: str) -> frozenset[str]:
    """Every language's words at `casualties.<key>`."""
    return lang.words(f"casualties.{key}")


_OPENING = re.compile(r"\w+")
_OPENING_REACH = 60  # characters of a sentence its first words are looked for in


def opening_words(text: str, start: int, end: int) -> list[str]:
    """The first two words of the sentence text[start:end], in lower case."""
    found = _OPENING.finditer(text, start, min(end, start + _OPENING_REACH))
    return [m.group().lower() for _, m in zip(range(2), found, strict=False)]


_POINTERS = word_set("other_event_next")  # "there", "orada", "там"


def points_back(words: list[str]) -> bool:
    """A sentence opening with these words (`opening_words`) points back to what the sentence before it told
    (`other_event_next`: "There, 613 were killed", "O gecə 613 nəfər", "Там погибли 32 человека")."""
    return bool(words) and words[0] in _POINTERS


@dataclass(frozen=True)
class Stemmed:
    """Words of the data, some of them stems written with a trailing "*" ("трагеди*", "событи*")."""

    whole: frozenset[str]
    stems: tuple[str, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> Stemmed:
        listed = frozenset(words)
        stems = tuple(sorted(w[:-1] for w in listed if w.endswith("*")))
        return cls(frozenset(w for w in listed if not w.endswith("*")), stems)

    def holds(self, w: str) -> bool:
        """Whether `w` is one of the whole words or starts with one of the stems."""
        return w in self.whole or (bool(w) and w.startswith(self.stems))


def phrases(key: str) -> tuple[Phrase, ...]:
    """Every language's phrases at `casualties.<key>`, in the order of `lang.CODES`."""
    return tuple(
        tuple(spelt.split())
        for language, listed in lang.table(f"casualties.{key}")
        for p in listed
        for spelt in lang.phrase_spellings(language.code, p)
    )


def _qualified(key: str) -> tuple[tuple[Phrase, Qualifier], ...]:
    """(phrase, qualifier) of every language's table at `casualties.<key>`."""
    return tuple(
        (tuple(spelt.split()), qualifier)
        for language, table in lang.table(f"casualties.{key}")
        for qualifier, listed in table.items()
        for p in listed
        for spelt in lang.phrase_spellings(language.code, p)
    )


def keyword_phrases(row: dict[str, Any], code: str | None = None) -> list[Phrase]:
    """The phrases of a row of `keywords` in the data (of language `code`, in their spellings without accents too:
    `lang.phrase_spellings`): those as written, then, for each word of the row's
    ``nouns`` in turn, each phrase with a word "_" with that noun at each place among 1 to ``span`` (1 if not
    given) words standing for the "_", the others any words ("жертвами _ стали", span 4: "жертвами трагеди*
    стали", "жертвами трагеди* * стали", "жертвами * трагеди* * стали", ...)."""
    written = [
        tuple(spelt.split()) for p in row["phrases"] for spelt in (lang.phrase_spellings(code, p) if code else (p,))
    ]
    found = [phrase for phrase in written if "_" not in phrase]
    for noun in row.get("nouns", ()):
        for phrase in (p for p in written if "_" in p):
            at = phrase.index("_")
            for width in range(1, row.get("span", 1) + 1):
                for place in range(width):
                    gap = ("*",) * place + (noun,) + ("*",) * (width - place - 1)
                    found.append(phrase[:at] + gap + phrase[at + 1 :])
    return found


# Casualty words by category and side (`keywords` in the data): R = after the number ("147 killed"), L = before it
# ("killing 147"); t = a transitive participle, refused when the number is its subject ("26,000 troops killed 147").
KEYWORDS: list[tuple[Category, str, Phrase]] = sorted(  # longest first: "lost their lives" before "lives"
    (
        (row["category"], row["sides"], phrase)
        for language, rows in lang.table("casualties.keywords")
        for row in rows
        for phrase in keyword_phrases(row, language.code)
    ),
    key=lambda kw: -len(kw[2]),
)


def _by_edge(ending: bool) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[tuple[str, int], ...]]]:
    """The keywords (their places in KEYWORDS) by the word they start (``ending``: end) with, and the
    keywords whose edge word is a stem ("yaralan*") with that stem, by the stem's first letter."""
    exact: dict[str, list[int]] = {}
    stems: dict[str, list[tuple[str, int]]] = {}
    for i, (_, _, phrase) in enumerate(KEYWORDS):
        edge = phrase[-1 if ending else 0]
        if edge.endswith("*"):
            stems.setdefault(edge[:1], []).append((edge[:-1], i))
        else:
            exact.setdefault(edge, []).append(i)
    return {w: tuple(found) for w, found in exact.items()}, {c: tuple(found) for c, found in stems.items()}


# Each token is asked whether a casualty phrase starts or ends there: only the phrases with that edge word are
# tried (a handful, against all 150 in turn, which was a fifth of the figures' time on text dense with them:
# `benchmarks/dense.py`).
_EDGES = {ending: _by_edge(ending) for ending in (False, True)}


# (asked of each word near a number, from either end: the same words again and again, and each ask tried every stem)
@lru_cache(maxsize=16384)
def keywords_with_edge(word: str, ending: bool) -> tuple[tuple[Category, str, Phrase], ...]:
    """The keywords that start (``ending``: end) with ``word``, in KEYWORDS' order (longest first)."""
    exact, stems = _EDGES[ending]
    found = list(exact.get(word, ()))
    # (only the stems of the word's first letter: a word asked for the first time tried all 200 stems, and the fate
    # and event-name tests ask many words: the 27,600 words of 1 MB of news 0.50 -> 0.05 s, 2026-12-06)
    found.extend(i for stem, i in stems.get(word[:1], ()) if word.startswith(stem))
    return tuple(KEYWORDS[i] for i in sorted(found))


# The auxiliaries a phrase may hold after its own word ("əlil olub"): no anchor of it, being in most sentences.
_AUXILIARIES = word_set("be") | word_set("passive") | word_set("aux")


def anchor(phrase: Phrase) -> tuple[str, str]:
    """What every match of a casualty phrase holds: ("word", w) a whole word of the fold (`_scan`), ("prefix",
    p) a fold word starting with p, or ("text", t) the lower-case text t (a word in another script). A casualty
    word of its own anchors first, in any script ("lives", not "their"; "qurbanı olub": "qurbani", "həlak olub":
    "əlak", not "olub", a word of most Azerbaijani sentences)."""
    plain = [w for w in phrase if w.isascii() and "*" not in w]
    singles = [w for w in phrase if (w,) in SINGLE_WORDS]  # a casualty word itself: "lives", not "their"
    if not singles and len(plain) < len(phrase) and all(w in _AUXILIARIES for w in plain):
        plain = []  # "əlil olub": "əlil", not "olub", a word of most Azerbaijani sentences
    if plain:
        if singles and not any(w.isascii() for w in singles):
            return max((_own_anchor(w) for w in singles), key=lambda a: len(a[1]))
        word = max(singles or plain, key=len)
        return "word", max(re.split(r"[^a-z]+", word), key=len)  # "death-toll": "death"
    first = phrase[0].rstrip("*")
    folded = like_ascii(first)
    if folded.isascii():
        # the longest word's fold, each a start of a fold word ("yaralan*", "yaralı*"; "tank* kurbanı oldu*":
        # "kurbani", since "tank" starts English "tanks" too and "asker" a surname, "Askerov": with the first word,
        # the figures' walk read 1.5 times the sentences of news-like text, 2026-12-07)
        heads = [f for f in (like_ascii(w.rstrip("*")) for w in phrase) if f.isascii() and f.isalpha()]
        return "prefix", max(heads, key=len, default=folded)
    tail = first[_first_other(first) :]  # "həlak": "əlak"
    if len(tail) >= _TAIL_MIN:
        return "text", tail
    # A tail of a letter or two ("о судьбе": "о", "taleyindən": "ən", "itirmiş*": "ş") is in most words of a
    # Russian, Azerbaijani or Turkish text, and every sentence of it was read: the longest of what any word of the
    # phrase holds instead (each is a whole token or a token's start), its tail or its ASCII head as a fold word's
    # start ("taleyind"). (Casualties of 1 MB of news-like text 0.80 -> 0.55 s under cProfile, 2026-12-06.)
    found: list[tuple[int, str, str]] = [(len(tail), "text", tail)]
    for word in (w.rstrip("*") for w in phrase):
        spelt = like_ascii(word)
        head = spelt[: _first_other(spelt)]
        if head.isalpha() and head.isascii():
            found.append((len(head), "prefix", head))
        if not word.isascii():
            found.append((len(word) - _first_other(word), "text", word[_first_other(word) :]))
    _, kind, anchored = max(found, key=lambda f: f[0])
    return kind, anchored


def _own_anchor(word: str) -> tuple[str, str]:
    """What a casualty word outside ASCII holds: its fold as a fold word's start ("qurbanı": "qurbani"), or its text
    from its first letter outside ASCII ("həlak": "əlak")."""
    folded = like_ascii(word)
    return ("prefix", folded) if folded.isascii() else ("text", word[_first_other(word) :])


_TAIL_MIN = 3  # letters of a first word's tail that say enough to anchor a phrase


def _first_other(word: str) -> int:
    """Where the first letter outside ASCII is in a word (its length if it has none)."""
    return min((i for i, c in enumerate(word) if not c.isascii()), default=len(word))


SINGLE_WORDS = frozenset(kw[2] for kw in KEYWORDS if len(kw[2]) == 1 and "*" not in kw[2][0])
# Each phrase as written anchors all the phrases made from it (`keyword_phrases`): a word its row's `nouns` put for its
# "_" anchors none, the nouns being words of ordinary news ("tragedy", "events", "troops"), and the written words what
# makes the phrase ("fell victim to the _": "victim"; anchored on "tragedy", the figures' walk read every sentence
# naming the tragedy, 2026-12-07).
ANCHORS = [
    anchor(tuple(w for w in spelt.split() if w != "_"))
    for language, rows in lang.table("casualties.keywords")
    for row in rows
    for p in row["phrases"]
    for spelt in lang.phrase_spellings(language.code, p)
]
ANCHOR_WORDS = scan.cue_words(a for kind, a in ANCHORS if kind == "word")
ANCHOR_PREFIXES = tuple(b" " + a.encode() for kind, a in ANCHORS if kind == "prefix")
ANCHOR_TEXT = re.compile("|".join(sorted({re.escape(a) for kind, a in ANCHORS if kind == "text"})))
# Each text anchor starts with a letter of another script (see `anchor`): a text holding none of those letters,
# in either case, has no match of ANCHOR_TEXT (checked in UTF-8, where a test for a few bytes costs little).
ANCHOR_TEXT_LEADS = tuple(
    sorted({case.encode() for kind, a in ANCHORS if kind == "text" for case in (a[0], a[0].upper())})
)
QUALIFIERS = sorted(_qualified("qualifiers"), key=lambda pq: -len(pq[0]))  # longest first: "no more than"


def edge_words(listed: Iterable[Phrase], at: int) -> frozenset[str]:
    """The words at place ``at`` (0 first, -1 last) of phrases, which a walk looks up before trying each phrase
    there; such a word is whole, never a stem ("fazla*"), or the look-up would miss it."""
    words = frozenset(p[at] for p in listed)
    if stems := sorted(w for w in words if w.endswith("*")):
        raise ValueError(f"a casualty phrase's {'first' if at == 0 else 'last'} word must be whole: {stems}")
    return words


QUALIFIER_LAST = edge_words((p for p, _ in QUALIFIERS), -1)
# After the figure: "147 or more", "800-dən çox" (more than 800), "150-yə yaxın" (close to 150).
POST_QUALIFIERS = _qualified("post_qualifiers")
POST_QUALIFIER_FIRST = edge_words((p for p, _ in POST_QUALIFIERS), 0)
# The marks a case ending on digits is written after: "20-si", "20'si", "130-dan".
CASE_MARKS = frozenset("-'’")
NUMBER_WORD_ENDINGS = word_set("number_word_endings")  # a number word's case ending, a word of its own
BREAKDOWN = phrases("breakdown")
BREAKDOWN_FIRST = edge_words(BREAKDOWN, 0)
AMONG_AFTER = word_set("among_after")  # after the casualty word: "həlak olanların arasında"
TOTAL_BEFORE = phrases("total_before")
TOTAL_AFTER = phrases("total_after")
TOTAL_WORDS = frozenset(p[-1] for p in TOTAL_BEFORE) | frozenset(p[0] for p in TOTAL_AFTER)

PERSON = word_set("person")
MODIFIERS = word_set("modifiers")
BE = word_set("be")
PASSIVE = BE | word_set("passive")
# Read as passive only after a form of "be": "150 people are said to have died", not "150 protesters said …"
SAID_AFTER_BE = word_set("said_after_be")
AUX = PASSIVE | word_set("aux")  # may stand between a number and its word: "147 people had reportedly been killed"
NEGATIONS = word_set("negations")
OBJECT_START = PERSON | word_set("object_start")  # after "killed", these make the number its subject
NOT_PEOPLE = word_set("not_people")
UNITS = word_set("units")  # of time and things, which a number in a breakdown may count instead of people
EVENT_OF = sorted(phrases("event_of"), key=len, reverse=True)  # the event named between: "the toll of the tragedy was"
EVENT_NOUNS = word_set("event_nouns")  # the head of an event named so in more words: "of the January 1990 tragedy"
EVENT_LINKS = word_set("event_links")  # the words that open such a name: "of", "in", "во"
LEFT_LINKS = word_set("left_links")  # between a casualty word and a later number: "the death toll has risen to 147"
AT_VERBS = word_set("at_verbs")  # "stood at 147"
PUT_VERBS = word_set("put_verbs")  # take an object and then "at N": "Human Rights Watch put the number of dead at 122"
AFTER_LEFT = PERSON | MODIFIERS | word_set("after_left")  # may follow "killed 147"; "killed 3 days later" may not
MODALS = word_set("modals")
CHANGE_VERBS = word_set("change_verbs")  # "rose from 131 to 147": the old figure is no figure
JOINED = word_set("joined")  # join two casualty words into one count ("875 dead and wounded"): no category
AGE_QUALIFIER_WORDS = word_set("age_qualifier_words")  # "the dead were under 30": an age
CLAIM_VERBS = word_set("claim_verbs")  # "claimed 147 lives"
WHO: dict[str, Who] = {
    word: who for _, table in lang.table("casualties.who") for who, listed in table.items() for word in listed.split()
}
# Whose a number is when it counts some of a group named before it ("askerlerinden 21'i", "hərbçilərdən 21-i").
PARTITIVE_WHO: dict[str, Who] = {
    word: who
    for _, table in lang.table("casualties.partitive_who")
    for who, listed in table.items()
    for word in listed.split()
}
DASHES = frozenset("-–—")
# A case ending after digits: "744-ü", "800-dən (çox)", "150-yə (yaxın)"; not "44-day"
NUMBER_CASE = lang.pattern("casualties.number_case", "(?:{})", 0, plain=True)
ASIDE_START = word_set("aside_start")
ATTRIBUTION = word_set("attribution")  # an aside that names who gives the figure: "150 people, officials said, were"
LIST_WORDS = word_set("list_words")  # "there were 6 Russians, 3 Jews"
INCREMENT_BEFORE = word_set("increment_before")
REFERENCE = word_set("reference")
MONTHS = word_set("months")
MONTH_CAPITALISED = word_set("month_capitalised")  # a month only capitalised: "May" (in "147 may have died", a verb)
MONTH_STEMS = tuple(sorted(word_set("month_stems")))


def is_month(low: str) -> bool:
    """A month's name in any case form (a word in lower case): "january", "января", "yanvar"."""
    return low in MONTHS or (len(low) > 2 and low.startswith(MONTH_STEMS))


YEAR_PREPS = word_set("year_preps")
# A sentence about another event gives no figure of 1990's: "During the Khojaly massacre in 1992, 613 civilians
# were killed", "Birinci Qarabağ müharibəsində 30 mindən çox insan həlak olub".
OTHER_EVENT = lang.pattern("casualties.other_event", r"\b(?:{})", plain=True)
# The small words the walks read beside a number and its casualty word (the `[casualties]` data says what each is for).
PARTITIVE = word_set("partitive")  # "20 of them"
AMONG = word_set("among")
AMONG_WHAT = word_set("among_what")  # "among those killed"
OF = word_set("of")
OWNERS = word_set("owners")  # "147 of our compatriots": the people, no part of others
PLACE_BEFORE = word_set("place_before")  # "147 people in Baku were killed"
AGENT_AFTER = word_set("agent_after")  # ends the agent of a verb-final passive: "sovet əsgərləri tərəfindən"
OBJECT_PEOPLE = word_set("object_people")  # a number's people as a verb-final verb's object: "147 sivili"
RELATIVE = word_set("relative")  # opens a relative clause about a number's people: "147 civilians who had gathered"
RELATIVE_ENDS = word_set("relative_ends")  # end the reach of one: "who", "where", "when", "that"
RELATIVE_TIMES = word_set("relative_times")  # but not as a demonstrative of time: "that night"
NAME_AFTER = phrases("name_after")  # make a casualty word before them a place's name: "Şəhidlər xiyabanı"
PERFECT = word_set("perfect")  # "the army had killed"
INFINITIVE = word_set("infinitive")
INFINITIVE_VERBS = word_set("infinitive_verbs")  # "thought to have died"
ARTICLE = word_set("article")
LIVES = word_set("lives")
LIVES_WHEN = word_set("lives_when")  # "147 lives" count only when lost (or claimed)
BARE_VERBS = word_set("bare_verbs")
BARE_VERBS_AFTER = word_set("bare_verbs_after")  # "ordered to kill 100"
FROM = word_set("from")  # "rose from 131 to 147"
AT = word_set("at")  # "stood at 147"
AND = word_set("and")
PEOPLE_WERE = word_set("people_were")
NOT_COUNTED = word_set("not_counted")  # "including 3,000 troops"
ALONE = word_set("alone")  # "in Baku alone"
MORE = word_set("more")  # "8 more died"
TOTAL_END = word_set("total_end")  # "… in total 147 altogether"
PEACEFUL = word_set("peaceful")  # "peaceful residents": civilians
RATIO = phrases("ratio")  # between the two numbers of a ratio: "3 out of 4", "1 in 4"
RATIO_AFTER = word_set("ratio_after")  # only after its first number: "3 of 4"
RATIO_EVERY = word_set("ratio_every")  # before a number of a ratio: "1 soldier for every 6 civilians"
DAY_JOINERS = DASHES | {"/"} | word_set("day_joiners")  # "19-20 January", "January 19 and 20"
RANGE_JOINERS = DASHES | word_set("range_joiners")  # "130-170", "130 to 170"
CHANGE_TO = word_set("change_to")  # "rose from 131 to 147"
CHANGE_QUALIFIERS = phrases("change_qualifiers")  # "went up to 147": a new figure, not a ceiling
BREAKDOWN_OPENING = phrases("breakdown_opening")  # "Of the 147 killed, 20 were children"
WHOLE_OPENINGS = phrases("whole_openings")  # "Of our 400 students, 20 were killed": the 400 are the whole
BREAKDOWN_WHOLE = frozenset(phrases("breakdown_whole"))  # "among the 147 killed": the number is the whole
NOT_OBJECT = phrases("not_object")  # "killed at least 147": a figure, not the object
PARTICIPLE_ENDINGS = tuple(sorted(word_set("participle_endings")))  # "şehit olanları": those martyred, no verb
PARTICIPLE_AFTER = phrases("participle_after")  # an auxiliary's participle after a casualty word: "həlak olanları"
ASIDE_END_ENDINGS = tuple(sorted(word_set("aside_end_endings")))  # a converb ending a clause of time: "olarkən"
ASIDE_OPEN = phrases("aside_open")  # "82 nəfəri, o cümlədən qadınları öldürüb": an aside up to a verb-final verb
NEGATION_ENDINGS = tuple(sorted(word_set("negation_endings")))  # "didn't"
DOZEN = lang.words("numbers.dozen")  # "two dozen": about 24
