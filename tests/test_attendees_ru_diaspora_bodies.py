"""Russian posts of diaspora bodies and their offices abroad (issue 16, Russian attendees and roles): a body's own
words before its head ("исполнительный директор", "генеральный директор") with the body after it, a body named after
a person ("центра имени X": its namesake left out), a town of the office the data does not know (left out, not kept as
written), the people a body is of with their adjective ("Союз азербайджанской молодежи"), a president of a body with
adjectives before its noun, a federation of a people. The titles are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        (
            "исполнительный директор Интеграционного центра азербайджанцев Грузии",
            "Executive Director of the Integration Centre of Azerbaijanis of Georgia",
        ),
        (
            "генеральный директор Азербайджанского культурного центра в Москве",
            "Director of the Azerbaijani Cultural Centre in Moscow",
        ),
        (
            "директор Азербайджанского культурного центра имени Гейдара Алиева",
            "Director of the Azerbaijani Cultural Centre",
        ),
        ("руководитель Азербайджанского культурного центра в Мюнхене", "Head of the Azerbaijani Cultural Centre"),
        ("председатель Союза азербайджанской молодежи", "Chairman of the Union of Azerbaijani Youth"),
        ("президент Всероссийского азербайджанского конгресса", "President of the All-Russian Azerbaijani Congress"),
        (
            "председатель Федерации азербайджанцев Казахстана",
            "Chairman of the Federation of Azerbaijanis of Kazakhstan",
        ),
        # (a country's president and a post the data keeps alone are unchanged)
        ("президент Грузии", "President of Georgia"),
        ("исполнительный директор", "Executive Director"),
        ("главный редактор газеты", "Editor-in-Chief"),
        # (a rector's, a dean's and a school director's posts keep their own forms, whatever body is after them)
        ("ректор университета", "Rector"),
        ("декан факультета", "Dean"),
    ],
)
def test_a_post_of_a_diaspora_body(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_a_speaker_with_a_post_of_a_body_of_another_country() -> None:
    [person] = extract_attendees(
        "В Тбилиси прошел вечер памяти шехидов 20 Января. О событиях той ночи рассказал исполнительный директор "
        "Интеграционного центра азербайджанцев Грузии Мурад Велиев."
    )
    assert (person.mention, person.role) == (
        "Мурад Велиев",
        "Executive Director of the Integration Centre of Azerbaijanis of Georgia",
    )


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a body's quoted name after its words: the name, then the body in English
        (
            "председатель Азербайджанского культурного общества «Достлуг»",
            "Chairman of the Dostlug Azerbaijani Cultural Society",
        ),
        ("председатель общественного объединения «Гюнеш»", "Chairman of the Gyunesh Public Association"),
        # a deputy is never given the principal's post, whatever the data can name of the body
        (
            "заместитель председателя общественного объединения «Гюнеш»",
            "Deputy Chairman of the Gyunesh Public Association",
        ),
        ("заместитель руководителя творческой группы", "Deputy Head"),
        # (an English "deputy" of a parliament is its member; the word alone is no post the data knows)
        ("Milli Majlis deputy", "Member of Parliament"),
        ("заместитель", "Заместитель"),
    ],
)
def test_quoted_bodies_and_deputies(written: str, role: str) -> None:
    assert canonical_role(written) == role
