"""The organiser of the event reported ran it, and so was there, as the person on whose initiative it was held is
(README, "Extraction"): "the evening organised by teacher X", "müəllim X-in təşkil etdiyi tədbir", "Tədbiri X təşkil
edib", "на вечере, организованном председателем Y", "Öğretmen X'in düzenlediği tören". A body that organised it
names nobody, nor does the organiser of an event of another year or of one to come."""

from __future__ import annotations

import pytest

from tests._helpers import names, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils recited poems at the evening organised by teacher Rena Guliyeva.", [("Rena Guliyeva", "Teacher")]),
        ("The ceremony at the school was arranged by history teacher Rena Guliyeva.", ["Rena Guliyeva"]),
        ("The commemoration was held on the initiative of teacher Rena Guliyeva.", [("Rena Guliyeva", "Teacher")]),
        ("Müəllim Rəna Quliyevanın təşkil etdiyi anım tədbirində şagirdlər şeirlər söylədilər.", ["Rəna Quliyeva"]),
        ("Tədbiri tarix müəllimi Rəna Quliyeva təşkil edib.", ["Rəna Quliyeva"]),
        (
            "Школьники прочитали стихи на вечере памяти, организованном председателем общины Али Керимовым.",
            ["Али Керимовым"],
        ),
        ("Öğretmen Ayşe Yılmaz'ın düzenlediği anma töreninde öğrenciler şiir okudu.", [("Ayşe Yılmaz", "Teacher")]),
    ],
)
def test_the_organiser_of_the_event_is_there(text: str, expected: list[object]) -> None:
    found = people(text) if isinstance(expected[0], tuple) else names(text)
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body organised it
        "Pupils recited poems at the evening organized by the Embassy of Azerbaijan.",
        "Tədbiri Azərbaycanın Fransadakı səfirliyi təşkil edib.",
        "Səfirliyin təşkil etdiyi tədbirdə şagirdlər şeirlər söylədilər.",
        "На мероприятии, организованном посольством Азербайджана, школьники прочитали стихи.",
        "Büyükelçiliğin düzenlediği törende öğrenciler şiir okudu.",
        # an event of another year
        "Last year's evening, organised by teacher Rena Guliyeva, drew many guests.",
        "Ötən il müəllim Rəna Quliyevanın təşkil etdiyi tədbirdə şagirdlər şeirlər söyləmişdilər.",
        "Ötən il tədbiri müəllim Rəna Quliyeva təşkil etmişdi.",
        "В прошлом году на вечере, организованном председателем общины Али Керимовым, выступили школьники.",
        "Geçen yıl Öğretmen Ayşe Yılmaz'ın düzenlediği törende öğrenciler şiir okumuştu.",
        # one to come
        "Müəllim Rəna Quliyevanın təşkil edəcəyi tədbirdə şagirdlər şeir söyləyəcəklər.",
    ],
)
def test_a_body_or_an_event_of_another_time_places_nobody(text: str) -> None:
    assert names(text) == []


def test_the_moderator_of_last_years_event_is_not_there() -> None:
    # (the same rule for every list of those who ran the event: a moderator of another year's)
    text = "The embassy held a commemoration. Last year the evening was moderated by teacher Rena Guliyeva."
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirə məktəb direktoru Aynur Həsənova yekun vuraraq müəllimlərə təşəkkür etdi.", ["Aynur Həsənova"]),
        ("Tədbirə direktor Aynur Həsənova yekun vuracaq.", []),
    ],
)
def test_who_closed_the_event_ran_it(text: str, expected: list[str]) -> None:
    # (as who opened it: "Tədbiri X açıb"; not one who will)
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Öğretmen Ayşe Yılmaz'ın organizesini üstlendiği anma programı duygulu anlara sahne oldu.", ["Ayşe Yılmaz"]),
        ("Edebiyat öğretmeni Ayşe Yılmaz tarafından hazırlanan anma töreni saygı duruşuyla başladı.", ["Ayşe Yılmaz"]),
        (
            "Okulda anma töreni yapıldı. Öğretmen Ayşe Yılmaz'ın organize ettiği dinletide öğrenciler şiir okudu.",
            ["Ayşe Yılmaz"],
        ),
        ("Okul tarafından düzenlenen anma töreni saygı duruşuyla başladı.", []),
        ("Geçen yıl öğretmen Ayşe Yılmaz tarafından düzenlenen anma töreni saygı duruşuyla başlamıştı.", []),
    ],
)
def test_turkish_organisers_as_reports_write_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Организатором вечера выступила председатель общины Рена Гулиева.",
            [("Рена Гулиева", "Chairman of the Community")],
        ),
        ("Организатором вечера памяти стала Рена Гулиева.", [("Рена Гулиева", None)]),
        ("Организатором вечера стало посольство Азербайджана.", []),
    ],
)
def test_the_russian_organiser_named_as_the_predicate(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
