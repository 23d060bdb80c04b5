"""Reading cardinal numbers (digits or English words) out of text, with offsets into the original text.

``find_numbers`` reports every number it can read: ``147``, ``1,200``, ``1 200``, ``26 thousand``,
``1.5 million``, ``one hundred and forty-seven``, ``Eight``, ``a dozen``, and ordinals (``34th``,
``thirty-fourth``, flagged ``ordinal=True``). It does not judge what a number counts: a year, an age or a
page number is still a mention; callers use ``ordinal``, ``kind`` and ``looks_like_year`` to decide.

Not mentions at all: dates and times written with separators (``2025-01-19``, ``20.01.1990``, ``22:01``),
decimals without a scale word (``2.5``), digits glued to letters (``1990s``, ``5km``, ``F16``) and the
vague plurals ``hundreds``/``thousands``/``dozens`` (text2num would read "thousands" as 1000).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any, Literal

from text_to_num import text2num

from jan20 import lang
from jan20.text.dates import MONTH_NAME

__all__ = ["ROMAN", "NumberMention", "find_numbers", "roman_to_int", "words_to_int"]


@dataclass(frozen=True)
class NumberMention:
    """A number read from text; ``start``/``end`` are code-point offsets into the text given."""

    value: int
    start: int
    end: int
    text: str
    ordinal: bool = False
    kind: Literal["digits", "words"] = "digits"

    @property
    def looks_like_year(self) -> bool:
        """Four plain digits between 1800 and 2100 (``1990``; not ``1,990``)."""
        return self.kind == "digits" and not self.ordinal and self.text.isdigit() and 1800 <= self.value <= 2100


# The number words of the languages text2num reads (`reader = "text2num"` in their `[numbers]`: English), in order.
_SPELLED = [
    (language.code, numbers) for language, numbers in lang.table("numbers") if numbers.get("reader") == "text2num"
]
_TEXT2NUM = _SPELLED[0][0] if _SPELLED else "en"  # the language text2num is asked to read


def _listed(key: str) -> tuple[str, ...]:
    return tuple(word for _, numbers in _SPELLED for word in str(numbers.get(key, "")).split())


_UNITS = _listed("units")  # zero, one, … nineteen
_TENS = _listed("tens")
_SMALL = frozenset(_UNITS) | frozenset(_TENS)
_SCALES = {word: int(value) for _, numbers in _SPELLED for word, value in numbers.get("scales", {}).items()}
_CARDINAL_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES)
# Ordinal word -> the cardinal word text2num understands.
_ORDINAL_WORDS = {
    word: str(cardinal) for _, numbers in _SPELLED for word, cardinal in numbers.get("ordinals", {}).items()
}
_DOZEN = frozenset(_listed("dozen"))
_ARTICLE = frozenset(_listed("article"))
_JOINER = frozenset(_listed("joiner"))
_ONLY_AFTER_TENS = frozenset(_listed("only_after_tens"))
_LONE_SCALE_AFTER = frozenset(_listed("lone_scale_after"))  # "over hundred": a lone scale word that counts
_MAX_RUN = 12  # words; longer runs are split (keeps the greedy parse cheap on junk)
_MAX_DIGITS = 18  # longer digit strings are identifiers, not counts (and int() has a size limit)

# Tried in order at each position; the first alternatives swallow dates/times/versions so their
# parts are never read as counts.
_DIGITS = re.compile(
    # (not inside a word or a number; after a comma only when a letter is before it, a space left out: "kaybetti,700")
    r"(?<![\w.])(?<![\d.,],)(?<!^,)(?<!\s,)"
    r"(?:(?P<skip>[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]+(?:[./][0-9]+){2,}|[0-9]+(?::[0-9]{2})+)"
    r"|(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9,])|[0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+(?![0-9])|[0-9]+)"
    r"(?P<dec>\.[0-9]+)?"
    rf"(?P<ord>{lang.alternation(_listed('ordinal_suffixes'))})?(?![^\W_])"  # "14rd" (sic) is an ordinal too
    r"|(?P<glued>[0-9][0-9.,]*[^\W\d_]\w*))",
)
# After digits, a scale word multiplies them ("26 thousand"), and so does a Russian thousand in any case form
# ("20 тысяч"), which its own reader reads after number words only.
_DIGIT_SCALES = _SCALES | dict.fromkeys(lang.words("numbers.thousand") | lang.words("numbers.thousand_short"), 1000)
_SCALE_AFTER = re.compile(rf"[ \u00a0]+({lang.alternation(_DIGIT_SCALES)})\b", re.IGNORECASE)
# A decimal comma, read only before a scale word: "1,5 тысячи", "2,5 bin" (a comma with three digits groups them:
# "1,500"; one with no scale after it is no number's: "1,5")
_DECIMAL_COMMA = re.compile(r",([0-9]{1,2})(?![0-9,.])")
_WORD = re.compile(r"(?<![\w'’])[A-Za-z]+(?![\w'’])")
_GAP_IN_RUN = re.compile(r"\s+|\s*-\s*")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+$")


def _where(reader: str) -> tuple[re.Pattern[str], int, re.Pattern[str] | None]:
    """Where the number words of the languages a reader reads are read (`read_where` in their `[numbers]`): only in
    their text, told by its letters within `read_reach` of the stretch read (a short sentence may have none:
    elsewhere Azerbaijani "on" and "min" are English words), or by its words typed without those letters
    (`read_where_words`: Turkish "kisi", "sehit"), when a language lists them."""
    tables = [numbers for _, numbers in lang.table("numbers") if numbers.get("reader") == reader]
    letters = "|".join(str(numbers["read_where"]) for numbers in tables) or r"(?!x)x"
    words = "|".join(str(numbers["read_where_words"]) for numbers in tables if numbers.get("read_where_words"))
    reach = max((int(numbers.get("read_reach", 0)) for numbers in tables), default=0)
    return re.compile(letters, re.IGNORECASE), reach, re.compile(words, re.IGNORECASE) if words else None


_FORMS_WHERE, _FORMS_REACH, _FORMS_WORDS = _where("forms")  # every form listed: Russian
_STEMS_WHERE, _STEMS_REACH, _STEMS_WORDS = _where("stems")  # stems with case endings: Azerbaijani, Turkish


def _one_letter(where: re.Pattern[str]) -> bool:
    """Whether each match of the pattern is one character, whatever stands around it: its width is one (from its
    parse, `re._parser`) and it holds no assertion (a word edge, a look-around)."""
    try:
        parsed = importlib.import_module("re._parser").parse(where.pattern, where.flags)
        ops = importlib.import_module("re._constants")
        plain = {ops.LITERAL, ops.NOT_LITERAL, ops.IN, ops.ANY, ops.BRANCH, ops.SUBPATTERN}
    except (ImportError, AttributeError, re.error):  # (another Python: searched as usual)
        return False

    def simple(items: Any) -> bool:
        for op, arg in items:
            if op not in plain or (op is ops.BRANCH and not all(map(simple, arg[1]))):
                return False
            if op is ops.SUBPATTERN and not simple(arg[-1]):
                return False
        return True

    return tuple(parsed.getwidth()) == (1, 1) and simple(parsed)


class _Letters:
    """Whether the letters of a reader's languages (`where`) stand within `reach` characters of a stretch.

    Such a pattern is a class of letters matched case-insensitively, which the engine tries character by character
    at every position: searched so, it was a tenth of the casualty walk's time. When each match is one character
    whatever is around it (`_one_letter`), a stretch holds a match exactly when one of its distinct characters is
    one (each character asked once), and an ASCII stretch none when no ASCII character is one.

    With none of its letters near, the language's words typed without them (`words`) tell its text too: searched
    around the stretch only in a text that holds one (the last text asked is remembered with the answer: an English
    article is searched once, not at each stretch)."""

    def __init__(self, where: re.Pattern[str], reach: int, words: re.Pattern[str] | None = None) -> None:
        self.where, self.reach, self.words = where, reach, words
        self.one = _one_letter(where)
        self.ascii = not self.one or any(where.fullmatch(chr(c)) for c in range(128))
        self.known: dict[str, bool] = {}  # each character asked: whether it is a match
        self.last: tuple[str, bool] = ("", False)  # the last text asked about its words, and whether it holds one

    def near(self, text: str, start: int, end: int) -> bool:
        low, high = max(0, start - self.reach), end + self.reach  # the stretch's reach, for both tests
        if self._letters_in(text, low, high):
            return True
        if self.words is None:
            return False
        if self.last[0] is not text:
            self.last = (text, self.words.search(text) is not None)
        return self.last[1] and self.words.search(text, low, high) is not None

    def _letters_in(self, text: str, low: int, high: int) -> bool:
        """Whether a letter of the languages stands in text[low:high]."""
        if not self.one:
            return self.where.search(text, low, high) is not None
        if not self.ascii and text.isascii():  # (a flag's test: a whole text of ASCII holds none)
            return False
        window = text[low:high]
        if not self.ascii and window.isascii():
            return False
        for char in set(window):
            if (hit := self.known.get(char)) is None:
                hit = self.known[char] = self.where.fullmatch(char) is not None
            if hit:
                return True
        return False


_FORMS_NEAR = _Letters(_FORMS_WHERE, _FORMS_REACH, _FORMS_WORDS)
_STEMS_NEAR = _Letters(_STEMS_WHERE, _STEMS_REACH, _STEMS_WORDS)


_MONTH_BEFORE = re.compile(rf"(?<!\w)(?:{MONTH_NAME})\s*$", re.IGNORECASE)  # in any language


def _parse_words(words: list[str]) -> tuple[int, bool] | None:
    """Value and ordinal flag of a sequence of lower-case number words, or None."""
    ordinal = bool(words) and words[-1] in _ORDINAL_WORDS
    if ordinal:
        # "second" alone is usually the time unit or "the second time"; only "twenty-second" counts.
        if words[-1] in _ONLY_AFTER_TENS and (len(words) == 1 or words[-2] not in _TENS):
            return None
        words = [*words[:-1], _ORDINAL_WORDS[words[-1]]]
    if words and words[0] in _ARTICLE:
        # "a" is a number only in "a hundred", "a dozen"; never on its own.
        if len(words) < 2 or (words[1] not in _SCALES and words[1] not in _DOZEN):
            return None
        words = words[1:]
    multiplier = 1
    if words and words[-1] in _DOZEN:
        multiplier, words = 12, words[:-1]
        if not words:
            return 12, ordinal
    if (
        not words
        or words[0] in _JOINER
        or words[-1] in _JOINER
        or any(w not in _CARDINAL_WORDS and w not in _JOINER for w in words)
    ):
        return None  # (text2num would also read "hundreds" as 100)
    # "and" only after a scale word ("one hundred and six"); text2num reads "seventy and five" as 75.
    if any(w in _JOINER and words[i - 1] not in _SCALES for i, w in enumerate(words)):
        return None
    try:
        value = text2num(" ".join(words), _TEXT2NUM)
    except (ValueError, TypeError, IndexError, KeyError):
        return None
    if not isinstance(value, int) or value < 0:
        return None
    return value * multiplier, ordinal


def words_to_int(words: str) -> int | None:
    """The cardinal written in ``words`` ("one hundred and forty-seven", "a dozen", "1,200"), or None."""
    phrase = " ".join(words.replace("-", " ").split()).lower()
    if not phrase:
        return None
    digits = phrase.replace(",", "").replace(" ", "")
    if digits.isascii() and digits.isdigit():
        return int(digits) if len(digits) <= _MAX_DIGITS else None
    parsed = _parse_words(phrase.split())
    return parsed[0] if parsed is not None and not parsed[1] else None


# A Roman numeral from 1 to 99, in capitals ("XXXIV": 34), as some pages write an anniversary's ordinal; larger ones
# name no count of years since 1990 (and "MMXX" a year). Case-sensitive even inside a pattern that ignores case.
ROMAN = r"(?-i:(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
_ROMAN = re.compile(ROMAN)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(token: str) -> int | None:
    """The value of a Roman numeral from 1 to 99 ("XXIX": 29), or None for any other token ("XX" is 20; "MIX",
    "IIII", "xx" are none)."""
    if _ROMAN.fullmatch(token) is None:
        return None
    values = [_ROMAN_VALUES[c] for c in token]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


_NOT_DIGITS = re.compile(r"[^0-9]")


def _digit_mentions(text: str, start: int, end: int) -> list[NumberMention]:
    out: list[NumberMention] = []
    for m in _DIGITS.finditer(text, start, end):
        raw = m.group("num")
        if raw is None:
            continue
        start, end = m.start(), m.end()
        plain = _NOT_DIGITS.sub("", raw)
        if len(plain) > _MAX_DIGITS:
            continue
        # "January 20 147 people": a space-grouped number right after a month is a day then a count.
        if " " in raw and _MONTH_BEFORE.search(text[max(0, start - 12) : start]):
            day, rest = raw.split(" ", 1)
            rest_start = start + len(day) + 1
            out.append(NumberMention(int(day), start, start + len(day), day))
            out.append(NumberMention(int(re.sub(r"\D", "", rest)), rest_start, rest_start + len(rest), rest))
            continue
        dec = m.group("dec")
        comma = _DECIMAL_COMMA.match(text, end) if not dec and not m.group("ord") and "," not in raw else None
        if comma is not None and _SCALE_AFTER.match(text, comma.end()):
            dec, end = "." + comma.group(1), comma.end()  # "1,5 тысячи" is 1500
        scale = _SCALE_AFTER.match(text, end) if not m.group("ord") else None
        if dec and scale is None:
            continue  # "2.5" is not a count
        value = int(plain)
        if scale is not None:
            factor = _DIGIT_SCALES[scale.group(1).lower()]
            value = round(float(plain + (dec or "")) * factor) if dec else value * factor
            end = scale.end()
        out.append(NumberMention(value, start, end, text[start:end], ordinal=bool(m.group("ord"))))
    return out


def _can_follow(prev: str, word: str) -> bool:
    """Can ``word`` continue a number after ``prev``? Not after an ordinal; "one two" and "twenty thirty"
    are two numbers (splitting here also keeps the parse cheap on long junk runs)."""
    if prev in _ORDINAL_WORDS:
        return False
    return not (prev in _SMALL and word in _SMALL and not (prev in _TENS and word in _UNITS[1:10]))


def _word_runs(text: str, taken: list[tuple[int, int]], start: int, end: int) -> list[list[re.Match[str]]]:
    """Runs of adjacent number words ("one hundred and forty - seven"), outside spans already taken."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    taken_iter = iter(sorted(taken))
    span = next(taken_iter, None)
    for m in _WORD.finditer(text, start, end):
        while span is not None and span[1] <= m.start():
            span = next(taken_iter, None)
        word = m.group().lower()
        inside = span is not None and span[0] < m.end() and m.start() < span[1]
        is_num = not inside and (word in _CARDINAL_WORDS or word in _ORDINAL_WORDS or word in _DOZEN)
        joinable = is_num or (not inside and (word in _ARTICLE or word in _JOINER))
        glued = bool(run) and _GAP_IN_RUN.fullmatch(text, run[-1].end(), m.start()) is not None
        if run and glued and joinable and len(run) < _MAX_RUN and _can_follow(run[-1].group().lower(), word):
            run.append(m)
            continue
        if run:
            runs.append(run)
        run = [m] if joinable else []
    if run:
        runs.append(run)
    return runs


