"""What each language says, as data: `en.toml`, `ru.toml`, `az.toml`, `tr.toml` beside this module, compiled
once per process into what the extractors read. The extractors' walks are language-neutral code; a new
phrasing, role, place or language is a line (or a file) of data here.

Why TOML: the standard library reads it (`tomllib`, no dependency), it allows comments, and its literal
strings ('...' and '''...''') hold regular expressions without escaping, so people can edit the files
without reading Python.

A data file has tables of three kinds of value (see `en.toml` for each, documented where it is used):

* word lists: one string of whitespace-separated words (`words("attendees.glue")` is the union of every
  language's list); `${name}` in one is the words of the language's own derived list `name` (see `derived`:
  `${months}`, its `[dates]` months), `${table.key}` those of its own word list at that dotted key (one list for
  two uses: `"${names.particles}"`), and `-word` leaves `word` out of the list (`"${months} -may"`); each word is
  read in its other spellings too (`spellings`: with the other apostrophe, and without accents);
* pattern alternatives: a list of regular-expression strings (`alternatives("attendees.subject_cue")` is
  every language's list, in the order of `CODES`); `${name}` in one is the language's own derived list `name`
  joined with `|` (`${months}`: "january|february|…" in English), or else the fragment `name` of
  `[fragments]`, itself the alternatives of every language that declares it, joined with `|`;
* tables (`table("roles.table")`), read by the module that owns them.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jan20.lang._spellings import spellings, unaccented_pattern

CODES = ("en", "ru", "az", "tr")  # the order of every merged list: English first, then as added
_FRAGMENT = re.compile(r"\$\{(\w+)\}")
_LIST = re.compile(r"\$\{(\w+(?:\.\w+)+)\}")  # "${names.particles}": another word list of the same language


@dataclass(frozen=True)
class Language:
    """One data file, parsed."""

    code: str
    name: str
    data: Mapping[str, Any]

    def get(self, key: str) -> Any:
        """The value at a dotted key ("attendees.glue"), or None."""
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                return None
            node = node[part]
        return node


@cache
def _data() -> dict[str, dict[str, Any]]:
    """Every language's parsed data file: from `_compiled` (a Python module, so a process loads it from its
    bytecode in about a millisecond, where parsing the TOML takes tens) when it was made from these very files,
    else parsed now (a data file edited since `python -m jan20.lang` last wrote `_compiled`)."""
    texts = {code: _text(code) for code in CODES}
    from . import _compiled

    if digest(texts) == _compiled.DIGEST:
        return _compiled.DATA
    return _parsed(texts)


def _parsed(texts: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    import tomllib  # (only when `_compiled` is not current: its import and parsing cost tens of milliseconds)

    return {code: tomllib.loads(text) for code, text in texts.items()}


def _text(code: str) -> str:
    with open(os.path.join(os.path.dirname(__file__), f"{code}.toml"), encoding="utf-8") as file:
        return file.read()


def digest(texts: Mapping[str, str]) -> str:
    """A checksum of the data files' texts (their lengths and CRC-32s): what `_compiled` was made from."""
    return " ".join(f"{code}:{len(texts[code])}:{zlib.crc32(texts[code].encode()):08x}" for code in CODES)


def compiled_source() -> str:
    """The source of `_compiled`: the parsed data files as one Python literal, with the digest of their texts."""
    texts = {code: _text(code) for code in CODES}
    data = _parsed(texts)
    return (
        '"""The language data files, parsed: written by `python -m jan20.lang` (edit the .toml files, not this)."""\n'
        "\n# ruff: noqa\n# fmt: off\n"
        "from typing import Any\n\n"
        f"DIGEST = {digest(texts)!r}\n"
        f"DATA: dict[str, dict[str, Any]] = {data!r}\n"
    )


@cache
def language(code: str) -> Language:
    """The parsed data file of one language."""
    data = _data()[code]
    return Language(code, str(data.get("language", {}).get("name", code)), data)


def languages() -> Iterator[Language]:
    """Every language, in the order of `CODES`."""
    return (language(code) for code in CODES)


@cache
def derived(code: str) -> dict[str, tuple[str, ...]]:
    """The word lists derived from one language's data, which its own word lists and patterns name as
    `${name}`: `months`, its twelve `[dates] months` as listed (a "stem:class" item gives its stem), January
    first; `month_abbreviations`, its `[dates] abbreviations`; `weekdays`, the words of its `[dates] weekdays`
    (alternatives of plain words, "monday|tuesday|…", or of two words with spaces between: "bazar ertəsi"). Every
    other list of month or weekday words is made from these, so each is listed once per language."""
    lang = language(code)
    return {
        "months": tuple(item.partition(":")[0] for item in _listed(lang.get("dates.months"))),
        "month_abbreviations": tuple(name for names in lang.get("dates.abbreviations") or () for name in names),
        "weekdays": tuple(
            dict.fromkeys(
                word
                for alternative in _listed(lang.get("dates.weekdays"))
                for name in alternative.split("|")
                for word in _WORDS_OF_NAME.split(name)
            )
        ),
        "one_edit": tuple(form for word in _listed(lang.get("spelling.one_edit")) for form in one_edit(word)),
    }


