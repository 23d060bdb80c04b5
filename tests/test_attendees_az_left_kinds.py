"""Azerbaijani attendee and role kinds left over: plural posts before several names (each one's in the singular),
the Quran recited (a prayer cue; the holy book's name no part of the reciter's), the office before a comma at the
very start of a sentence or after a sequence adverb (not the degree, honour or occupation after it), a court's judge,
and a body's abbreviation in the genitive before its head. The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people

EVENT = "Universitetdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Prorektorlar Nigar Səfərova və Ramil Abbasov Şəhidlər xiyabanını ziyarət ediblər.", "Vice-Rector"),
        ("Tədbirdə prorektorlar Nigar Səfərova və Ramil Abbasov çıxış ediblər.", "Vice-Rector"),
        ("Mərasimdə dekanlar Nigar Səfərova və Ramil Abbasov iştirak ediblər.", "Dean"),
        ("Daha sonra direktorlar Nigar Səfərova və Ramil Abbasov çıxış etdilər.", "Director"),
        (
            "Tədbirdə Prezident Administrasiyası rəhbərinin müavinləri Nigar Səfərova və Ramil Abbasov iştirak "
            "ediblər.",
            "Deputy Head",
        ),
    ],
)
def test_a_plural_post_is_each_names_in_the_singular(text: str, role: str) -> None:
    assert people(EVENT + text) == [("Nigar Səfərova", role), ("Ramil Abbasov", role)]


def test_a_plural_deputy_of_a_body_reads_as_the_singular_does() -> None:
    one = people(EVENT + "Mərasimdə Xidmət başçısının müavini Ramil Abbasov iştirak edib.")
    two = people(EVENT + "Mərasimdə Xidmət başçısının müavinləri Nigar Səfərova və Ramil Abbasov iştirak ediblər.")
    assert [r for _, r in two] == [one[0][1], one[0][1]]
    assert canonical_role("Prezident Administrasiyası rəhbərinin müavinləri") == "Deputy Head"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sonra məscidin imamı Hacı Ramil Abbasov Quran oxuyub.", "Imam"),
        ("Ramil Abbasov şəhidlərin ruhuna Qurandan ayələr oxudu.", None),
        ("Ramil Abbasov Quran oxudu, sonra tələbələr şeir söylədilər.", None),
        ("Daha sonra Təzəpir məscidinin axundu Ramil Abbasov Qurani-Kərimdən surə oxuyub.", "Akhund"),
        ("Tədbirin sonunda axund Ramil Abbasov Quran oxumuşdur.", "Akhund"),
    ],
)
def test_a_reciter_of_the_quran_was_there(text: str, role: str | None) -> None:
    assert people(EVENT + text) == [("Ramil Abbasov", role)]


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə Quran oxunub.",  # (the passive: nobody named)
        "Ramil Abbasov sabah Quran oxuyacaq.",  # (the future)
    ],
)
def test_the_quran_read_by_nobody_named_or_later_places_nobody(text: str) -> None:
    assert people(EVENT + text) == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Teatrın direktoru, Xalq artisti Ramil Abbasov çıxış etdi.", "Director"),
        ("Muzeyin direktoru, Əməkdar artist Ramil Abbasov çıxış edib.", "Director"),
        ("Teatrın direktoru, professor Ramil Abbasov tədbiri açdı.", "Director"),
        ("Cəmiyyətin sədri, tarixçi Ramil Abbasov çıxış etdi.", "Chairman"),
        ("Universitetin rektoru, professor Ramil Abbasov çıxış edib.", "Rector"),
        ("Tədbirdə teatrın direktoru, Xalq artisti Ramil Abbasov çıxış etdi.", "Director"),
    ],
)
def test_the_office_before_the_comma_at_a_sentences_start_is_the_role(text: str, role: str) -> None:
    assert people(EVENT + text) == [("Ramil Abbasov", role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Sonra “Körpü” Gənclər Birliyinin sədri, tarixçi Ramil Abbasov çıxış etdi.",
            "Chairman of the Körpü Youth Union",
        ),
        (
            "Sonra “Körpü” Tarixçilər Cəmiyyətinin sədri, jurnalist Ramil Abbasov çıxış edib.",
            "Chairman of the Körpü Historians' Society",
        ),
        ("Sonra “Körpü” Cəmiyyətinin sədri, tarixçi Ramil Abbasov çıxış etdi.", "Chairman of the Körpü Society"),
        (
            "Tədbirdə “Körpü” Gənclər Birliyinin sədri Ramil Abbasov çıxış etdi.",
            "Chairman of the Körpü Youth Union",
        ),
    ],
)
def test_a_quoted_bodys_office_before_an_occupation_is_the_role(text: str, role: str) -> None:
    assert people(EVENT + text) == [("Ramil Abbasov", role)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ali Məhkəmənin hakimi Ramil Abbasov çıxış etdi.", "Judge of the Supreme Court"),
        ("Tədbirdə Konstitusiya Məhkəməsinin hakimi Ramil Abbasov çıxış edib.", "Judge of the Constitutional Court"),
        ("Tədbirdə hakimi Ramil Abbasov çıxış edib.", "Judge"),
    ],
)
def test_a_courts_judge(text: str, role: str) -> None:
    assert people(EVENT + text) == [("Ramil Abbasov", role)]


def test_a_judge_in_turkish_and_russian() -> None:
    tr = "Ankara'da 20 Ocak katliamının yıl dönümü dolayısıyla anma töreni düzenlendi. "
    assert people(tr + "Törene Anayasa Mahkemesi Hakimi Ayşe Demir katıldı.") == [("Ayşe Demir", "Judge")]
    ru = "В Москве прошёл вечер памяти жертв трагедии 20 января 1990 года. "
    assert people(ru + "На вечере выступил судья Иван Петров.") == [("Иван Петров", "Judge")]
    assert canonical_role("судьёй") == "Judge"


def test_a_physicians_word_is_no_judges() -> None:
    assert canonical_role("həkim") != "Judge"
    assert canonical_role("icra hakimiyyətinin başçısı") == "Head of the Executive Power"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("AYB-nin katibi Ramil Abbasov çıxış etdi.", "Secretary of AYB"),
        ("Tədbirdə ADMİU-nun direktoru Ramil Abbasov çıxış edib.", "Director of ADMIU"),
        ("Tədbirdə QHT-nin sədri Ramil Abbasov çıxış edib.", "Chairman of QHT"),
        ("Tədbirdə BDU-nun rektoru Ramil Abbasov çıxış edib.", "Rector of BSU"),  # (a university's data names it)
        ("Tədbirdə YAP-ın sədri Ramil Abbasov çıxış edib.", "Chairman of the New Azerbaijan Party"),
    ],
)
def test_an_abbreviations_genitive_before_a_head_names_the_body(text: str, role: str) -> None:
    assert people(EVENT + text) == [("Ramil Abbasov", role)]
