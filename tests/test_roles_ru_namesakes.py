"""A body or place named after someone ("Фонд Гейдара Алиева", "Дворец имени Гейдара Алиева", "мечеть Тезепир"), in
a title before a person's name: the namesake is never present, in any case form and with a place between the body
and the person; the person keeps the whole title, the body in English. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

EVENT = "В Москве состоялась траурная церемония в память о жертвах 20 Января. "


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(EVENT + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Затем выступил председатель Фонда Гейдара Алиева Самир Керимов.",
            {"Самир Керимов": "Chairman of the Heydar Aliyev Foundation"},
        ),
        (
            "С речью выступила руководитель представительства Фонда Гейдара Алиева в России Нармин Алекперова.",
            {"Нармин Алекперова": "Head of the Representative Office of the Heydar Aliyev Foundation in Russia"},
        ),
        (
            "Цветы возложил директор Центра Гейдара Алиева в Анкаре Орхан Велиев.",
            {"Орхан Велиев": "Director of the Heydar Aliyev Centre in Ankara"},
        ),
        (
            "Молитву прочитал имам мечети Тезепир Кямран Гаджиев.",
            {"Кямран Гаджиев": "Imam"},
        ),
        (
            "На церемонии присутствовал сотрудник Фонда Гейдара Алиева Полад Бюльбюль оглы.",
            {"Полад Бюльбюль оглы": None},
        ),
    ],
)
def test_the_person_after_a_named_body_keeps_the_title(text: str, expected: dict[str, str | None]) -> None:
    got = roles(text)
    assert set(got) == set(expected)
    for name, role in expected.items():
        if role is not None:
            assert got[name] == role


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # the namesake alone, after its noun in any case form: nobody
        ("Церемонию организовал Фонд Гейдара Алиева в Москве. Выступил посол Тимур Рзаев.", ["Тимур Рзаев"]),
        ("Организатором выступил Фонд Гейдара Алиева, речь произнес посол Тимур Рзаев.", ["Тимур Рзаев"]),
        ("Гости собрались перед Дворцом Гейдара Алиева, где выступил посол Тимур Рзаев.", ["Тимур Рзаев"]),
        ("Вечер прошел во Дворце имени Гейдара Алиева, в нем участвовал посол Тимур Рзаев.", ["Тимур Рзаев"]),
        ("На вечере выступили представители Фонда Гейдара Алиева, посол Тимур Рзаев.", ["Тимур Рзаев"]),
        # a centre's own people right after its noun stay present
        ("Затем выступили волонтеры Центра Айтен Керимова и Тофик Мусаев.", ["Айтен Керимова", "Тофик Мусаев"]),
        # a foundation's head in lower case before the person: a person
        ("Затем выступил директор фонда Анар Алиев.", ["Анар Алиев"]),
    ],
)
def test_a_named_body_makes_no_one_present(text: str, present: list[str]) -> None:
    assert list(roles(text)) == present


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("председатель Фонда Гейдара Алиева", "Chairman of the Heydar Aliyev Foundation"),
        ("председателя Фонда Гейдара Алиева", "Chairman of the Heydar Aliyev Foundation"),
        ("директор Центра Гейдара Алиева", "Director of the Heydar Aliyev Centre"),
        (
            "глава представительства Фонда Гейдара Алиева",
            "Head of the Representative Office of the Heydar Aliyev Foundation",
        ),
    ],
)
def test_the_named_body_in_english(written: str, role: str) -> None:
    assert canonical_role(written) == role
