"""Heads of diaspora bodies written in Russian keep their body in English, as the data names bodies in every language
("председатель Конгресса азербайджанцев Украины": "Chairman of the Congress of Azerbaijanis of Ukraine"; "глава
азербайджанской общины Грузии": "Head of the Azerbaijani Community of Georgia"); a body the data cannot name is left
as written, never cut to the head alone. The titles and sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("председатель Конгресса азербайджанцев Украины", "Chairman of the Congress of Azerbaijanis of Ukraine"),
        ("председателя Ассоциации азербайджанцев", "Chairman of the Association of Azerbaijanis"),
        (
            "председатель правления Ассоциации азербайджанцев Казахстана",
            "Chairman of the Board of the Association of Azerbaijanis of Kazakhstan",
        ),
        ("глава азербайджанской общины Грузии", "Head of the Azerbaijani Community of Georgia"),
        ("руководитель азербайджанской диаспоры Киргизии", "Head of the Azerbaijani Diaspora of Kyrgyzstan"),
        ("председатель Всероссийского азербайджанского конгресса", "Chairman of the All-Russian Azerbaijani Congress"),
        (
            "председатель Азербайджанской национально-культурной автономии Санкт-Петербурга",
            "Chairman of the Azerbaijani National Cultural Autonomy of Saint Petersburg",
        ),
        (
            "председатель Интеграционного центра азербайджанцев Грузии",
            "Chairman of the Integration Centre of Azerbaijanis of Georgia",
        ),
        ("председатель городской общественной организации", "Chairman of the City Public Organisation"),
        ("глава Фонда", "Head of the Foundation"),
        (
            "руководитель представительства Фонда Гейдара Алиева в Санкт-Петербурге",
            "Head of the Representative Office of the Heydar Aliyev Foundation in Saint Petersburg",
        ),
        (
            "глава представительства Фонда Гейдара Алиева",
            "Head of the Representative Office of the Heydar Aliyev Foundation",
        ),
        # "глава" of a state, a district, a delegation: their own posts
        ("глава государства", "President"),
        ("глава исполнительной власти Хачмазского района", "Head of the Executive Power"),
        ("глава делегации ЕС", "Head of the EU Delegation"),
        # the people a body is of only after its noun; a body the data cannot name: as written
        ("азербайджанцев Украины", "Азербайджанцев Украины"),
        (
            "председатель Конгресса азербайджанцев Полтавской области",
            "Председатель Конгресса Азербайджанцев Полтавской Области",
        ),
    ],
)
def test_diaspora_bodies_in_english(written: str, role: str) -> None:
    assert canonical_role(written) == role


EVENT = "В Киеве прошло траурное мероприятие, посвященное годовщине трагедии 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Затем выступил председатель Конгресса азербайджанцев Украины Арзу Мамедов.",
            {"Арзу Мамедов": "Chairman of the Congress of Azerbaijanis of Ukraine"},
        ),
        (
            "В мероприятии приняли участие глава азербайджанской общины Грузии Эльдар Гасанов и председатель "
            "правления Ассоциации азербайджанцев Казахстана Фуад Аллахвердиев.",
            {
                "Эльдар Гасанов": "Head of the Azerbaijani Community of Georgia",
                "Фуад Аллахвердиев": "Chairman of the Board of the Association of Azerbaijanis of Kazakhstan",
            },
        ),
    ],
)
def test_diaspora_heads_before_a_name(text: str, expected: dict[str, str | None]) -> None:
    assert {a.mention: a.role for a in extract_attendees(EVENT + text)} == expected
