"""Cue words and patterns of attendance: which verbs and list openers put a person at the ceremony, and which
contexts say a named person was not there. Pure data, compiled once at import."""

from __future__ import annotations

import re

from ._text import TIME_WORDS
from .roles import word_set

PARTICLES = word_set("oglu oğlu ogly qizi qızı kyzy uly de da van von der")
# Verbs that end a run of capitals in a Title Case headline ("President Ilham Aliyev Visits Alley of ...").
HEADLINE_VERBS = word_set(
    """visit visits visited pay pays paid lay lays laid attend attends attended honor honors honoured
    honour honours honored commemorate commemorates commemorated remember remembers
    remembered mourn mourns mourned join joins joined arrive arrives arrived take takes took participate
    participates посетил посетила посетили почтил почтила почтили возложил возложила возложили принял
    приняла приняли"""
)
RUN_BREAK = HEADLINE_VERBS | {"and", "of", "the", "to", "in", "on", "at", "for", "with", "by", "as"}
# Capitalised words that open a place right after a name in a verb-final sentence ("İlham Əliyev Şəhidlər
# xiyabanını ziyarət edib"): they end the name's run rather than make it a place's name.
RUN_BREAK |= word_set("şəhidlər şəhidlərin sehidler shehidler əbədi аллею аллея аллее вечному вечный вечного")
# Words after a run of capitals that make it a body's name, not a person's ("Azercell Telecom staff").
BODY_FOLLOWERS = word_set(
    """staff staffers employees workers personnel team members students pupils teachers management leadership
    representatives delegation officials volunteers activists servicemen collective community"""
)
# Links inside a title before a name ("Ambassador of Turkey to Azerbaijan", "Посол Турции в Азербайджане").
PRE_TITLE_LINK = frozenset({"of", "the", "for", "and", "his", "her", "to", "in", "в", "и", "və"})
# What may stand between "President X" and "his wife Y" for Y to be the First Lady.
SPOUSE_LINK = frozenset(
    {"and", ", and", ",", "with", "together with", ", accompanied by", "accompanied by"}
    | {"и", "в сопровождении", "вместе с", "və"}
)
SPOUSE = frozenset({"spouse", "wife", "husband"})
# A title that says whose spouse ("his wife", "xanımı", "супруги"): the person named just before.
OWN_SPOUSE = frozenset({"his", "xanımı", "супруги", "супругой", "супруга"})
SCENE = TIME_WORDS | word_set(
    "on in at among also then after afterwards today meanwhile утром днём днем вечером ночью сегодня вчера затем"
)
TRIM_LEAD = frozenset({"of", "the", "a", "an", "for", "and", "his", "her", "our", "their", "to", "in", "в"})
# Words a "subject" may contain between a name and the verb that puts it at the ceremony.
GLUE = word_set(
    """and as well also too together along with accompanied by both then later first earlier once again
    və have has had the of on in this morning afternoon evening day today yesterday early his her their who
    himself herself themselves spouse wife husband lady other officials accredited based living residing
    working stationed serving
    и также вместе с а в сопровождении супруги супругой də da həmçinin"""
)
DASHES = frozenset({",", "-", "–", "—", "(", ")"})

