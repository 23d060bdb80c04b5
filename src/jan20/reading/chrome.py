"""Page chrome: the parts of a saved web page that are not the article.

Share buttons, cookie notices, navigation, banner-image captions and the "You May Also Like" block that
follows a story stay out of the text that is indexed, searched and extracted. The file is never edited.
"""

from __future__ import annotations

import re

from jan20 import lang
from jan20.reading.heads import is_dated_headline

# A whole line that is interface, not prose (matched against the stripped line, case-insensitively).
_CHROME_LINE = re.compile(
    r"""^(?:
        share\ this(?:\ (?:article|page|story|post|news))?:?
      | share(?:\ on)?\ (?:facebook|twitter|x|whatsapp|telegram|linkedin)
      | share:\ (?:facebook|twitter|x|whatsapp|telegram|linkedin)(?:\ ?[|,·•/]\ ?[\w.-]{1,20}){0,8}
      | connect\ with\ us | follow\ us(?:\ on\ \w+)?:? | hi,\ what\ are\ you\ looking\ for\??
      | all\ rights\ reserved\b.* | (?:©|\(c\)|copyright)\ .{0,80} | privacy\ policy | terms\ of\ (?:use|service)
      | cookie\ (?:policy|settings) | (?:we|this\ (?:site|website))\ uses?\ cookies\b.* | accept(?:\ all)?\ cookies
      | skip\ to\ (?:main\ )?content | (?:main\ )?menu | search | print | advertisement | sponsored
      | subscribe(?:\ to\ our\ newsletter)?\b.{0,60} | sign\ up\ for\ our\ newsletter\b.{0,60}
      | read\ (?:more|also):? | tags?:.{0,200} | loading\.{0,3} | back\ to\ top
      | (?:\S+\ ){0,4}(?:banner\ )?image\ (?:desktop|mobile)(?:\ (?:\S+\ ){0,4}image\ (?:desktop|mobile))*
      | !\[[^\]]{0,300}\]\([^)\s]{0,2000}(?:\ "[^"]{0,300}")?\)  # a Markdown image: ![Alley of Martyrs](photo.jpg)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# A line after which, near the end of a page, nothing belongs to the article any more.
_TAIL_START = re.compile(
    r"^(?:you\ may\ also\ like|related\ (?:articles|news|posts|stories)|more\ (?:from|stories|news)\b.*"
    r"|recommended(?:\ for\ you)?|most\ (?:read|popular)|latest\ news|also\ read|see\ also"
    r"|share\ this(?:\ (?:article|page|story|post))?:?|leave\ a\ (?:comment|reply)|\d+\ comments?)$",
    re.IGNORECASE | re.VERBOSE,
)


def _of_the_data(key: str) -> re.Pattern[str] | None:
    """A whole line that one of the languages' `[chrome]` lists (the English above is built in), or None."""
    found = lang.alternatives(f"chrome.{key}")
    return re.compile(rf"^(?:{'|'.join(found)})$", re.IGNORECASE) if found else None


_CHROME_LINE_DATA = _of_the_data("lines")  # "Etiketler: …"
_MEDIA_LINE = _of_the_data("media_lines")  # "Foto", "Видео": a photo's or a video's label
_TAIL_START_DATA = _of_the_data("tail_start")  # "İlginizi Çekebilir", "Benzer Haberler"

# Separator lines ("* * *", "---", "x x x", "**X X X**") carry no text.
_SEPARATOR = re.compile(r"^[\s*_#\\~=•·-]*(?:(?:x|\*|-|_|=|~|•|·)[\s\\*_]*){3,}$", re.IGNORECASE)


def is_chrome_line(line: str) -> bool:
    """True for a line that is page interface rather than article text."""
    stripped = line.strip().strip("*_#").strip()
    return bool(stripped) and bool(
        _CHROME_LINE.match(stripped)
        or (_CHROME_LINE_DATA is not None and _CHROME_LINE_DATA.match(stripped))
        or (_MEDIA_LINE is not None and _MEDIA_LINE.match(stripped))
    )


def is_list_heading(line: str) -> bool:
    """True for the heading of a block of other stories or of the page's furniture ("Related news", "Все новости",
    "Bütün xəbərlər", "Tüm haberler"), wherever it stands: never an article's title."""
    stripped = line.strip().strip("*_#").strip()
    return bool(stripped) and bool(
        _TAIL_START.match(stripped) or (_TAIL_START_DATA is not None and _TAIL_START_DATA.match(stripped))
    )


def is_separator(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and bool(_SEPARATOR.match(stripped))


def strip_chrome(text: str) -> str:
    """The article text with page chrome and separator lines removed (blank-line structure kept)."""
    lines = text.splitlines()
    cut = _tail_cut(lines)
    kept = [line.rstrip() for line in lines[:cut] if not is_chrome_line(line) and not is_separator(line)]
    return _squeeze_blank_lines("\n".join(kept)).strip("\n")


def _tail_cut(lines: list[str]) -> int:
    """Index of the line where the trailing page furniture starts: in the last part of a page, or anywhere when no
    sentence of prose follows it (a long list of other stories' headlines and dates); else where a list of other
    stories' dated headlines after the last sentence of prose starts (`_dated_tail`)."""
    total = sum(len(line) + 1 for line in lines)
    # The last prose line, looked for from the end: it is mostly near the end, so few lines are tried rather than
    # all. With the tests skipped below and is_prose's bounded split, tail_offset takes 0.03 s of CPU rather than
    # 0.10 s and strip_chrome 0.08 rather than 0.15 s on 10.7 MB of news-like text (synth.py, 2,000 files; measured
    # 2026-12-06, best of 5).
    last_prose = next((number for number in range(len(lines) - 1, -1, -1) if is_prose(lines[number])), -1)
    seen = 0
    for number, line in enumerate(lines):
        # A "Share" or "Related" block at the top of a page is a toolbar, not the end of the story. (Where it may
        # stand is tested first: above it, the line need not be stripped and matched.)
        if seen > total * 0.4 or last_prose < number:
            stripped = line.strip().strip("*_#").strip()
            if stripped and (
                _TAIL_START.match(stripped) or (_TAIL_START_DATA is not None and _TAIL_START_DATA.match(stripped))
            ):
                return number
        seen += len(line) + 1
    return _dated_tail(lines, last_prose)


_TAIL_LIST_MIN = 2  # other stories' dated headlines in a row after the story


def _dated_tail(lines: list[str], last_prose: int) -> int:
    """The first of two or more dated headlines in a row ("Wreaths laid in Ganja - 19.01.2024") after the last
    sentence of prose (only blank lines between them), or len(lines): other stories, listed under the story
    without a heading."""
    if last_prose < 0:
        return len(lines)
    first: int | None = None
    count = 0
    for number in range(last_prose + 1, len(lines)):
        stripped = lines[number].strip().strip("*_#").strip()
        if not stripped:
            continue
        if not is_dated_headline(stripped):
            first, count = None, 0
            continue
        first = number if first is None else first
        count += 1
    return first if first is not None and count >= _TAIL_LIST_MIN else len(lines)


def tail_offset(text: str) -> int:
    """Where the trailing page furniture of a text starts (a character offset; the text's length if none): the
    headlines and dates of other stories after it start no report of the page."""
    lines = text.split("\n")
    cut = _tail_cut(lines)
    return sum(len(line) + 1 for line in lines[:cut]) if cut < len(lines) else len(text)


_PROSE_WORDS = 8  # a sentence of prose: this many words, ended by a full stop


def is_prose(line: str) -> bool:
    """True when the line is a sentence of prose (not a headline, a date or a menu item)."""
    # (The ending first, and the words counted only up to the number needed: the split of a long paragraph into
    # all its words was most of this test's cost.)
    return line.rstrip().rstrip("*_»”\"'").endswith((".", "!", "?")) and (
        len(line.split(None, _PROSE_WORDS - 1)) >= _PROSE_WORDS
    )


def _squeeze_blank_lines(text: str) -> str:
    return re.sub(r"\n[ \t]*(?:\n[ \t]*){2,}", "\n\n", text)
