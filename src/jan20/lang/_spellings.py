"""The other spellings of the words and patterns of the data files (the apostrophe's twin, a page typed without
accents), for the engine (`jan20.lang`), which reads each language's letters and hands them in."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

# The other spellings of a listed word that pages type, so that a data file writes each word once:
# * the apostrophe: the straight ' for the typographic ’ and back ("bakı'da" and "bakı’da"; every other mark typed
#   for one is read as ’ before any list is, `text.fold.read_apostrophes`);
# * without accents: each letter of `[language] unaccented` ("ş:s ı:i …", a letter and the one ASCII letter jan20's
#   folding reads it as) written as that letter, all at once ("şəhidlər" is also "sehidler", "hıyabanı'nı"
#   "hiyabani'ni"), as a page typed without diacritics writes it. Not in a word of three letters or fewer, as
#   typed: among short words the spelling without accents is most often another word, and often another
#   language's ("iş" is "is", "ön" "on", "baş" "bas", "üç" "uç"); the short words of the lists are mostly case
#   endings, listed in every vowel already ("dır dir"). A longer one may be another language's word too ("önce",
#   before, is "once"): a list where that matters leaves it out as any word, "önce -once". (A circumflex is read
#   off the text: `text.fold.lowercase`.)
_APOSTROPHE_TWINS = str.maketrans({"'": "\u2019", "\u2019": "'"})
_SHORTEST_UNACCENTED = 4  # letters, an apostrophe not counted


def spellings(
    word: str, plain: Mapping[int, str], short: frozenset[str] = frozenset(), clashes: frozenset[str] = frozenset()
) -> Iterator[str]:
    """word, then its other spellings (see above), each once: `plain` maps a language's letters to the letters a
    page typed without accents writes for them (`_plain_letters`); `short` are the shorter words spelt without
    accents too, their plain spelling being no other word ("yıl": "yil"), and `clashes` the plain spellings never
    read, being other words ("öldü", died, is "oldu", became): the language's `[language] unaccented_short` and
    `unaccented_clashes`."""
    yield word
    if word.isascii() and "'" not in word:  # (most words: nothing to respell)
        return
    twin = word.translate(_APOSTROPHE_TWINS)
    found = [twin]
    stem = word.partition(":")[0].rstrip("*")  # (of "stem:class", or a casualty phrase's stem, "öldür*")
    if len(stem) - stem.count("'") - stem.count("\u2019") >= _SHORTEST_UNACCENTED or stem in short:
        found += [
            spelling
            for spelling in (word.translate(plain), twin.translate(plain))
            if spelling.partition(":")[0].rstrip("*") not in clashes
        ]
    for spelling in dict.fromkeys(found):
        if spelling != word:
            yield spelling


def unaccented_pattern(pattern: str, plain: Mapping[int, str], short: frozenset[str] = frozenset()) -> str:
    """A pattern whose literal letters of `plain` (a language's `[language] unaccented`) match their plain letters too,
    as a page typed without accents writes them, all at once in a run of letters as the words of its lists are read
    (`spellings`): "çelenk\\s+bıraktı" as "(?:çelenk|celenk)\\s+(?:bıraktı|birakti)". Only a run of four literal
    letters or more outside a character class (a class lists its letters itself; a shorter run is most often a stem or
    an ending whose plain spelling is another word, "baş", "iş"), but any run inside a negative lookaround, which
    then excludes more ("(?!mə)": "(?!(?:mə|me))"). Both spellings of a run have its length (a lookbehind keeps its
    width); a quantified last letter is left out of the run ("dua+"). A shorter run of `short` is respelt too ("yıl":
    see `spellings`)."""
    if not plain or pattern.isascii():
        return pattern
    out: list[str] = []
    run: list[str] = []  # the literal letters read since the last other character
    groups: list[bool] = []  # for each open group, whether it is (or is inside) a negative lookaround

    def flush(quantified: bool) -> None:
        letters, last = "".join(run), ""
        if quantified and letters:
            letters, last = letters[:-1], letters[-1]  # ("dua+": the quantifier is its last letter's)
        twin = letters.translate(plain)
        long = len(letters) >= _SHORTEST_UNACCENTED or letters in short
        if twin != letters and (long or (groups and groups[-1])):
            letters = f"(?:{letters}|{twin})"
        out.append(letters + last)
        run.clear()

    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c.isalpha():
            run.append(c)
            i += 1
            continue
        flush(c in "*+?{")
        if c == "\\":
            out.append(pattern[i : i + 2])  # (an escape: "\\w", "\\s", an escaped mark)
            i += 2
            continue
        if c == "[":
            end = _class_end(pattern, i)
            out.append(pattern[i:end])
            i = end
            continue
        if c == "(":
            negative = pattern.startswith(("(?!", "(?<!"), i)
            groups.append(negative or bool(groups and groups[-1]))
        elif c == ")" and groups:
            groups.pop()
        out.append(c)
        i += 1
    flush(False)
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """Where the character class opened at `start` ends (after its "]"; a "]" first in it is a member)."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return min(i + 1, len(pattern))
