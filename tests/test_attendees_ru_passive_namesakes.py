"""More Russian kinds of the issue-16 reading of real reports: a post "во Франции" and "АР в РФ" (the Azerbaijani
Republic, the Russian Federation), the passive with its agent in the instrumental ("Цветы были возложены послом X"),
a wreath laid on someone's behalf (not there), a director of a centre named after someone ("центра имени X"), and
speakers named after "в том числе". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

from ._helpers import people as found

EVENT = "В генконсульстве прошел вечер памяти жертв трагедии 20 Января. "


def people(text: str) -> list[tuple[str, str | None]]:
    return found(EVENT + text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Посол Азербайджана во Франции Лейла Гасанова выступила с речью, в которой рассказала о той ночи.",
            [("Лейла Гасанова", "Ambassador of Azerbaijan to France")],
        ),
        (
            "Гостей встречали посол АР в РФ Рахим Мамедов и сотрудники генконсульства.",
            [("Рахим Мамедов", "Ambassador of Azerbaijan to Russia")],
        ),
        # the passive: the agent after the participle, in the instrumental
        (
            "Цветы были возложены послом Азербайджана во Франции Лейлой Гасановой.",
            [("Лейлой Гасановой", "Ambassador of Azerbaijan to France")],
        ),
        (
            "К стенду были возложены цветы генеральным консулом Анаром Юсифли и сотрудниками генконсульства.",
            [("Анаром Юсифли", "Consul General")],
        ),
        # a wreath on another's behalf: the one who laid it only
        (
            "Венок от имени президента Ильхама Алиева возложил посол Рамиз Гасанов.",
            [("Рамиз Гасанов", "Ambassador")],
        ),
        # a centre or a school named after someone: the director's post keeps the body, not its namesake
        (
            "Выступил директор культурного центра имени Гейдара Алиева Акиф Марифов.",
            [("Акиф Марифов", "Director of the Cultural Centre")],
        ),
        (
            "Выступил директор школы имени Низами Ганджеви Самир Исмайлов.",
            [("Самир Исмайлов", "School Director")],
        ),
        # the speakers named after "в том числе"
        (
            "Затем выступили представители диаспоры, в том числе председатель общины Фуад Керимов.",
            [("Фуад Керимов", "Chairman of the Community")],
        ),
    ],
)
def test_placed(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Венки были возложены от имени президента Ильхама Алиева.",
        "Также были возложены венки от имени общественных организаций.",
        "Цветы были возложены к бюсту Гейдара Алиева.",
        # those who spoke out in 1990 against the troops, not at the evening
        "Против ввода войск выступили многие, в том числе писатель Фуад Керимов.",
        "Тогда выступили против ввода войск многие, в том числе писатель Фуад Керимов.",
    ],
)
def test_nobody_placed(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("посол АР в РФ", "Ambassador of Azerbaijan to Russia"),
        ("генеральный консул АР в Санкт-Петербурге", "Consul General of Azerbaijan in Saint Petersburg"),
        ("посол Азербайджана во Франции", "Ambassador of Azerbaijan to France"),
        ("директор школы имени Низами", "School Director"),
    ],
)
def test_roles(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_speakers_after_in_that_number_need_an_event() -> None:
    assert extract_attendees("Затем выступили гости, в том числе председатель общины Фуад Керимов.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group right after a titled name in the genitive is the next subject, not the body the name is of
        (
            "В сопровождении посла Рамиза Гасанова студенты возложили цветы.",
            [("Рамиза Гасанова", "Ambassador")],
        ),
        (
            "В сопровождении председателя Общества узбекско-азербайджанской дружбы Бахтиёра Юсупова студенты "
            "ташкентских вузов возложили цветы.",
            [("Бахтиёра Юсупова", "Chairman of the Society of Uzbek-Azerbaijani Friendship")],
        ),
        # a post in the instrumental with its ordinal
        (
            "Цветы к стенду были возложены первым секретарем посольства Фаридом Гаджиевым.",
            [("Фаридом Гаджиевым", "First Secretary of the Embassy")],
        ),
        (
            "Венок возложил вице-президент общества дружбы Франсуа Леруа.",
            [("Франсуа Леруа", "Vice President of the Society of Friendship")],
        ),
        # (a body of one common word: the post alone, as an editor-in-chief's "газеты")
        ("Венок возложил вице-президент ассоциации Франсуа Леруа.", [("Франсуа Леруа", "Vice President")]),
    ],
)
def test_titled_names_before_groups_and_posts(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_a_body_and_its_staff_stay_a_group() -> None:
    # (no post before the capitalised run: the body's people, no person)
    assert people("Студенты МГИМО возложили цветы к памятнику.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Uzbekistan's and Kazakhstan's parliaments: no part of the name, and the post is theirs
        (
            "В мероприятии приняли участие вице-спикер Олий Мажлиса Алишер Кадыров.",
            [("Алишер Кадыров", "Deputy Speaker of the Parliament of Uzbekistan")],
        ),
        (
            "Выступил депутат Олий Мажлиса Алишер Кадыров.",
            [("Алишер Кадыров", "Member of the Parliament of Uzbekistan")],
        ),
        (
            "В мероприятии приняли участие вице-спикер Мажилиса Нурлан Сейтов.",
            [("Нурлан Сейтов", "Deputy Speaker of the Parliament of Kazakhstan")],
        ),
        # the home parliament's own
        (
            "Выступил вице-спикер Милли Меджлиса Али Ахмедов.",
            [("Али Ахмедов", "Deputy Speaker of the Milli Majlis")],
        ),
    ],
)
def test_parliaments_of_central_asia(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_speaker_of_the_oliy_majlis() -> None:
    assert canonical_role("председатель Олий Мажлиса") == "Speaker of the Parliament of Uzbekistan"
