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


def test_a_language_derives_its_month_words_from_its_dates() -> None:
    assert lang.derived("en")["months"][:2] == ("january", "february")
    assert lang.derived("ru")["months"][4] == "ма"  # ("ма:may": the stem, without its class)
    assert "sept" in lang.derived("en")["month_abbreviations"]
    assert lang.derived("tr")["month_abbreviations"] == ()


def test_a_word_list_names_a_derived_list_and_leaves_words_out() -> None:
    assert lang.words_of("en", "casualties.months") == (
        set(lang.derived("en")["months"]) | set(lang.derived("en")["month_abbreviations"])
    ) - {"may"}
    assert "march" in lang.words_of("en", "casualties.months")
    assert "may" in lang.words_of("en", "attendees.time_words")
    # one language's `-word` leaves out only its own word
    assert {"ма", "mart", "may"}.isdisjoint(lang.words("casualties.month_stems"))
    assert {"мая", "январ", "yanvar"} <= lang.words("casualties.month_stems")
    assert "mart" in lang.words("casualties.months")  # (Turkish, whole words)


def test_a_word_list_names_another_list_of_its_language() -> None:
    # `[attendees] particles` is "${names.particles}" in English: one list, read under both keys
    assert lang.language("en").get("attendees.particles") == "${names.particles}"
    assert lang.words_of("en", "attendees.particles") == lang.words_of("en", "names.particles")
    assert {"von", "der", "ogly"} <= lang.words_of("en", "attendees.particles")
    assert "${names.particles}" not in lang.words("attendees.particles")


def test_a_pattern_names_its_own_languages_derived_list() -> None:
    skip = "".join(lang.alternatives("attendees.history_time"))  # (the months of a time of 1990 or before)
    assert "(?:" + "|".join(lang.derived("en")["months"]) + ")?" in skip
    assert "${" not in skip and "январ" not in skip


def _strings(value: object, key: str) -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, f"{key}.{k}")]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, key)]
    return []


def _listed_outside_dates(derived: str) -> list[str]:
    """The strings of the data outside `[dates]` that name more than three words of a derived list."""
    found = []
    for language in lang.languages():
        names = {m for m in lang.derived(language.code)[derived] if len(m) > 3}
        for key, text in _strings({k: v for k, v in language.data.items() if k != "dates"}, language.code):
            named = {m for m in names if m in text.lower()}
            if len(named) > 3:
                found.append(f"{key}: {sorted(named)}")
    return found


def test_no_data_but_the_dates_lists_a_languages_months() -> None:
    """The months are listed once per language, in `[dates]`; other lists name them (`${months}`)."""
    found = _listed_outside_dates("months")
    assert not found, "months listed outside [dates] (write ${months}):\n" + "\n".join(found)


def test_no_data_but_the_dates_lists_a_languages_weekdays() -> None:
    """The weekdays are listed once per language, in `[dates] weekdays`; other lists name them (`${weekdays}`)."""
    assert lang.derived("en")["weekdays"][:2] == ("monday", "tuesday")
    assert {"bazar", "ertəsi", "cümə"} <= set(lang.derived("az")["weekdays"])  # ("bazar\\s+ertəsi": its words)
    assert "sunday" in lang.words("attendees.time_words") and "sunday" in lang.words("roles.non_name")
    found = _listed_outside_dates("weekdays")
    assert not found, "weekdays listed outside [dates] (write ${weekdays}):\n" + "\n".join(found)


def test_a_pattern_of_a_key_no_language_lists_matches_nothing() -> None:
    missing = lang.pattern("no_section.no_such_words", r"(?<!\w)(?:{})\s*$")
    assert missing.search("any text at all ") is None
    assert lang.pattern("no_section.no_such_words").search("") is None
