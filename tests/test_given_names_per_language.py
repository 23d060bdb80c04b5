"""The given names of `[names] given_names` are each language's: one of them opens a person's name in the
capitalised words before a body's noun only in a sentence its language can write (`[language] letters`). "Ali" is a
Turkish given name ("Törende Ali Kaya Ahıska Türkleri Derneği Başkanı X": the body is "Ahıska Türkleri Derneği"), but
in Azerbaijani the word "ali" (supreme, higher) opens a body's name ("Ali Məhkəmənin sədri", "Ali Təhsil Şurasının
sədri"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

AZ = "Məktəbdə 20 Yanvar faciəsinin ildönümü münasibətilə xatirə tədbiri təşkil edilib.\n\n"
TR = "Bakü'de 20 Ocak faciasının yıl dönümünde bir anma programı yapıldı.\n\n"


@pytest.mark.parametrize(
    ("text", "written", "role"),
    [
        (
            AZ + "Tədbirdə Ali Təhsil Şurasının sədri Zaur Hacıyev çıxış edib.",
            "Ali Təhsil Şurasının sədri",
            "Chairman of the Ali Təhsil Council",
        ),
        (
            AZ + "Ali Attestasiya Komitəsinin sədri Zaur Hacıyev də tədbirdə iştirak edib.",
            "Ali Attestasiya Komitəsinin sədri",
            "Chairman of the Ali Attestasiya Committee",
        ),
        (
            AZ + "Sonra Ali Hərbi Məktəb Məzunları Birliyinin sədri Zaur Hacıyev çıxış edib.",
            "Ali Hərbi Məktəb Məzunları Birliyinin sədri",
            "Chairman of the Ali Hərbi Məktəb Məzunları Union",
        ),
        (
            AZ + "Tədbirdə Ali Məhkəmənin sədri Zaur Hacıyev çıxış edib.",
            "Ali Məhkəmənin sədri",
            "Chairman of the Supreme Court",
        ),
        (
            AZ + "Konstitusiya Məhkəməsinin sədri Zaur Hacıyev Şəhidlər xiyabanını ziyarət edib.",
            "Konstitusiya Məhkəməsinin sədri",
            "Chairman of the Constitutional Court",
        ),
    ],
)
def test_a_word_that_is_another_languages_given_name_opens_a_body(text: str, written: str, role: str) -> None:
    assert [(a.mention, a.role_as_written, a.role) for a in extract_attendees(text)] == [
        ("Zaur Hacıyev", written, role)
    ]


@pytest.mark.parametrize(
    "text",
    [
        TR + "Törende Ali Kaya Ahıska Türkleri Derneği Başkanı Selim Arslan bir konuşma yaptı.",
        TR + "Programda Fatma Demir Kafkas Dil, Tarih ve Kültür Derneği Başkanı Selim Arslan konuştu.",
    ],
)
def test_a_given_name_of_the_texts_language_still_opens_a_persons_name(text: str) -> None:
    roles = {a.mention: a.role_as_written for a in extract_attendees(text)}
    assert roles["Selim Arslan"] is not None
    assert not roles["Selim Arslan"].startswith(("Ali", "Kaya", "Fatma", "Demir"))


def test_an_azerbaijani_given_name_in_an_azerbaijani_sentence() -> None:
    text = AZ + "Tədbirdə tələbə Nərgiz Azərbaycan Gənclər Birliyinin sədri Zaur Hacıyev çıxış edib."
    assert {a.mention: a.role for a in extract_attendees(text)}["Zaur Hacıyev"] == (
        "Chairman of the Azerbaijani Youth Union"
    )
