"""Inferring an article's source (the outlet that published it) from its own text."""

from __future__ import annotations

import re
from typing import NamedTuple

from jan20 import lang


def _alt(key: str) -> str:
    """Every language's alternatives at `sources.<key>`, joined."""
    return "|".join(lang.alternatives(f"sources.{key}"))


def _needs(key: str) -> tuple[str, ...]:
    """The words at `sources.<key>`, one of which every match of a rule holds."""
    return tuple(sorted(lang.words(f"sources.{key}")))


_LINKS = _alt("name_links")  # small words inside a name: "Voice of America"
_LINK_WORDS = frozenset(_LINKS.split("|"))
_PHOTO = tuple(sorted(lang.words("sources.photo")))
# A name of an outlet: one to four capitalised tokens ("Azernews", "EU Reporter", "Trend News Agency").
_NAME = rf"(?P<name>[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|{_LINKS})){{0,3}})"
# In any script: capitalised words ("Sputnik", "AZERTAC") for datelines; in a sign-off, where the context is
# plain, later words may be lower case ("Вестник Кавказа", "Xalq qəzeti").
_CAPITALS = "".join(sorted(lang.words("language.capitals")))  # every language's capital letters
_UPPER = f"(?=[{_CAPITALS}])"
_CAPITALISED_NAME = rf"(?P<name>{_UPPER}[^\W\d_][\w.&'’-]*(?: {_UPPER}[^\W\d_][\w.&'’-]*){{0,2}})"
_ANY_NAME = rf"(?P<name>{_UPPER}[^\W\d_][\w.&'’-]*(?: [^\W\d_][\w.&'’-]*){{0,3}})"
# After a source's label the rest of the line is the name, up to a comma, a bracket or a dash between spaces
# ("Source: Embassy of Azerbaijan in Hungary", "Mənbə: Xalq qəzeti, 20.01.2024").
_LABELLED_NAME = r"(?P<name>[^\W\d_](?:(?!\s[-–—|]\s)[^\n,;(|]){0,79}?)\s*(?:[,;(|]|\s[-–—]\s|$)"
_LABELLED_WORDS = 8  # more words after a label are a sentence, not a name
_PLACE = rf"^{_UPPER}[^\W\d_]+(?:[ .-][^\W\d_]+){{0,3}},"  # "Baku,", "BAKU,", "Баку,"