def one_edit(word: str) -> tuple[str, ...]:
    """The word and every spelling of it within one edit of its letters (one dropped, added or changed, or two
    side by side swapped), with the letters of the word and of the ASCII alphabet: "anniversary", "anniversay",
    "anniversdary", "anniverasry"."""
    letters = sorted(set(word) | set("abcdefghijklmnopqrstuvwxyz"))
    forms = {word}
    for at in range(len(word) + 1):
        head, tail = word[:at], word[at:]
        forms.update(head + letter + tail for letter in letters)  # one added
        if tail:
            forms.add(head + tail[1:])  # one dropped
            forms.update(head + letter + tail[1:] for letter in letters)  # one changed
        if len(tail) > 1:
            forms.add(head + tail[1] + tail[0] + tail[2:])  # two swapped
    return tuple(sorted(forms))


_WORDS_OF_NAME = re.compile(r"\\s\+|\s+")  # between the words of a weekday's name ("bazar\s+ertəsi")


@cache
def words(key: str) -> frozenset[str]:
    """The union of every language's word list at `key`, each word in its other spellings too (`spellings`)."""
    out: set[str] = set()
    for lang in languages():
        out.update(words_of(lang.code, key))
    return frozenset(out)


@cache
def words_of(code: str, key: str) -> frozenset[str]:
    """One language's word list at `key`, each word in its other spellings too (`spellings`; not the letters
    of `[language]`, which are no words)."""
    value = language(code).get(key)
    if value is None:
        return frozenset()
    listed = _split(code, value)
    if key.startswith("language."):
        return frozenset(listed)
    removed = _removed(value)  # (a spelling the engine derives may be left out too: "önce -once")
    return frozenset(spelling for word in listed for spelling in spellings_of(code, word) if spelling not in removed)


def spellings_of(code: str, word: str) -> Iterator[str]:
    """A word of language `code` that a module reads from a table of its own, then its other spellings (`spellings`)."""
    return spellings(word, _plain_letters(code), *_unaccented_words(code))


def stem_spellings(code: str, stem: str) -> Iterator[str]:
    """A prefilter's stem of language `code` in every spelling a longer word opening with it may take: its other
    spellings (`spellings_of`) and its spelling without accents whatever its length (a word of four letters or more
    is respelt as a whole: "sözü" is also "sozu", so its stem "söz" is also "soz"; a stem only lets text through
    to the patterns, which then decide)."""
    plain = stem.translate(_plain_letters(code))
    return iter(dict.fromkeys((*spellings_of(code, stem), plain)))


def phrase_spellings(code: str, phrase: str) -> Iterator[str]:
    """A phrase of language `code` (words between spaces), then the same with every word in its spelling without
    accents, all at once, as a page typed without accents writes it ("hayatını kaybetti": "hayatini kaybetti"); a word
    without one (a short word, `spellings`) is kept as written, and a phrase of one word whose plain spelling is
    another word is not respelt ("öldü": `unaccented_clashes`; in a phrase, "şehit oldu", the others tell it)."""
    yield phrase
    plain = _plain_letters(code)
    short, clashes = _unaccented_words(code)
    words = phrase.split()
    respelt = [w.translate(plain) if w.translate(plain) in spellings(w, plain, short) else w for w in words]
    if respelt != words and not (len(words) == 1 and respelt[0].rstrip("*") in clashes):
        yield " ".join(respelt)


@cache
def _unaccented_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's `[language] unaccented_short` (the shorter words and endings spelt without accents too: "yıl") and
    `unaccented_clashes` (the spellings without accents that are other words, never derived: "oldu")."""
    return tuple(  # type: ignore[return-value]
        frozenset(str(language(code).get(f"language.unaccented_{key}") or "").split()) for key in ("short", "clashes")
    )


@cache
def _plain_letters(code: str) -> dict[int, str]:
    """A language's `[language] unaccented` ("ç:c ş:s"): each letter to the letter a page without accents writes."""
    pairs = (item.partition(":") for item in str(language(code).get("language.unaccented") or "").split())
    return {ord(letter): plain for letter, _, plain in pairs}


@cache
def _plain_letters_of_all() -> dict[int, str]:
    """Every language's `_plain_letters`, for a form that names no language (`forms`): a letter two languages
    write without accents differently is left as it is."""
    out: dict[int, str] = {}
    clashing: set[int] = set()
    for lang in languages():
        for letter, plain in _plain_letters(lang.code).items():
            if out.setdefault(letter, plain) != plain:
                clashing.add(letter)
    return {letter: plain for letter, plain in out.items() if letter not in clashing}


