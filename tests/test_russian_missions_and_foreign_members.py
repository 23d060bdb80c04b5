"""Russian titles of reports from abroad: the head of a diplomatic mission ("глава дипмиссии"), a member of another
country's parliament (its Saeima, Bundestag, Commons or Senate), a consul in a city the data does not know, a
vice-rector's portfolio, students, teachers and attachés, and a title the data knows only the opening of. The
sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles as people


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("глава дипмиссии", "Ambassador"),
        ("глава дипмиссии Азербайджана", "Ambassador of Azerbaijan"),
        ("глава дипмиссии Азербайджана в Латвии", "Ambassador of Azerbaijan to Latvia"),
        ("руководитель дипломатической миссии Азербайджана в Чехии", "Ambassador of Azerbaijan to the Czech Republic"),
        ("глава азербайджанской дипмиссии в Тбилиси", "Ambassador of Azerbaijan to Georgia"),
        ("руководитель турецкой дипмиссии", "Ambassador of Turkey"),
        ("депутат Сейма Латвии", "Member of the Parliament of Latvia"),
        ("депутат латвийского Сейма", "Member of the Parliament of Latvia"),
        ("депутат Бундестага", "Member of the Parliament of Germany"),
        ("член Палаты общин", "Member of the Parliament of the United Kingdom"),
        ("член британской Палаты общин", "Member of the Parliament of the United Kingdom"),
        ("сенатор США", "Member of the Parliament of the United States"),
        ("сенатор Франции", "Member of the Parliament of France"),
        ("член Сейма", "Member of the Parliament of Latvia"),
        ("член Кнессета", "Member of the Parliament of Israel"),
        ("член Сената Италии", "Member of the Parliament of Italy"),
        ("главой дипмиссии", "Ambassador"),
        ("почетный консул Азербайджана в городе Оломоуц", "Honorary Consul of Azerbaijan in Оломоуц"),
        ("почетный консул Азербайджана в г. Оломоуц", "Honorary Consul of Azerbaijan in Оломоуц"),
        ("почётный консул Азербайджана в Оломоуце", "Honorary Consul of Azerbaijan in Оломоуце"),
        ("консул Азербайджана в Брно", "Consul of Azerbaijan in Брно"),
        ("проректор вуза по научной работе", "Vice-Rector for Research"),
        ("проректор университета по учебной работе", "Vice-Rector for Academic Affairs"),
        ("проректор по международным связям", "Vice-Rector for International Relations"),
        ("студент факультета международных отношений", "Student"),
        ("студентка третьего курса юридического факультета", "Student"),
        ("преподаватель университета", "Lecturer"),
        ("атташе посольства Азербайджана", "Attaché of Azerbaijan"),
        ("директор музея истории", "Director of the Museum"),
        ("председатель совета старейшин", "Chairman of the Council"),
        # posts written alone, members and heads of bodies named by a common noun
        ("командующий", "Commander"),
        ("министр", "Minister"),
        ("советник", "Adviser"),
        ("секретарь", "Secretary"),
        ("заведующий", "Head"),
        ("член общины", "Member of the Community"),
        ("глава посольства", "Ambassador"),
        ("руководитель азербайджанского посольства в Грузии", "Ambassador of Azerbaijan to Georgia"),
        ("руководитель университета", "Head of the University"),
        ("директор театра", "Director of the Theatre"),
        ("председатель партии", "Chairman of the Party"),
        ("президент ассоциации", "President of the Association"),
        (
            "президент Ассоциации азербайджанцев Казахстана",
            "President of the Association of Azerbaijanis of Kazakhstan",
        ),
        ("помощник посла Азербайджана", "Assistant to the Ambassador of Azerbaijan"),
    ],
)
def test_russian_titles_come_back_in_english(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("сенатор", "Senator"),  # no country named: the post alone
        ("член Сената", "Член Сената"),  # whose senate, the title does not say
        ("член Конгресса азербайджанцев", "Member of the Congress of Azerbaijanis"),  # a body, no parliament
        ("почетный консул Азербайджана в городе Харькове", "Honorary Consul of Azerbaijan in Kharkiv"),  # known
        ("депутат", "Member of Parliament"),  # the Milli Majlis's
        ("генеральный консул Азербайджана в Батуми", "Consul General of Azerbaijan in Batumi"),  # a city it knows
        ("почётный консул Азербайджана в Чехии", "Honorary Consul of Azerbaijan"),  # a country is no city
        ("проректор университета", "Vice-Rector"),  # no portfolio
        ("Глава Общины Бухарских Евреев", "Глава Общины Бухарских Евреев"),  # a body's own name, as written
        ("советник президента Турции", "Советник Президента Турции"),  # another country's post
        ("глава отдела посольства", "Head of the Department"),  # a department's head, not the embassy's
        ("президент Грузии", "President of Georgia"),  # a country's president, not a body's
        ("президент", "President"),
        ("советник посольства", "Counsellor of the Embassy"),
        ("член парламента", "Member of Parliament"),
        ("член правления", "Member of the Board"),
    ],
)
def test_what_the_titles_do_not_stretch_to(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В посольстве Азербайджана в Праге прошёл вечер памяти. С речью выступил глава дипмиссии Азербайджана "
            "Тимур Рзаев.",
            {"Тимур Рзаев": "Ambassador of Azerbaijan to the Czech Republic"},
        ),
        (
            "На акции памяти в Риге присутствовали депутат Сейма Латвии Инга Озола и глава дипмиссии Азербайджана в "
            "Латвии Орхан Керимов.",
            {"Инга Озола": "Member of the Parliament of Latvia", "Орхан Керимов": "Ambassador of Azerbaijan to Latvia"},
        ),
        (
            "Среди гостей вечера были депутат Бундестага Клаус Вебер и член Палаты общин Дэвид Грин.",
            {
                "Клаус Вебер": "Member of the Parliament of Germany",
                "Дэвид Грин": "Member of the Parliament of the United Kingdom",
            },
        ),
        (
            "Мероприятие прошло при участии главы дипмиссии Азербайджана Рамиза Гасанова и депутата Сейма Латвии "
            "Иниты Калныни.",
            {
                "Рамиза Гасанова": "Ambassador of Azerbaijan to Latvia",
                "Иниты Калныни": "Member of the Parliament of Latvia",
            },
        ),
        (
            "На вечере выступили глава дипломатической миссии Азербайджана Рамиз Гасанов и член Сейма Инга Берзиня.",
            {"Рамиз Гасанов": "Ambassador of Azerbaijan", "Инга Берзиня": "Member of the Parliament of Latvia"},
        ),
        (
            "На церемонии выступил сенатор США Майкл Браун.",
            {"Майкл Браун": "Member of the Parliament of the United States"},
        ),
        (
            "В траурной церемонии принял участие почётный консул Азербайджана в Оломоуце Павел Черны.",
            {"Павел Черны": "Honorary Consul of Azerbaijan in Оломоуце"},
        ),
        (
            "В мероприятии участвовали проректор вуза по научной работе Фуад Сеидов и студент факультета "
            "международных отношений Рамин Ахмедов.",
            {"Фуад Сеидов": "Vice-Rector for Research", "Рамин Ахмедов": "Student"},
        ),
        (
            "На траурном вечере выступил директор музея истории Самир Гулиев.",
            {"Самир Гулиев": "Director of the Museum"},
        ),
    ],
)
def test_titles_before_names_in_reports(text: str, expected: dict[str, str]) -> None:
    assert people(text) == expected