class _Rule(NamedTuple):
    """A way a text names its outlet."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...]  # words one of which every match holds (lower case when the pattern ignores case)
    where: str  # "all" the text, or only its "head" (datelines, bylines), "foot" (sign-offs) or both "ends" (labels)


# A text without any of a rule's words skips its (slow) pattern.
_RULES = (
    # "Azernews reports that …", "EU Reporter publishes articles …", "Trend reports."
    _Rule(
        re.compile(rf"(?:^|(?<=[.!?»”\"]\s)|(?<=\n)){_NAME}\s+(?:{_alt('reports')})\b"),
        _needs("reports_words"),
        "all",
    ),
    # at the end of a clause: "Azerbaijan marks the day today, Trend reports.", "…, Report informs"
    _Rule(
        re.compile(rf"(?<=,\s){_NAME}\s+(?:{_alt('reports_after')})(?=\s*[.;]|\s+(?:{_alt('citing')})\b)"),
        _needs("reports_after_words"),
        "all",
    ),
    # datelines: "Baku, January 20, AZERTAC", "Bakı, 20 yanvar, APA.", "Баку, 20 января 2020 — Sputnik."
    _Rule(
        re.compile(
            rf"{_PLACE}\s+[^\n,—–]{{0,25}}?\d[^\n,—–]{{0,20}}?\s*(?:,|—|–|--?)\s*{_CAPITALISED_NAME}\s*(?:[.:]|$)",
            re.MULTILINE,
        ),
        (",",),
        "head",
    ),
    # a dateline closed by a full stop, then an agency in capitals: "Bakı, 20 yanvar. APA.", "BAKU, Jan 20. AFP."
    _Rule(
        re.compile(
            rf"{_PLACE}\s+[^\n.]{{0,25}}?\d[^\n.]{{0,20}}?\.\s+(?P<name>[{_CAPITALS}]{{3,}}(?:\.[a-z]{{2,}})?)(?:\.\s|\.?$)",
            re.MULTILINE,
        ),
        (".",),
        "head",
    ),
    # "BAKU, Azerbaijan (AP) --"
    _Rule(
        re.compile(
            r"^[A-Z][A-Z .'-]{1,30}(?:,\s+[A-Z][\w .'-]{1,30})?\s+\((?P<name>[A-Z][\w.&' -]{0,30}?)\)\s*(?:--|—|–|-)",
            re.MULTILINE,
        ),
        ("(",),
        "head",
    ),
    # bylines: "By SABINA HUSEYNOVA, Associated Press Writer"
    _Rule(
        re.compile(
            rf"^(?:{_alt('byline')})\s+[^\n,]{{2,40}},\s+{_NAME}\s+(?:{_alt('byline_roles')})\s*$",
            re.MULTILINE | re.IGNORECASE,
        ),
        _needs("byline_words"),
        "head",
    ),
    # "… an official told Report.", "told Trend"
    _Rule(re.compile(rf"\b(?:{_alt('told')})\s+{_NAME}(?=[\s,.;:]|$)"), _needs("told_words"), "all"),
    # dateline credits: "Baku, January 20 (AzerTAc).", "BAKU, Azerbaijan, Jan. 20 /Trend/"
    _Rule(
        re.compile(
            r"^[A-Za-z\u00c0-\u00dd][\w ,.-]{0,40}?(?:\d{1,2}|\d{4})\s*[.,]?\s*[(/](?P<name>[A-Z][\w.&' -]{1,30}?)[)/]",
            re.MULTILINE,
        ),
        ("(", "/"),
        "all",
    ),
    # agency slugs at the start of a story: "Baku. 20 January. REPORT.AZ/", "BAKU /APA/"
    _Rule(
        re.compile(r"^[^\n]{0,60}?(?<![\w/])/?(?P<name>[A-Z][A-Z0-9]+(?:\.[A-Za-z]{2,})?)/", re.MULTILINE),
        ("/",),
        "all",
    ),
    # a source's label line at the head or the foot: "Source: Report.az", "Источник: Вестник Кавказа", "Mənbə: Xalq
    # qəzeti" (its words are all the name's: "Source: Press TV" is "Press TV")
    _Rule(
        lang.pattern("sources.label", rf"^(?:{{}}):?[ \t]+{_LABELLED_NAME}", re.MULTILINE | re.IGNORECASE),
        tuple(sorted(lang.words("sources.label_words"))),
        "ends",
    ),
    # "© 2024 Azernews"
    _Rule(
        re.compile(rf"^(?:{_alt('copyright')})\s*(?:\d{{4}}(?:[–-]\d{{4}})?\s*)?{_NAME}", re.MULTILINE | re.IGNORECASE),
        _needs("copyright_words"),
        "foot",
    ),
    # the name before the sign: "Azernews © 2016"
    _Rule(re.compile(rf"^{_NAME}\s*(?:{_alt('signs')})\s*\d{{4}}", re.MULTILINE), _needs("signs_words"), "foot"),
    # "according to the Azertac news agency", "the APA news agency reported", "Turan Information Agency"
    _Rule(
        re.compile(rf"\b{_NAME}\s+(?:{_alt('agency')})\s+(?:{_alt('agency_noun')})\b"), _needs("agency_words"), "all"
    ),
)

_READ_LIMIT = 250_000  # characters read from each end of a text
_HEAD = 1_000
_FOOT = 5_000
_IGNORECASE = int(re.IGNORECASE)  # (a plain int: testing the RegexFlag itself costs an enum operation per rule)

# Capitalised words that start sentences or name people and institutions, not outlets.
_NOT_OUTLETS = lang.words("sources.not_outlets")
_ARTICLES = lang.words("sources.articles")  # "the", "a", "an"


def infer_source(text: str) -> str | None:
    """The outlet the text names itself as ("Azernews reports", "(AzerTAc)", "told Report"), else None."""
    if len(text) > 2 * _READ_LIMIT:  # credits stand at the head or the foot; the middle of a huge dump is skipped
        text = text[:_READ_LIMIT] + "\n" + text[-_READ_LIMIT:]
    parts = {"all": text, "head": text[:_HEAD], "foot": text[-_FOOT:], "ends": f"{text[:_HEAD]}\n{text[-_FOOT:]}"}
    lowered: dict[str, str] = {}
    for rule in _RULES:
        part = parts[rule.where]
        if rule.pattern.flags & _IGNORECASE:
            if rule.where not in lowered:
                lowered[rule.where] = part.lower()
            looked_in = lowered[rule.where]
        else:
            looked_in = part
        if not any(word in looked_in for word in rule.needs):
            continue
        for match in rule.pattern.finditer(part):
            name = _clean(match.group("name"), labelled=rule.where == "ends")
            if name:
                return name
    return None


def _clean(name: str, labelled: bool = False) -> str | None:
    """The outlet's name in what a rule matched; after a label only a leading article is dropped ("The Guardian")."""
    name = re.split(r"[.!?] ", name)[-1].strip(" .,'’-")  # "Footer. EU Reporter" is "EU Reporter"
    words = name.split()
    if labelled:
        if len(words) > _LABELLED_WORDS or (words and "://" in words[0]) or (words and words[0].lower() in _LINK_WORDS):
            return None  # (nor a label of something else, a link word after it: "Source of the figures: …")
        if len(words) > 1 and words[0].lower() in _ARTICLES:
            words = words[1:]
        if len(words) == 1 and words[0].lower() in _NOT_OUTLETS:
            return None  # ("Source: Photo", "Source: Embassy")
    else:
        while words and words[0].lower() in _NOT_OUTLETS:
            words = words[1:]
    if not words or words[-1].lower() in _LINK_WORDS:
        return None
    if any(word.lower().startswith(_PHOTO) for word in words):
        return None
    return " ".join(words)
