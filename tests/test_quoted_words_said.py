"""Words in quotation marks that open a verb-final sentence of speech are what was said (a slogan, a song's
title), never its speaker: "Onlar o gün ’Ya Hürriyet Ya Ölüm’ dediler" places nobody, whatever the marks. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

TR = "Iğdır'da 20 Ocak şehitleri için bir anma programı düzenlendi.\nVali Orhan Kaya programda konuştu. "
AZ = "Universitetdə 20 Yanvar faciəsinə həsr olunmuş tədbir keçirilib.\nRektor Samir Bağırov çıxış edib. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TR + "Halk o gece ’Ya Hürriyet Ya Ölüm’ dedi, tanklara göğsünü siper etti.", {"Orhan Kaya": "Governor"}),
        (TR + "Gençler 1990'da 'Ya Bağımsızlık Ya Ölüm' dediler.", {"Orhan Kaya": "Governor"}),
        # (a word of the quotation that is no name's does not hide the rest: "İstiklal")
        (TR + "Onlar 20 Ocak’ta ’Ya İstiklal Ya Ölüm’ dediler, ölümü seçtiler.", {"Orhan Kaya": "Governor"}),
        (TR + "O gün herkes “Azerbaycan Bizimdir” diye haykırdı.", {"Orhan Kaya": "Governor"}),
        (AZ + "O gecə insanlar ’Azadlıq Ya Ölüm’ deyirdilər.", {"Samir Bağırov": "Rector"}),
        (AZ + "Şagirdlər ‘Qara Yanvar’ deyərək şeir söylədilər.", {"Samir Bağırov": "Rector"}),
        # (a speaker named outside the marks still spoke)
        (TR + "Başkan Elif Demir ise ’Unutmayacağız’ dedi.", {"Orhan Kaya": "Governor", "Elif Demir": "Chairman"}),
    ],
)
def test_quoted_words_are_no_speaker(text: str, expected: dict[str, str | None]) -> None:
    assert {a.mention: a.role for a in extract_attendees(text)} == expected
