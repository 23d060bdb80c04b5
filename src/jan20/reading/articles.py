"""From a document's text to its articles: title, date, year, source, clean text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jan20 import lang
from jan20.extract.anniversary import infer_year
from jan20.reading.catalog import CatalogEntry
from jan20.reading.chrome import is_list_heading, strip_chrome
from jan20.reading.heads import dated_list, find_article_date, labelled_date, stamped_date, weekday_date
from jan20.reading.sources import infer_source
from jan20.reading.splitting import Section, heading_title, split_document
from jan20.reading.years import head_years, post_year, tail_year
from jan20.text.dates import FUNCTION_WORDS, TITLE_NOUN_STEMS, find_dates, parse_date
from jan20.text.event import this_event
from jan20.text.fold import to_ascii

_URL_LINE = re.compile(r"^[\s*_<\[]*(?P<url>https?://[^\s>*\]]+)[\s*_>\]]*$", re.MULTILINE)
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\((?:UTC|GMT)[^)]*\))?")
_DATE_LABEL = lang.pattern("articles.date_label")  # "Published: …", "Politics 23:49 19.01.2024" (the language data)
_MAX_TITLE = 120
_MAX_PARAGRAPH = 5_000  # characters of a paragraph row in the index (a longer one is cut, see paragraph_spans)
_BYLINE = lang.pattern("articles.byline")  # "Written by", "Photo by"
_COUNTER = lang.pattern("articles.counters", r"(?<!\w)(?:{})(?!\w)")  # "1 245 просмотров", "Baxış sayı: 311"
# A blog's line about the post, not its title: "Posted on January 21, 2010 | 14 comments".
_POSTED = lang.pattern("articles.posted")
# A source's label line at the head of a saved page ("Source: Azertac", "Источник: …") names the outlet, not the story.
_SOURCE_LINE = lang.pattern("sources.label", r"^(?:{}):\s", re.IGNORECASE)
# "UPDATE : 2019.7.17": a line stamping a page's last change, not its date.
_UPDATED = lang.pattern("articles.updated", flags=re.IGNORECASE | re.MULTILINE)
# A short dateline on a line of its own: "Baku, January 20, AZERTAC", "Bakı, 20 yanvar, APA". (At most one word,
# the month, between the place and the day: "Parliament speaker, PM honor memory of 20 January martyrs" is a
# headline with a comma and a date in it, not a dateline.)
_DATELINE = re.compile(r"^[^\W\d_]+(?:[ .-][^\W\d_]+){0,3},\s+(?:[^\W\d_]+\.?\s+)?\d[^\n]{0,30}$")


@dataclass(frozen=True)
class Article:
    """One article of the archive (a whole report, or one dated section of a compilation)."""

    id: str
    path: str
    title: str | None
    date: str | None  # ISO date, only when the text (or the catalog) gives the article's own date
    year: int | None
    source: str | None
    # names of fields taken from the catalog rather than inferred; "page:date", "front-matter:title" for a field
    # the file declares itself (a web page's meta tags, Markdown front matter)
    declared: tuple[str, ...]
    url: str | None
    seq: int  # position of the article in its document, from 0
    text: str  # the article text as indexed: chrome, heading and separators left out

    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) offsets of the article's paragraphs in its text."""
        return paragraph_spans(self.text)


def slug(value: str) -> str:
    """A lowercase, dash-separated ASCII form of a path or name, for ids ("Ёжик" becomes "ezhik")."""
    return re.sub(r"[^a-z0-9]+", "-", to_ascii(value).lower()).strip("-") or "document"


def document_slug(path: str) -> str:
    """The id stem of a document: its path without the suffix, as a slug."""
    return slug(re.sub(r"\.(?:txt|md|markdown|html?|xhtml|pdf|docx)$", "", path, flags=re.IGNORECASE))


def articles_from_document(path: str, text: str, entry: CatalogEntry | None = None) -> list[Article]:
    """Split a document into articles and read each one's metadata."""
    entry = entry or CatalogEntry()
    if "\r" in text:  # a file saved on Windows (CRLF) or an old Mac (CR): its blank lines part blocks as LF's do
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    sections = split_document(text)
    single = len(sections) == 1
    base = entry.id or document_slug(path)
    articles: list[Article] = []
    used_ids: set[str] = set()
    for seq, section in enumerate(sections):
        article = _article(path, text, section, entry, single, seq)
        suffix = "" if single else "-" + (article.date or str(seq + 1))
        article_id = base + suffix
        if article_id in used_ids:
            article_id = f"{article_id}-{seq + 1}"
        used_ids.add(article_id)
        articles.append(_with_id(article, article_id))
    return articles


def _with_id(article: Article, article_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=article_id)


