"""A Russian post, then a degree set off by commas on both sides, then the name ("директор школы, кандидат наук, X"):
the post is the name's role, the degree closing with its own comma as it does with an honour after it. The bare
"кандидат наук" and "доктор наук" are degrees of `[attendees] degree_phrases` too. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "На вечере памяти жертв 20 января выступила директор школы, кандидат наук, Гюнай Керимова.",
            "Гюнай Керимова",
            "School Director",
        ),
        (
            "Вечер памяти открыл директор музея, доктор исторических наук, Эльдар Рустамов, затем выступили ученики.",
            "Эльдар Рустамов",
            "Director of the Museum",
        ),
        (
            "В траурном митинге принял участие директор лицея, кандидат наук, Намик Аскеров.",
            "Намик Аскеров",
            "School Director",
        ),
    ],
)
def test_the_post_before_a_degree_between_commas_is_the_role(text: str, name: str, role: str) -> None:
    assert {a.mention: a.role for a in extract_attendees(text)}.get(name) == role
