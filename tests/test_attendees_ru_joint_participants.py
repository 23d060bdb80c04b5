"""Joint participants in Russian: one named after "совместно с" beside the subject is there with it, as after "вместе
с" ("Посол X совместно с председателем Y возложил цветы": both), and a companion named before a titled subject keeps
his place ("Вместе с послом X председатель Y возложил": X's declined name is no body before Y's title). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract._case import certain_nominatives

from ._helpers import people

EVENT = "В посольстве прошел вечер памяти шехидов 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Посол Тофик Гасымов совместно с председателем общины Эльдаром Рзаевым возложил цветы к стенду.",
            [("Тофик Гасымов", "Ambassador"), ("Эльдаром Рзаевым", "Chairman of the Community")],
        ),
        (
            "Генеральный консул Тофик Гасымов совместно с ректором Эльдаром Рзаевым посетил памятник жертвам.",
            [("Тофик Гасымов", "Consul General"), ("Эльдаром Рзаевым", "Rector")],
        ),
        (
            "Вместе с послом Тофиком Гасымовым председатель общины Эльдар Рзаев возложил цветы к стенду.",
            [("Тофиком Гасымовым", "Ambassador"), ("Эльдар Рзаев", "Chairman of the Community")],
        ),
        (
            "Совместно с консулом Тофиком Гасымовым председатель Эльдар Рзаев посетил памятник жертвам.",
            [("Тофиком Гасымовым", "Consul"), ("Эльдар Рзаев", "Chairman")],
        ),
    ],
)
def test_joint_participants_are_there(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(EVENT + text) == expected


def test_a_name_under_whose_lead_is_in_the_genitive() -> None:
    # ("под руководством Гюндюза Мусаева": led by him; his name in the genitive, shown in the nominative)
    before = "На вечер памяти собрались активисты общины под руководством "
    known = certain_nominatives([("Тофика Гасымова", None, len(before), "a")], lambda _a, _s, _n: before)
    assert known == {("a", "Тофика Гасымова"): "Тофик Гасымов"}
