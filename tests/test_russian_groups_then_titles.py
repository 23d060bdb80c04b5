"""A group, then "и" and a titled person ("сотрудники посольства и посол X"): the group's words are no part of the
person's title, and the person is present; a title whose head stands on one side of "and" only stays one title
("министр молодежи и спорта", "Gənclər və idman naziri", "Minister of Youth and Sports"). The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from ._helpers import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В памятной церемонии участвовали сотрудники посольства и посол Руслан Гасымов.",
            {"Руслан Гасымов": "Ambassador"},
        ),
        (
            "В траурной церемонии приняли участие представители общины и министр культуры Фуад Алиев.",
            {"Фуад Алиев": "Minister of Culture"},
        ),
        (
            "В мероприятии приняли участие активисты молодежного объединения и депутат Милли Меджлиса Севиль Нуриева.",
            {"Севиль Нуриева": "Member of Parliament"},
        ),
        (
            "В мероприятии приняли участие ветераны войны и ректор университета Ильхам Гасымов.",
            {"Ильхам Гасымов": "Rector"},
        ),
        # one title with its head before "и"
        (
            "В траурной церемонии участвовал министр молодежи и спорта Фарид Гаибов.",
            {"Фарид Гаибов": "Minister of Youth and Sports"},
        ),
        (
            "Tədbirdə Gənclər və idman naziri Fərid Qayıbov iştirak edib.",
            {"Fərid Qayıbov": "Minister of Youth and Sports"},
        ),
        (
            "The ceremony was attended by the Minister of Youth and Sports Farid Gayibov.",
            {"Farid Gayibov": "Minister of Youth and Sports"},
        ),
    ],
)
def test_a_group_before_a_titled_person(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected
