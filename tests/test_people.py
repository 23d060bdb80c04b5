"""Canonical names and roles: spelling variants merge, different people sharing a surname never do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract.people import canonical_names, canonical_role, fold_name, resolve_surnames, same_person

from ._helpers import examples

# --- roles ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Prime Minister", "Prime Minister"),
        ("Prime-Minister", "Prime Minister"),
        ("prime minister", "Prime Minister"),
        ("Premier", "Prime Minister"),
        ("PM", "Prime Minister"),
        ("Prime Minister of Azerbaijan", "Prime Minister"),
        ("Deputy Prime Minister", "Deputy Prime Minister"),
        ("First Deputy Prime Minister", "First Deputy Prime Minister"),
        ("Chairman of the Milli Majlis", "Speaker of the Milli Majlis"),
        ("Chairman of Milli Majlis", "Speaker of the Milli Majlis"),
        ("Speaker", "Speaker of the Milli Majlis"),
        ("Parliament Speaker", "Speaker of the Milli Majlis"),
        ("speaker of the Milli Majlis", "Speaker of the Milli Majlis"),
        ("Speaker of the Milli Mejlis", "Speaker of the Milli Majlis"),
        ("Chairman of Parliament", "Speaker of the Milli Majlis"),
        ("the Parliament's Chairman", "Speaker of the Milli Majlis"),
        ("Chairwoman of the Milli Majlis", "Speaker of the Milli Majlis"),
        ("Deputy Speaker", "Deputy Speaker of the Milli Majlis"),
        ("Chief of the President's Administration", "Head of the Presidential Administration"),
        ("Chief of the Presidential Administration", "Head of the Presidential Administration"),
        ("head of the Presidential Administration", "Head of the Presidential Administration"),
        ("Head of the Administration of the President", "Head of the Presidential Administration"),
        ("President", "President"),
        ("President of the Republic of Azerbaijan", "President"),
        ("President of Azerbaijan", "President"),
        ("Azerbaijan's President", "President"),
        ("Azerbaijan`s President", "President"),
        ("Azerbaijani President", "President"),
        ("Head of State", "President"),
        ("Head of our State", "President"),
        ("First Lady", "First Lady"),
        ("first lady", "First Lady"),
        ("his spouse", "Spouse"),
        ("his wife", "Spouse"),
        ("Vice President", "Vice President"),
        ("Vice-President", "Vice President"),
        ("First Vice-President of Azerbaijan", "First Vice President"),
        ("Minister of Defence", "Minister of Defence"),
        ("Defense Minister", "Minister of Defence"),
        ("Minister of Foreign Affairs", "Minister of Foreign Affairs"),
        ("Foreign Minister", "Minister of Foreign Affairs"),
        ("Minister of Emergency Situations", "Minister of Emergency Situations"),
        ("Interior Minister", "Minister of Internal Affairs"),
        ("national leader", "National Leader"),
        ("nation-wide leader", "National Leader"),
        ("Soviet President", "Soviet Leader"),
        ("Baku mayor", "Mayor of Baku"),
        ("Prosecutor General", "Prosecutor General"),
        ("Ombudsman", "Ombudsman"),
        ("Ombudsperson", "Ombudsman"),
        # Azerbaijani and Russian ministers
        ("Müdafiə naziri", "Minister of Defence"),
        ("Xarici işlər naziri", "Minister of Foreign Affairs"),
        ("Fövqəladə Hallar naziri", "Minister of Emergency Situations"),
        ("министр обороны", "Minister of Defence"),
        ("Министр иностранных дел", "Minister of Foreign Affairs"),
        ("министр по чрезвычайным ситуациям", "Minister of Emergency Situations"),
        # another country's office is not the Azerbaijani one
        ("Turkish Parliament Speaker", "Speaker of the Parliament of Turkey"),  # (Turkey's, named alike)
        ("Speaker of the Turkish parliament", "Speaker of the Parliament of Turkey"),
        ("Georgian Prime Minister", "Georgian Prime Minister"),
        ("Prime Minister of Georgia", "Prime Minister of Georgia"),
        ("Посол России", "Ambassador of Russia"),
        ("Türkiyənin Azərbaycandakı səfiri", "Ambassador of Turkey"),
        ("Azerbaijani Ambassador to Georgia", "Ambassador of Azerbaijan to Georgia"),  # ours, abroad
        ("Azerbaijani President", "President"),
        # unknown roles pass through, title-cased
        ("rector of baku state university", "Rector of BSU"),  # (the university kept)
        ("Turkish Ambassador", "Ambassador of Turkey"),
        ("British Ambassador", "Ambassador of the United Kingdom"),
        ("the President of the European Council", "President of the European Council"),
        ("Minister of Ecology and Natural Resources", "Minister of Ecology and Natural Resources"),
        # not roles
        ("Mr.", None),
        ("Mrs", None),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_canonical_role(written: str | None, role: str | None) -> None:
    assert canonical_role(written) == role


# --- folding and comparing names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Artur Rasi-zade", "artur rasizade"),
        ("ARTUR  RASIZADE", "artur rasizade"),
        ("İlham Əliyev", "ilham aliyev"),
        ("Şəhla Həsənova", "shla hasanova".replace("shla", "sahla")),
        ("Mehriban Aliyeva's", "mehriban aliyeva"),
        ("Ogtay Asadov\n", "ogtay asadov"),
        ("O'Brien", "obrien"),
    ],
)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Artur Rasizade", "Artur Rasizadeh"),
        ("Artur Rasizade", "Artur Rasi-zade"),
        ("Artur Rasi-Zade", "ARTUR RASIZADE"),
        ("Ilham Aliyev", "Ilham Aliev"),
        ("Ilham Aliyev", "Ilkham Aliyev"),
        ("Ilham Aliyev", "İlham Əliyev"),
        ("Ilham Aliyev", "Ilham Heydar oglu Aliyev"),
        ("Ilham Aliyev", "I. Aliyev"),
        ("Mehriban Aliyeva", "Mihriban Aliyeva"),
        ("Mehriban Aliyeva", "Mehriban Əliyeva"),
        ("Ogtay Asadov", "Oqtay Əsədov"),
        ("Novruz Mammadov", "Novruz Məmmədov"),
        ("Novruz Mammadov", "Novruz Mamedov"),
        ("Ramiz Mehdiyev", "Ramiz Mehdiev"),
        ("Javid Gurbanov", "Cavid Qurbanov"),
        ("Khalil Hasanov", "Xəlil Həsənov"),
        ("Chingiz Abdullayev", "Çingiz Abdullayev"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ali Asadov", "Ogtay Asadov"),
        ("Ilham Aliyev", "Heydar Aliyev"),
        ("Ilham Aliyev", "Mehriban Aliyeva"),
        ("Mehriban Aliyeva", "Mehriban Aliyev"),  # gendered forms are different people
        ("Leyla Aliyeva", "Arzu Aliyeva"),
        ("Zakir Hasanov", "Ali Hasanov"),
        ("Ali Hasanov", "Ali Hasanova"),
        ("Novruz Mammadov", "Novruz Mahmudov"),
        ("Aliyev", "Ilham Aliyev"),  # a lone surname is never merged by spelling alone
        ("Ilham Aliyev", "H. Aliyev"),
    ],
)
def test_not_same_person(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert not same_person(b, a)


# --- canonical names across the archive ---------------------------------------------------------------


def test_canonical_names_merges_variants_to_the_most_frequent() -> None:
    mentions = ["Artur Rasizade", "Artur Rasizadeh", "Artur Rasi-zade", "Artur Rasizade", "Artur Rasizade"]
    assert set(canonical_names(mentions).values()) == {"Artur Rasizade"}


def test_canonical_names_keeps_people_sharing_a_surname_apart() -> None:
    mentions = [
        "Ilham Aliyev",
        "Ilham Aliev",
        "Heydar Aliyev",
        "Mehriban Aliyeva",
        "Mihriban Aliyeva",
        "Mehriban Aliyeva",
        "Ogtay Asadov",
        "Ali Asadov",
        "Ilham Aliyev",
    ]
    result = canonical_names(mentions)
    assert result == {
        "Ilham Aliyev": "Ilham Aliyev",
        "Ilham Aliev": "Ilham Aliyev",
        "Heydar Aliyev": "Heydar Aliyev",
        "Mehriban Aliyeva": "Mehriban Aliyeva",
        "Mihriban Aliyeva": "Mehriban Aliyeva",
        "Ogtay Asadov": "Ogtay Asadov",
        "Ali Asadov": "Ali Asadov",
    }


@pytest.mark.parametrize(
    ("mentions", "canonical"),
    [
        (["Artur Rasizadeh", "Artur Rasizade"], "Artur Rasizadeh"),  # tie: the longest
        (["Ogtay Asadov", "Oktay Asadov"], "Ogtay Asadov"),  # tie, same length: the first
        (["Oktay Asadov", "Ogtay Asadov"], "Oktay Asadov"),
        (["İlham Əliyev", "Ilham Aliyev", "Ilham Aliyev"], "Ilham Aliyev"),
    ],
)
def test_canonical_ties(mentions: list[str], canonical: str) -> None:
    assert set(canonical_names(mentions).values()) == {canonical}


def test_canonical_names_whitespace_and_lone_surnames() -> None:
    mentions = [
        "Artur  Rasizade",
        "Artur\nRasizade",
        "Rasizade",
        "Rasizade",
        "Rasizade",
        "Aliyev",
        "Ilham Aliyev",
        "Heydar Aliyev",
    ]
    result = canonical_names(mentions)
    assert result["Artur  Rasizade"] == "Artur Rasizade"
    assert result["Artur\nRasizade"] == "Artur Rasizade"
    assert result["Rasizade"] == "Artur Rasizade"  # one Rasizade in the archive; lone forms never win
    assert result["Aliyev"] == "Aliyev"  # Ilham or Heydar: ambiguous, kept


def test_canonical_names_empty() -> None:
    assert canonical_names([]) == {}


# --- lone surnames within one article ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        (["Ilham Aliyev", "Aliyev"], {"Ilham Aliyev": "Ilham Aliyev", "Aliyev": "Ilham Aliyev"}),
        (
            ["Ilham Aliyev", "Mehriban Aliyeva", "Aliyev", "Aliyeva"],
            {
                "Ilham Aliyev": "Ilham Aliyev",
                "Mehriban Aliyeva": "Mehriban Aliyeva",
                "Aliyev": "Ilham Aliyev",
                "Aliyeva": "Mehriban Aliyeva",
            },
        ),
        (
            ["Ali Asadov", "Ogtay Asadov", "Asadov"],
            {"Ali Asadov": "Ali Asadov", "Ogtay Asadov": "Ogtay Asadov", "Asadov": "Asadov"},
        ),
        (
            ["Artur Rasizade", "Artur Rasizadeh", "Rasizade"],
            {
                "Artur Rasizade": "Artur Rasizade",
                "Artur Rasizadeh": "Artur Rasizadeh",
                "Rasizade": "Artur Rasizade",
            },
        ),
        (["Gorbachev"], {"Gorbachev": "Gorbachev"}),
    ],
)
def test_resolve_surnames(mentions: list[str], expected: dict[str, str]) -> None:
    assert resolve_surnames(mentions) == expected


# --- properties --------------------------------------------------------------------------------------------

_NAMES = st.sampled_from(
    [
        "Ilham Aliyev",
        "Ilham Aliev",
        "Heydar Aliyev",
        "Mehriban Aliyeva",
        "Ali Asadov",
        "Ogtay Asadov",
        "Oqtay Əsədov",
        "Artur Rasi-zade",
        "Aliyev",
        "Asadov",
        "Rasizadeh",
        "",
        "  ",
        "-",
        "Şəhla Həsənova",
    ]
)


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.one_of(_NAMES, st.text(max_size=20)), max_size=15))
def test_canonical_names_properties(mentions: list[str]) -> None:
    result = canonical_names(mentions)
    assert set(result) == set(mentions)
    normalised = {" ".join(m.split()) for m in mentions}
    assert set(result.values()) <= normalised
    again = canonical_names(list(result.values()))
    assert all(again[v] == v for v in result.values())  # a canonical spelling is its own canonical


def test_russian_names_in_other_cases_merge_with_their_nominative() -> None:
    mentions = [
        "Zakir Hasanov",
        "Закира Гасанова",  # genitive: "при участии министра обороны Закира Гасанова"
        "Огтая Асадова",
        "Ogtay Asadov",
        "Мехрибан Алиевой",  # genitive/instrumental of a woman's name: always oblique
        "Mehriban Aliyeva",
        "Хикмет Гаджиев",  # Russian г for Azerbaijani h
        "Hikmet Hajiyev",
    ]
    canonical = canonical_names(mentions)
    assert canonical["Закира Гасанова"] == "Zakir Hasanov"
    assert canonical["Огтая Асадова"] == "Ogtay Asadov"
    assert canonical["Мехрибан Алиевой"] == "Mehriban Aliyeva"
    assert canonical["Хикмет Гаджиев"] == "Hikmet Hajiyev"


def test_a_womans_name_is_not_taken_for_a_genitive() -> None:
    # "Сахиба Гафарова" could be the genitive of "Сахиб Гафаров", but no such man is in the archive.
    canonical = canonical_names(["Сахиба Гафарова", "Sahiba Gafarova", "Ali Asadov"])
    assert canonical["Сахиба Гафарова"] == "Sahiba Gafarova"
    assert canonical["Ali Asadov"] == "Ali Asadov"


def test_the_latin_spelling_is_shown_when_there_is_one() -> None:
    canonical = canonical_names(["Джахит Багджи", "Джахит Багджи", "Cahit Bağcı"])
    assert set(canonical.values()) == {"Cahit Bağcı"}


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(st.text(alphabet="abcdeghiklmnoqrsuvxyz", min_size=1, max_size=14), min_size=1, max_size=12),
    st.sampled_from([85.0, 90.0]),
)
def test_near_surnames_holds_every_surname_close_enough(keys: list[str], minimum: float) -> None:
    """The index of surnames finds every pair that `same_surname`'s ratio lets through (it may find more)."""
    from rapidfuzz import fuzz

    from jan20.extract._near_surnames import NearSurnames

    near = NearSurnames(minimum)
    for i, key in enumerate(keys):
        near.add(key, i)
    for key in keys:
        found = set(near.candidates(key))
        assert {i for i, other in enumerate(keys) if fuzz.ratio(key, other) >= minimum} <= found


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="abcdeghik", min_size=1, max_size=9), st.integers(0, 2)), max_size=16))
def test_near_surnames_added_after_a_lookup_as_without_one(steps: list[tuple[str, int]]) -> None:
    """`add` takes the variants a lookup of the same key just found (the index unchanged since): the index is the
    one adding without lookups makes."""
    from jan20.extract._near_surnames import NearSurnames

    looked, plain = NearSurnames(), NearSurnames()
    for i, (key, lookups) in enumerate(steps):
        if lookups:
            looked.candidates(key)
        if lookups == 2:
            looked.candidates(steps[0][0] + "x")  # another key looked up last: its variants are not this one's
        looked.add(key, i)
        plain.add(key, i)
    for key, _ in steps:
        assert looked.candidates(key) == plain.candidates(key)


