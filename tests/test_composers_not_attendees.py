"""The composer or author of works performed at an evening is named, not present: in Russian in the genitive after
the works ("прозвучали произведения X") or after a work's quoted title ("прозвучали «Ноктюрн» Шопена, «Элегия» X");
in English after "works by", in Azerbaijani and Turkish as the works' possessor ("X-in əsərləri", "X'in eserleri").
The performer stays one ("в исполнении пианистки X"), as does the head of a body quoted before the name. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def people(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


NOBODY = [
    "Во встрече, посвящённой трагедии 20 января, в исполнении учеников школы прозвучали произведения «Вальс» Шопена,"
    " «Элегия» Рашида Шафага и «Посвящение» Ильхама Абдуллаева.",
    "На вечере, посвящённом годовщине трагедии 20 января, в исполнении студентов прозвучали «Ноктюрн» Шопена и"
    " «Элегия» Рашида Алиева.",
    "В программе вечера памяти жертв 20 января в исполнении хора прозвучали произведения «Реквием» Моцарта,"
    " «Плач» Фикрета Амирова.",
    "Учащиеся исполнили «Колыбельную» Кара Караева и «Посвящение» Ильхама Абдуллаева на вечере памяти"
    " шехидов 20 января.",
    "At the 20 January evening, works by Rashid Aliyev and Fikret Amirov were performed.",
    "20 Yanvar anım tədbirində Rəşid Əliyevin əsərləri səsləndi.",
    "20 Ocak anma töreninde Reşit Aliyev'in eserleri seslendirildi.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_composer_of_works_performed_is_no_attendee(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На вечере памяти жертв 20 января в исполнении пианистки Лейлы Гасановой прозвучали ноктюрны Шопена.",
            ["Лейлы Гасановой"],
        ),
        (
            "Генеральный директор ООО «Азерсу» Горхмаз Гусейнов возложил цветы к памятнику жертвам 20 января.",
            ["Горхмаз Гусейнов"],
        ),
    ],
)
def test_performer_and_head_of_quoted_body_stay(text: str, expected: list[str]) -> None:
    assert people(text) == expected
