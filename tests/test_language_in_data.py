"""What a language says is data (`src/jan20/lang/*.toml`), not code (README, "Extending jan20"): read from the
source, no module but a folding table holds letters of another language, and no module holds a list of the words
the cue and role data are made of."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

from jan20 import lang
from jan20.extract import _cue_search
from jan20.extract._casualty_words import keyword_phrases

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "jan20"

# The modules that may hold letters of another language in their code: folding tables (ı, İ, ə …). At most three.
FOLDING_TABLES = {"text/fold.py"}


@functools.cache  # (parsed once for the three checks that read every module; none of them changes a tree)
def _modules() -> tuple[tuple[str, ast.Module], ...]:
    return tuple(
        (path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "_compiled.py"  # (the language data itself, written by `python -m jan20.lang`)
    )


def _code_strings(tree: ast.Module) -> Iterator[ast.Constant]:
    """The string constants of a module's code: not its docstrings (prose may quote any language)."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


def _foreign_letters(value: str) -> str:
    return "".join(sorted({c for c in value if c.isalpha() and not c.isascii()}))


def test_only_folding_tables_hold_letters_of_other_languages() -> None:
    assert len(FOLDING_TABLES) <= 3
    found = {
        f"{name}:{node.lineno}: {_foreign_letters(node.value)}"
        for name, tree in _modules()
        if name not in FOLDING_TABLES
        for node in _code_strings(tree)
        if _foreign_letters(node.value)
    }
    assert not found, "letters of another language in code (put the words in src/jan20/lang/):\n" + "\n".join(
        sorted(found)
    )


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _cue_and_role_words() -> frozenset[str]:
    """The content words of the cue, role and casualty data: role heads, the words of cues of being there, the
    casualty words (not the small words that glue a phrase, nor the category names, which are the output's)."""
    prefilter = _cue_search.PREFILTER  # (derived from the cue patterns of the data)
    words = set(lang.words("roles.heads")) | prefilter.words | {w for pair in prefilter.near for w in pair[0] | pair[1]}
    words |= set(lang.words("attendees.headline_verbs"))
    for _, rows in lang.table("casualties.keywords"):
        words |= {w for row in rows for phrase in keyword_phrases(row) for w in phrase if "*" not in w}
    glue = lang.words("attendees.glue") | lang.words("dates.function_words")
    glue |= {"killed", "injured", "arrested", "missing", "attendees", "into"}  # the output's names; SQL
    glue |= {"were", "read", "about", "ceremony"}  # (words of the derived prefilter's pairs, in SQL comments too)
    return frozenset(w for w in words if w.isalpha() and len(w) > 3 and w not in glue)


_WORD = re.compile(r"[^\W\d_]+")
_SQL_COMMENT = re.compile(r"--[^\n]*")
_MOST = 3  # content words of the data one string or literal of code may hold ("Minister of ", "Member of Parliament")


def _word_lists(tree: ast.Module) -> Iterator[tuple[int, set[str]]]:
    """Each string constant of the code, and each literal set, list, tuple or dict of strings, with its words."""
    for node in _code_strings(tree):
        text = _SQL_COMMENT.sub("", node.value)  # (prose in an SQL script, like a docstring)
        yield node.lineno, {w.lower() for w in _WORD.findall(text)}
    for node in ast.walk(tree):
        items = node.elts if isinstance(node, ast.Set | ast.List | ast.Tuple) else None
        if isinstance(node, ast.Dict):
            items = [key for key in node.keys if key is not None]
        if items is not None:
            yield (
                node.lineno,
                {e.value.lower() for e in items if isinstance(e, ast.Constant) and isinstance(e.value, str)},
            )


def test_no_cue_or_role_word_list_in_code() -> None:
    vocabulary = _cue_and_role_words()
    assert {"visited", "ambassador", "wounded"} <= vocabulary  # (the test reads the data it should)
    found = [
        f"{name}:{line}: {sorted(words & vocabulary)}"
        for name, tree in _modules()
        for line, words in _word_lists(tree)
        if len(words & vocabulary) > _MOST
    ]
    assert not found, "cue or role words listed in code (put them in src/jan20/lang/):\n" + "\n".join(found)