def _after_lone(text: str, word: re.Match[str]) -> bool:
    """Whether the word before a lone scale word makes it a count ("over hundred", "more than hundred")."""
    before = _PREVIOUS_WORD.search(text, max(0, word.start() - 16), word.start())
    return before is not None and before.group(1).lower() in _LONE_SCALE_AFTER


def _word_mentions(text: str, taken: list[tuple[int, int]], start: int, end: int) -> list[NumberMention]:
    out: list[NumberMention] = []
    for run in _word_runs(text, taken, start, end):
        i = 0
        while i < len(run):
            # Greedy: the longest prefix that parses ("one two" -> 1, 2; "forty seven" -> 47).
            for j in range(len(run), i, -1):
                words = [m.group().lower() for m in run[i:j]]
                parsed = _parse_words(words)
                # A lone scale word is vague, not a count: "several hundred were wounded" (but "over hundred").
                if parsed is not None and not (
                    len(words) == 1 and words[0] in _SCALES and not _after_lone(text, run[i])
                ):
                    start, end = run[i].start(), run[j - 1].end()
                    out.append(NumberMention(parsed[0], start, end, text[start:end], parsed[1], "words"))
                    i = j
                    break
            else:
                i += 1
    return out


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number in ``text`` as digits or English, Russian or Azerbaijani words, in order, with offsets.

    Hyphenated and "and"-joined words form one number ("one hundred and forty-seven" -> 147); "and"
    joins only after a scale word, so "six and seven" stays two numbers. Plurals ("hundreds of") and a
    lone scale word ("several hundred") are not numbers, unless a word of `lone_scale_after` is right before it
    ("over hundred", "more than hundred": an article left out).

    ``start``/``end`` read only that stretch (offsets stay those of ``text``). Cut right after punctuation
    that is followed by a space (". ", "; ", ", "), a stretch reads as it does within the whole text: no
    number, and no run of number words, goes across such a cut.
    """
    end = len(text) if end is None else end
    digits = _digit_mentions(text, start, end)
    words = _word_mentions(text, [(d.start, d.end) for d in digits], start, end)
    if _FORMS_NEAR.near(text, start, end):
        from jan20.text.numbers_ru import russian_numbers

        words += [
            NumberMention(n.value, n.start, n.end, text[n.start : n.end], False, "words")
            for n in russian_numbers(text, start, end)
        ]
    if _STEMS_NEAR.near(text, start, end):
        from jan20.text.numbers_az import azerbaijani_numbers

        for n in azerbaijani_numbers(text, start, end):
            if any(d.start < n.end and n.start < d.end for d in digits + words):
                continue
            # "30 min" is 30,000 and "5 yüz" 500, as "26 thousand" is: the digits before a lone scale word
            before = next((d for d in digits if d.end < n.start and not text[d.end : n.start].strip()), None)
            if before is not None and n.value in (100, 1000) and not before.ordinal:
                digits.remove(before)
                value, first = before.value * n.value, before.start
            else:
                value, first = n.value, n.start
            words.append(NumberMention(value, first, n.end, text[first : n.end], False, "words"))
    return sorted(digits + words, key=lambda n: n.start)
