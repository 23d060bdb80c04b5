"""Text plumbing for the attendee extractor: quotation masking, sentences, tokens and group phrases.

Every function keeps offsets into the text it was given, so mentions can point back at the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from jan20.text.fold import lowercase

from .. import lang


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return lowercase(self.text)  # ("İcra" is "icra")


# Extractors read an article's first READ_LIMIT characters: ten times the longest document of the shipped
# archive, and a bound on the time a page saved as one 50 MB line can take (the rest stays indexed and searchable).
READ_LIMIT = 500_000


# Words of time a subject may hold ("On Monday morning X visited"), from the language data.
TIME_WORDS = lang.words("attendees.time_words")

# Long quotations are speech; blanking them keeps "said: 'we visited the Alley'" from counting. Short
# quoted names ("Eternal Flame") stay.
_QUOTE = re.compile(r"“[^”]{40,3000}”|«[^»]{40,3000}»")
_STRAIGHT = re.compile(r"\"[^\"\n]*\"?")
_QUOTE_MIN = 40
_ABBREVIATION = lang.words("text.abbreviations")  # a full stop after one ends no sentence
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]*_]*\s+")
# A blank line, a list item or heading on the next line, or a line ending in sentence punctuation or in a
# Markdown hard break (two spaces) ends a sentence; other line breaks are wrapping inside a sentence.
_PARAGRAPH = re.compile(
    r"\n[ \t]*\n"  # blank line
    r"|\n(?=[ \t]*(?:[-*+#>•|]|\d+[.)])\s)"  # list item or heading next
    r"|(?<=[.!?:;\"”’*)])[ \t]*\n|[ \t]{2,}\n"  # punctuation or a hard break at the end of the line
)
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof)\."  # an honorific keeps its full stop
    r"|(?:[A-Z]\.){2,}"  # an abbreviation of capitals keeps its full stops ("U.S.", "U.K.")
    r"|[^\W\d_]+(?:['’`\-‐][^\W\d_]+)*(?:(?<=s)['’])?"  # Rasi-zade, Parliament's, Martyrs'
    r"|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?"
    r"|[^\w\s]"
)
_MARKUP = re.compile(r"^[\s#*_>|•-]+|[\s*_|]+$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACE_RUN = re.compile(r"\s*")


def mask_quotes(text: str) -> str:
    """The text with long quotations replaced by spaces (same length, so offsets still hold)."""
    spans = [m.span() for m in _QUOTE.finditer(text)] if "“" in text or "«" in text else []
    # Straight quotes pair up in order within a line: in 'the "Eternal Flame" memorial ... the "Alley"' the
    # text between the two short quotes is not a quotation.
    straight = (m for m in _STRAIGHT.finditer(text) if m.group().endswith('"')) if '"' in text else ()
    spans += [m.span() for m in straight if len(m.group()) > _QUOTE_MIN]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans: paragraphs and list items, then full stops not after an abbreviation or initial.

    `start`/`end` limit the split to a stretch of the text; split from one blank line to the next (see
    `paragraphs`) it gives the same sentences as the whole text does there.
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start, end)]
    for block_end, next_start in [*breaks, (end, end)]:
        start = pos
        for m in _SENTENCE_END.finditer(text, pos, block_end):
            word = _letters_before_stop(text, max(start, m.start() - 40), m.start() + 1)
            nxt = text[m.end() : m.end() + 3].lstrip("\"'“‘(*_[")
            if word and (word.lower() in _ABBREVIATION or len(word) == 1):
                continue
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
            out.append(Span(start, m.end()))
            start = m.end()
        out.append(Span(start, block_end))
        pos = next_start
    return [s for s in (_trim(text, s) for s in out) if s.end > s.start]


def _letters_before_stop(text: str, start: int, end: int) -> str:
    r"""The letters right before the stops ending text[start:end] ("Mr" of "Mr."): what the pattern
    r"([^\W\d_]+)[.!?…]*$" finds in that slice, without its slow search."""
    k = end
    while k > start and text[k - 1] in ".!?…":
        k -= 1
    j = k
    while j > start and text[j - 1].isalnum() and not text[j - 1].isdecimal():  # [^\W\d_]
        j -= 1
    return text[j:k]


def paragraphs(text: str) -> list[Span]:
    """The stretches of text between blank lines (each blank line with the whitespace around it left out).

    A blank line always ends a block for `sentences`, and what comes after it does not depend on what came
    before, so `sentences(text, p.start, p.end + 1)` of each paragraph p (the +1 lets the split see the break)
    are together the sentences of the whole text. `sentences_at` uses this to split only where it must.
    """
    out: list[Span] = []
    start = 0
    for m in _BLANK_LINE.finditer(text):
        gap_start = m.start()
        while gap_start > start and text[gap_start - 1].isspace():
            gap_start -= 1
        if gap_start > start:
            out.append(Span(start, gap_start))
        space = _SPACE_RUN.match(text, m.end())
        start = space.end() if space else m.end()
    if start < len(text):
        out.append(Span(start, len(text)))
    return out


def sentences_at(text: str, positions: list[int]) -> list[Span]:
    """The sentences, as `sentences(text)` gives them, that hold one of the (sorted) positions."""
    out: list[Span] = []
    paras = paragraphs(text)
    para_starts = [p.start for p in paras]
    done = -1
    for pos in positions:
        k = bisect_right(para_starts, pos) - 1
        if k <= done or k < 0 or pos >= paras[k].end:
            continue
        done = k
        para = paras[k]
        for sent in sentences(text, para.start, min(para.end + 1, len(text))):
            i = bisect_left(positions, sent.start)
            if i < len(positions) and positions[i] < sent.end:
                out.append(sent)
    return out


def _trim(text: str, span: Span) -> Span:
    chunk = text[span.start : span.end]
    return Span(span.start + len(chunk) - len(chunk.lstrip()), span.start + len(chunk.rstrip()))


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def quote(text: str, span: Span) -> str:
    """The sentence, whitespace-normalised, without Markdown emphasis or heading marks around it."""
    return _MARKUP.sub("", " ".join(text[span.start : span.end].split()))


_HEADS = (
    r"ambassadors|representatives|heads|officials|deputies|leaders|figures|residents|citizens|people|members|"
    r"diplomats|veterans|guests|employees|students|servicemen|mourners|clergy|clerics|parliamentarians|MPs|"
    r"ministers|families|relatives|delegations|delegates|intellectuals|workers|officers|soldiers|pupils|"
    r"schoolchildren|youth|dignitaries|envoys|chiefs|activists|inhabitants|compatriots|personnel|cadets|"
    r"teachers|scientists|visitors|Bakuvians|Azerbaijanis|diaspora|public"
)
_MODIFIER = (
    r"(?:(?i:state|government(?:al)?|religious|foreign|international|other|many|numerous|several|leading|"
    r"senior|high-ranking|top|public|local|ordinary|military|diplomatic|young|political|civil|cultural|"
    r"scientific|parliamentary|community)|[A-Z][a-z]+(?:i|ian|ish|ese))"
)
# The "of ..." complement ends before a verb or another preposition: "heads of religious communities
# functioning in Azerbaijan" -> "heads of religious communities".
_TAIL_STOP = (
    r"(?!(?i:and|to|in|who|which|that|were|was|is|are|have|has|had|at|on|from|with|as|also|came|come|visit|"
    r"visits|laid|lay|paid|pay|took|attend|attends|expressed|joined|gathered|\w+ed|\w+ing)\b)"
)
_ROLE_WORD = r"(?i:prime-minister|prime|minister|speaker|chairman|parliament's|parliament|president|premier)"
_ROLE_WORD += r"\b"
_GROUP_CORE = (
    r"(?<![\w-])(?i:(?:(?:tens\s+of\s+|hundreds\s+of\s+)?"
    r"(?:thousands|hundreds|millions|dozens|scores)\s+of\s+)"
    r"|(?:a\s+(?:large\s+)?number\s+of\s+))?"
    rf"(?:{_MODIFIER}(?:\s+and\s+{_MODIFIER})?\s+){{0,3}}"
    rf"(?i:{_HEADS})\b"
    rf"(?:\s+(?i:of|from)\s+(?i:the\s+)?(?:{_TAIL_STOP}[\w'’`-]+\s+){{0,3}}{_TAIL_STOP}[\w'’`-]+"
    rf"(?:\s+(?i:and)\s+(?i:the\s+)?{_ROLE_WORD}(?:\s+{_ROLE_WORD})*(?!\s+[A-Z][a-z]))?)?"
)
# "deputies of the Speaker and the Prime Minister" is one group, but in "ambassadors of foreign countries
# and Speaker Sahiba Gafarova" the title belongs to the name that follows it.
_GROUP = re.compile(_GROUP_CORE)
_QUANTIFIED = re.compile(
    r"(?:tens|hundreds|thousands|millions|dozens|scores|a\s+(?:large\s+)?number|many|numerous)\b", re.I
)
_HEADS_ONLY = re.compile(rf"\b(?:{_HEADS})\b", re.I)


def _last_word(text: str, start: int, end: int) -> str:
    """The last whitespace-separated word of text[start:end] ("" if none), without splitting all of it (a long
    sentence with many groups would make that quadratic)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def find_groups(text: str, start: int, end: int) -> list[Span]:
    """Spans of group phrases ("heads of religious communities", "thousands of residents")."""
    out: list[Span] = []
    for m in _GROUP.finditer(text, start, end):
        head = _HEADS_ONLY.search(m.group())
        if head is None:
            continue
        # A capitalised head right after "of"/"and" or a capitalised word belongs to a title ("Minister of
        # Youth and Sports"); "the people of Azerbaijan" is the nation, not a crowd at the ceremony.
        if head.group()[:1].isupper():
            before = _last_word(text, start, m.start())
            if before in {"of", "and"} or before[:1].isupper():
                continue
        if head.group().lower() == "people" and not _QUANTIFIED.match(m.group()):
            continue
        out.append(Span(m.start(), m.end()))
    return out