def test_the_checks_find_what_they_look_for() -> None:
    """Each check fails on code that breaks its rule."""
    code = '"""Prose may say Bakı."""\nAND = {"and", "və"}\nHEADS = ("minister", "ambassador", "consul", "mayor")\n'
    tree = ast.parse(code)
    assert [_foreign_letters(node.value) for node in _code_strings(tree)] == ["", "ə", "", "", "", ""]
    vocabulary = _cue_and_role_words()
    assert [line for line, words in _word_lists(tree) if len(words & vocabulary) > _MOST] == [3]


# Modules whose walks still compare tokens with a few small English words of their own (issue #14): the check
# below lets only these hold such comparisons. None is left.
NOT_YET_MOVED: set[str] = set()
_OUTPUT_NAMES = {"killed", "injured", "arrested", "missing"}  # the output's names, not words of a text


def _data_words() -> frozenset[str]:
    """Every lower-case word of every language's data, as written (not the names of its number readers, which
    the code chooses by)."""
    readers = {language.get("numbers.reader") for language in lang.languages()}
    return frozenset(
        w
        for language in lang.languages()
        for value in _strings(dict(language.data))
        for w in value.split()
        if w.islower() and w not in _OUTPUT_NAMES and w not in readers
    )


def _compared_words(tree: ast.Module, vocabulary: frozenset[str]) -> Iterator[tuple[int, str]]:
    """Words of the data that the code compares a token with: `w == "of"`, `w in {"to", "or"}`,
    `w.endswith("n't")`, `"dozen" in text`."""

    def literals(node: ast.expr) -> Iterator[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.Set | ast.Tuple | ast.List):
            for item in node.elts:
                yield from literals(item)

    for node in ast.walk(tree):
        operands: list[ast.expr] = []
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            operands = list(node.args) if node.func.attr in {"endswith", "startswith"} else []
        for operand in operands:
            for value in literals(operand):
                if value in vocabulary:
                    yield node.lineno, value


def test_the_walks_compare_tokens_with_the_datas_words_not_their_own() -> None:
    """A walk reads the small words it compares tokens with ("of", "to", "every", "dozen") from the data."""
    vocabulary = _data_words()
    assert {"of", "every", "dozen", "january"} <= vocabulary  # (the test reads the data it should)
    found = [
        f"{name}:{line}: {word!r}"
        for name, tree in _modules()
        if (name.startswith(("extract/", "text/")) or name == "reading/articles.py") and name not in NOT_YET_MOVED
        for line, word in _compared_words(tree, vocabulary)
    ]
    assert not found, "words compared in code (put them in src/jan20/lang/):\n" + "\n".join(found)


def test_the_comparison_check_finds_what_it_looks_for() -> None:
    code = 'ok = w == "of" or w in {"to", "or"} or w.endswith("n\'t") or "dozen" in t or kind == "digits"\n'
    found = [word for _, word in _compared_words(ast.parse(code), _data_words())]
    assert sorted(found) == ["dozen", "n't", "of", "or", "to"]


# English forms the walks once wrote in code: a kin's role ("Daughter of the Ambassador"), "Minister of", the envoys'
# "Ambassador" and "Consul", "Acting" and "Former" before a post, a possessive "'s", the Roman numerals of a year of
# study. Each is the language data's now (`[roles] kin_post`, `[roles.ministry] canonical`, `[roles] envoy_links`,
# `city_posts` and `role_marks`, `[names] possessive`, `[attendees] study_ordinals`).
_ENGLISH_FORMS = re.compile(
    r"\b(?:Ambassador|Consul|Minister of)\b|^(?:Acting|Former) |(?<!\w)['’`]s\b|^ the |\b(?:II|III|IV|VI)\b"
)


def _english_forms(modules: tuple[tuple[str, ast.Module], ...]) -> list[str]:
    return [
        f"{name}:{node.lineno}: {node.value!r}"
        for name, tree in modules
        if name.startswith("extract/")
        for node in _code_strings(tree)
        if _ENGLISH_FORMS.search(node.value)
    ]


def test_no_english_form_of_a_role_in_the_walks() -> None:
    code = 'KIN = f"{kin} the {post}"\nTO = post.endswith("Ambassador")\nOWN = word.endswith(("\'s", "’s"))\n'
    assert len(_english_forms((("extract/x.py", ast.parse(code)),))) == 4  # (the check finds what it looks for)
    found = _english_forms(_modules())
    assert not found, "English forms in the walks (put them in src/jan20/lang/):\n" + "\n".join(found)