# "Among those killed were ...", "X was among the victims": these name the dead, not the mourners.
_NOT_AMONG_MOURNERS = (
    r"(?!(?:the|those)\s+(?:\d[\d,]*\s+)?(?:killed|dead|victims?|martyrs?|shahids?|wounded|injured|fallen"
    r"|deceased|arrested|detained|missing|who\s+(?:died|perished|fell|lost|were\s+killed))\b)"
)
LIST_CUE = re.compile(
    r"\b(?:attended|accompanied|joined|greeted|visited|flanked)\s+(?:also\s+)?by\b"
    rf"|\bamong\s+{_NOT_AMONG_MOURNERS}(?:those|them|the\s+\w+)\b[^.;]{{0,200}}?\b(?:were|was|are|is|included)\b"
    r"|\b(?:participants|attendees|guests|mourners|those\s+(?:present|attending))\b[^;]{0,150}?"
    r"\b(?:included|include|includes|were|was)\b"
    r"|^\W*(?:also\s+)?(?:attending|present|participating|taking\s+part|in\s+attendance)\b"
    r"|^\W*(?:also\s+)?(?:honou?ring|laying|paying|joining)\b[^.;]{0,120}?\b(?:were|was)\b"
    r"|^\W*(?:also\s+)?standing\s+(?:next\s+to|beside|alongside|behind|with)\b[^.;]{0,60}?\b(?:were|was)\b"
    r"|\b(?:ceremony|commemoration|procession|prayers?|march)\b[^.;]{0,60}?\b(?:was|were)\s+led\s+by\b"
    r"|\b(?:also\s+)?(?:in\s+attendance|present)\b[^;]{0,150}?\b(?:were|was|included)\b"
    r"|^\W*(?:speaking|addressing)\s+(?:at\s+)?the\s+"
    r"(?:ceremony|event|commemoration|memorial|gathering|mourners)"
    r"|\b(?:in\s+the\s+presence|with\s+the\s+participation)\s+of\b"
    r"|\b(?:в\s+присутствии|при\s+участии|с\s+участием)\b"
    r"|(?<!\w)среди\s+(?:посетивших|присутствовавших|присутствующих|участников)(?!\w)[^.;]{0,200}?(?<!\w)"
    r"(?:были|был|была|оказались)(?!\w)",
    re.I,
)
SUBJECT_CUE = re.compile(
    r"\b(?:visit(?:s|ed|ing)?"
    r"|arriv(?:e|es|ed|ing)\s+(?:at|to)(?!\s+(?:the\s+)?(?:city|capital|baku|moscow|azerbaijan)\b)"
    r"|attend(?:s|ed|ing)?(?!\s+by)"
    r"|(?:took|take|takes|taking)\s+part"
    r"|participat(?:e|es|ed|ing)"
    r"|(?:laid|lay|lays|laying|placed|place|places|placing|put|puts|putting)\s+"
    r"(?:(?:a|the|their|his|her)\s+)?"
    r"(?:[\w-]+\s+)?(?:wreaths?|flowers|floral|bouquets?|carnations|roses)"
    r"|(?:paid|pay|pays|paying)\s+(?:(?:their|his|her|a|the)\s+)?(?:(?:last|deep|solemn)\s+)?"
    r"(?:tribute|respects?|homage)"
    r"|(?:came|come|comes|coming|went|go|goes|going|walked|marched|headed|flocked|streamed)\s+to"
    r"(?!\s+(?:power|an?\s+end|light|know|believe|be|realize|terms|office|baku|moscow|azerbaijan|the\s+city"
    r"|the\s+capital)\b)"
    r"|honou?r(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:memory|victims|martyrs|shahids|fallen|heroes)"
    r"|commemorat(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:victims|martyrs|shahids|fallen|heroes|dead)"
    r"|address(?:ed|es)?\s+(?:the\s+)?(?:mourners|ceremony|gathering|commemoration|rally|memorial)"
    r"|(?:spoke|speaks)\s+at\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ceremony|commemoration|gathering|rally|memorial\s+service)"
    r"|led\s+(?:a\s+|the\s+)?(?:prayers?|procession|ceremony|march|minute\s+of\s+silence)"
    r"|led\s+(?:[\w-]+\s+){0,3}?mourners"  # "led thousands of mourners at the Alley"
    r"|led\s+(?:[\w-]+\s+){1,6}?to\s+the\s+(?:eternal|alley|memorial|monument|graves|martyrs)"  # "led them … to the"
    rf"|(?:was|were|is|are)\s+(?:also\s+)?(?:present|in\s+attendance|among\s+{_NOT_AMONG_MOURNERS}(?:those|the\s+\w+)"
    r"|at\b(?!\s+(?:the|that)\s+time)|(?:accompanied|joined|attended)\s+by)"
    r"|join(?:s|ed|ing)?\s+(?:in\s+)?(?:the\s+)?(?:\w+\s+)?"
    r"(?:ceremony|commemoration|mourners|procession|event)"
    r"|join(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?in\s+(?:paying|laying|honou?ring|commemorating)"
    r"|(?:bowed|bow|bows)\s+(?:(?:their|his|her)\s+)?(?:heads?|before|to\s+the|in\s+front)"
    r"|observed\s+a\s+minute\s+of\s+silence"
    r"|(?:was|were)\s+(?:also\s+)?(?:seen|spotted)\s+(?:in|at|near|among)\s+(?:the\s+)?"
    r"(?:crowd|alley|memorial|ceremony|mourners|eternal|graves)"
    r"|stood\s+(?:in\s+silence|(?:beside|by|at)\s+the\s+(?:graves?|memorial|monument|eternal|flame|alley))"
    r"|(?:recited|read)\s+(?:a\s+)?(?:prayers?|verses)"
    r"|walked\s+(?:at\s+the\s+head\s+of|beside|behind|alongside)"
    r"|reviewed\s+the\s+guard\s+of\s+honou?r|(?:headed|led)\s+(?:a|the)\s+(?:\w+\s+)?delegation"
    r"|gathered\s+at"
    # Russian: "посетил", "возложил венок", "почтил память", "принял участие", "присутствовали"
    r"|посетил[аи]?|посещает|посещают|побывал[аи]?\s+(?:на|в|у)|прибыл[аи]?\s+(?:на|в|к)|(?<!власти\s)(?:пришл[аи]|приш[её]л)(?!\s+к\s+власти)"
    r"|возложил[аи]?\s+(?:\w+\s+){0,2}(?:венок|венки|венков|цветы)"
    r"|(?:венок|венки|цветы)\s+(?:\w+\s+){0,2}?возложил[аи]?"  # the object first: "Венки также возложили X"
    r"|почтил[аи]?\s+(?:\w+\s+)?память|память\s+(?:\w+\s+){0,2}?почтил[аи]?"
    r"|принял[аи]?\s+участие|участвовал[аи]?|присутствовал[аи]?)\b",
    re.I,
)
# The passive: "Wreaths were laid at the Eternal Flame by President X". The people are those after "by".
_PASSIVE_BY = (
    r"\b(?:(?:was|were|been|being|is|are)\s+(?:also\s+)?(?:laid|placed|paid|visited|attended|honou?red|commemorated)"
    r"|silence\s+(?:was|is|has\s+been)\s+(?:also\s+)?observed)"  # "A minute of silence was observed by"
    r"\b[^.;]{0,80}?\bby"
)
PASSIVE_BY_CUE = re.compile(rf"{_PASSIVE_BY}\b", re.I)
# A list below the sentence: "Officials who attended the ceremony included:" (read only in a sentence that has
# a cue of its own: "The victims included:" puts nobody there).
LIST_INTRO = re.compile(r"\b(?:included|include|includes|were|are)\s*:", re.I)
# People who came with a subject: "Президент посетил Аллею шехидов вместе с Мехрибан Алиевой". Read only in
# a sentence that has a verb of being there (alone, "together with X he wrote a book" puts nobody there).
COMPANION_CUE = re.compile(
    r"\b(?:together\s+with|along\s+with|alongside|вместе\s+с|в\s+сопровождении|совместно\s+с)(?!\w)", re.I
)
# The two-word openers of COMPANION_CUE as token pairs: companions between a subject and its verb are stepped over.
COMPANION_OPENERS = frozenset({("together", "with"), ("along", "with"), ("вместе", "с"), ("совместно", "с")})
# Who led the people a verb of being there has as its subject: "почтили сотрудники посольства во главе с послом
# X" (read only in a sentence with such a verb, like COMPANION_CUE, even when the subject names nobody).
LEADER_CUE = re.compile(r"(?<!\w)во\s+главе\s+с(?!\w)", re.I)
# Azerbaijani puts the verb last ("Prezident İlham Əliyev Şəhidlər xiyabanını ziyarət edib"): with one of
# these, the people at the ceremony are the names that open the sentence.
SUBJECT_FIRST_CUE = re.compile(
    r"\b(?:(?:ziyarət|iştirak)\s+(?:et|ed)\w*|əklil\w*\s+qoy\w*|gül\s+dəstə\w*\s+(?:qoy|düz)\w*|xiyaban\w*\s+gəl\w*"
    r"|xatirə\w*\s+(?:ehtiramla\s+)?(?:yad\s+(?:et|ed)\w*|an\w*)"
    # at the Alley ("Şəhidlər xiyabanında"): was there, took part, spoke, made a statement
    r"|xiyaban\w*ında\s+(?:[\w-]+\s+){0,3}?(?:olub|olmuşdur|olublar|olmuşlar|(?:iştirak|çıxış)\s+(?:et|ed)\w*"
    r"|(?:açıqlama|bəyanat)\s+ver\w*))",
    re.I,
)
# Where the Russian and Azerbaijani cues can be (the fold of `_scan` sees only ASCII letters): every match of
# the patterns above holds one of these stems and a letter that is not ASCII, so an ASCII text needs no scan.
FOREIGN_CUE_STEMS = re.compile(
    r"посе|побыв|приб|приш|возлож|почтил|принял|участ|присутств|ziyarət|iştirak|əklil|dəstə|xatirə|xiyaban", re.I
)
# A test that costs a microsecond before that scan, which costs a millisecond: a Russian cue has Cyrillic
# letters, and in the fold of `_scan` (other letters made spaces) an Azerbaijani one has the word "ziyar",
# "tirak" or "xatir", the words "d" and "st" ("dəstə"), or a word that starts "klil" ("əklillər") or "xiyaban".
AZERBAIJANI_CUE_WORDS = frozenset({b"ziyar", b"tirak", b"xatir"})
# Every LIST_CUE, SUBJECT_CUE or PASSIVE_BY_CUE match holds one of CUE_WORDS, a verb and a noun of one of
# CUE_PAIRS ("laid a wreath", "paid tribute", "honoured the memory"), or "at" right after one of AT_AFTER ("were
# at", "was also at"), so the attendee extractor reads only the sentences that do. Keep them in step with the
# patterns: tests/test_prefilters.py generates matches of each and checks that each is found.
CUE_WORDS = word_set(
    """visit visits visited visiting arrive arrives arrived arriving attend attends attended attending
    attendance attendees took take takes taking participate participates participated participating
    participants participation came come comes coming went go goes going walked marched headed flocked
    streamed present presence among accompanied join joins joined joining greeted bowed bow bows observed
    gathered guests mourners speaking addressing recited reviewed honouring honoring laying paying standing flanked"""
)
CUE_PAIRS = (  # (verbs, nouns): when the text has one of the verbs, the places of the nouns are cues
    (
        word_set("laid lay lays laying placed place places placing put puts putting"),
        word_set("wreath wreaths flowers floral bouquet bouquets carnations roses"),
    ),
    (word_set("paid pay pays paying"), word_set("tribute respect respects homage")),
    (word_set("honour honours honoured honouring honor honors honored honoring"), word_set("memory")),
)
# (verbs, nouns, n): a verb is a cue when one of the nouns is among the next n words ("honoured the martyrs",
# "led a prayer", the passive "were laid … by"). Nearness, not mere presence: this archive is full of martyrs,
# and "led" and "by" are common words.
NEAR_PAIRS = (
    (
        word_set(
            "honour honours honoured honouring honor honors honored honoring commemorate commemorates "
            "commemorated commemorating"
        ),
        word_set("victims martyrs shahids fallen heroes dead"),
        4,
    ),
    (word_set("address addressed addresses"), word_set("mourners ceremony gathering commemoration rally memorial"), 4),
    (word_set("spoke speaks"), word_set("ceremony commemoration gathering rally service"), 5),
    (word_set("led headed"), word_set("prayer prayers procession ceremony march minute delegation mourners"), 4),
    (word_set("led"), word_set("eternal alley memorial monument graves martyrs"), 10),
    (word_set("seen spotted"), word_set("crowd alley memorial ceremony mourners eternal graves"), 4),
    (word_set("read"), word_set("prayer prayers verses"), 2),
    (word_set("stood"), word_set("silence graves grave memorial monument eternal flame alley"), 4),
    (word_set("laid placed paid visited attended honoured honored commemorated observed led"), word_set("by"), 16),
)
AT_AFTER = word_set("was were is are also")
CLAUSE_END = re.compile(r";|,\s*(?:who|which|whose|where|while|whereas)\b|\bwhile\b|\bbut\b", re.I)
# Sentences about 1990 itself, or about tributes paid from elsewhere, put nobody at the ceremony.
SKIP_SENTENCE = re.compile(
    r"\b(?:at\s+(?:that|the)\s+time|then\s+(?:lived|living|based|residing|working|serving)|who\s+then"
    r"|the\s+(?:next|following)\s+day"
    r"|(?:a|the)\s+day\s+(?:after|following)\s+the\s+(?:tragedy|massacre|events?)"
    r"|in\s+(?:a|his|her|their|the)\s+(?:written\s+)?(?:statement|message|letter|post|tweet|address|speech)"
    r"|on\s+(?:social\s+media|twitter|facebook|instagram|telegram)"
    # history: "in February 1990", "days before the assault", "a few months later"
    r"|in\s+(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)?\s*19(?:[0-8]\d|90)|(?:days|weeks|months)\s+(?:before|after)\s+the\s+"
    r"(?:assault|crackdown|massacre|tragedy|events?|invasion)|(?:a\s+few\s+)?(?:days|weeks|months)\s+later"
    # elsewhere, or another event: "In London, …", "representation in Moscow", "The premiere was attended by"
    r"|embassy\s+in|representation\s+in|premiere|concert|exhibition|screening|book\s+launch)\b"
    r"|^\W*in\s+(?:london|washington|tbilisi|ankara|istanbul|moscow|paris|berlin|brussels|kyiv|vienna|rome"
    r"|madrid|tehran|new\s+york|the\s+united\s+states|turkey|georgia|russia)\b"
    r"|^\W*в\s+(?:москве|лондоне|анкаре|тбилиси|стамбуле|париже|берлине|брюсселе|вашингтоне|киеве)\b"
    r"|^\W*in\s+(?:january\s+)?19[0-9]{2}\b"
    r"|(?<!died\s)(?<!killed\s)(?<!perished\s)(?<!fell\s)\bon\s+(?:the\s+(?:night|morning)\s+of\s+)?"
    r"(?:\d{1,2}(?:-\d{1,2})?\s+january|january\s+\d{1,2}(?:-\d{1,2})?),?\s+1990\b",
    re.I,
)
NEGATION = frozenset({"not", "never", "neither", "nor", "no", "none", "unable", "failed", "n't"})
POSITIVE_BEFORE = re.compile(
    r"(?:\b(?:along|together|accompanied|attended|joined|visited|greeted|welcomed|flanked)\s+(?:also\s+)?(?:with|by)"
    r"|\b(?:вместе|совместно)\s+с|\bв\s+сопровождении"
    r"|\b(?:ceremony|commemoration|procession|prayers?|march)\b[^.;]{0,60}?\b(?:was|were)\s+led\s+by"
    r"|\b(?:delegation|group)\s*,?\s+(?:led|headed)\s+by"
    r"|\b\w+s\s*,\s*(?:led|headed)\s+by"  # "Ambassadors of the EU states, led by X, paid tribute": the subject
    r"|\b(?:presence|participation)\s+of|\balongside|\bincluding|\bincluded|\bsuch\s+as|\bnamely"
    rf"|{_PASSIVE_BY})"
    r"\s*(?:the\s+)?$",
    re.I,
)
NEGATIVE_BEFORE = re.compile(
    r"(?:\b(?:of|to|for|from|about|under|against|than|like|via|by|after|behalf|thanked|congratulated|told|"
    r"tells|said|says|writes|wrote|quoted|interviewed|met|received|condemned|accused|blamed|named|sent)"
    r"|\b(?:met|meeting|talks|spoke|speaking|interview|conversation)\s+with)\s*(?:the\s+)?$",
    re.I,
)
# Remembered or historical people: a qualifier anywhere in the few words before the name ...
REMEMBERED = re.compile(
    r"\b(?:(?:national|nation-?wide|great|ulu)\s+leader|leader\s+of\s+the\s+(?:nation|azerbaijani\s+people)"
    r"|(?:great|brilliant|devoted)\s+son|soviet|ussr|kgb|politburo|communist)\b",
    re.I,
)
# ... or right before it ("the late X", "martyr X", "National Hero of Azerbaijan X"), so that "the Alley of
# Martyrs were Prime Minister X" does not count.
REMEMBERED_NEXT = re.compile(
    r"\b(?:late|deceased|martyr(?:ed)?|shahid|shehid|şəhid|national\s+hero(?:\s+of\s+\w+)?)\s+$", re.I
)
