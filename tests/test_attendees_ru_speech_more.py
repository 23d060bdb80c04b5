"""More Russian ways of speaking at or running a commemoration (issue 16, Russian attendees and roles): the topic
first, the speakers after "говорили" ("О значении даты говорили X и Y"); a ceremony "провел" by a person; answering
the questions of those there; and a representative of a diaspora, who represents no country. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

EVENT = "В доме дружбы прошел вечер памяти жертв 20 Января. "


def names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(EVENT + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "О значении этой даты говорили председатель общины Фуад Керимов и историк Ариф Гулиев.",
            ["Фуад Керимов", "Ариф Гулиев"],
        ),
        ("Траурную церемонию провел председатель общины Фуад Керимов.", ["Фуад Керимов"]),
        ("Посол Тимур Гасанов и историк Ариф Гулиев ответили на вопросы участников.", ["Тимур Гасанов", "Ариф Гулиев"]),
    ],
)
def test_speakers_and_hosts(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body holds an event, no person
        "Посольство провело траурную церемонию.",
        # questions of the press, not of those there
        "Посол Тимур Гасанов ответил на вопросы журналистов о переговорах.",
        # a topic and speakers named by no one
        "О трагедии говорили многие.",
    ],
)
def test_no_one_placed(text: str) -> None:
    assert names(text) == []


def test_speech_outside_an_event_places_nobody() -> None:
    text = "О значении этой даты говорили председатель общины Фуад Керимов и историк Ариф Гулиев."
    assert [a.mention for a in extract_attendees(text)] == []


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # (the data names the Tatar diaspora in English; the body's, not Azerbaijan's)
        ("Представитель татарской диаспоры Азербайджана", "Representative of the Tatar Diaspora of Azerbaijan"),
        ("представитель диаспоры", "Representative of the Diaspora"),
        ("представитель общины азербайджанцев Украины", "Representative of the Community of Azerbaijanis of Ukraine"),
        # (a foundation's representative and a country's keep their forms)
        ("представитель Фонда Гейдара Алиева во Франции", "Representative of the Heydar Aliyev Foundation in France"),
        ("представитель посольства Азербайджана", "Representative of Azerbaijan"),
    ],
)
def test_a_representative_of_a_body(written: str, role: str) -> None:
    assert canonical_role(written) == role