def _article(path: str, text: str, section: Section, entry: CatalogEntry, single: bool, seq: int) -> Article:
    raw = text[section.start : section.end]
    body = raw
    if section.heading is not None and raw.startswith(section.heading):
        body = raw[len(section.heading) :]
    url_match = _URL_LINE.search(body) if "http" in body else None  # (the pattern is slow to try on every line)
    if url_match:
        body = _URL_LINE.sub("", body)
    clean = strip_chrome(body)
    declared: list[str] = []

    source = entry.source
    if source:
        declared.append(entry.declared_as("source"))
    else:
        source = infer_source(raw)

    title: str | None
    if single and entry.title:
        title = entry.title
        declared.append(entry.declared_as("title"))
    elif section.heading is not None:
        title = heading_title(section.heading, section.heading_date_text)
        rubric = _TIME.search(title) or _DATE_LABEL.match(title)
        # a heading that was only its date, or a rubric and a time ("Politics 11:20 20.01.2018"), or its date and
        # its source ("January 20, 2000 — Xinhua"), is no title
        only_source = bool(title and source and title.strip(" -–—|,.()").casefold() == source.casefold())
        if not title or (rubric and len(_without_dates(title).split()) < 2) or only_source:
            title = _title_from_text(clean) or title or None
    else:
        title = _title_from_text(clean)

    date = None
    if single and entry.date:
        date = entry.date
        declared.append(entry.declared_as("date"))
    elif section.heading_date_text:
        date = section.heading_date or parse_date(section.heading_date_text)
    else:
        mention = find_article_date(clean) or labelled_date(clean) or stamped_date(clean)
        date = mention.date if mention else None
        if mention is not None and date is not None and _UPDATED.match(clean, clean.rfind("\n", 0, mention.start) + 1):
            stated = _undated_year(title, clean)  # an update stamp yields to an earlier year the article states
            date = None if stated is not None and stated < date.year else date
    year = infer_year(date, f"{title or ''}\n{clean}") if date is not None else _undated_year(title, clean)
    if year is None and date is None and (weekday := weekday_date(clean)) is not None:
        date, year = weekday.date, weekday.year  # the date a weekday names, when nothing else dates it

    url = entry.url
    if url:
        declared.append(entry.declared_as("url"))
    elif url_match:
        url = url_match.group("url")
    return Article(
        id="",
        path=path,
        title=title,
        date=date.isoformat() if date else None,
        year=year,
        source=source,
        declared=tuple(declared),
        url=url,
        seq=seq,
        text=clean,
    )


def _undated_year(title: str | None, clean: str) -> int | None:
    """The year of an article without a date: a cover line's ("MARCH 2001"), else the anniversary it states,
    else the year of the commemoration its lead dates ("laid a wreath on January 20, 2022"), else the date alone in
    brackets that ends the page ("(19.01.2023)"), else that of its embedded posts' bylines ("— X (@x) January 20,
    2021")."""
    head = head_years(clean)
    return (
        head.cover or infer_year(None, f"{title or ''}\n{clean}") or head.lead or tail_year(clean) or post_year(clean)
    )


def _title_from_text(text: str) -> str | None:
    """The title of an article without a heading: a Markdown heading in its head, else the last title-like line
    before the story starts (skipping date lines, bylines and quoted mottos), else its first sentence."""
    title: str | None = None
    headlines: list[str] = []  # the title-like lines before the story
    listed = {text[at:].split("\n", 1)[0] for at in dated_list(text)}  # other stories' dated headlines
    for raw in text.splitlines()[:12]:
        line = raw.strip().strip("#*_ ").strip()
        if not line or raw in listed or is_list_heading(line):
            continue
        if raw.lstrip().startswith("#") and not raw.lstrip().startswith("#!"):
            return _without_dates(line) or line
        if _is_prose(line):
            break
        candidate = _without_dates(line)
        if (
            _BYLINE.match(candidate)
            or candidate.startswith(("“", '"', "«", "„"))
            or _DATELINE.match(line)
            or _POSTED.search(line)
            or _SOURCE_LINE.match(candidate)
        ):
            continue
        if sum(any(c.isalpha() for c in word) for word in candidate.split()) >= 2:  # not "[ ]" left of "[12:05]"
            title = candidate
            headlines.append(candidate)
    title = _of_the_event(headlines) or title
    if title is None:
        prose = next((line for line in text.splitlines() if _is_prose(line.strip())), text)
        title = _first_sentence(prose)
    return title


_WORD = re.compile(r"[^\W\d_]+")
_THIS_EVENT = this_event()
_HEADLINE_WORDS = 4  # words of a headline, more than a rubric or a site's name


