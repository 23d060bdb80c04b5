"""Those whose memory is honoured are never attendees, however many are named after the word of memory ("почтили
память A и B"), nor the owner of a grave or monument visited, while the subjects of the sentence who honour them are
("Посол X и атташе Y почтили память Z и возложили цветы"). The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from ._helpers import roles as people


@pytest.mark.parametrize(
    "text",
    [
        "В Риге прошёл вечер. Участники почтили память Гусейна Джавида и Мушфига Рзаева и возложили цветы.",
        "Сотрудники посольства почтили память Самеда Вургуна, Мушфига Рзаева и возложили цветы к памятнику.",
        "Гости почтили память академика Зейнаб Ханларовой и Самеда Вургуна.",
        "Собравшиеся почтили память Гусейна Джавида, а затем возложили венки.",
        # the owner of a grave or a monument
        "Делегация посетила могилу Гусейна Джавида и почтила его память.",
        "Гости посетили могилы Самеда Вургуна и Мушфига Рзаева.",
        "Студенты возложили цветы к бюсту Самеда Вургуна.",
        "Память Гусейна Джавида и Мушфига Рзаева почтили минутой молчания.",
    ],
)
def test_the_remembered_are_not_attendees(text: str) -> None:
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Посол Азербайджана Тимур Рзаев и атташе Рауф Гаджиев почтили память Гусейна Джавида и возложили цветы к "
            "его памятнику.",
            {"Тимур Рзаев": "Ambassador of Azerbaijan", "Рауф Гаджиев": "Attaché"},
        ),
        (
            "Память Гусейна Джавида и Мушфига Рзаева почтили посол Тимур Рзаев и консул Рауф Гаджиев.",
            {"Тимур Рзаев": "Ambassador", "Рауф Гаджиев": "Consul"},
        ),
        (
            "Память поэтов Самеда Вургуна и Мушфига Рзаева почтили минутой молчания посол Тимур Рзаев.",
            {"Тимур Рзаев": "Ambassador"},
        ),
        (
            "У могилы посол Тимур Рзаев возложил венок.",  # a title between: the grave's visitor
            {"Тимур Рзаев": "Ambassador"},
        ),
        (
            "Посол Тимур Рзаев возложил венок к бюсту Гусейна Джавида.",
            {"Тимур Рзаев": "Ambassador"},
        ),
        (
            "Председатель общины Эльдар Гасымов почтил память Самеда Вургуна и Мушфига Рзаева и возложил венок.",
            {"Эльдар Гасымов": "Chairman of the Community"},
        ),
    ],
)
def test_those_who_honour_the_memory_are(text: str, expected: dict[str, str]) -> None:
    assert people(text) == expected
