"""An ordinal in digits with its ending after a hyphen or an apostrophe inside a title ("4-cü kurs tələbəsi",
"студентка 4-го курса", "4’üncü sınıf öğrencisi"; `[roles] ordinal_endings`) is the title's, as the ordinal in words
is: it breaks no list of speakers, and the title keeps its head."""

from __future__ import annotations

import pytest

from tests._helpers import people


@pytest.mark.parametrize("year", ["4-cü", "2-ci", "dördüncü"])
def test_an_azerbaijani_genitive_list_keeps_every_speaker(year: str) -> None:
    text = f"Tədbir müəllim Rəna Quliyeva, Anar Həsənov və {year} kurs tələbəsi Nigar Əliyevanın çıxışları ilə bitib."
    assert people(text) == [("Rəna Quliyeva", "Teacher"), ("Anar Həsənov", None), ("Nigar Əliyeva", "Student")]


def test_two_digit_ordinals_in_one_genitive_list() -> None:
    text = "Tədbir 3-cü kurs tələbəsi Rəna Quliyeva və 1-ci kurs tələbəsi Nigar Əliyevanın çıxışları ilə başa çatıb."
    assert people(text) == [("Rəna Quliyeva", "Student"), ("Nigar Əliyeva", "Student")]


@pytest.mark.parametrize("year", ["4-го", "четвёртого"])
def test_a_russian_list_after_the_verb_keeps_the_student(year: str) -> None:
    text = f"На вечере памяти выступили Анна Петрова, Иван Сидоров и студентка {year} курса Мария Иванова."
    assert people(text) == [("Анна Петрова", None), ("Иван Сидоров", None), ("Мария Иванова", "Student")]


def test_a_russian_student_alone_keeps_the_title() -> None:
    assert people("На вечере памяти выступила студентка 3-го курса Мария Иванова.") == [("Мария Иванова", "Student")]


def test_a_turkish_ordinal_after_an_apostrophe() -> None:
    text = "Törende Ayşe Yılmaz, Mehmet Demir ve 4’üncü sınıf öğrencisi Elif Kaya birer konuşma yaptı."
    assert people(text) == [("Ayşe Yılmaz", None), ("Mehmet Demir", None), ("Elif Kaya", "Student")]


def test_a_number_that_is_no_ordinal_opens_no_title() -> None:
    # (a count with its case ending is no ordinal: "20-dən çox" is more than twenty, not a title's word)
    text = "Tədbirdə 20-dən çox tələbə və müəllim Rəna Quliyeva iştirak edib."
    assert ("Rəna Quliyeva", "Teacher") in people(text)
