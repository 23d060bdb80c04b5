"""The language data engine: the data files merge in the order of `CODES`, fragments expand, and the compiled copy
a process loads is the one the files give."""

from __future__ import annotations

import tomllib
from pathlib import Path

from jan20 import lang

LANG = Path(lang.__file__).parent


def test_the_compiled_data_is_that_of_the_files() -> None:
    """After editing a data file, run `python -m jan20.lang` (this test says when it was forgotten)."""
    from jan20.lang import _compiled

    texts = {code: (LANG / f"{code}.toml").read_text(encoding="utf-8") for code in lang.CODES}
    assert lang.digest(texts) == _compiled.DIGEST, "run: python -m jan20.lang"
    assert {code: tomllib.loads(text) for code, text in texts.items()} == _compiled.DATA


def test_every_language_has_a_file_and_a_name() -> None:
    assert {path.stem for path in LANG.glob("*.toml")} == set(lang.CODES)
    assert [language.name for language in lang.languages()] == ["English", "Russian", "Azerbaijani", "Turkish"]


def test_word_lists_are_the_union_of_the_languages() -> None:
    glue = lang.words("attendees.glue")
    assert {"and", "и", "və", "ve"} <= glue
    assert lang.words_of("tr", "attendees.glue") < glue


def test_alternatives_come_in_the_order_of_the_languages() -> None:
    alternatives = lang.alternatives("attendees.subject_cue")
    english = lang.language("en").get("attendees.subject_cue")
    assert alternatives[: len(english)] == tuple(lang.expand(a) for a in english)
    assert any("посетил" in a for a in alternatives[len(english) :])


def test_fragments_expand_and_merge_across_languages() -> None:
    assert "${" not in "".join(lang.alternatives("attendees.list_cue"))
    first = lang.fragment("role_first").split("|")
    assert first == ["first", "pervyy", "birinci"]
    assert lang.expand("a ${x} b", x="y") == "a y b"


def test_declined_forms_are_built_from_a_stem_and_its_class() -> None:
    endings = {"ia": ["я", "и"]}
    assert list(lang.forms("турци:ia", endings)) == ["турция", "турции"]
    assert list(lang.forms("baku", endings)) == ["baku"]
