"""Russian posts of bodies that have no English form in the data as a whole (issue 16, Russian attendees and roles):
the post in English with its body put in English word by word ("председатель диаспорской организации": "Chairman of
the Diaspora Organisation"), an abbreviation after the body's noun ("представительства ГНКАР": "the SOCAR
Representative Office"), the place of its office after "в" ("в Грузии": "in Georgia"), a town the place list knows in
the genitive, named in the nominative ("Самары": "Samara"), a country written in two words ("Российской Федерации"), a
parliament by its short name ("Госдума"), and, when the body cannot be named, the head of the body alone. Lower-case
words in the genitive between a post's head and a name are the post's body, not the end of the title. The sentences
are written for these tests, after the way Azerbaijani and Russian outlets word their reports."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

from ._helpers import roles

EVENT = "В культурном центре прошел вечер памяти жертв 20 Января. "


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("председатель диаспорской организации", "Chairman of the Diaspora Organisation"),
        ("председатель Общины азербайджанцев Самары", "Chairman of the Community of Azerbaijanis of Samara"),
        ("руководитель представительства ГНКАР в Грузии", "Head of the SOCAR Representative Office in Georgia"),
        (
            "глава представительства Государственной нефтяной компании Азербайджана в Казахстане",
            "Head of the Representative Office of the State Oil Company of Azerbaijan in Kazakhstan",
        ),
        ("член Общественной палаты", "Member of the Public Chamber"),
        ("член Общественной палаты Российской Федерации", "Member of the Public Chamber of Russia"),
        ("депутат Госдумы", "Member of the Parliament of Russia"),
        ("депутату Госдумы", "Member of the Parliament of Russia"),
        ("руководитель студенческого крыла общины", "Head of the Student Wing of the Community"),
        ("директор Дома Москвы в Баку", "Director of the House of Moscow in Baku"),
        ("председатель регионального отделения конгресса", "Chairman of the Regional Branch of the Congress"),
        # a body the data cannot name, in lower case: the head of the body alone
        ("председатель попечительского совета", "Chairman"),
        ("руководитель творческой группы", "Head"),
        # ... but not another post: an art historian is no bare historian, a goodwill envoy no ambassador's post
        ("историк искусства", "Историк Искусства"),
        # ... and a body's own name in capitals stays as written
        ("Глава Общины Бухарских Евреев", "Глава Общины Бухарских Евреев"),
    ],
)
def test_a_post_of_a_body_is_in_english(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_an_abbreviation_the_data_does_not_know_is_in_latin_letters() -> None:
    assert canonical_role("директор представительства АМОР") == "Director of the AMOR Representative Office"


def test_a_representative_office_is_no_envoy() -> None:
    role = canonical_role("руководитель представительства Государственной нефтяной компании Азербайджана в Грузии")
    assert role is not None and not role.startswith("Representative")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after a colon, each with a post of a body
        (
            "В мероприятии приняли участие: депутат Госдумы Олег Смирнов, член Общественной палаты Вера Кузнецова, "
            "председатель диаспорской организации Рауф Гулиев.",
            {
                "Олег Смирнов": "Member of the Parliament of Russia",
                "Вера Кузнецова": "Member of the Public Chamber",
                "Рауф Гулиев": "Chairman of the Diaspora Organisation",
            },
        ),
        # lower-case words in the genitive the data does not know, between the post and the name
        (
            "Затем выступил председатель попечительского совета общины Эмиль Гасанов.",
            {"Эмиль Гасанов": "Chairman"},
        ),
        (
            "Вечер вела член Общественной палаты региона Лала Мамедова.",
            {"Лала Мамедова": "Member of the Public Chamber"},
        ),
        (
            "С речью выступил руководитель представительства ГНКАР в Грузии Вугар Алиев.",
            {"Вугар Алиев": "Head of the SOCAR Representative Office in Georgia"},
        ),
        (
            "Слово было предоставлено председателю Общины азербайджанцев Самары Эльчину Мамедову.",
            {"Эльчину Мамедову": "Chairman of the Community of Azerbaijanis of Samara"},
        ),
    ],
)
def test_speakers_keep_the_post_of_their_body(text: str, expected: dict[str, str]) -> None:
    assert roles(EVENT + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb in the past between a place and a post is no body of a title
        (
            "На акции памяти в Риге присутствовали депутат Сейма Латвии Инга Озола и посол Орхан Керимов.",
            ["Инга Озола", "Орхан Керимов"],
        ),
        # a short name of a parliament is no part of a person's name
        ("На вечере выступил депутат Госдумы Олег Смирнов.", ["Олег Смирнов"]),
    ],
)
def test_the_genitive_run_takes_no_verb_nor_name(text: str, expected: list[str]) -> None:
    assert [a.mention for a in extract_attendees(EVENT + text)] == expected


def test_the_head_alone_keeps_the_title_as_written() -> None:
    [person] = extract_attendees(EVENT + "Затем выступил председатель попечительского совета общины Эмиль Гасанов.")
    assert person.role_as_written == "председатель попечительского совета общины"
