"""Titles the role walk cut short: a Russian post whose body opens with a capitalised adjective of a place ("кази
Шекинского региона Управления мусульман Кавказа X": "Qazi"); an English body whose capitalised name holds a list with
commas ("Chairman of the State Committee on Family, Women and Children Affairs X": the whole body); an ambassador of
Azerbaijan to a state named in its formal form ("Посол Азербайджана в Республике Казахстан X": "Ambassador of
Azerbaijan to Kazakhstan"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

RU_EVENT = "В Шеки прошло мероприятие, посвященное 34-й годовщине трагедии 20 Января.\n"

# --- 1. a capitalised adjective of a place before the noun of a post's body, in Russian -------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("На мероприятии выступил кази Шекинского региона Управления мусульман Кавказа Ахмед Гасанов.", "Ахмед Гасанов"),
        ("С речью выступил кази Гянджинского региона УМК Ахмед Гасанов.", "Ахмед Гасанов"),
        ("В церемонии приняли участие кази Ленкоранского региона Ахмед Гасанов и жители города.", "Ахмед Гасанов"),
        ("Молитву прочитал кази Шекинского региона Ахмед Гасанов.", "Ахмед Гасанов"),
    ],
)
def test_a_qazi_of_a_region_named_by_its_adjective(sentence: str, expected: str) -> None:
    assert people(RU_EVENT + sentence) == [(expected, "Qazi")]
