"""More ways Azerbaijani reports of 20 January commemorations name their speakers (read on embassy, diaspora and
institute pages): speakers who shared two things joined by "və" ("fikir və mülahizələrini bölüşüblər"), the same in
Turkish; a speaker after "çıxış edən" whose union is named in quotation marks after where it is and
common words in lower case ("Almaniyadakı diaspora “Birlik” cəmiyyətinin sədri X": the chairman of that society); and
an office, a comma, then an occupation the data does not list before the name ("sədri, tədqiqatçı X": the chairman).
The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "Səfirlikdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"
OLAY = "Büyükelçilikte 20 Ocak katliamının yıl dönümü dolayısıyla anma töreni düzenlendi.\n\n"

# --- two things shared, joined by "və" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sonra Nigar Həsənova və Tural Əsgərov o günlə bağlı fikir və mülahizələrini bölüşüblər.",
            ["Nigar Həsənova", "Tural Əsgərov"],
        ),
        ("Şəhid anası Gülşən Rzayeva da fikir və mülahizələrini bölüşdü.", ["Gülşən Rzayeva"]),
        ("Elmar Qasımlı həmin gecə barədə mülahizələrini bölüşüb.", ["Elmar Qasımlı"]),
        ("Ardınca Samirə Vəliyeva xatirə və mülahizələrini bölüşərək faciəni unutmamağa çağırdı.", ["Samirə Vəliyeva"]),
        (
            "Könül Abbasova və Rauf Məmmədli gələcək layihələrlə bağlı fikir və təkliflərini bölüşüblər.",
            ["Könül Abbasova", "Rauf Məmmədli"],
        ),
        ("Tələbə Orxan Bağırlı düşüncə və arzularını bölüşmüşdür.", ["Orxan Bağırlı"]),
    ],
)
def test_two_things_shared_place_the_speakers(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (a pair of nouns whose second one is no object of the verb: no shared thought)
        "Sevinc Quliyeva fikir və Vətən bölüşüb.",
        # (sharing a video of the visit is no speech at the event)
        "Nadir Sultanov ziyarətlə bağlı fikir və mülahizələrini sosial şəbəkədə paylaşıb.",
    ],
)
def test_other_sharing_places_nobody(text: str) -> None:
    assert names(EVENT + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OLAY + "Ahmet Koç görüş ve önerilerini katılımcılarla paylaştı.", ["Ahmet Koç"]),
        (OLAY + "Ardından Zehra Aydın duygu ve temennilerini salondakilerle paylaştı.", ["Zehra Aydın"]),
    ],
)
def test_two_things_shared_in_turkish(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- a union named in quotation marks after where it is and common words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə çıxış edən Almaniyadakı diaspora “Birlik” cəmiyyətinin sədri Fuad Quliyev o gecənin "
            "xatirələrindən danışdı.",
            ("Fuad Quliyev", "Chairman of the Birlik Society"),
        ),
        (
            'Tədbirdə çıxış edən Fransadakı tələbə "Odlar Yurdu" birliyinin sədri Aysel Kərimli faciənin '
            "səbəblərindən bəhs etdi.",
            ("Aysel Kərimli", "Chairman of the Odlar Yurdu Union"),
        ),
        (
            "Tədbirdə çıxış edən Niderlanddakı gənclər «Vətən» təşkilatının sədri Ramil Novruzov şəhidlərin "
            "xatirəsini yad etdi.",
            ("Ramil Novruzov", "Chairman of the Vətən Organisation"),
        ),
        (
            "Tədbirdə çıxış edən Fransadakı Azərbaycan diaspora “Körpü” cəmiyyətinin sədri Lalə Səfərova qeyd "
            "edib ki, faciə unudulmur.",
            ("Lalə Səfərova", "Chairman of the Körpü Society"),
        ),
    ],
)
def test_a_union_after_its_place_and_common_words(text: str, expected: tuple[str, str]) -> None:
    assert people(EVENT + text) == [expected]


def test_a_union_without_the_extra_words_reads_the_same() -> None:
    text = "Tədbirdə çıxış edən “Birlik” cəmiyyətinin sədri Fuad Quliyev o gecənin xatirələrindən danışdı."
    assert people(EVENT + text) == [("Fuad Quliyev", "Chairman of the Birlik Society")]


# --- an office, a comma, then an occupation the data does not list ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə “Ulduz” cəmiyyətinin sədri, tədqiqatçı Vüqar Əhmədli 1990-cı ilin hadisələrindən danışıb.",
            ("Vüqar Əhmədli", "Chairman of the Ulduz Society"),
        ),
        (
            "“Ulduz” Cəmiyyətinin sədri, tədqiqatçı-alim Vüqar Əhmədli çıxış edərək faciənin səbəblərini izah edib.",
            ("Vüqar Əhmədli", "Chairman of the Ulduz Society"),
        ),
        (
            "Tədbirdə çıxış edən Tarix İnstitutunun direktoru, tədqiqatçı-alim Kamran Şirinov arxiv sənədlərindən "
            "danışdı.",
            ("Kamran Şirinov", "Director of the History Institute"),
        ),
        (
            "Tədbirdə çıxış edən “Ulduz” cəmiyyətinin sədri, şair Vüqar Əhmədli faciəyə həsr etdiyi şeiri oxudu.",
            ("Vüqar Əhmədli", "Chairman of the Ulduz Society"),
        ),
        (
            "Tədbirdə çıxış edən “Yaddaş” İctimai Birliyinin sədri, yazıçı-publisist Mehriban Zeynalova o "
            "günlərdən söz açdı.",
            ("Mehriban Zeynalova", "Chairman of the Yaddaş Public Union"),
        ),
    ],
)
def test_an_office_before_an_unlisted_occupation_is_the_role(text: str, expected: tuple[str, str]) -> None:
    assert people(EVENT + text) == [expected]


def test_an_office_before_a_post_of_its_own_keeps_the_post() -> None:
    text = "Tədbirdə “Ulduz” cəmiyyətinin sədri, deputat Vüqar Əhmədli çıxış edib."
    assert people(EVENT + text) == [("Vüqar Əhmədli", "Member of Parliament")]


def test_an_occupation_office_before_an_unlisted_occupation_is_kept() -> None:
    text = "Затем выступил доцент кафедры истории, исследователь Руслан Гасымов."
    assert people("В консульстве прошёл вечер памяти жертв 20 января.\n\n" + text) == [("Руслан Гасымов", None)]