def test_a_person_named_only_in_another_case_is_shown_in_the_nominative() -> None:
    from jan20.extract.people import canonical_names

    assert canonical_names(["Олегом Рябовым"]) == {"Олегом Рябовым": "Олег Рябов"}
    # an uncertain case (a woman's nominative looks like a man's genitive) stays as written
    assert canonical_names(["Сахиба Гафарова"]) == {"Сахиба Гафарова": "Сахиба Гафарова"}


def test_the_skeleton_is_the_transliteration_rules_applied_in_turn() -> None:
    # `_skeleton` replaces strings, for speed: it must give what the rules written as patterns give, in their order,
    # on every word of the letters they read (and on names the rules were written for).
    import itertools
    import re

    from jan20.extract.people import _skeleton

    rules = [
        (r"kh", "x"), (r"dzh|zh", "j"), (r"sh", "s"), (r"ch", "c"), (r"gh", "g"), (r"q", "g"), (r"^g", "h"),
        (r"c", "j"), (r"iy", "i"), (r"eh$", "e"), (r"(?<=[eo])ff$", "v"), (r"mamed", "mammad"),
    ]  # fmt: skip

    def by_rules(part: str) -> str:
        for pattern, repl in rules:
            part = re.sub(pattern, repl, part)
        return part

    words = ["".join(w) for n in range(5) for w in itertools.product("kdzhscgqiyefoma", repeat=n)]
    words += ["khalilov", "mamedov", "rzayeff", "smirnoff", "rasizadeh", "gasanov", "cavid", "aliyev", "dzhafarov"]
    for word in words:
        assert _skeleton.__wrapped__(word) == by_rules(word), word
