"""Issue #16: a Russian name written in another case than the nominative is shown in the nominative, so the same
person is one row; a name that is already nominative is never changed. Names and texts invented for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.people import canonical_names

RU = "В Осло прошел вечер памяти жертв трагедии 20 января. "


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Лейлы Керимовой", "Лейла Керимова"),  # genitive: "в исполнении Лейлы Керимовой"
        ("Лейле Керимовой", "Лейла Керимова"),  # dative: "слово предоставили Лейле Керимовой"
        ("Лейлой Керимовой", "Лейла Керимова"),  # instrumental: "вместе с Лейлой Керимовой"
        ("Гюнай Алиевой", "Гюнай Алиева"),  # an indeclinable woman's given name
        ("Самиру Гусейнову", "Самир Гусейнов"),  # dative
        ("Самиром Гусейновым", "Самир Гусейнов"),  # instrumental: "во главе с послом Самиром Гусейновым"
        ("Сергеем Ильиным", "Сергей Ильин"),
        ("Натальи Ильиной", "Наталья Ильина"),
        ("Эльдара Ковальского", "Эльдар Ковальский"),  # genitive: "по инициативе Эльдара Ковальского"
        ("Эльдару Ковальскому", "Эльдар Ковальский"),
        ("Эльдаром Ковальским", "Эльдар Ковальский"),
        ("Андрея Зелинского", "Андрей Зелинский"),
    ],
)
def test_an_oblique_name_is_shown_in_the_nominative(written: str, nominative: str) -> None:
    assert canonical_names([written])[written] == nominative


@pytest.mark.parametrize(
    "name",
    [
        "Лейла Керимова",
        "Марина Ковальская",
        "Эльдар Ковальский",
        "Самир Гусейнов",
        "Анар Мамедзаде",
        "Туран Гасанлы",
        "Эльчин Гусейноглы",
        "Лев Донской",  # "-ской" is also a man's nominative
    ],
)
def test_a_nominative_name_stays_as_it_is(name: str) -> None:
    assert canonical_names([name])[name] == name


def test_an_uncertain_feminine_form_joins_the_nominative_in_the_archive() -> None:
    canonical = canonical_names(["Марины Ковальской", "Марина Ковальская"])
    assert canonical["Марины Ковальской"] == "Марина Ковальская"
    assert canonical_names(["Марины Ковальской"])["Марины Ковальской"] == "Марины Ковальской"  # unsure alone


@pytest.mark.parametrize(
    ("sentence", "nominative"),
    [
        ("В исполнении Лейлы Керимовой прозвучали песни о Баку.", "Лейла Керимова"),
        ("Вечер прошел при участии посла Нигяр Велиевой.", "Нигяр Велиева"),
        ("Мероприятие состоялось с участием профессора Эльдара Ковальского.", "Эльдар Ковальский"),
        ("В мероприятии приняла участие делегация во главе с послом Самиром Гусейновым.", "Самир Гусейнов"),
    ],
)
def test_names_after_cues_of_other_cases_come_out_in_the_nominative(sentence: str, nominative: str) -> None:
    mentions = [a.mention for a in extract_attendees(RU + sentence)]
    assert nominative in canonical_names(mentions).values()


AZ = "Oslo şəhərində 20 Yanvar faciəsinin qurbanlarının xatirəsinə anım gecəsi keçirilib. "


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Samir Hüseynovla", "Samir Hüseynov"),  # "-la/-lə" glued: "səfir Samir Hüseynovla birlikdə"
        ("Rauf Əliyevlə", "Rauf Əliyev"),
        ("Leyla Kərimovayla", "Leyla Kərimova"),
        ("Anar Məmmədzadəylə", "Anar Məmmədzadə"),
        ("Turan Həsənliylə", "Turan Həsənli"),
        ("Rauf Əliyevə", "Rauf Əliyev"),  # dative: "söz Rauf Əliyevə verildi"
        ("Leyla Kərimovaya", "Leyla Kərimova"),
    ],
)
def test_an_azerbaijani_name_with_a_case_ending_is_shown_without_it(written: str, nominative: str) -> None:
    assert canonical_names([written])[written] == nominative


@pytest.mark.parametrize("name", ["Samir Hüseynov", "Leyla Kərimova", "Turan Həsənli", "Anar Məmmədzadə"])
def test_an_azerbaijani_nominative_stays_as_it_is(name: str) -> None:
    assert canonical_names([name])[name] == name


@pytest.mark.parametrize(
    ("sentence", "nominative"),
    [
        ("Səfir Samir Hüseynovla birlikdə tələbələr də iştirak etdi.", "Samir Hüseynov"),
        ("Tədbir səfir Samir Hüseynovun iştirakı ilə keçdi.", "Samir Hüseynov"),
        ("Tədbir səfir Leyla Kərimovanın çıxışı ilə başladı.", "Leyla Kərimova"),
    ],
)
def test_azerbaijani_names_after_cues_come_out_without_their_endings(sentence: str, nominative: str) -> None:
    mentions = [a.mention for a in extract_attendees(AZ + sentence)]
    assert nominative in canonical_names(mentions).values()
