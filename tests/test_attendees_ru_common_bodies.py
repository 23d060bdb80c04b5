"""Russian posts of common bodies written in the genitive or by their abbreviation, put in English: a palace of culture
("директор Дворца культуры": "Director of the Palace of Culture", as the house and centre of culture are), and the
ministries and unions every report names by letters ("сотрудник МИД", "представитель МЧС", "ООН", "СНГ", "ОБСЕ"), not
left in Cyrillic. The sentences are written for these tests, after the way Russian reports word them."""

from __future__ import annotations

import pytest

from ._helpers import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На вечере выступил директор Дворца культуры Фуад Гасанов.", "Director of the Palace of Culture"),
        ("Цветы к стенду возложила заведующая Дворца культуры Лейла Гасанова.", "Head of the Palace of Culture"),
        ("В церемонии приняли участие директор Центра культуры Фуад Гасанов.", "Director of the Centre of Culture"),
        ("В церемонии приняли участие директор Дома культуры Фуад Гасанов.", "Director of the House of Culture"),
    ],
)
def test_a_palace_or_house_of_culture_is_in_english(text: str, expected: str) -> None:
    assert roles(text) == {next(iter(roles(text))): expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Цветы к памятнику возложил сотрудник МИД Фуад Гасанов.", "Staff Member of the Ministry of Foreign Affairs"),
        ("Венок возложил представитель МЧС Фуад Гасанов.", "Representative of the Ministry of Emergency Situations"),
        ("Память шехидов почтил представитель ОБСЕ Фуад Гасанов.", "Representative of the OSCE"),
        ("Цветы возложил генеральный секретарь СНГ Фуад Гасанов.", "Secretary General of the CIS"),
        (
            "Цветы возложил руководитель представительства ООН в Азербайджане Фуад Гасанов.",
            "Head of the UN Representative Office in Azerbaijan",
        ),
    ],
)
def test_a_common_abbreviation_is_in_english(text: str, expected: str) -> None:
    assert roles(text) == {"Фуад Гасанов": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На вечере выступил сотрудник МИД Азербайджана Фуад Гасанов.",
            "Staff Member of the Ministry of Foreign Affairs of Azerbaijan",
        ),
        (
            "Цветы к памятнику возложил сотрудник МИД Азербайджанской Республики Фуад Гасанов.",
            "Staff Member of the Ministry of Foreign Affairs of Azerbaijan",
        ),
        (
            "Венок возложил сотрудник МИД Турции Фуад Гасанов.",
            "Staff Member of the Ministry of Foreign Affairs of Turkey",
        ),
        (
            "В церемонии принял участие сотрудник МЧС Азербайджана Фуад Гасанов.",
            "Staff Member of the Ministry of Emergency Situations of Azerbaijan",
        ),
    ],
)
def test_a_ministry_by_its_letters_keeps_its_country(text: str, expected: str) -> None:
    assert roles(text) == {"Фуад Гасанов": expected}
