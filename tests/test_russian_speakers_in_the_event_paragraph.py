"""A Russian report tells the event held and its speeches in one paragraph ("В центре состоялся вечер памяти.
Председатель общины X отметил, …"): the speaker was there. Words from a statement, an interview or another time stay
out, and so does a paragraph that only tells a commemoration, or an event in English. The sentences are written for
these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import roles as people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В культурном центре состоялось мероприятие, посвящённое годовщине трагедии 20 Января. Председатель "
            "общины Эльдар Гасымов отметил, что память о погибших жива.",
            {"Эльдар Гасымов": "Chairman of the Community"},
        ),
        (
            "В университете прошёл вечер памяти шехидов. Ректор Фарид Мамедов подчеркнул, что эта дата дорога каждому.",
            {"Фарид Мамедов": "Rector"},
        ),
        (
            "Траурная церемония прошла у мемориала в парке. Посол Нигяр Алиева напомнила о событиях той ночи.",
            {"Нигяр Алиева": "Ambassador"},
        ),
        (
            "В посольстве была проведена конференция. Первым выступил историк Олег Петров. Затем депутат Сейма Латвии "
            "Лига Калныня рассказала о резолюции парламента.",
            {"Олег Петров": "Historian", "Лига Калныня": "Member of the Parliament of Latvia"},
        ),
    ],
)
def test_a_speaker_after_the_event_in_its_paragraph(text: str, expected: dict[str, str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an interview, a statement, a post: words from afar
        "В Баку прошла акция памяти. В интервью агентству депутат Эльдар Гасымов отметил, что трагедия не забыта.",
        "В Баку прошла акция памяти. Министр Эльдар Гасымов в своём заявлении отметил, что трагедия не забыта.",
        "В посольстве состоялось мероприятие. Посол Самед Керимов написал в соцсети, что скорбит вместе с народом.",
        # another time
        "В Баку прошла акция памяти. Ранее министр Эльдар Гасымов отметил, что трагедия не забыта.",
        # a commemoration only, no event held
        "В Грузии почтили память жертв. Министр Эльдар Гасымов отметил, что трагедия не забыта.",
        # the event told after the speaker
        "Председатель общины Эльдар Гасымов отметил, что память жива. В Баку прошла акция памяти.",
    ],
)
def test_no_speaker_placed(text: str) -> None:
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На мероприятии выступил заместитель министра культуры Орхан Мамедов.",
            {"Орхан Мамедов": "Deputy Minister of Culture"},
        ),
        (
            "В министерстве провели памятное мероприятие.\n\nЗатем выступил замминистра Орхан Мамедов.",
            {"Орхан Мамедов": "Deputy Minister"},
        ),
        ("На вечере выступила заведующая кафедрой Лейла Гасанова.", {"Лейла Гасанова": "Head of Department"}),
    ],
)
def test_a_deputy_who_spoke_is_no_one_who_spoke_for_something(text: str, expected: dict[str, str]) -> None:
    # ("выступил заместитель": "за" opens the word, it is no "выступил за", spoke for)
    assert people(text) == expected


def test_one_who_spoke_for_something_is_not_placed() -> None:
    assert people("На митинге выступил за независимость Орхан Мамедов.") == {}
