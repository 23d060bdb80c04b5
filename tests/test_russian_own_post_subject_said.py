"""A post of one's own places its writer only when the verb after "что" has no subject of its own (`[attendees]
own_page`): "…, что
посетил Аллею" places the writer, "…, что президент посетил Аллею" or "…, что студенты возложили цветы" do not. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Посол Эрик Сандберг написал на своей странице в Facebook, что посетил Аллею шехидов.", "Эрик Сандберг"),
        (
            "Депутат Лала Керимова сообщила в своем аккаунте в Instagram, что возложила цветы к могилам шехидов.",
            "Лала Керимова",
        ),
        ("Посол Ян Новак написал в своем микроблоге, что сегодня возложил цветы к Вечному огню.", "Ян Новак"),
    ],
)
def test_the_writer_whose_verb_has_no_subject_went(text: str, who: str) -> None:
    assert who in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Посол Эрик Сандберг написал на своей странице в Facebook, что президент посетил Аллею шехидов.",
        "Депутат Лала Керимова сообщила в своем аккаунте в Instagram, что студенты возложили цветы к могилам шехидов.",
    ],
)
def test_the_writer_of_someone_elses_visit_is_not_placed(text: str) -> None:
    assert names(text) == []
