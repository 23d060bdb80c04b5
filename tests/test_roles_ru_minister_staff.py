"""A minister's staff in Russian is no Minister: an adviser, an assistant, a press secretary or a representative of a
minister or of the head of a ministry keeps his own post ("советник министра обороны" is not the "Minister of
Defence"), while the minister's own title, his deputy's and a former minister's read as before; a Foreign Ministry
employee is its staff member. The titles are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people


@pytest.mark.parametrize(
    "written",
    [
        "советник министра обороны",
        "помощник министра культуры",
        "пресс-секретарь министра иностранных дел",
        "советник министра иностранных дел Грузии",
        "советник главы МИД",
        "помощник главы МВД",
        "референт министра образования",
    ],
)
def test_a_ministers_staff_is_no_minister(written: str) -> None:
    assert "Minister" not in (canonical_role(written) or "")


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("министр обороны", "Minister of Defence"),
        ("Министр иностранных дел Азербайджанской Республики", "Minister of Foreign Affairs"),
        ("министр культуры Турции", "Minister of Culture of Turkey"),
        ("заместитель министра иностранных дел", "Deputy Minister of Foreign Affairs"),
        ("глава МИД", "Minister of Foreign Affairs"),
        ("глава Минобороны", "Minister of Defence"),
        ("бывший министр обороны", "Former Minister of Defence"),
        ("бывшего министра культуры", "Former Minister of Culture"),
        ("сотрудник МИД", "Staff Member of the Ministry of Foreign Affairs"),
        ("сотрудник МИД Азербайджана", "Staff Member of the Ministry of Foreign Affairs of Azerbaijan"),
    ],
)
def test_the_ministers_own_posts(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_an_adviser_at_the_event() -> None:
    text = "В посольстве прошел вечер памяти шехидов 20 Января. Затем выступил советник министра обороны Эльчин Гулиев."
    found = people(text)
    assert [name for name, _ in found] == ["Эльчин Гулиев"]
    assert "Minister" not in (found[0][1] or "")


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a body's abbreviation before the country: the country is the body's, not the one sending a representative
        ("представитель МИД Азербайджана", "Representative of the Ministry of Foreign Affairs of Azerbaijan"),
        ("представитель МИД Грузии", "Representative of the Ministry of Foreign Affairs of Georgia"),
        # a country's own abbreviation sends its representative
        ("представитель США", "Representative of the United States"),
        ("представитель Азербайджана", "Representative of Azerbaijan"),
    ],
)
def test_a_representative_of_a_ministry_is_not_the_countrys(written: str, role: str) -> None:
    assert canonical_role(written) == role
