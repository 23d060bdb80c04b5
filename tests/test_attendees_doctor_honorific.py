""" "Dr. X", "Dr X", "Doctor X", "д-р X", "доктор X", "Doktor X" before a name: an honorific, as the README's roles
have it ("honorifics as None"; the accuracy gold gives "Dr. Gulnar Tahirova" no role): the name is read without it,
and the role is the post the text gives, if any. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people

EN = "The Azerbaijani community of Bergen held an evening for the anniversary of the tragedy.\n"
RU = "Азербайджанская община Бергена провела вечер памяти к годовщине трагедии.\n"
AZ = "Bergen azərbaycanlıları faciənin ildönümü ilə bağlı anım gecəsi keçirib.\n"
TR = "Bergen Azerbaycan Derneği faciasının yıl dönümü için anma gecesi düzenledi.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Doctor Nigar Rustamova laid flowers at the memorial.", [("Nigar Rustamova", None)]),
        (EN + "Dr Nigar Rustamova laid flowers at the memorial.", [("Nigar Rustamova", None)]),
        (EN + "Dr. Nigar Rustamova laid flowers at the memorial.", [("Nigar Rustamova", None)]),
        (
            EN + "The evening was attended by Doctor Nigar Rustamova and Dr Elin Dahl.",
            [("Nigar Rustamova", None), ("Elin Dahl", None)],
        ),
        (
            EN + "Doctor Nigar Rustamova, head of the cardiology clinic, laid flowers at the memorial.",
            [("Nigar Rustamova", "Head of the Cardiology Clinic")],
        ),
        (RU + "Доктор Нигяр Рустамова возложила цветы к памятнику.", [("Нигяр Рустамова", None)]),
        (RU + "Д-р Нигяр Рустамова возложила цветы к памятнику.", [("Нигяр Рустамова", None)]),
        (
            RU + "В вечере приняли участие доктор Нигяр Рустамова и профессор Эльмар Гасымов.",
            [("Нигяр Рустамова", None), ("Эльмар Гасымов", "Professor")],
        ),
        (AZ + "Doktor Nigar Rüstəmova abidəni ziyarət edib.", [("Nigar Rüstəmova", None)]),
        (TR + "Doktor Nigar Rüstemova anıta çelenk bıraktı.", [("Nigar Rüstemova", None)]),
        (
            TR + "Geceye Doktor Nigar Rüstemova ve Prof. Dr. Elmar Kasımov katıldı.",
            [("Nigar Rüstemova", None), ("Elmar Kasımov", "Professor")],
        ),
    ],
)
def test_a_doctors_honorific_is_neither_name_nor_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("honorific", ["Doctor", "doctor", "Dr.", "Dr", "д-р", "Д-р", "доктор", "Doktor"])
def test_the_honorific_alone_is_no_role(honorific: str) -> None:
    from jan20.extract.roles import canonical_role

    assert canonical_role(honorific) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Physician Nigar Rustamova laid flowers at the memorial.", [("Nigar Rustamova", "Physician")]),
        (
            EN + "Chief physician Nigar Rustamova laid flowers at the memorial.",
            [("Nigar Rustamova", "Chief Physician")],
        ),
        (RU + "Врач Нигяр Рустамова возложила цветы к памятнику.", [("Нигяр Рустамова", "Physician")]),
        (RU + "Цветы к памятнику возложила врач Нигяр Рустамова.", [("Нигяр Рустамова", "Physician")]),
        (RU + "Главный врач Нигяр Рустамова возложила цветы к памятнику.", [("Нигяр Рустамова", "Chief Physician")]),
        (AZ + "Həkim Nigar Rüstəmova abidəni ziyarət edib.", [("Nigar Rüstəmova", "Physician")]),
        (AZ + "Baş həkim Nigar Rüstəmova abidəni ziyarət edib.", [("Nigar Rüstəmova", "Chief Physician")]),
        (TR + "Hekim Nigar Rüstemova anıta çelenk bıraktı.", [("Nigar Rüstemova", "Physician")]),
    ],
)
def test_a_physician_is_told_by_the_occupations_word(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
