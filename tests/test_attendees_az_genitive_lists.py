"""Azerbaijani names in the genitive before "iştirakı ilə", "çıxışları ilə" and "iştirak etdiyi" (probes of AZERTAC,
Qafqazinfo and district pages): a name joined to a group in the genitive ("deputat X-in və ictimaiyyətin
nümayəndələrinin iştirak etdiyi mərasim"), or to another name with a title in lower case between ("səfir A-nın,
icmanın sədri B-nin çıxışları ilə"), is written without its ending. What places nobody: the genitive of one remembered,
an event to come. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

HELD = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Deputat Mədər Musalının da iştirak etdiyi tədbirdə şəhidlər anıldı.",
        "Tədbir deputat Mədər Musalının və tələbələrin iştirakı ilə keçirilib.",
        "Rayon rəhbərliyinin, deputat Mədər Musalının və ictimaiyyətin nümayəndələrinin iştirak etdiyi mərasimdə "
        "şəhidlərin xatirəsi yad edildi.",
        "Deputat Mədər Musalının və soydaşlarımızın iştirak etdikləri mərasimdə film nümayiş olunub.",
    ],
)
def test_a_name_beside_a_group_in_the_genitive(text: str) -> None:
    assert people(HELD + text) == [("Mədər Musalı", "Member of Parliament")]


def test_names_with_a_title_in_lower_case_between() -> None:
    text = "Tədbir səfir Faiq Quliyevin, icmanın sədri Elşən Qasımlının və soydaşlarımızın iştirakı ilə keçirilib."
    assert people(HELD + text) == [("Faiq Quliyev", "Ambassador"), ("Elşən Qasımlı", "Chairman")]


@pytest.mark.parametrize(
    "text",
    [
        # the genitive of those remembered, not of those who came
        "Səfir Faiq Quliyevin və ailəsinin xatirəsi yad edilib.",
        # an event to come
        "Deputat Mədər Musalının iştirak edəcəyi tədbir sabah keçiriləcək.",
        "Deputat Mədər Musalının və tələbələrin iştirakı ilə daha bir tədbir keçiriləcək.",
    ],
)
def test_genitives_not_placed(text: str) -> None:
    assert people(HELD + text) == []


@pytest.mark.parametrize(
    "title",
    ["Təbriz Universitetinin müəllimi", "Bakı Dövlət Universitetinin müəllimi", "universitetin müəllimi"],
)
def test_a_university_teacher_beside_a_group(title: str) -> None:
    text = HELD + f"Mərasim {title} Əli Rəhimzadənin və tələbələrin iştirakı ilə davam edib."
    assert people(text) == [("Əli Rəhimzadə", "Teacher")]


def test_a_body_named_after_a_person_is_still_no_one() -> None:
    # the namesake of a body in the genitive ("Heydər Əliyev Fondunun") is not one who took part
    text = HELD + "Mərasim Heydər Əliyev Fondunun və tələbələrin iştirakı ilə davam edib."
    assert people(text) == []
