"""The word tables of the casualty extractor (`casualties`): casualty words and their sides, qualifiers,
breakdown and total markers, and the words that may stand between a number and its casualty word.

Words are lower case; in a phrase, a word ending in "*" matches any word it begins.
"""

from __future__ import annotations

import re
from typing import Literal

from jan20.numbers_az import ABLATIVE, DATIVE
from jan20.numbers_az import ENDINGS as AZ_ENDINGS

from . import _scan as scan

Category = Literal["killed", "injured", "arrested", "missing"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Scope = Literal["total", "partial"]
Who = Literal["civilians", "soldiers", "police"] | None

Phrase = tuple[str, ...]  # lower-case words; a word ending in "*" matches any word it begins


def word_set(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


def phrases(spec: str) -> tuple[Phrase, ...]:
    return tuple(tuple(p.split()) for p in spec.split("|"))


# Casualty words. Sides: R = after the number ("147 killed"), L = before it ("killing 147"); t = a
# transitive participle, refused when the number is its subject ("26,000 troops killed 147").
KEYWORD_SPEC: tuple[tuple[Category, str, str], ...] = (
    (
        "killed",
        "RLt",
        "killed|slain|murdered|massacred|shot dead|gunned down|shot and killed|fatally wounded"
        "|mortally wounded|fatally injured",
    ),
    ("killed", "RL", "dead|deaths|fatalities|martyrs|shehids|shahids|şəhidlər|погиб*|убит*"),
    (
        "killed",
        "R",
        "died|perished|lost their lives|lost his life|lost her life|martyred|became martyrs"
        "|became shehids|became shahids|lives|həlak|şəhid|qətlə|öldürül*|həyatını itir*|ölümcül yarala*",
    ),
    (
        "killed",
        "L",
        "killing|kills|death toll|death-toll|claimed the lives of|cost the lives of|took the lives of"
        "|claiming the lives of|costing the lives of|taking the lives of|убил*|лишив* жизни|лишил* жизни"
        "|həlak olan*|şəhid olan*|şəhidlərin|şəhidlərimizin|kill|гибели|гибель",
    ),
    ("injured", "RLt", "injured|wounded"),
    ("injured", "RL", "injuries|ранен*|yaralı*|xəsarət*"),
    (
        "injured",
        "R",
        "hurt|sustain* injuries|receiv* injuries|suffer* injuries|sustain* severe injuries"
        "|receiv* severe injuries|suffer* severe injuries|sustain* serious injuries|receiv* serious injuries"
        "|suffer* serious injuries|receiv* gunshot wounds|yaralan*|получил* ранен*",
    ),
    ("injured", "L", "injuring|injures|injure|wounding|ранил*|yaralanan*"),
    ("arrested", "RLt", "arrested|detained|imprisoned|jailed"),
    ("arrested", "RL", "arrests|detentions|арестован*|задержан*"),
    ("arrested", "R", "taken into custody|həbs"),
    ("arrested", "L", "arresting|detaining|həbs olunan*|həbs edilən*"),
    ("missing", "RL", "missing|пропал* без вести|без вести пропал*|пропавш* без вести|без вести пропавш*|itkin"),
    ("missing", "R", "went missing|gone missing|disappeared|unaccounted for"),
    ("missing", "L", "itkin düşən*"),
)
KEYWORDS = sorted(  # longest first: "lost their lives" before "lives"
    ((cat, sides, p) for cat, sides, spec in KEYWORD_SPEC for p in phrases(spec)), key=lambda kw: -len(kw[2])
)
QUALIFIER_SPEC: tuple[tuple[Qualifier, str], ...] = (
    (
        "approx",
        "an estimated|estimated|estimated at|about|around|approximately|approx|roughly|some|circa"
        "|ca|an approximate|approximate|~|около|примерно|приблизительно|təxminən|təqribən",
    ),
    (
        "at_least",
        "more than|over|at least|upwards of|in excess of|no fewer than|no less than|not less than"
        "|a minimum of|well over|just over|above|exceeding|exceeded|exceeds|surpassed|topped|более|свыше|не менее"
        "|по меньшей мере|превысило|превысила|превысил|превышает|ən azı|azı",
    ),
    (
        "at_most",
        "nearly|almost|close to|just under|under|up to|fewer than|less than|no more than"
        "|not more than|at most|a maximum of|as many as|почти|до|менее|не более|не больше",
    ),
)
# Words a casualty phrase can start / end with, to skip most tokens at once.
KW_EDGES = {end: frozenset(kw[2][-1 if end else 0] for kw in KEYWORDS) for end in (False, True)}
KW_STARS = {end: tuple(w[:-1] for w in KW_EDGES[end] if w.endswith("*")) for end in (False, True)}


def anchor(phrase: Phrase) -> tuple[str, str]:
    """What every match of a casualty phrase holds: ("word", w) a whole word of the fold (`_scan`), ("prefix",
    p) a fold word starting with p, or ("text", t) the lower-case text t (a word in another script)."""
    plain = [w for w in phrase if w.isascii() and "*" not in w]
    if plain:
        singles = [w for w in plain if (w,) in SINGLE_WORDS]  # a casualty word itself: "lives", not "their"
        word = max(singles or plain, key=len)
        return "word", max(re.split(r"[^a-z]+", word), key=len)  # "death-toll": "death"
    first = phrase[0].rstrip("*")
    folded = first.replace("ı", "i")
    if folded.isascii():
        return "prefix", folded  # "yaralan*", "yaralı*"
    return "text", first[min(i for i, c in enumerate(first) if not c.isascii()) :]  # "həlak": "əlak"


SINGLE_WORDS = frozenset(kw[2] for kw in KEYWORDS if len(kw[2]) == 1 and "*" not in kw[2][0])
ANCHORS = [anchor(kw[2]) for kw in KEYWORDS]
ANCHOR_WORDS = scan.cue_words(a for kind, a in ANCHORS if kind == "word")
ANCHOR_PREFIXES = tuple(b" " + a.encode() for kind, a in ANCHORS if kind == "prefix")
ANCHOR_TEXT = re.compile("|".join(sorted({re.escape(a) for kind, a in ANCHORS if kind == "text"})))
# Each text anchor starts with a letter of another script (see `anchor`): a text holding none of those letters,
# in either case, has no match of ANCHOR_TEXT (checked in UTF-8, where a test for a few bytes costs little).
ANCHOR_TEXT_LEADS = tuple(
    sorted({case.encode() for kind, a in ANCHORS if kind == "text" for case in (a[0], a[0].upper())})
)
QUALIFIERS = sorted(  # longest first: "no more than" before "more than"
    ((p, q) for q, spec in QUALIFIER_SPEC for p in phrases(spec)), key=lambda pq: -len(pq[0])
)
QUALIFIER_LAST = frozenset(p[-1] for p, _ in QUALIFIERS)
_AZ_LEADS: tuple[Phrase, ...] = (("-",), ())  # after digits, after a number word
POST_QUALIFIERS: tuple[tuple[Phrase, Qualifier], ...] = (
    (("or", "more"), "at_least"),
    (("and", "more"), "at_least"),
    (("+",), "at_least"),
    (("or", "so"), "approx"),
    (("or", "thereabouts"), "approx"),
    (("or", "fewer"), "at_most"),
    (("or", "less"), "at_most"),
    # Azerbaijani: "800-dən çox" (more than 800), "150-yə yaxın" (close to 150); on number words the ending is a
    # word of its own, with no hyphen ("yüz|dən çox", "iki yüz|ə yaxın")
    *(((*lead, case, word), "at_least") for lead in _AZ_LEADS for case in ABLATIVE for word in ("çox", "artıq")),
    *(((*lead, case, "yaxın"), "at_most") for lead in _AZ_LEADS for case in DATIVE),
)
AZ_WORD_ENDINGS = frozenset(AZ_ENDINGS)
BREAKDOWN = phrases(
    "among them|among whom|of whom|of them|among those|among the|out of the|out of|including|included"
    "|include|includes|из них|в том числе|среди них|среди|onlardan|o cümlədən"
)
BREAKDOWN_FIRST = frozenset(p[0] for p in BREAKDOWN)
AZ_AMONG = word_set("arasında arasinda içində")  # after the casualty word: "həlak olanların arasında"
TOTAL_BEFORE = phrases("in total|a total of|total of|altogether|overall|all told|in all|thus|всего|ümumilikdə")
TOTAL_AFTER = phrases("in total|altogether|in all|overall|total|all told")
TOTAL_WORDS = frozenset(p[-1] for p in TOTAL_BEFORE) | frozenset(p[0] for p in TOTAL_AFTER)

PERSON = word_set(
    "people persons person individuals civilians civilian citizens citizen residents resident inhabitants "
    "men man women woman children child kids boys girls teenagers youths students protesters protestors "
    "demonstrators bystanders passers-by activists supporters members participants victims soldiers soldier "
    "servicemen serviceman troops policemen "
    "policeman police officers officer militiamen militiaman paratroopers conscripts azerbaijanis others "
    "человек человека люди мирных жителей граждан военнослужащих солдат милиционеров nəfər nəfəri şəxs insan "
    "adam vətəndaş vətəndaşı vətəndaşımız nəfərə nəfərdir nəfərdən sakin sakini sakinlər sakinləri insanı insanlar "
    "insanları adamı qadın qadını qadınlar uşaq uşaqlar kişi tələbə женщин женщины детей дети мужчин людей "
    "студентов азербайджанцев военных"
)
MODIFIERS = word_set(
    "innocent unarmed peaceful local ordinary young elderly other more additional further azerbaijani "
    "soviet military defenseless defenceless mostly all law enforcement mülki ещё еще günahsız azərbaycan daha dinc "
    "silahsız müxtəlif dərəcəli yüngül"
)
BE = word_set("was were been be being is are")
PASSIVE = BE | word_set("reported confirmed believed feared presumed known были было был")
# Read as passive only after a form of "be": "150 people are said to have died", not "150 protesters said …"
SAID_AFTER_BE = word_set("said thought estimated understood alleged rumoured rumored considered assumed supposed")
AUX = PASSIVE | word_set(  # may stand between a number and its word: "147 people had reportedly been killed"
    "have has had may also later reportedly allegedly officially subsequently eventually ultimately then "
    "who that still to either both seriously severely badly gravely critically slightly lightly fatally "
    "mortally illegally unlawfully arbitrarily brutally tragically wrongfully unjustly heavily remain remains "
    "remained listed as arasında arası тяжело числятся числится значатся значится "
    "незаконно olub oldu olmuşdur edilib edildi olunub düşüb qanunsuz olaraq isə qəddarcasına amansızcasına ağır"
)
NEGATIONS = word_set("not never no none nor не")
OBJECT_START = PERSON | word_set(  # after "killed", these make the number its subject: "troops killed the…"
    "the a an many several some hundreds thousands dozens scores tens more over nearly about around up his "
    "her their its them him innocent unarmed peaceful"
)
NOT_PEOPLE = word_set("pages files documents years days cars vehicles tanks homes houses buildings items")
UNITS = word_set(  # of time and things, which a number in a breakdown may count instead of people
    "hours days weeks months years minutes times percent per часов дней недель месяцев лет минут раз процентов "
    "saat gün həftə ay il dəqiqə dəfə faiz"
)
LEFT_LINKS = word_set(  # between a casualty word and a later number: "the death toll has now risen to 147"
    "to of was is were are be been has had have reached reaching rose risen climbed increased grew jumped "
    "numbered numbering totaled totalled totaling totalling totals total hit officially now amounted "
    "amounting came comes remains remained reportedly currently finally eventually stood stands stand put climbs "
    "set estimated went gone up range ranges ranged ranging vary varies varied varying between from "
    "revised raised lowered corrected updated adjusted later subsequently sayı isə получили получил получила "
    ": - – — | составило составляет достигло достигает достигла достиг было были был была числятся числится "
    "значатся значится"
)
AT_VERBS = word_set("stood stands stand put estimated is was remains remained set toll")  # "stood at 147"
# Verbs that take an object and then "at N": "Human Rights Watch put the number of dead at 122"
PUT_VERBS = word_set(
    "put puts putting placed places place placing set sets setting estimated estimates estimate estimating "
    "fixed fixes fix gave gives give assessed assess"
)
AFTER_LEFT = (
    PERSON
    | MODIFIERS
    | word_set(  # may follow "killed 147"; "killed 3 days later" may not
        "# and or in on at during that when as while by but including among of from across throughout overnight "
        "there according were was is are has have had alone total after before following since until "
        ", . ; : ( ) [ | ! ? — – - и в во на из"
    )
)
MODALS = word_set("would could might should threatened threatening planned plan if unless")
CHANGE_VERBS = word_set(  # "rose from 131 to 147", "was later revised from 83 to 131": the old figure is no figure
    "rose risen climbed climbs increased grew jumped went gone go goes rising rises raised revised corrected "
    "lowered updated adjusted reduced"
)
# Words that join two casualty words into one count ("875 dead and wounded", "погибли и ранены"): no category.
JOINED = word_set("and or и или və ya")
AGE_QUALIFIER_WORDS = word_set("under over above below")  # "the dead were under 30": an age
CLAIM_VERBS = word_set("claimed cost took taken claiming costing taking lost sacrificed")  # "claimed 147 lives"
WHO: dict[str, Who] = {
    **dict.fromkeys(word_set("civilians civilian мирных мирные mülki"), "civilians"),
    **dict.fromkeys(
        word_set("soldiers soldier servicemen serviceman troops paratroopers conscripts военнослужащих солдат"),
        "soldiers",
    ),
    **dict.fromkeys(
        word_set("police policemen policeman militiamen militiaman милиционеров полицейских polis"), "police"
    ),
}
DASHES = frozenset("-–—")
# An Azerbaijani case ending: "744-ü", "800-dən (çox)", "150-yə (yaxın)"; not "44-day"
AZ_CASE = re.compile(r"-(?:[ns]?[uüıi]|d[əa]n|y?[əa])\b")
ASIDE_START = word_set("including mostly mainly most many all among of")
ATTRIBUTION = word_set(  # an aside that names who gives the figure: "150 people, officials said, were killed"
    "said says say reported reports according claimed claims stated states noted added estimated "
    "сообщили сообщает данным bildirib bildirildi"
)
LIST_WORDS = word_set(
    ", and there were was are is as well also : ; — – были было был была и və"
)  # "there were 6 Russians, 3 Jews"
INCREMENT_BEFORE = word_set("additional another further ещё еще daha")
REFERENCE = word_set(
    "page pages p pp no nos number article art chapter section paragraph item decree resolution order law "
    "vol volume issue tel phone room flight route bus version age aged №"
)
MONTHS = word_set(
    "january february march april june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec"
)
MONTH_STEMS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "yanvar",
    "fevral",
    "aprel",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
)
YEAR_PREPS = word_set("in since of by until till from after before during on year the")
ABBREVIATIONS = word_set("mr mrs ms dr st no nos vs etc approx ca gen col lt sgt prof p pp vol fig jan feb")
# A sentence about another event gives no figure of 1990's: "During the Khojaly massacre in 1992, 613 civilians
# were killed", "Birinci Qarabağ müharibəsində 30 mindən çox insan həlak olub".
OTHER_EVENT = re.compile(
    r"\b(?:khojal[yi]|xocal[ıi]|hocal[ıi]|ходжал\w*|karabakh\s+war|(?:first|second)\s+karabakh|patriotic\s+war"
    r"|44-day\s+war|qarabağ\s+müharibə\w*|vətən\s+müharibə\w*|карабахск\w*\s+войн\w*|отечественн\w*\s+войн\w*"
    r"|sumga(?:y?i)t\s+pogrom|сумгаитск\w*\s+погром\w*|(?:march|1918)\s+genocide|mart\s+soyqırım\w*)",
    re.I,
)
