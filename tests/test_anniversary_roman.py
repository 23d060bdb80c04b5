"""Anniversaries written with a Roman numeral ("XXIX ildönümü", "XXXV годовщина", "XXXIV. yıl dönümü", "XXXIV
anniversary"), read by the one number reader (`jan20.text.numbers.roman_to_int`, 1 to 99), and only in a sentence
that names the event: a Roman numeral elsewhere is a century's ("XX əsr") or a name's ("World War II"). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary
from jan20.text.numbers import roman_to_int


@pytest.mark.parametrize(
    ("token", "value"),
    [("I", 1), ("IV", 4), ("IX", 9), ("XX", 20), ("XXIX", 29), ("XXXIV", 34), ("XLIX", 49), ("XCIX", 99)],
)
def test_roman_numerals_are_read(token: str, value: int) -> None:
    assert roman_to_int(token) == value


@pytest.mark.parametrize("token", ["", "C", "MMXX", "IIII", "VX", "IL", "xxxiv", "XXXIVth", "MIX", "34"])
def test_other_tokens_are_no_roman_numeral(token: str) -> None:
    assert roman_to_int(token) is None


@pytest.mark.parametrize(
    ("text", "number", "phrase"),
    [
        ("Məktəbdə 20 Yanvar faciəsinin XXIX ildönümü ilə bağlı tədbir keçirildi.", 29, "XXIX ildönümü"),
        ("Qara Yanvar faciəsinin XXXIV il dönümü münasibətilə anım mərasimi oldu.", 34, "XXXIV il dönümü"),
        ("В посольстве отметили XXXV годовщину трагедии 20 января.", 35, "XXXV годовщину"),
        ("Dernek, 20 Ocak katliamının XXXIV. yıl dönümünde bir anma düzenledi.", 34, "XXXIV. yıl dönümü"),
        ("The community marked the XXXIV anniversary of Black January in Vienna.", 34, "XXXIV anniversary"),
    ],
)
def test_roman_anniversary_of_the_event(text: str, number: int, phrase: str) -> None:
    found = stated_anniversary(text)
    assert found is not None
    assert (found.number, found.text.startswith(phrase)) == (number, True)


@pytest.mark.parametrize(
    "text",
    [
        "20 Yanvar XX əsrin ən faciəli hadisələrindən biridir.",
        "XX əsrin sonunda Bakıda baş verən hadisələr unudulmur.",
        "Veterans laid flowers on the World War II anniversary in the capital.",
        "Kraliça II Yelizaveta ildönümü münasibətilə təbrik göndərib.",
        "Petro I ildönümü münasibətilə sərgi açıldı.",
        "Müstəqilliyin XXX ildönümü geniş qeyd olundu.",
        "Dövlət bayrağının MMXX ildönümü yoxdur.",
        "xxxiv ildönümü",
    ],
)
def test_other_roman_numerals_state_no_anniversary(text: str) -> None:
    assert stated_anniversary(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a count in words whose first capital is also a Roman digit is read as words ("Iyirmi", typed without the
        # dot of "İ": twenty), never as the numeral "I"
        ("Iyirmi beş il keçir 20 Yanvar faciəsindən.", 25),
        ("Iyirmi dörd il əvvəl, 20 Yanvar gecəsi, Bakıya qoşun yeridildi.", 24),
    ],
)
def test_a_word_opening_with_a_roman_letter_is_a_word(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None and found.number == number
