"""Azerbaijani real kinds, round 40: people of district, school and university reports of the 20 January
commemorations. A department of the Presidential Administration named by its field in lower case ("Prezident
Administrasiyasının Humanitar siyasət şöbəsinin müdiri X") is the department's head, and the Administration's noun with
the field's first word is no person ("Administrasiyasının Humanitar"). The sentences are written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from ._helpers import roles

EVENT = "20 Yanvar faciəsinin 35-ci ildönümü ilə bağlı anım mərasimi keçirilib.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mərasimdə Prezident Administrasiyasının Humanitar siyasət şöbəsinin müdiri Rövnəq Talıblı çıxış edib.",
        "Prezident Administrasiyasının humanitar siyasət şöbəsinin müdiri Rövnəq Talıblı abidə önünə əklil qoyub.",
        "Tədbirdə Prezident Administrasiyasının Humanitar siyasət şöbəsinin müdiri Rövnəq Talıblı və deputat Elmar"
        " Qarayev iştirak ediblər.",
    ],
)
def test_a_department_of_the_administration_named_by_its_field(sentence: str) -> None:
    found = roles(EVENT + sentence)
    assert "Administrasiyasının Humanitar" not in found
    assert found["Rövnəq Talıblı"] == "Head of Department of the Presidential Administration"


@pytest.mark.parametrize(
    "sentence",
    [
        "Universitetin rektoru Səadət Mirzəyeva 20 Yanvar faciəsini milli iradənin rəmzi kimi dəyərləndirib.",
        "Rektor Səadət Mirzəyeva faciəni xalqın azadlıq yolunun başlanğıcı kimi qiymətləndirdi.",
        "Tədbirdə rektor Səadət Mirzəyeva o günləri şərəf səhifəsi kimi qiymətləndirərək unutmamağa çağırıb.",
    ],
)
def test_who_assessed_the_tragedy_at_the_event_spoke(sentence: str) -> None:
    assert "Səadət Mirzəyeva" in roles(EVENT + sentence)


def test_an_assessment_with_no_event_places_nobody() -> None:
    text = "20 Yanvar faciəsindən 35 il ötür.\nRektor Səadət Mirzəyeva faciəni qəhrəmanlıq səhifəsi kimi dəyərləndirib."
    assert roles(text) == {}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("İngilis dili müəllimi", "Teacher of English"),
        ("məktəbin rus dili müəllimi", "Teacher of Russian"),
        ("fiziki tərbiyə müəllimi", "Teacher of Physical Education"),
        ("gimnaziyanın fiziki tərbiyə müəllimi", "Teacher of Physical Education"),
        ("Azərbaycan dili müəllimi", "Teacher"),
        ("İngilis dili kafedrasının müdiri", "Head of the Department of English"),
        ("Fiziki tərbiyə kafedrasının müdiri", "Head of the Department of Physical Education"),
        # (the country's language is no country, and a language with its literature is left as a department)
        ("Azərbaycan dili kafedrasının müdiri", "Head of Department"),
        ("Rus dili və ədəbiyyatı kafedrasının müdiri", "Head of Department"),
    ],
)
def test_a_teacher_of_a_language_or_of_physical_education(title: str, role: str) -> None:
    assert roles(EVENT + f"Tədbirdə {title} Könül Sadıqova çıxış edib.") == {"Könül Sadıqova": role}


@pytest.mark.parametrize(
    "title",
    ["məktəbin UBTR-i", "UBTR", "Uşaq Birliyi Təşkilatının rəhbəri"],
)
def test_the_leader_of_a_schools_childrens_union(title: str) -> None:
    assert roles(EVENT + f"Tədbirdə {title} Gülnar Həsənova və şagirdlər iştirak ediblər.") == {
        "Gülnar Həsənova": "Head of the Union of Children"
    }