def _of_the_event(headlines: list[str]) -> str | None:
    """Of two headlines at the top of a page (a site printing another story's beside the story's), the one that
    names the event of January 1990 when the last does not ("Azerbaijan marks 35th anniversary of 20 January" over
    "Ministers meet in Brussels"); None when the last names it, or no earlier headline does."""
    if len(headlines) < 2 or _THIS_EVENT.search(headlines[-1]):
        return None
    return next(
        (
            line
            for line in reversed(headlines[:-1])
            if _THIS_EVENT.search(line) and len(_WORD.findall(line)) >= _HEADLINE_WORDS
        ),
        None,
    )


def _inside_words(line: str, start: int, end: int) -> bool:
    """A date a title's words run through: a sentence word just before it ("of", "since", "в") and a word right
    after it, with no punctuation between; or the event's noun right beside it (`TITLE_NOUN_STEMS`)."""
    before = _WORD.findall(line[max(0, start - 30) : start])
    after = line[end:].lstrip(" ")
    next_word = _WORD.match(after)
    if line[:start].endswith(" ") and before and before[-1].lower().startswith(TITLE_NOUN_STEMS):
        return True  # the event's noun before it: "События 20 января 1990 года"
    if next_word is not None and line[end:].startswith(" ") and next_word.group().lower().startswith(TITLE_NOUN_STEMS):
        return True  # the event's noun after it: "20 Ocak 1990 olayları"
    return (
        bool(before) and before[-1].lower() in FUNCTION_WORDS and line[:start].endswith(" ") and next_word is not None
    )


def _is_prose(line: str) -> bool:
    return line.rstrip('”"’»').endswith((".", "!", "?", ",", ";", ":")) or len(line) > 200


def _without_dates(line: str) -> str:
    for mention in reversed(find_dates(line)):
        # "January 20" alone is a name of the event, not a dateline; nor is a date the title's words go on from
        # ("The events of January 1990 in Baku")
        if mention.year is not None and not _inside_words(line, mention.start, mention.end):
            line = line[: mention.start] + " " + line[mention.end :]
    line = _TIME.sub(" ", line)
    line = _COUNTER.sub(" ", line)
    line = re.sub(r"\s+", " ", line).strip(" -–—|,.")
    previous = None
    while previous != line:
        previous = line
        line = _DATE_LABEL.sub("", line).strip(" -–—|,.")
    return line


# A dateline that opens a story's first sentence: "BAKU, Jan. 20 (Xinhua) --", "Baku, January 20, AZERTAC.",
# "Bakı, 20 yanvar. APA." (the place, the day and month, and the outlet, then a dash or a full stop).
_LEAD_DATELINE = re.compile(
    r"^[^\W\d_]+(?:[ .'-][^\W\d_]+){0,3},\s+(?:[^\W\d_]+\.?\s+)?\d{1,2}(?:\s+[^\W\d_]+)?(?:,?\s+\d{4})?"
    r"(?:\s*\([^)]{1,30}\)|\s*/[^/]{1,30}/|[,.]\s*[^\W\d_][\w.]{1,20})?\s*(?:--|—|–|-|\.)\s+"
)


def _first_sentence(text: str) -> str | None:
    # Only the opening matters (a title is at most _MAX_TITLE characters), however long the text.
    # Runs of white space as one space by split and join, not re.sub(r"\s+", " ", …).strip(): the same text (both
    # take white space as str.isspace does: checked over every code point), without a match per space. The dense
    # benchmark's 974 one-paragraph documents (benchmarks/dense.py) were split into articles in 0.17 s of CPU rather
    # than 0.21 s (2026-12-06, best of 5, twice).
    flat = " ".join(text[: _MAX_TITLE * 20].split()).strip("“”\"«»'").strip()
    flat = _LEAD_DATELINE.sub("", flat, count=1)
    if not flat:
        return None
    match = re.match(r"(.+?[.!?])(?:\s|$)", flat)
    sentence = match.group(1) if match else flat
    if len(sentence) > _MAX_TITLE:
        sentence = sentence[:_MAX_TITLE].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return sentence


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the paragraphs of text: runs of lines between blank lines.

    A run longer than _MAX_PARAGRAPH characters (a page saved as one line) is cut into pieces at spaces, so
    that searching and scoring it stays quick.
    """
    return [piece for start, end in _runs_of_lines(text) for piece in _pieces(text, start, end)]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > _MAX_PARAGRAPH:
        limit = start + _MAX_PARAGRAPH
        cut = max(text.rfind(space, start + _MAX_PARAGRAPH // 2, limit) for space in " \t\n")
        cut = cut if cut > start else limit
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


def _runs_of_lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start: int | None = None
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            if start is None:
                start = position + (len(line) - len(line.lstrip()))
            end = position + len(line.rstrip())
        elif start is not None:
            spans.append((start, end))
            start = None
        position += len(line)
    if start is not None:
        spans.append((start, end))
    return spans
