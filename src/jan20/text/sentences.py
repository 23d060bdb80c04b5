"""Text plumbing for the extractors: sentences, paragraphs and tokens (quotation masking is `quotes`).

Every function keeps offsets into the text it was given, so mentions can point back at the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from jan20.text.fold import lowercase

from .. import lang


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class _Lowered:
    """`Token.low`, folded on first use and kept in the token (a non-data descriptor: the value it stores in the
    instance's dictionary is read from then on without calling it). The attendee walk asks each token's lower
    case about four times (398,000 calls for 89,000 tokens on 1 MB of cue-dense text), and folding it each time
    was a tenth of the walk's time."""

    def __get__(self, token: Token, owner: type | None = None) -> str:
        value = token.__dict__["low"] = lowercase(token.text)  # ("İcra" is "icra")
        return value


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    low = _Lowered()  # (not a field: no annotation)

    def __init__(self, text: str, start: int, end: int) -> None:
        # (kept by the dataclass: its own sets each field through object.__setattr__, a frozen class's way, and the
        # walks make a token of each word of every sentence they read; 1.7% of the extractors' instructions on
        # cue-dense text, 2026-12-06)
        self.__dict__.update(text=text, start=start, end=end)


# Extractors read an article's first READ_LIMIT characters: ten times the longest document of the shipped
# archive, and a bound on the time a page saved as one 50 MB line can take (the rest stays indexed and searchable).
READ_LIMIT = 500_000


_ABBREVIATION = lang.words("text.abbreviations")  # a full stop after one ends no sentence
_ORDINAL_NOUNS = lang.words("text.ordinal_nouns")  # "26. Dönem": after digits, before one, a full stop is an ordinal's
_NEXT_WORD = re.compile(r"[^\W\d_]+")
# Every language's capital letters, as a regular expression's class ("A-Z", "ƏÇŞÖÜĞİ", "А-ЯЁ"): an abbreviation of
# single capitals each with a full stop ("U.S.", "M.Ü.", "D.E.Ü.") is one token in any script.
_CAPITALS = "".join(sorted(lang.words("language.capitals")))
_CAPITAL_STOPS = rf"(?:[{_CAPITALS}]\.){{2,}}"  # (the one pattern of them: the tokens, the split, `dotted_capitals`)
_DOTTED_CAPITALS = re.compile(rf"(?<![^\W\d_]){_CAPITAL_STOPS}$")
_DOTTED_WORD = re.compile(_CAPITAL_STOPS)
# After such an abbreviation, a capitalised word of these opens a sentence ("… in the U.S. The ambassador said"); any
# other word goes on with it ("M.Ü. Öğretim Üyesi X", "the U.N. Secretary General").
_OPENING_WORDS = lang.words("text.opening_words")
_ORDINAL_DIGITS = re.compile(r"(?<![\d.,])\d{1,3}$")  # an ordinal has at most three digits: "1990. Sonra" ends one
# A full stop ends a sentence before blanks, or glued to the next one as pages joined from paragraphs lose the
# break between them ("… attended the event.In his remarks, …"): a lower-case word of two letters or more before
# it, a capitalised word after it (not "News.Az", "U.S.", "e.g.", "www.site.az").
# (Written with the stop first in both alternatives, the second's letters before it as a lookbehind that ends with
# it, so that the engine skips to the next stop with its quick scan for a first character rather than trying the
# lookbehind at every position: the same matches, 12× quicker over news-like text, where the split was a sixth of
# the facts' time, 2026-12-06.)
_SENTENCE_END = re.compile(r"[.!?…](?:[.!?…]*[\"'”’)\]*_]*\s+|(?<=[^\W\d_]{2}\.)(?=[^\W\d_][^\W\d_]+\s))")
# A blank line, a list item or heading on the next line, or a line ending in sentence punctuation or in a
# Markdown hard break (two spaces) ends a sentence; other line breaks are wrapping inside a sentence.
_PARAGRAPH = re.compile(
    r"\n[ \t]*\n"  # blank line
    r"|\n(?=[ \t]*(?:[-*+#>•|]|\d+[.)])\s)"  # list item or heading next
    r"|(?<=[.!?:;\"”’*)])[ \t]*\n|[ \t]{2,}\n"  # punctuation or a hard break at the end of the line
)
_HONORIFICS = lang.alternation(lang.words("text.honorifics"))
# Those with full stops inside ("v.i.e", "t.ü.f.d"), often written without the last one ("rektor v.i.e X"): one token
# either way.
_DOTTED = lang.alternation(w for w in lang.words("text.honorifics") if "." in w)
# A title written out in full before an honorific's abbreviation ("Professor. Dr. X", as a machine translation writes
# "Prof. Dr. X"; "Associate Professor. Dr. Y"): its full stop ends no sentence, and is no token of the walks.
_TITLE_STOP = re.compile(
    rf"(?<![^\W\d_])(?=[{_CAPITALS}])(?i:{lang.alternation(lang.words('roles.degrees'))})"
    rf"\.(?=[ \t]+(?:{_HONORIFICS})\.\s)"
)
_BEFORE_HONORIFIC = re.compile(rf"\.[ \t]+(?:{_HONORIFICS})\.\s")  # where such a stop may be
_ORDINAL_SUFFIXES = lang.alternation(lang.words("numbers.ordinal_suffixes"))
_ORDINAL_TOKEN = (  # an ordinal keeps its full stop before one of its nouns ("26. Dönem")
    rf"|\d{{1,3}}\.(?=\s+(?i:{lang.alternation(_ORDINAL_NOUNS)})(?!\w))" if _ORDINAL_NOUNS else ""
)
_TOKEN = re.compile(
    rf"(?:{_HONORIFICS})\.{_ORDINAL_TOKEN}"  # an honorific keeps its full stop
    + (rf"|(?<![^\W\d_])(?:{_DOTTED})(?![^\W\d_.])" if _DOTTED else "")  # ("v.i.e" without its last stop)
    # an abbreviation of capitals keeps its full stops ("U.S.", "M.Ü."); not initials glued to a name ("X.H.Sultanlı")
    + rf"|{_CAPITAL_STOPS}(?![^\W\d_])"
    # (not a Roman numeral after a hyphen, a rank's that opens the next title: "əməkdaşları-I katibi X")
    # (Rasi-zade, Parliament's, Martyrs', and an abbreviation's: BHOS')
    r"|[^\W\d_]+(?:['’`\-‐](?![IVX]+(?![^\W\d_]))[^\W\d_]+)*(?:(?<=[sS])['’])?"
    rf"|\d+(?:[.,:]\d+)*(?:{_ORDINAL_SUFFIXES})?"  # "20th"
    r"|[^\w\s]"
)
_MARKUP = re.compile(r"^[\s#*_>|•-]+|[\s*_|]+$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACE_RUN = re.compile(r"\s*")
_GOES_ON = frozenset(",;:(–—-")  # a line ending in one of these goes on after the break
_LABEL_MAX = 40  # characters of a fact box's label on a line of its own
_VALUE_LINE = re.compile(r"[ \t]*(?:[•*|-][ \t]*)?\d")  # a line that starts with its value (a bullet before it)
_NEXT_CHAR = re.compile(r"\s{0,80}(\S?)")  # bounded: a run of blanks must not make this quadratic


def sentences(text: str, start: int = 0, end: int | None = None, *, lines: bool = False) -> list[Span]:
    """Sentence spans: paragraphs and list items, then full stops not after an abbreviation or initial.

    `lines`: a line break ends a sentence too, unless the line plainly goes on (the next line starts in lower case,
    or this one ends in a comma, a colon, a bracket or a dash): labels and table rows ("Deaths: 147" then
    "Injured: 744") are sentences of their own. Without it, a line break ends a sentence only after sentence
    punctuation (a page's links, each on a line, stay in their sentence).

    `start`/`end` limit the split to a stretch of the text; split from one blank line to the next (see
    `paragraphs`) it gives the same sentences as the whole text does there.
    """
    end = len(text) if end is None else end
    key = (start, end, lines)
    if (known := _SPLITS.get(text)) is None:
        known = _SPLITS[text] = {}
        if len(_SPLITS) > _SPLIT_TEXTS:
            del _SPLITS[next(iter(_SPLITS))]
    if (spans := known.get(key)) is None:
        spans = known[key] = _split(text, start, end, lines)
    return list(spans)


# The splits made of the last few texts (by text, then stretch and mode). A split depends on nothing else, and the
# extractors of one article split the same paragraphs more than once: the attendee walk those with a cue, then the
# titles given elsewhere (`_roles_elsewhere`), the given names and the lone surnames those naming an attendee, of the
# same text (quotes masked: the same where it quotes nobody). On cue-dense text the second split of a whole text was
# 4% of the facts' CPU (2026-12-08). Kept per text, the oldest text dropped first: the entries hold no other text.
_SPLITS: dict[str, dict[tuple[int, int, bool], list[Span]]] = {}
_SPLIT_TEXTS = 4


def _split(text: str, start: int, end: int, lines: bool) -> list[Span]:
    """`sentences`, as it splits anew."""
    out: list[tuple[int, int]] = []
    pos = start
    breaks = _paragraph_breaks(text, start, end)
    if lines:
        breaks = [b for b in _with_line_breaks(text, start, end, breaks) if not _label_then_value(text, *b)]
    for block_end, next_start in [*breaks, (end, end)]:
        start = pos
        for m in _SENTENCE_END.finditer(text, pos, block_end):
            word = _letters_before_stop(text, max(start, m.start() - 40), m.start() + 1)
            nxt = text[m.end() : m.end() + 3].lstrip("\"'“‘(*_[")
            if m.end() - m.start() == 1 and not _glued_stop(text, start, m.start()):
                continue
            if word and (word.lower() in _ABBREVIATION or len(word) == 1) and not _opens_after_capitals(text, m):
                continue
            if word and _title_stop(text, m.start()):
                continue
            if _ORDINAL_DIGITS.search(text, max(start, m.start() - 4), m.start()) and _ordinal_noun(text, m.end()):
                continue
            if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
                continue
            out.append((start, m.end()))
            start = m.end()
        out.append((start, block_end))
        pos = next_start
    return [Span(a, b) for a, b in (_trimmed(text, a, b) for a, b in out) if b > a]


def _paragraph_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans `_PARAGRAPH.finditer(text, start, end)` gives, found from the line breaks: each of its matches
    holds one, and starts at it or at the blanks right before it (the scan of every position that the pattern
    needs is most of a sentence split's time)."""
    found: list[tuple[int, int]] = []
    pos = start
    at = text.find("\n", pos, end)
    while at >= 0:
        blank = at
        while blank > pos and text[blank - 1] in " \t":
            blank -= 1
        m = _PARAGRAPH.match(text, blank, end) or (_PARAGRAPH.match(text, at, end) if blank < at else None)
        if m is not None:
            found.append((m.start(), m.end()))
            pos = m.end()
        at = text.find("\n", max(pos, at + 1), end)
    return found


def _with_line_breaks(text: str, start: int, end: int, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The breaks, and each line break of text[start:end] after which the text does not plainly go on."""
    found = []
    at = text.find("\n", start, end)
    while at >= 0:
        before = text[max(start, at - 80) : at].rstrip()[-1:]
        after = _NEXT_CHAR.match(text, at + 1)
        if not ((after is not None and after.group(1).islower()) or before in _GOES_ON):
            found.append((at, at + 1))
        at = text.find("\n", at + 1, end)
    merged: list[tuple[int, int]] = []
    for brk in sorted([*breaks, *found]):
        if not merged or brk[0] >= merged[-1][1]:
            merged.append(brk)
    return merged


def _label_then_value(text: str, brk: int, after: int) -> bool:
    """Whether the line break text[brk:after] parts a bare label from its value on the next line, as a fact box
    copied as text has them ("Deaths" then "133–137", "Ölü sayı" then "• 613"): one line, read together."""
    if text.count("\n", brk, after) != 1:
        return False  # a blank line parts paragraphs
    low = max(0, brk - _LABEL_MAX - 1)
    newline = text.rfind("\n", low, brk)
    if newline < 0 and low > 0:
        return False  # a longer line
    label = text[newline + 1 : brk].strip()
    if not label or any(c.isdigit() for c in label) or label[-1] in ".!?;,":
        return False
    return _VALUE_LINE.match(text, after) is not None


_GLUED_NAME = 4  # letters of a capitalised word before a glued stop ("… 20 Января.Председатель …"), at least
_GLUED_NEXT = 5  # and of the capitalised word after it (not a site's domain: "News.Az", "Trend.Az")


def _glued_stop(text: str, start: int, stop: int) -> bool:
    """The full stop at `stop`, with no blank after it, ends a sentence: the word before it is in lower case (a
    page's paragraphs run together: "… the event.In his remarks"), the word after it capitalised; or the word before
    is a capitalised word of a few letters, no abbreviation, and the one after a longer capitalised word ("… трагедии
    20 Января.Председатель союза …")."""
    word = _letters_before_stop(text, max(start, stop - 40), stop + 1)
    if not (text[stop + 1 : stop + 2].isupper() and text[stop + 2 : stop + 3].islower()):
        return False
    if word.islower():
        return True
    after = _NEXT_WORD.match(text, stop + 1)
    named = len(word) >= _GLUED_NAME and word[:1].isupper() and word[1:].islower()
    return named and after is not None and len(after.group()) >= _GLUED_NEXT and after.group()[1:].islower()


def _opens_after_capitals(text: str, m: re.Match[str]) -> bool:
    """The stop of `m` closes an abbreviation of single capitals each with a full stop, and the word after it is one
    that opens a sentence ("… in the U.S. The ambassador said"; not "M.Ü. Öğretim Üyesi X", "A.B. Smith")."""
    if _DOTTED_CAPITALS.search(text, max(0, m.start() - 20), m.start() + 1) is None:
        return False
    found = _NEXT_WORD.match(text, m.end())
    return found is not None and found.group()[0].isupper() and lowercase(found.group()) in _OPENING_WORDS


def dotted_capitals(word: str) -> bool:
    """The word is an abbreviation of single capitals each with a full stop ("U.S.", "M.Ü.", "D.E.Ü.", "В.В."): the
    one token the tokens make of it."""
    return _DOTTED_WORD.fullmatch(word) is not None


def _title_stop(text: str, stop: int) -> bool:
    """The full stop at `stop` is that of a title written out before an honorific's abbreviation ("Professor. Dr.
    X"): it ends no sentence, and the tokens leave it out."""
    if _BEFORE_HONORIFIC.match(text, stop) is None:
        return False  # (most stops: no honorific's abbreviation after them; 4% of the facts' time without this)
    word = _letters_before_stop(text, max(0, stop - 40), stop + 1)
    found = _TITLE_STOP.match(text, stop - len(word)) if word else None
    return found is not None and found.end() == stop + 1


def _ordinal_noun(text: str, pos: int) -> bool:
    """The word at pos is one an ordinal written with a full stop comes before ("26. Dönem Milletvekili")."""
    found = _NEXT_WORD.match(text, pos)
    return found is not None and lowercase(found.group()) in _ORDINAL_NOUNS  # ("İldönümü" is "ildönümü")


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


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip())


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end]: words (with their inner hyphens and apostrophes), numbers, punctuation."""
    return [Token(m.group(), m.start(), m.end()) for m in token_matches(text, start, end)]


def token_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Where the tokens of text[start:end] are (for a token type of its own: see `_casualty_phrases.Tok`); not the
    full stop of a title written out before an honorific ("Professor. Dr. X": see `_title_stop`)."""
    found = _TOKEN.finditer(text, start, end)
    if _BEFORE_HONORIFIC.search(text, start, end) is None:
        return found  # (most text: no full stop before an honorific's, and every token as found)
    return (m for m in found if m.end() - m.start() > 1 or text[m.start()] != "." or not _title_stop(text, m.start()))


def normalised(text: str, start: int, end: int) -> str:
    """text[start:end] with each run of whitespace one space, and none at either end."""
    return " ".join(text[start:end].split())


def quote(text: str, span: Span) -> str:
    """The sentence, whitespace-normalised, without Markdown emphasis or heading marks around it."""
    return _MARKUP.sub("", normalised(text, span.start, span.end))
