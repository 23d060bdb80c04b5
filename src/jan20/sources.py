"""Inferring an article's source (the outlet that published it) from its own text."""

from __future__ import annotations

import re

# A name of an outlet: one to four capitalised tokens ("Azernews", "EU Reporter", "Trend News Agency").
_NAME = r"(?P<name>[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|de|la)){0,3})"
# In any script: capitalised words ("Sputnik", "AZERTAC") for datelines; in a sign-off, where the context is
# plain, later words may be lower case ("Вестник Кавказа", "Xalq qəzeti").
_UPPER = "(?=[A-ZА-ЯЁƏÇŞÖÜĞİ])"
_CAPITALISED_NAME = rf"(?P<name>{_UPPER}[^\W\d_][\w.&'’-]*(?: {_UPPER}[^\W\d_][\w.&'’-]*){{0,2}})"
_ANY_NAME = rf"(?P<name>{_UPPER}[^\W\d_][\w.&'’-]*(?: [^\W\d_][\w.&'’-]*){{0,3}})"
_PLACE = rf"^{_UPPER}[^\W\d_]+(?:[ .-][^\W\d_]+){{0,3}},"  # "Baku,", "BAKU,", "Баку,"
_PATTERNS = (
    # "Azernews reports that …", "EU Reporter publishes articles …", "Trend reports."
    re.compile(rf"(?:^|(?<=[.!?»”\"]\s)|(?<=\n)){_NAME}\s+(?:reports|reported|publishes|informs)\b"),
    # at the end of a clause: "Azerbaijan marks the day today, Trend reports.", "…, Report informs"
    re.compile(rf"(?<=,\s){_NAME}\s+(?:reports|reported|informs)(?=\s*[.;]|\s+(?:citing|quoting)\b)"),
    # datelines: "Baku, January 20, AZERTAC", "Bakı, 20 yanvar, APA.", "Баку, 20 января 2020 — Sputnik."
    re.compile(
        rf"{_PLACE}\s+[^\n,—–]{{0,25}}?\d[^\n,—–]{{0,20}}?\s*(?:,|—|–|--?)\s*{_CAPITALISED_NAME}\s*(?:[.:]|$)",
        re.MULTILINE,
    ),
    # "BAKU, Azerbaijan (AP) --"
    re.compile(
        r"^[A-Z][A-Z .'-]{1,30}(?:,\s+[A-Z][\w .'-]{1,30})?\s+\((?P<name>[A-Z][\w.&' -]{0,30}?)\)\s*(?:--|—|–|-)",
        re.MULTILINE,
    ),
    # bylines: "By SABINA HUSEYNOVA, Associated Press Writer"
    re.compile(
        rf"^by\s+[^\n,]{{2,40}},\s+{_NAME}\s+(?:writer|correspondent|reporter|staff\s+writer)\s*$",
        re.MULTILINE | re.IGNORECASE,
    ),
    # "… an official told Report.", "told Trend"
    re.compile(rf"\btold\s+{_NAME}(?=[\s,.;:]|$)"),
    # dateline credits: "Baku, January 20 (AzerTAc).", "BAKU, Azerbaijan, Jan. 20 /Trend/"
    re.compile(
        r"^[A-ZÀ-Ýa-z][\w ,.-]{0,40}?(?:\d{1,2}|\d{4})\s*[.,]?\s*[(/](?P<name>[A-Z][\w.&' -]{1,30}?)[)/]",
        re.MULTILINE,
    ),
    # agency slugs at the start of a story: "Baku. 20 January. REPORT.AZ/", "BAKU /APA/"
    re.compile(r"^[^\n]{0,60}?(?<![\w/])/?(?P<name>[A-Z][A-Z0-9]+(?:\.[A-Za-z]{2,})?)/", re.MULTILINE),
    # sign-off lines: "Source: Report.az", "Источник: Вестник Кавказа", "Mənbə: Xalq qəzeti", "© 2024 Azernews"
    re.compile(
        rf"^(?:source|sources|originally published (?:by|in|at)|источник|mənbə|kaynak):?\s+{_ANY_NAME}",
        re.MULTILINE | re.IGNORECASE,
    ),
    re.compile(rf"^(?:©|\(c\)|copyright)\s*(?:\d{{4}}(?:[–-]\d{{4}})?\s*)?{_NAME}", re.MULTILINE | re.IGNORECASE),
    # "according to the Azertac news agency" / "the APA news agency reported"
    re.compile(rf"\b{_NAME}\s+news\s+agency\b"),
)

# For each pattern, words one of which its every match holds (for a pattern that ignores case, in lower case,
# looked for in the text made lower case): a text without any skips the (slow) pattern.
_NEEDS: tuple[tuple[str, ...], ...] = (
    ("report", "publishes", "informs"),
    ("report", "informs"),
    (",",),
    ("(",),
    ("by", "By", "BY"),
    ("told",),
    ("(", "/"),
    ("/",),
    ("source", "originally", "источник", "mənbə", "kaynak"),
    ("©", "(c)", "copyright"),
    ("agency",),
)
assert len(_NEEDS) == len(_PATTERNS)

_READ_LIMIT = 250_000  # characters read from each end of a text
# Datelines and bylines stand at a text's head, sign-offs at its foot: those patterns read only there.
_HEAD = 1_000
_FOOT = 5_000
_WHERE = ("all", "all", "head", "head", "head", "all", "all", "all", "foot", "foot", "all")
assert len(_WHERE) == len(_PATTERNS)
_ANY_CASE = tuple(bool(pattern.flags & re.IGNORECASE) for pattern in _PATTERNS)

# Capitalised words that start sentences or name people and institutions, not outlets.
_NOT_OUTLETS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "its",
        "president",
        "minister",
        "ministry",
        "government",
        "statement",
        "embassy",
        "agency",
        "officials",
        "official",
        "police",
        "photo",
        "image",
        "video",
        "source",
        "sources",
        "media",
        "press",
        "journalists",
        "state",
        "parliament",
        "office",
        "mr",
        "mrs",
        "ms",
        "dr",
        "report's",
        "according",
        "staff",
        "special",
        "senior",
        "chief",
        "contributing",
        "freelance",
    ]
)


def infer_source(text: str) -> str | None:
    """The outlet the text names itself as ("Azernews reports", "(AzerTAc)", "told Report"), else None."""
    if len(text) > 2 * _READ_LIMIT:  # credits stand at the head or the foot; the middle of a huge dump is skipped
        text = text[:_READ_LIMIT] + "\n" + text[-_READ_LIMIT:]
    parts = {"all": text, "head": text[:_HEAD], "foot": text[-_FOOT:]}
    lowered: dict[str, str] = {}
    for pattern, needs, where, any_case in zip(_PATTERNS, _NEEDS, _WHERE, _ANY_CASE, strict=True):
        if any_case and where not in lowered:
            lowered[where] = parts[where].lower()
        if not any(word in (lowered[where] if any_case else parts[where]) for word in needs):
            continue
        part = parts[where]
        for match in pattern.finditer(part):
            name = _clean(match.group("name"))
            if name:
                return name
    return None


def _clean(name: str) -> str | None:
    name = re.split(r"[.!?] ", name)[-1].strip(" .,'’-")  # "Footer. EU Reporter" is "EU Reporter"
    words = name.split()
    while words and words[0].lower() in _NOT_OUTLETS:
        words = words[1:]
    if not words or words[-1].lower() in {"of", "de", "la"}:
        return None
    if len(words) == 1 and words[0].lower() in _NOT_OUTLETS:
        return None
    if any(word.lower().startswith("photo") for word in words):
        return None
    return " ".join(words)
