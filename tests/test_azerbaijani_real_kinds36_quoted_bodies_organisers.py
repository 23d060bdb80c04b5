"""A body's own name in quotation marks before the capitalised words of its kind, at a sentence's very start too
("“Körpü” Gənclər Birliyinin sədri X": the chairman of that whole body, whatever marks the page types), and the
organiser of an Azerbaijani event, a person, named in the genitive before "təşkilatçılığı ilə" ("sədr X-in
təşkilatçılığı ilə keçirilən tədbir"; not a body, nor an event to come or of last year). Read on diaspora, school and
youth-union pages; the sentences are written for these tests and the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "“Körpü” Gənclər Birliyinin sədri Elvin Cəfərli tədbirdə çıxış edib.",
        '"Körpü" Gənclər Birliyinin sədri Elvin Cəfərli tədbirdə çıxış edib.',
        "«Körpü» Gənclər Birliyinin sədri Elvin Cəfərli tədbirdə çıxış edib.",
        "“Körpü” Gənclər Birliyinin sədri, tarixçi Elvin Cəfərli tədbirdə çıxış edib.",
        "Tədbirdə “Körpü” Gənclər Birliyinin sədri Elvin Cəfərli çıxış edib.",
    ],
)
def test_a_quoted_body_name_opening_the_sentence_is_the_chairmans(text: str) -> None:
    assert people(EVENT + text) == [("Elvin Cəfərli", "Chairman of the Körpü Youth Union")]


def test_a_quoted_name_of_two_words() -> None:
    text = EVENT + "“Odlar Yurdu” Mədəniyyət Mərkəzinin direktoru Samirə Tağıyeva tədbirdə çıxış edib."
    assert people(text) == [("Samirə Tağıyeva", "Director of the Odlar Yurdu Culture Centre")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbir “Körpü” Gənclər Birliyinin sədri Elvin Cəfərlinin təşkilatçılığı ilə keçirilib.",
            [("Elvin Cəfərli", "Chairman of the Körpü Youth Union")],
        ),
        (
            "Elvin Cəfərlinin təşkilatçılığı ilə keçirilən tədbirdə tələbələr iştirak ediblər.",
            [("Elvin Cəfərli", None)],
        ),
        (
            "Müəllim Səbinə Rəhimovanın təşkilatçılığı ilə keçirilən tədbirdə şagirdlər şeir söylədilər.",
            [("Səbinə Rəhimova", "Teacher")],
        ),
        (
            "Səbinə Rəhimovanın təşəbbüsü və təşkilatçılığı ilə bir qrup soydaşımız bukletləri təqdim ediblər.",
            [("Səbinə Rəhimova", None)],
        ),
        (
            "Tədbir müəllimlər Səbinə Rəhimova və Aytən Qurbanovanın təşkilatçılığı ilə baş tutub.",
            [("Səbinə Rəhimova", "Teacher"), ("Aytən Qurbanova", "Teacher")],
        ),
    ],
)
def test_the_organiser_of_the_event_was_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tədbir AVCİYA-nın təşkilatçılığı ilə keçirilib.",
        "Tədbir Gənclər və İdman İdarəsinin təşkilatçılığı ilə keçirilib.",
        "Növbəti tədbir Elvin Cəfərlinin təşkilatçılığı ilə keçiriləcək.",
        "Ötən il tədbir Elvin Cəfərlinin təşkilatçılığı ilə keçirilmişdi.",
        "Ulu Öndər Heydər Əliyevin təşkilatçılığı ilə yaradılan muzeydə tədbir keçirilib.",
    ],
)
def test_no_organiser_is_placed_by_a_body_a_future_or_another_year(text: str) -> None:
    assert names(EVENT + text) == []
