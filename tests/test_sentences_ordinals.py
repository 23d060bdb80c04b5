"""The one sentence splitter and ordinals written with a full stop, as Turkish and Azerbaijani write them ("9.
Kolordu", "34. Yıl Dönümü", "20. Yüzyıl", "35. İldönümü"): the full stop before a noun a number qualifies ends no
sentence, in lower case or capitalised, so a name before the ordinal and its verb after it stay one sentence. A full
stop after a year ("… 1990. Sonra") or after a count followed by any other word ("Ölü sayısı 26. Yaralılar …",
"from 133 to 300. A state …") still ends one. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.attendees import extract_attendees
from jan20.text.sentences import sentences


def split(text: str, *, lines: bool = False) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, lines=lines)]


@pytest.mark.parametrize(
    "text",
    [
        "Anma 34. Yıl Dönümü nedeniyle Ankara'da yapıldı.",
        "Kanlı Ocak Katliamının 36. Yılında anma töreni düzenlendi.",
        "Olay 20. Yüzyılın en acı sayfalarından biridir.",
        "Kars 14. Mekanize Piyade Tugay Komutanı törene katıldı.",
        "Törene 9. Kolordu Komutanı da katıldı.",
        "Tören 3. Ordu Komutanlığı tarafından düzenlendi.",
        "Faciənin 35. İldönümü Bakıda qeyd edildi.",
        "Tədbirdə 4. Korpusun komandiri çıxış etdi.",
        # in lower case, as before
        "Katliamın 34. yıl dönümü dolayısıyla tören yapıldı.",
    ],
)
def test_an_ordinal_before_its_noun_ends_no_sentence(text: str) -> None:
    assert split(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bu olay 1990. Sonra her şey değişti.", ["Bu olay 1990.", "Sonra her şey değişti."]),
        ("Olay 1990. Yılın en acı günüydü.", ["Olay 1990.", "Yılın en acı günüydü."]),
        ("Ölü sayısı 26. Yaralılar da vardı.", ["Ölü sayısı 26.", "Yaralılar da vardı."]),
        (
            "Estimates range from 133 to 300. A state of emergency followed.",
            ["Estimates range from 133 to 300.", "A state of emergency followed."],
        ),
        (
            "Həlak olanların sayı 147. İldə bir dəfə anılırlar.",
            ["Həlak olanların sayı 147.", "İldə bir dəfə anılırlar."],
        ),
    ],
)
def test_a_year_or_a_count_before_another_word_ends_one(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vali Ali Kaya, Kanlı Ocak'ın 34. Yıl Dönümü törenine katıldı.", "Ali Kaya"),
        (
            "Büyükelçi Cahit Bağcı, 20. Yüzyılın en büyük faciasının kurbanlarını anmak için törene katıldı.",
            "Cahit Bağcı",
        ),
        ("Səfir Elçin Əliyev faciənin 35. İldönümü ilə bağlı tədbirdə iştirak edib.", "Elçin Əliyev"),
    ],
)
def test_a_name_before_an_ordinal_and_its_verb_after_it(text: str, name: str) -> None:
    assert [a.mention for a in extract_attendees(text)] == [name]


def test_a_label_and_its_value_are_one_line_only_in_lines_mode() -> None:
    text = "Deaths\n133–137\nInjuries\n• 744"
    assert split(text, lines=True) == ["Deaths\n133–137", "Injuries\n• 744"]
    assert split(text) == ["Deaths\n133–137\nInjuries", "• 744"]
    # a line with digits, or a sentence, is no label
    assert split("Killed 147\n744 wounded", lines=True) == ["Killed 147", "744 wounded"]
    assert split("It was over.\n147 died.", lines=True) == ["It was over.", "147 died."]
    # a blank line parts paragraphs, a caption from the story after it
    assert split("Photo: Reuters\n\n12 people were killed.", lines=True) == ["Photo: Reuters", "12 people were killed."]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Qanlı Yanvarın 34. İldönümü: yaddaş və rəqəmlər", 34),
        ("Faciənin 35. ildönümü səfirlikdə qeyd edildi.", 35),
        ("Faciənin 33. il dönümü Bakıda qeyd olundu.", 33),
        ("Faciənin 34-cü ildönümü qeyd edildi.", 34),
    ],
)
def test_an_azerbaijani_anniversary_with_an_ordinals_full_stop(text: str, number: int) -> None:
    assert [a.number for a in find_stated_anniversaries(text)] == [number]


def test_a_year_with_a_full_stop_is_no_anniversary() -> None:
    assert find_stated_anniversaries("Sənəd 1990. İldönümü haqqında deyil.") == []
