"""Titles, roles and the vocabulary that is never part of a person's name.

`canonical_role` maps a title as written ("Chairman of Milli Majlis", "Prime-Minister") to one canonical
role. The word sets let the attendee extractor tell a name ("Ogtay Asadov") from the titles, bodies and
places written in capitals around it ("Speaker of the Milli Majlis", "Alley of Martyrs").
"""

from __future__ import annotations

import re

from anyascii import anyascii

from ._countries import country_named
from ._places import is_place


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a block of text."""
    return frozenset(text.split())


# Head nouns of a title: a capitalised word right before a lone surname must be one of these ("President
# Aliyev"), and a role is only kept when it contains one.
ROLE_HEADS = word_set(
    """president minister premier pm speaker chairman chairwoman chairperson chair head chief lady leader
    ambassador mayor governor secretary director adviser advisor assistant aide commander rector ombudsman
    prosecutor envoy mp deputy spouse wife husband member representative consul commissioner general
    marshal admiral colonel major lieutenant captain patriarch mufti sheikh sheikhulislam imam bishop
    archbishop metropolitan rabbi pope cardinal king queen prince princess emir sultan chancellor
    commander-in-chief vice-president vice-premier prime-minister hero daughter son grandson granddaughter
    brother sister mother father children coordinator counsellor counselor attache attaché delegate spokesman
    spokeswoman spokesperson officer official principal professor academician writer poet journalist artist
    veteran activist founder editor correspondent composer actor actress singer ombudsperson musician mep
    congressman congresswoman senator lawmaker legislator councillor councilor супруги супругой
    президент президента премьер-министр министр министра председатель председателя спикер посол посла
    мэр глава помощник супруга леди вице-президент руководитель руководителя советник советника прокурор
    омбудсмен депутат заместитель вице-спикер вице-премьер секретарь командующий начальник
    prezident prezidenti nazir naziri nazirinin sədr sədri sədrinin spiker spikeri səfir səfiri başçısı
    rəhbəri xanım xanımı köməkçisi vitse-prezident vitse-prezidenti prokuror prokuroru
    ректор ректора rektor rektoru vəkili deputatı
    послом министром президентом председателем руководителем советником помощником мэром главой депутатом
    заместителем ректором"""
)
HONORIFICS = word_set("mr mr. mrs mrs. ms ms. dr dr. prof prof. sir madam")
# Words that may sit inside a title before the head noun or its "of ..." complement.
ROLE_MODIFIERS = word_set(
    """vice first acting former incumbent prime deputy resident senior chief executive special national
    nationwide nation-wide great late honorary
    presidential parliamentary parliament state administration government cabinet ministry milli majlis
    mejlis meclis assembly council committee defence defense foreign affairs internal interior emergency
    emergencies situations security justice culture tourism education health economy finance youth sport
    sports labour labor social protection ecology natural resources agriculture transport digital
    development energy taxes customs border service agency city executive power republic azerbaijan
    azerbaijani people nation country supreme armed forces general staff office bureau caucasus muslims
    board human rights
    первая первый вице милли меджлиса обороны иностранных дел республики азербайджанской азербайджана
    государства администрации президента dövlətin dövlətimizin prezident administrasiyasının
    внутренних чрезвычайных чрезвычайным ситуациям ситуаций культуры образования здравоохранения юстиции
    экономики финансов молодежи молодёжи спорта по генеральный генерального
    birinci baş milli məclisin məclisi müdafiə xarici işlər respublikasının azərbaycan daxili fövqəladə hallar
    mədəniyyət təhsil səhiyyə ədliyyə iqtisadiyyat maliyyə gənclər idman millət prezidentin şəhər icra
    hakimiyyətinin hakimiyyəti
    парламента мвд мид мчс"""
)
# Capitalised words that are bodies, places, dates or ordinary English, never part of a personal name.
_NON_NAME = word_set(
    """the a an on in at of and or but as also then after afterwards before among during since every each
    this that these those today yesterday tomorrow according despite although however meanwhile later
    earlier while when where who whom whose which what with by for from to it its he she they we our his
    her their there here all both some many thousands hundreds millions dozens numerous other several
    following second third last next only even so thus moreover furthermore speaking addressing attending
    present participating about around over under between against together along near into upon not no
    if whereas because via within without let may can will would should must please click see like
    follow subscribe home news politics society world video gallery comments related tags advertisement
    copyright rights reserved contact privacy policy cookies menu search share read more photo photos
    source sources unlike just having being lord god allah islam muslim christian jewish jews russians
    tatars turks azerbaijanis prayers wreath wreaths flowers tribute ceremony commemoration memory
    january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday morning
    afternoon evening night day days week year years anniversary spring summer autumn winter
    republic azerbaijan azerbaijani baku baki bakı milli majlis mejlis məclis meclis parliament
    parliamentary assembly national administration government cabinet council committee commission state
    office agency service ministry court bank central academy sciences university institute foundation
    center centre museum library school army armed forces force troops military orchestra guard police
    navy air border union soviet ussr sssr russia russian moscow kremlin armenia armenian armenians turkey
    turkish türkiye georgia georgian iran iranian karabakh nagorno khojaly sumgayit sumgait lankaran
    neftchala ganja shusha nakhchivan caucasus europe european eu un united nations america american
    states usa us uk britain british france french germany german washington london paris kyiv ukraine
    ukrainian china chinese israel pakistan hungary hungarian budapest alley lane xiyabani xiyabanı
    xiyaban şəhidlər shehidler sehidler cemetery memorial monument eternal flame fire square street
    avenue park mosque church synagogue highland upland dagustu hill city capital district region village
    black bloody tragedy massacre mourning sorrow independence freedom victory patriotic war glorious
    victorious holy sacred anthem flag constitution decree order law resolution statement declaration
    charter pact treaty international organization organizations organisation organisations press
    release tv azertac azərtac apa trend report reporter times post jamnews azernews turan reuters embassy
    consulate mission permanent representation palace airport hall stadium station metro garden
    executive power affairs defence defense foreign internal interior emergency situations security
    justice culture education health economy finance youth sport sports social protection presidential
    presidency exemplary special hero heroes martyr martyrs shahid shahids shehid shehids
    şəhid veteran veterans people nation country conference alliance residence intelligence assistance
    mr mrs ms dr prof sir madam excellency honorable
    honourable day's sheikhulislam supreme commander-in-chief
    аллея аллею аллее аллеи шехидов шехидлер баку азербайджан республика меджлис вечного огня января январь
    azərbaycanın respublikası xiyabanı xiyabanını xiyabanına xiyabanında məclis məclisinin bakı bakıda
    nazirlər kabineti yanvar yanvarın"""
)
NON_NAME_WORDS = _NON_NAME | ROLE_HEADS | ROLE_MODIFIERS | HONORIFICS

# English word endings that (almost) never end an Azerbaijani, Russian or Western personal name, so an
# unknown capitalised word like "Associations" or "Religious" is not read as a name ("-ence" is left out:
# Lawrence, Florence).
_ENDINGS = "tions? sions? ments? ness ities ity ship isms? ical ious ional ings ures? ives?"
_ENGLISH_ENDING = re.compile(f"(?:{'|'.join(_ENDINGS.split())})$")


# Bodies in Azerbaijani and Russian, in any case form ("Administrasiyasının", "министерства", "фронта").
_BODY_STEMS = re.compile(
    r"(?:administrasiya|nazirli|komit[əe]|xidm[əe]t|idar[əe]|aparat|şöb[əe]|agentli|universitet|akademiya"
    r"|m[əe]rk[əe]z|partiya|c[əe]bh[əe]|администрац|министерств|комитет|служб|парти|фронт|агентств|академи"
    r"|университет|посольств)\w*$"
)
# Words that open a Russian sentence with a capital but are no names ("Утром Ильхам Алиев прибыл").
_RUSSIAN_OPENERS = word_set("утром днём днем вечером ночью сегодня вчера затем также позже ранее впервые")


def is_non_name_word(word: str) -> bool:
    """True when a capitalised word is a title, body, place, date or ordinary English word."""
    low = re.sub(r"(?:['’`]s?|\.)$", "", word.lower())
    if low in NON_NAME_WORDS or word.lower() in NON_NAME_WORDS or low in _RUSSIAN_OPENERS:
        return True
    if _BODY_STEMS.match(low.replace("i̇", "i")):
        return True
    parts = [p for p in re.split(r"[-‐]", low) if p]
    if len(parts) > 1 and any(p in NON_NAME_WORDS for p in parts):
        return True
    if low.endswith("s") and low[:-1] in NON_NAME_WORDS:
        return True
    return bool(_ENGLISH_ENDING.search(low)) or is_place(word)


def is_role_head(word: str) -> bool:
    low = re.sub(r"['’`]s?$", "", word.lower())
    return low in ROLE_HEADS or any(p in ROLE_HEADS for p in low.split("-"))


# Ordered: the first pattern that matches the folded role wins, so specific titles come before general.
_ADMIN = (
    r"(?:presidential administration|president administration|administration of the president"
    r"|prezident administrasiyasinin|administratsii prezidenta)"
)
_PARLIAMENT = r"(?:milli majlis|milli mejlis|milli meclis|majlis|mejlis|parliament|national assembly)"
# Ministries: the area as English, Azerbaijani and Russian write it (folded: "müdafiə" is "mudafie",
# "обороны" is "oborony"), and its canonical name.
_MINISTRIES: tuple[tuple[str, str, str, str], ...] = (
    (r"defen[cs]e", r"mudafie", r"oborony", "Defence"),
    (r"foreign(?: affairs)?", r"xarici isler", r"inostrannykh del", "Foreign Affairs"),
    (r"(?:internal affairs|interior)", r"daxili isler", r"vnutrennikh del", "Internal Affairs"),
    (
        r"emergenc(?:y|ies)(?: situations)?",
        r"fovqelade hallar",
        r"(?:po )?chrezvychaynym situatsiyam",
        "Emergency Situations",
    ),
    (r"culture(?: and tourism)?", r"medeniyyet", r"kul ?tury", "Culture"),
    (r"education", r"tehsil", r"obrazovaniya", "Education"),
    (r"health", r"sehiyye", r"zdravookhraneniya", "Health"),
    (r"justice", r"edliyye", r"yustitsii", "Justice"),
    (r"economy|economic development", r"iqtisadiyyat", r"ekonomiki", "Economy"),
    (r"finance", r"maliyye", r"finansov", "Finance"),
    (r"youth and sports?", r"gencler ve idman", r"molodezhi i sporta", "Youth and Sports"),
    (r"national security", r"milli tehlukesizlik", r"natsional ?noy bezopasnosti", "National Security"),
    (
        r"labou?r and social protection(?: of (?:the )?population)?",
        r"emek ve ehalinin sosial mudafiesi",
        r"truda i sotsial ?noy zashchity naseleniya",
        "Labour and Social Protection",
    ),
)
_ROLE_TABLE: tuple[tuple[re.Pattern[str], str], ...] = (
    # Russian and Azerbaijani titles are matched as anyascii spells them ("Премьер-министр": "prem er ministr").
    (re.compile(r"\b(?:first lady|pervaya ledi|birinci xanim)\b"), "First Lady"),
    (re.compile(r"\b(?:spouse|wife|husband|suprug\w*|heyat yoldasi|xanimi)\b"), "Spouse"),
    (re.compile(r"\b(?:first|pervyy|birinci) (?:vice|vitse) (?:president|prezidenti?)\b"), "First Vice President"),
    (re.compile(r"\b(?:vice president|vitse prezidenti?)\b"), "Vice President"),
    (re.compile(r"\bfirst deputy (?:prime minister|premier|pm)\b"), "First Deputy Prime Minister"),
    (re.compile(r"\bdeputy (?:prime minister|premier|pm)\b"), "Deputy Prime Minister"),
    (re.compile(r"\b(?:prime minister|premier|pm|prem er ministr|bas nazir)\b"), "Prime Minister"),
    (
        re.compile(rf"\b(?:head|chief|rukovoditel\w*|glav\w*)\b.*\b{_ADMIN}|\b{_ADMIN} (?:head|chief|rehberi)\b"),
        "Head of the Presidential Administration",
    ),
    (
        re.compile(r"\bdeput(?:y|ies)\b.*\b(?:speaker|chairman|chairwoman)\b"),
        "Deputy Speaker of the Milli Majlis",
    ),
    (
        re.compile(
            rf"\b(?:speaker|chairman|chairwoman|chairperson|chair)\b.*\b{_PARLIAMENT}\b"
            rf"|\b{_PARLIAMENT} (?:speaker|chairman|chairwoman|chairperson|chair)\b|^speaker$"
            r"|\b(?:predsedatel|spiker)\w* (?:milli medzhlis|parlamenta)|\bmilli meclis\w* (?:sedri|spikeri)"
            r"|^(?:spiker|spikeri)$"
        ),
        "Speaker of the Milli Majlis",
    ),
    (re.compile(r"\b(?:soviet|ussr)\b.*\b(?:president|leader)\b"), "Soviet Leader"),
    (re.compile(r"\b(?:national|nation ?wide|great) leader\b"), "National Leader"),
    (
        re.compile(
            r"^(?:head of (?:the )?state|glava gosudarstva|dovletin bascisi|dovletimizin bascisi"
            r"|president(?: of (?:the )?(?:republic|country))?"
            r"|prezident(?: azerbaydzhana| azerbaydzhanskoy respubliki)?"
            r"|(?:azerbaycan(?: respublikasinin)? )?prezidenti?)$"
        ),
        "President",
    ),
    (
        re.compile(
            r"\b(?:mayor of baku|baku mayor|head of (?:the )?baku city executive power|mer(?:a|u|om)? baku"
            r"|baki seher icra hakimiyyetinin bascisi)\b"
        ),
        "Mayor of Baku",
    ),
    (re.compile(r"\b(?:ombudsman|ombudsperson|ombudsmen|commissioner for human rights)\b"), "Ombudsman"),
    (
        re.compile(
            r"\b(?:assistant|aide|adviser|advisor) (?:to )?(?:the )?president\b|\bpresidential (?:assistant|aide)\b"
            r"|\bpomoshchnik\w* prezidenta\b|\bprezidentin komekcisi\b"
        ),
        "Assistant to the President",
    ),
    (re.compile(r"^(?:the )?(?:ambassador|posol|posla|poslu|poslom|sefir\w*)$"), "Ambassador"),
    (
        re.compile(r"\b(?:mp|member of (?:the )?(?:parliament|milli majlis)|deputat\w*|millet vekili|lawmaker)\b"),
        "Member of Parliament",
    ),
    (re.compile(r"\b(?:glav\w*|rukovoditel\w*) mvd\b|^mvd\b"), "Minister of Internal Affairs"),
    (
        re.compile(r"\b(?:prosecutor general|general prosecutor|general\w*(?: \w+)? prokuror\w*|bas prokuror\w*)\b"),
        "Prosecutor General",
    ),
    (
        re.compile(r"\b(?:sheikh ?ul ?islam|caucasus muslims board)\b"),
        "Chairman of the Caucasus Muslims Board",
    ),
    *(
        (
            re.compile(
                rf"\bminister (?:of|for) (?:the )?(?:{area})\b|\b(?:{area}) minister\b"
                rf"|\b(?:{az})\w* nazir|\bministr\w* (?:{ru})\b"
            ),
            f"Minister of {canon}",
        )
        for area, az, ru, canon in _MINISTRIES
    ),
)
# Qualifiers that say whose role it is, not which role: removed before looking the role up.
_COUNTRY = re.compile(
    r"\b(?:of (?:the )?republic of azerbaijan|of azerbaijan|azerbaijani|azerbaijan|"
    r"the country|country|our|the|his|her|their|incumbent|current|then)\b"
)
_SMALL = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "в", "и", "при", "və"})


def _fold_role(role: str) -> str:
    # "Parliament's Chairman" and "Chairman of Parliament" should read alike: drop the possessive.
    text = re.sub(r"['’`]s\b", "", anyascii(role).lower())
    text = re.sub(r"[-‐–_]", " ", text)
    text = re.sub(r"[^a-z ]+", " ", text.replace("'", " ").replace("`", " "))
    return " ".join(text.split())


def _title_case(role: str) -> str:
    words = re.sub(r"^(?:the|his|her|their|our)\s+", "", " ".join(role.split()), flags=re.I).split()
    out = [w if (i and w.lower() in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(out)


# Other countries and bodies: a title that names one is not the Azerbaijani office of the same name
# ("Georgian Prime Minister", "Speaker of the Turkish parliament").
_FOREIGN = word_set(
    """turkish turkey türkiye turkiye georgian georgia russian russia ukrainian ukraine pakistani pakistan
    hungarian hungary israeli israel american us usa u.s. british uk britain french france german germany
    italian italy chinese china japanese japan iranian iran kazakh kazakhstan uzbek uzbekistan kyrgyz
    kyrgyzstan turkmen turkmenistan tajik tajikistan belarusian belarus moldovan moldova lithuanian lithuania
    latvian latvia estonian estonia polish poland romanian romania bulgarian bulgaria serbian serbia croatian
    croatia greek greece egyptian egypt saudi qatari qatar emirati uae kuwaiti kuwait european eu un nato osce
    cis armenian armenia"""
)
_HOME = word_set("azerbaijan azerbaijani azərbaycan azərbaycanın azerbaycan азербайджан азербайджана baku bakı баку")


def _names_another_country(role: str) -> bool:
    words = [w.strip(".,'’`()").lower() for w in role.replace("-", " ").split()]
    return any(w in _FOREIGN or (is_place(w) and w not in _HOME and not w.startswith("azərbaycan")) for w in words)


_AMBASSADOR = word_set("ambassador посол посла послом послу səfir səfiri səfirinin səfirini")


def _ambassador_of(role: str) -> str | None:
    """ "Ambassador of Turkey" for "Turkish Ambassador", "Посол Турции", "Türkiyənin Azərbaycandakı səfiri"; None
    for another role, or for Azerbaijan's own ambassador abroad ("Azerbaijani Ambassador to Georgia")."""
    words = [word.strip(".,'’`()") for word in role.replace("-", " ").split()]
    lows = [word.lower() for word in words]
    if _AMBASSADOR.isdisjoint(lows) or {"azerbaijani", "azerbaijan's", "azərbaycanın"} & set(lows):
        return None
    countries = {country for word in words if (country := country_named(word))}
    return f"Ambassador of {countries.pop()}" if len(countries) == 1 else None


def canonical_role(role_as_written: str | None) -> str | None:
    """The canonical role for a title as written; unknown titles, and titles of another country's office, come
    back title-cased; honorifics as None."""
    if role_as_written is None:
        return None
    folded = _fold_role(role_as_written)
    if not folded or folded in {h.rstrip(".") for h in HONORIFICS}:
        return None
    if (ambassador := _ambassador_of(role_as_written)) is not None:
        return ambassador
    if _names_another_country(role_as_written):
        return _title_case(role_as_written)
    for pattern, canon in _ROLE_TABLE:
        if pattern.search(folded):
            return canon
    bare = " ".join(_COUNTRY.sub(" ", folded).split())
    for pattern, canon in _ROLE_TABLE:
        if bare and pattern.search(bare):
            return canon
    return _title_case(role_as_written)
