"""An envoy's title that opens with the name of a state written in several words keeps it as the sending country
("Kuzey Kıbrıs Türk Cumhuriyeti Bakü Temsilcisi", "Şimali Kipr Türk Respublikasının Bakıdakı nümayəndəsi":
"Representative of the TRNC in Baku"; "Filistin Devleti Büyükelçisi", "the Ambassador of the State of Palestine":
"Ambassador of Palestine"); the first word of such a name alone is no title's ("Kuzey" is also a given name). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import roles

AZ = "Bakıda 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım mərasimi keçirilib.\n\n"
TR = "Bakü'de 20 Ocak faciasının yıldönümü dolayısıyla bir anma töreni düzenlendi.\n\n"
EN = "A commemoration of the 20 January tragedy was held in Baku.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TR + "Törende Kuzey Kıbrıs Türk Cumhuriyeti Bakü Temsilcisi Mehmet Ercan bir konuşma yaptı.",
            "Representative of the TRNC in Baku",
        ),
        (
            TR + "Kuzey Kıbrıs Türk Cumhuriyeti'nin Azerbaycan Temsilcisi Mehmet Ercan da törene katıldı.",
            "Representative of the TRNC",
        ),
        (
            TR + "Programda Kuzey Kıbrıs Türk Cumhuriyeti Ankara Büyükelçisi Mehmet Ercan konuştu.",
            "Ambassador of the TRNC to Turkey",
        ),
        (TR + "Törende Filistin Devleti Büyükelçisi Nasser Halil bir konuşma yaptı.", "Ambassador of Palestine"),
        (TR + "Filistin Devleti'nin Bakü Büyükelçisi Nasser Halil de törene katıldı.", "Ambassador of Palestine"),
        (
            AZ + "Mərasimdə Şimali Kipr Türk Respublikasının Bakıdakı nümayəndəsi Mehmet Ercan çıxış edib.",
            "Representative of the TRNC in Baku",
        ),
        (
            AZ + "Sonra Şimali Kipr Respublikasının Azərbaycandakı nümayəndəsi Mehmet Ercan çıxış edib.",
            "Representative of the TRNC",
        ),
        (
            AZ + "Mərasimdə Fələstin Dövlətinin Azərbaycandakı səfiri Nasser Halil çıxış edib.",
            "Ambassador of Palestine",
        ),
        (
            EN + "The Ambassador of the State of Palestine Nasser Halil laid a wreath at the memorial.",
            "Ambassador of Palestine",
        ),
        (EN + "Palestinian Ambassador Nasser Halil laid a wreath at the memorial.", "Ambassador of Palestine"),
    ],
)
def test_a_state_of_several_words_sends_the_envoy(text: str, expected: str) -> None:
    assert expected in roles(text).values()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (TR + "Törende Kuzey Yılmaz bir şiir okudu.", "Kuzey Yılmaz"),
        (TR + "Törende Vali Kuzey Yılmaz bir konuşma yaptı.", "Kuzey Yılmaz"),
    ],
)
def test_a_given_name_like_a_states_first_word_is_still_a_name(text: str, person: str) -> None:
    assert person in roles(text)
