"""A body's kind in English whatever words its own name holds: the name kept as written where the data cannot read
it, in English where it can (after the towns that open it too), a branch after the body it is of, a post of two
words written after the body it heads, and an English body's name longer than one the data knows. Names, bodies and
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

TR = "20 Ocak şehitleri için bir anma programı düzenlendi. "
AZ = "20 Yanvar şəhidlərinin xatirəsinə həsr olunmuş anım tədbiri keçirilib. "


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # a name the data cannot read: as written, its kind in English
        ("Nur Yolu Derneği Başkanı", "Chairman of the Nur Yolu Association"),
        ("Ahıska Türkleri Derneği Başkan Yardımcısı", "Deputy Chairman of the Ahıska Türkleri Association"),
        ("Gənc Rəssamlar Cəmiyyətinin sədri", "Chairman of the Gənc Rəssamlar Society"),
        # a town opening a name the data reads: all in English
        ("Bursa Azerbaycan Kültür Derneği Başkanı", "Chairman of the Bursa Azerbaijani Culture Association"),
        (
            "Kütahya Azerbaycan Kültür ve Dayanışma Derneği Başkan Yardımcısı",
            "Deputy Chairman of the Kutahya Azerbaijani Culture and Solidarity Association",
        ),
        ("Şəki Regional Mədəniyyət İdarəsinin rəisi", "Head of the Shaki Regional Culture Department"),
        ("Yazıçılar Birliyinin sədri", "Chairman of the Writers' Union"),
        # a branch after the body it is of
        (
            "Türkiye Azerbaycan Derneği Sakarya Şubesi Başkanı",
            "Chairman of the Sakarya Branch of the Turkey Azerbaijani Association",
        ),
        # a head of two words after the body it heads
        ("Zəfər Fondunun icraçı direktoru", "Executive Director of the Zəfər Foundation"),
        ("Gənclər Fondunun icraçı direktoru", "Executive Director of the Youth Foundation"),
        # a body by its noun alone, or a noun the data has no English for: no body made up
        ("Mərkəzin icraçı direktoru", "Executive Director"),
        ("Ülkü Ocakları Başkanı", "Chairman of the Ülkü Ocakları"),
        # an English title whose body's name goes on past a body the data knows: the longer name, as written
        (
            "founder and head of the Azerbaijan House Culture and Friendship Centre",
            "Head of the Azerbaijan House Culture and Friendship Centre",
        ),
        ("Chairman of the Azerbaijan House in Berlin", "Chairman of the Azerbaijan House in Berlin"),
    ],
)
def test_a_bodys_kind_in_english(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TR + "Programa Manisa Azerbaycan Kültür ve Dayanışma Derneği Başkanı Kerem Taş katıldı.",
            {"Kerem Taş": "Chairman of the Manisa Azerbaijani Culture and Solidarity Association"},
        ),
        (
            TR + "Türkiye Azerbaycan Derneği Bursa Şubesi Başkanı Kerem Taş bir konuşma yaptı.",
            {"Kerem Taş": "Chairman of the Bursa Branch of the Turkey Azerbaijani Association"},
        ),
        (
            AZ + "Tədbirdə Tələbə Elmi-Yaradıcılıq Cəmiyyətinin sədri Nigar Əliyeva çıxış edib.",
            {"Nigar Əliyeva": "Chairman of the Tələbə Elmi-Yaradıcılıq Society"},
        ),
        (
            AZ + "Sonra Zəfər Fondunun icraçı direktoru Elşən Bağırov çıxış edib.",
            {"Elşən Bağırov": "Executive Director of the Zəfər Foundation"},
        ),
    ],
)
def test_an_attendees_body_in_english(text: str, expected: dict[str, str]) -> None:
    assert {a.mention: a.role for a in extract_attendees(text)} == expected
