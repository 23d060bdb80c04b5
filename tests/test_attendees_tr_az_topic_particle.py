"""The contrastive topic particle after a subject (issue 16): Turkish "ise", glued after a name's apostrophe
("Demir'se", "Ay'sa"), and Azerbaijani "isə", glued to a surname in full or short ("Quliyevisə", "Quliyevsə",
"Məmmədovsa"). The particle is no case ending: the name before it is the subject of the verb of speech or presence that
follows, at the event the text places, and the name is written without it. What places nobody: a history sentence, a
statement with no event in the text, a name in a real case ending. The sentences are written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from jan20.extract._name_words import oblique

from ._helpers import people

HELD_TR = "Ankara'da Kanlı Ocak şehitleri için anma töreni düzenlendi.\n\n"
HELD_AZ = "Berlində 20 Yanvar faciəsinin ildönümü ilə bağlı anım mərasimi keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (HELD_TR + "Vali Yardımcısı Orhan Tekin ise yaptığı konuşmada şehitleri rahmetle andı.", "Orhan Tekin"),
        (HELD_TR + "İl Müdürü Sinan Bulut ise törende kısa bir konuşma yaptı.", "Sinan Bulut"),
        (HELD_TR + 'Daha sonra Dış İlişkiler Dairesi Başkanı Tarık Oral ise, "Acınız acımızdır" dedi.', "Tarık Oral"),
        (HELD_TR + "Rektör Selim Ay'sa törende konuştu.", "Selim Ay"),
        (HELD_TR + "Vali Yardımcısı Nihat Demir'se törende bir konuşma yaptı.", "Nihat Demir"),
        (HELD_AZ + "Səfir Rauf Səfərov isə çıxışında faciənin mahiyyətindən danışıb.", "Rauf Səfərov"),
        (HELD_AZ + "Deputat Elşən Quliyevsə tədbirdə çıxış edib.", "Elşən Quliyev"),
        (HELD_AZ + "Səfir Kamran Məmmədovsa mərasimdə iştirak edib.", "Kamran Məmmədov"),
        (HELD_AZ + "Professor Aydın Nəsirovisə tədbirdə çıxış edib.", "Aydın Nəsirov"),
    ],
)
def test_the_name_before_the_particle_is_the_subject(text: str, mention: str) -> None:
    assert mention in [m for m, _ in people(text)]


@pytest.mark.parametrize(
    "text",
    [
        # history: what someone did in 1990, no event of the text
        "1990 yılında Sovyet ordusu Bakü'ye girdi. Tarihçi Selim Ay'sa o dönemde öğrenciydi.",
        "1990-cı ilin yanvarında Bakıya qoşun yeridildi. Müəllim Elşən Quliyevsə o vaxt tələbə idi.",
        # a statement with no event placed anywhere in the text
        'Dışişleri Bakanlığı Sözcüsü Tarık Oral ise, "Acınızı paylaşıyoruz" dedi.',
        'Nazirliyin mətbuat katibi Kamran Məmmədovsa "Faciəni unutmuruq" deyib.',
    ],
)
def test_the_particle_alone_places_nobody(text: str) -> None:
    assert people(text) == []


def test_the_particle_is_no_case_ending() -> None:
    assert not oblique("Demir'se") and not oblique("Ay’sa")
    assert oblique("Demir'in") and oblique("Ay'da")  # a real case ending still is one


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Mərasimdə iştirak edənlər arasında Rato Tebilisa və Ana Morelisa da var idi.", "Rato Tebilisa"),
        ("Among those present at the ceremony were Rato Tebilisa and the consul.", "Rato Tebilisa"),
    ],
)
def test_a_surname_ending_like_the_particle_against_its_vowels_keeps_its_letters(text: str, mention: str) -> None:
    # "sa" follows a back vowel ("Məmmədovsa"), "sə" a front one ("Quliyevsə"): "-lisa" is a name's own letters
    assert mention in [m for m, _ in people(text)]
