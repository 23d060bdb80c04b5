"""A page typed without Turkish or Azerbaijani letters ("sehitler", "yil donumu", "hayatini kaybetti") states the same
anniversary and figures as the page written with them: the patterns of anniversaries and casualties are read without
accents as the cues of being there are (`lang.alternatives(…, plain=True)`, `lang.phrase_spellings`), a short word
only where its language lists it (`[language] unaccented_short`: "yıl"), and a casualty word alone never where its
plain spelling is another word (`unaccented_clashes`: "öldü", died, typed "oldu", became). Texts are our own words."""

from __future__ import annotations

import pytest

from jan20 import lang
from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.casualties import extract_casualties


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


def figures(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.category, f.qualifier) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kanli Ocak katliaminin 36. yil donumunde Kars'ta tören yapildi.", 36),
        ("20 Ocak faciasinin 35. yildonumu dolayisiyla Igdir'da anma programi duzenlendi.", 35),
        ("Kara Ocak'in 34 yilinda sehitler Ankara'da anildi.", 34),
        ("Faciadan bu yana 33 yil gecti, sehitler unutulmadi.", 33),
        ("20 Yanvar faciesinin 36-ci ildonumu Qars'da qeyd olundu.", 36),
        ("Bu gun 20 Yanvar faciesinin 32-ci ildonumudur.", 32),
    ],
)
def test_an_anniversary_typed_without_accents(text: str, number: int) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Hocali katliaminin 32. yil donumunde Kars'ta tören yapildi.",  # another event's anniversary
        "Dernegin kurulusunun 30. yil donumu kutlandi.",
    ],
)
def test_another_anniversary_typed_without_accents_is_none(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sovyet askerlerinin saldirisinda 147 kisi hayatini kaybetti, 744 kisi yaralandi.",
            [(147, "killed", "exact"), (744, "injured", "exact")],
        ),
        ("O gece Bakü sokaklarinda 137 kisi sehit oldu.", [(137, "killed", "exact")]),
        ("Tanklarin altinda yaklasik 150 sivil can verdi.", [(150, "killed", "approx")]),
        ("Olaylarda 800 kisi tutuklandi.", [(800, "arrested", "exact")]),
        (
            "Facie zamani 147 nefer helak oldu, 744 nefer yaralandi.",
            [(147, "killed", "exact"), (744, "injured", "exact")],
        ),
    ],
)
def test_figures_typed_without_accents(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Toplantiya katilanlarin sayisi 150 oldu.",  # "oldu" alone is "became", not "öldü"
        "Ziyaretci sayisi 700 olurken kuyruk uzadi.",
        "Salonda 90 kisinin oldugu ogrenildi.",
    ],
)
def test_a_plain_spelling_that_is_another_word_gives_no_figure(text: str) -> None:
    assert figures(text) == []


def test_the_accented_text_reads_as_before() -> None:
    assert figures("Saldırıda 147 kişi hayatını kaybetti, 744 kişi yaralandı.") == [
        (147, "killed", "exact"),
        (744, "injured", "exact"),
    ]
    assert numbers("Kanlı Ocak katliamının 36. yıl dönümünde tören yapıldı.") == [36]


def test_the_engine_spells_a_phrase_all_at_once() -> None:
    assert list(lang.phrase_spellings("tr", "hayatını kaybetti")) == ["hayatını kaybetti", "hayatini kaybetti"]
    assert list(lang.phrase_spellings("tr", "şehit ol*")) == ["şehit ol*", "sehit ol*"]
    assert list(lang.phrase_spellings("tr", "öldü")) == ["öldü"]  # "oldu": another word
    assert list(lang.phrase_spellings("az", "həlak oldu")) == ["həlak oldu", "helak oldu"]
    assert "yil" in set(lang.spellings_of("tr", "yıl"))  # a short word its language lists
    assert list(lang.spellings_of("tr", "baş")) == ["baş"]  # one it does not: "bas" is another word
