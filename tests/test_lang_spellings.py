"""Every listed word is read in its other spellings too (`jan20.lang.spellings`, README "Extending jan20"): with the
other apostrophe (' for ’ and back) and, for a word of four letters or more, without the accents of its language's
`[language] unaccented` letters, so that a data file writes one spelling. A sentence typed either way gives the same
attendee, role, figure and anniversary as the sentence written with the data's spelling. All texts are our own words."""

from __future__ import annotations

import pytest

from jan20 import lang
from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.attendees import extract_attendees
from jan20.extract.casualties import extract_casualties
from jan20.text.fold import to_ascii

TURKISH = lang._plain_letters("tr")
AZERBAIJANI = lang._plain_letters("az")


def test_a_word_with_an_apostrophe_is_spelt_with_either() -> None:
    assert set(lang.spellings("bakı'da", {})) == {"bakı'da", "bakı’da"}
    assert set(lang.spellings("bakı’da", {})) == {"bakı’da", "bakı'da"}
    assert list(lang.spellings("hıyabanı", {})) == ["hıyabanı"]  # no apostrophe, no accents to take off


def test_a_word_is_spelt_without_its_languages_accents_all_at_once() -> None:
    assert set(lang.spellings("hıyabanı'nı", TURKISH)) == {"hıyabanı'nı", "hıyabanı’nı", "hiyabani'ni", "hiyabani’ni"}
    assert set(lang.spellings("şəhidlər", AZERBAIJANI)) == {"şəhidlər", "sehidler"}
    assert set(lang.spellings("azerbaycan’ın", TURKISH)) == {
        "azerbaycan’ın",
        "azerbaycan'ın",
        "azerbaycan’in",
        "azerbaycan'in",
    }
    # a letter the language does not list keeps its accent: ə is not Turkish
    assert set(lang.spellings("şəhid", TURKISH)) == {"şəhid", "səhid"}


def test_a_short_word_keeps_its_accents() -> None:
    # three letters or fewer: the word without accents is most often another ("iş" is "is", "üç" "uç", "ön" "on")
    for short in ("iş", "üç", "ön", "baş", "'nı"):
        assert {s for s in lang.spellings(short, TURKISH) if "'" not in s and "’" not in s} <= {short}
    assert set(lang.spellings("'nı", TURKISH)) == {"'nı", "’nı"}


def test_a_list_leaves_out_a_derived_spelling_as_any_word() -> None:
    # "önce" (before) without accents is English "once": a list where that matters writes "-once"
    adverbs = lang.words_of("tr", "attendees.given_alone_adverbs")
    assert "önce" in adverbs and "once" not in adverbs
    assert "once" in lang.words_of("tr", "roles.sentence_openers")  # (no word of an English sentence's name either)


def test_the_unaccented_letters_are_those_the_folding_reads_so() -> None:
    for code in ("az", "tr"):
        pairs = lang._plain_letters(code)
        assert pairs, f"{code} lists no unaccented letters"
        letters = str(lang.language(code).get("language.letters"))
        for letter, plain in pairs.items():
            assert chr(letter) in letters
            assert to_ascii(chr(letter)).lower() == plain  # jan20's one folding (anyascii)


def test_word_lists_hold_the_other_spellings() -> None:
    non_name = lang.words("roles.non_name")
    assert {"hıyabanı", "hiyabani", "şəhidlər", "sehidler"} <= non_name
    assert {"kur'an", "kur’an"} <= non_name  # the data writes one of them
    assert {"paşa'nın", "paşa’nın"} <= lang.words("attendees.story_people")
    assert {"'den", "’den"} <= lang.words("roles.from_endings")
    assert {"n't", "n’t"} <= lang.words("casualties.negation_endings")
    assert {"büyükelçi", "buyukelci", "səfir", "sefir"} <= lang.words("roles.heads")
    assert lang.words_of("tr", "roles.heads") >= {"cumhurbaskani", "baskonsolos"}
    # the letters of a language are no words: listed as written
    letters = {
        str(language.get("language.letters")) for language in lang.languages() if language.get("language.letters")
    }
    assert lang.words("language.letters") == letters
    assert "əçşöüğı" in letters


def test_place_forms_and_months_in_patterns_hold_them() -> None:
    forms = set(lang.forms("bakı:case", lang.language("az").get("places.endings")))
    assert {"bakı", "baki", "bakıda", "bakida"} <= forms
    assert {"bakü'de", "bakü’de", "baku'de", "baku’de"} <= set(
        lang.forms("bakü:proper", lang.language("tr").get("places.endings"))
    )
    months = lang._own("tr", "(?:${months})")
    assert "şubat" in months and "subat" in months and "ağustos" in months and "agustos" in months


def _people(text: str) -> list[tuple[str, str | None]]:
    """Each person found, the name folded to ASCII (a name typed without accents is the same person), and the role."""
    return [(to_ascii(a.mention), a.role) for a in extract_attendees(text)]


def _spelt(text: str, *words: str) -> list[str]:
    """text with each of words typed with the other apostrophe, then also without accents."""
    swapped = text
    for word in words:
        swapped = swapped.replace(word, word.translate(str.maketrans({"'": "’", "’": "'"})))
    bare = swapped
    for word in words:
        bare = bare.replace(word.translate(str.maketrans({"'": "’", "’": "'"})), to_ascii(word))
    return [swapped, bare]