def alternation(words: Iterable[str]) -> str:
    """The words as one regular-expression alternation, each escaped, the longest first (so "mart" is not read as
    "mar" and a "t"), then by spelling: the same pattern in every process, whatever a set's order."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_REMOVED = re.compile(r"-\w")  # "-may": a word left out of the list


def _split(code: str, value: Any) -> list[str]:
    """The words of one language's word list: its `${name}` are the words of its derived list `name`, its
    `${table.key}` those of its word list at that key, and a word written `-word` is left out."""
    listed = _listed_words(value)
    out: list[str] = []
    for word in listed:
        name = _FRAGMENT.fullmatch(word)
        if name:
            out.extend(derived(code)[name.group(1)])
        elif listed_at := _LIST.fullmatch(word):
            out.extend(_split(code, language(code).get(listed_at.group(1))))
        elif not _REMOVED.match(word):
            out.append(word)
    removed = _removed(value)
    return [word for word in out if word not in removed]


def _listed_words(value: Any) -> list[str]:
    return value.split() if isinstance(value, str) else [word for item in value for word in str(item).split()]


def _removed(value: Any) -> set[str]:
    """The words a word list leaves out ("-may")."""
    return {word[1:] for word in _listed_words(value) if _REMOVED.match(word)}


@cache
def fragment(name: str) -> str:
    """The fragment `name`: every language's alternatives for it, joined with `|`."""
    parts = [_own(lang.code, alt) for lang in languages() for alt in _listed(lang.get(f"fragments.{name}"))]
    if not parts:
        raise KeyError(f"no language declares the fragment {name!r}")
    return expand("|".join(parts))


def _own(code: str, pattern: str) -> str:
    """A language's pattern with the `${name}` of its own derived lists written out (each joined with `|`, each word
    in its other spellings too: `spellings`)."""
    own = derived(code)

    def written_out(m: re.Match[str]) -> str:
        if m.group(1) not in own:
            return m.group()
        return "|".join(dict.fromkeys(spelling for word in own[m.group(1)] for spelling in spellings_of(code, word)))

    return _FRAGMENT.sub(written_out, pattern)


def expand(pattern: str, **local: str) -> str:
    """A pattern with its `${name}` fragments written out (`local` ones first)."""
    return _FRAGMENT.sub(lambda m: local[m.group(1)] if m.group(1) in local else fragment(m.group(1)), pattern)


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


@cache
def alternatives(key: str, plain: bool = False) -> tuple[str, ...]:
    """Every language's pattern alternatives at `key`, fragments written out, in the order of `CODES` (with `plain`,
    each language's letters matching their plain letters too: `unaccented`)."""
    return tuple(alt for lang in languages() for alt in alternatives_of(lang.code, key, plain))


def alternatives_of(code: str, key: str, plain: bool = False) -> tuple[str, ...]:
    """One language's pattern alternatives at `key`, fragments written out (`plain`: see `alternatives`)."""
    listed = _listed(language(code).get(key))
    return tuple(expand(_own(code, unaccented(code, alt) if plain else alt)) for alt in listed)


def unaccented(code: str, pattern: str) -> str:
    """A pattern of language `code` whose letters match their plain letters too (`unaccented_pattern`)."""
    return unaccented_pattern(pattern, _plain_letters(code), _unaccented_words(code)[0])


def pattern(key: str, template: str = "{}", flags: int = re.IGNORECASE, plain: bool = False) -> re.Pattern[str]:
    """The alternatives at `key` as one compiled pattern: `template` with "{}" replaced by them, joined
    with `|` (and its own `${name}` fragments written out); with `plain`, each language's letters matching their
    plain letters too (`unaccented_pattern`: the cues of being there). A key no language lists matches nothing (an
    empty alternation would match everywhere)."""
    return re.compile(expand(template).replace("{}", "|".join(alternatives(key, plain)) or "(?!)"), flags)


def table(key: str) -> list[tuple[Language, Any]]:
    """Every language's value at `key`, with its language, in the order of `CODES`."""
    return [(lang, value) for lang in languages() if (value := lang.get(key)) is not None]


def forms(item: str, endings: Mapping[str, Any]) -> Iterator[str]:
    """The forms of one listed word: "stem:class" is the stem with each ending of its class (`endings[class]`); a
    word without a class is itself; each form in its other spellings too (`spellings`)."""
    stem, _, kind = item.partition(":")
    plain = _plain_letters_of_all()
    if not kind:
        yield from spellings(stem, plain)
        return
    for ending in endings[kind]:
        yield from spellings(stem + ending, plain)