ATTENDEES = [
    # Turkish: a title, and the memorial before it whose case ending says the title starts after it
    (
        "Anma töreninde Büyükelçi Ahmet Kaya ve Başkonsolos Ayşe Demir konuşma yaptı.",
        ("Büyükelçi", "Başkonsolos", "Ayşe"),
        [("Ahmet Kaya", "Ambassador"), ("Ayşe Demir", "Consul General")],
    ),
    (
        "Törende Büyükelçi Selim Arda, Şehitler Hıyabanı'nı ziyaret etti.",
        ("Büyükelçi", "Şehitler", "Hıyabanı'nı"),
        [("Selim Arda", "Ambassador")],
    ),
    (
        "Azerbaycan’ın Ankara Büyükelçisi Resad Memmedov törene katıldı.",
        ("Azerbaycan’ın", "Büyükelçisi"),
        [("Resad Memmedov", "Ambassador of Azerbaijan to Turkey")],
    ),
    (
        "Gazi Üniversitesi'nden Prof. Dr. Kerem Tan törene katıldı.",
        ("Üniversitesi'nden",),
        [("Kerem Tan", "Professor")],
    ),
    # a bare title a table of its module lists (`[roles.bare_heads]`): Turkey's head of state and deputy
    (
        "Şehitler Hıyabanı'na Cumhurbaşkanı Recep Aydın çelenk bıraktı.",
        ("Şehitler", "Hıyabanı'na", "Cumhurbaşkanı"),
        [("Recep Aydın", "President of Turkey")],
    ),
    (
        "Törende Cumhurbaşkanı Yardımcısı Cevdet Ersoy konuştu.",
        ("Cumhurbaşkanı", "Yardımcısı"),
        [("Cevdet Ersoy", "Vice President of Turkey")],
    ),
    # a body named in English word by word, from a table of its module (`[roles.body_english]` and its words)
    (
        "Törene Azerbaycan Kültür ve Dayanışma Derneği Başkanı Kamil Orucov katıldı.",
        ("Kültür", "Dayanışma", "Derneği", "Başkanı"),
        [("Kamil Orucov", "Chairman of the Azerbaijani Culture and Solidarity Association")],
    ),
    # Azerbaijani: a post, and a country and its host country in the genitive and the locative
    ("Tədbirdə səfir Anar Quliyev çıxış edib.", ("səfir",), [("Anar Quliyev", "Ambassador")]),
    (
        "Mərasimdə Azərbaycanın Türkiyədəki səfiri Nurlan Həsənov çıxış edib.",
        ("Azərbaycanın", "Türkiyədəki", "səfiri"),
        [("Nurlan Həsənov", "Ambassador of Azerbaijan to Turkey")],
    ),
    (
        "Tədbirdə Milli Məclisin deputatı Orxan Vəliyev çıxış edib.",
        ("Məclisin",),
        [("Orxan Vəliyev", "Member of Parliament")],
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ATTENDEES)
def test_attendees_and_roles_are_read_in_every_spelling(
    text: str, words: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    written = _people(text)
    assert written == [(to_ascii(name), role) for name, role in expected]
    for spelt in _spelt(text, *words):
        assert _people(spelt) == written, spelt


def test_a_plural_title_is_cut_to_the_same_singular_in_every_spelling() -> None:
    # `[attendees.singulars]`, a table of its module: "müavinləri" (deputies) is "müavini" for each of the people
    text = "Tədbirdə rektorun müavinləri Anar Quliyev və Elmira Həsənova iştirak edib."
    written = _people(text)
    assert [name for name, _ in written] == ["Anar Quliyev", "Elmira Hesenova"]
    assert _people(text.replace("müavinləri", "muavinleri")) == written


FIGURES = [
    ("Ocak 1990'da Bakü'de 147 günahsız sivil öldürüldü.", ("günahsız", "Bakü'de"), ("killed", 147, "civilians")),
    (
        "1990-cı ilin yanvarında Bakıda 147 günahsız insan qətlə yetirilib.",
        ("günahsız", "Bakıda"),
        ("killed", 147, None),
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FIGURES)
def test_figures_are_read_in_every_spelling(text: str, words: tuple[str, ...], expected: tuple[object, ...]) -> None:
    assert [(f.category, f.value, f.who) for f in extract_casualties(text)] == [expected]
    for spelt in _spelt(text, *words):
        assert [(f.category, f.value, f.who) for f in extract_casualties(spelt)] == [expected], spelt


ANNIVERSARIES = [
    ("Kanlı Ocak faciasının 34'üncü yıl dönümü nedeniyle Bakü'de tören düzenlendi.", ("34'üncü", "Bakü'de"), 34),
    ("Şəhidlər Xiyabanında 20 Yanvar faciəsinin 35-ci ildönümü qeyd olundu.", ("Şəhidlər", "Xiyabanında"), 35),
]


@pytest.mark.parametrize(("text", "words", "number"), ANNIVERSARIES)
def test_anniversaries_are_read_in_every_spelling(text: str, words: tuple[str, ...], number: int) -> None:
    assert [a.number for a in find_stated_anniversaries(text)] == [number]
    for spelt in _spelt(text, *words):
        assert [a.number for a in find_stated_anniversaries(spelt)] == [number], spelt


def test_a_word_whose_unaccented_spelling_is_another_word_is_left_out() -> None:
    # "qazı" is the Board's judge; "qazi", the same letters without accents, a war veteran, no post of the table
    assert "qazı" in lang.words("roles.heads")
    assert not {"qazi", "qazisi"} & lang.words("roles.heads")
    text = "Tədbirdə Aprel döyüşləri qazisi Elşad Məmmədov çıxış edib."
    assert _people(text) == [("Elsad Memmedov", None)]
