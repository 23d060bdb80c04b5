"""Russian reports name a mission's staff by a title in the plural before a list ("сотрудники посольства A и B",
"Сотрудники Генконсульства А, Б и В приняли участие"): each is an Embassy (Consulate) Staff Member, with the
mission's country and place where the title names them, as the singular is. The Heydar Aliyev Centre's name after
"сотрудники Центра" is its namesake, no one there. The head of a mission's department with the mission's country
and place ("руководитель отдела культуры посольства Азербайджана в Германии") is the "Head of Department of the
Embassy of Azerbaijan in Germany", and a house or centre named in quotation marks after its country ("руководитель
Дома Азербайджана «Достлуг»") keeps that name in English. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import names, roles

EVENT = "В посольстве Азербайджана в Германии прошел вечер памяти жертв 20 Января. "
STAFF = "Embassy Staff Member"
CONSULATE_STAFF = "Consulate Staff Member"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Цветы возложили сотрудники посольства Рауф Алиев и Сабина Гусейнова.",
            {"Рауф Алиев": STAFF, "Сабина Гусейнова": STAFF},
        ),
        (
            "В мероприятии приняли участие сотрудники посольства Эмин Сафаров, Лейла Гасанова и Тогрул Байрамов.",
            {"Эмин Сафаров": STAFF, "Лейла Гасанова": STAFF, "Тогрул Байрамов": STAFF},
        ),
        (
            "Сотрудники Генконсульства Фуад Насибов, Айтен Керимова и Вугар Мамедов приняли участие в церемонии.",
            {"Фуад Насибов": CONSULATE_STAFF, "Айтен Керимова": CONSULATE_STAFF, "Вугар Мамедов": CONSULATE_STAFF},
        ),
        (
            "Цветы к мемориалу возложили сотрудники генерального консульства Азербайджана в Стамбуле Эльнур Гасанов "
            "и Камал Джафаров.",
            {
                "Эльнур Гасанов": "Consulate Staff Member of Azerbaijan in Istanbul",
                "Камал Джафаров": "Consulate Staff Member of Azerbaijan in Istanbul",
            },
        ),
        (
            "Память шехидов почтили сотрудницы посольства Азербайджана в Германии Севда Насирова и Нигяр Алиева.",
            {
                "Севда Насирова": "Embassy Staff Member of Azerbaijan in Germany",
                "Нигяр Алиева": "Embassy Staff Member of Azerbaijan in Germany",
            },
        ),
        (
            "Среди участников были сотрудники посольства Анар Гасымов и Зульфия Рагимова.",
            {"Анар Гасымов": STAFF, "Зульфия Рагимова": STAFF},
        ),
        (
            "Цветы возложили сотрудник Генконсульства Ариф Бабаев и поэт Рауф Мирзоев.",
            {"Ариф Бабаев": CONSULATE_STAFF, "Рауф Мирзоев": "Poet"},
        ),
    ],
)
def test_staff_in_the_plural_before_their_names(text: str, expected: dict[str, str]) -> None:
    assert roles(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудники посольства возложили цветы к мемориалу.",
        "Посол Рамин Гасанов и сотрудники посольства возложили цветы.",
        "Цветы возложили сотрудники посольства и посол Рамин Гасанов.",
    ],
)
def test_staff_without_names_stay_a_group(text: str) -> None:
    assert roles(EVENT + text) == ({"Рамин Гасанов": "Ambassador of Azerbaijan to Germany"} if "Рамин" in text else {})


@pytest.mark.parametrize(
    "text",
    [
        "В мероприятии приняли участие сотрудники Центра Гейдара Алиева и посол Рамин Гасанов.",
        "Сотрудники Центра Гейдара Алиева и посол Рамин Гасанов возложили цветы.",
        "Цветы возложили сотрудник Центра Гейдара Алиева и посол Рамин Гасанов.",
        "Сотрудники Фонда Гейдара Алиева и посол Рамин Гасанов почтили память шехидов.",
    ],
)
def test_the_centres_namesake_is_no_one_there(text: str) -> None:
    found = names(EVENT + text)
    assert "Рамин Гасанов" in found
    assert not any("Гейдар" in n for n in found)


def test_a_centres_people_after_its_name_are_still_there() -> None:
    text = EVENT + "Цветы возложили волонтеры Центра Рауф Алиев и Сабина Гусейнова."
    assert roles(text) == {"Рауф Алиев": "Volunteer", "Сабина Гусейнова": "Volunteer"}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "руководитель отдела культуры посольства Азербайджана в Германии",
            "Head of Department of the Embassy of Azerbaijan in Germany",
        ),
        (
            "начальник отдела культуры посольства Азербайджана в Российской Федерации",
            "Head of Department of the Embassy of Azerbaijan in Russia",
        ),
        (
            "заведующая отделом культуры посольства Азербайджана в Казахстане",
            "Head of Department of the Embassy of Azerbaijan in Kazakhstan",
        ),
        (
            "руководитель отдела по связям с общественностью посольства Азербайджана в Германии",
            "Head of Department of the Embassy of Azerbaijan in Germany",
        ),
        (
            "руководитель отдела культуры посольства Турции в Азербайджане",
            "Head of Department of the Embassy of Turkey",
        ),
        # (the mission alone, and no mission: the plain post)
        ("руководитель отдела культуры посольства", "Head of Department"),
        ("руководитель отдела культуры", "Head of Department"),
        ("руководитель отдела Администрации Президента", "Head of Department of the Presidential Administration"),
    ],
)
def test_the_head_of_a_missions_department(title: str, role: str) -> None:
    assert canonical_role(title) == role


def test_the_head_of_a_missions_department_in_a_report() -> None:
    text = EVENT + "Выступил руководитель отдела культуры посольства Азербайджана в Германии Рауф Алиев."
    assert roles(text) == {"Рауф Алиев": "Head of Department of the Embassy of Azerbaijan in Germany"}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("руководитель Дома Азербайджана «Достлуг»", "Head of the Dostlug House of Azerbaijan"),
        ("руководитель Дома Азербайджана «Одлар юрду»", "Head of the Odlar yurdu House of Azerbaijan"),
        (
            "директор Азербайджанского культурного центра «Одлар юрду»",
            "Director of the Odlar yurdu Azerbaijani Cultural Centre",
        ),
        ("директор Азербайджанского культурного центра «Низами»", "Director of the Nizami Azerbaijani Cultural Centre"),
        ("руководитель Дома «Достлуг»", "Head of the Dostlug House"),
        (
            "директор Азербайджанского культурного центра в Вене",
            "Director of the Azerbaijani Cultural Centre in Vienna",
        ),
        (
            "руководитель Азербайджанского культурного центра в Праге",
            "Head of the Azerbaijani Cultural Centre in Prague",
        ),
        ("руководитель Дома Азербайджана в Берлине", "Head of the House of Azerbaijan in Berlin"),
        # (a body its other words name: the quoted name after its country is left out, as before)
        ("председатель Азербайджанского общества Латвии «Азери»", "Chairman of the Azerbaijani Society of Latvia"),
    ],
)
def test_the_head_of_a_house_or_centre(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Выступила руководитель Дома Азербайджана «Достлуг» Сабина Гусейнова.",
            "Сабина Гусейнова",
            "Head of the Dostlug House of Azerbaijan",
        ),
        (
            "На вечере выступил директор Азербайджанского культурного центра «Одлар Юрду» Рауф Алиев.",
            "Рауф Алиев",
            "Director of the Odlar Yurdu Azerbaijani Cultural Centre",
        ),
        (
            "Цветы возложили директор Азербайджанского культурного центра в Вене Эмин Сафаров и поэт Анар Гасымов.",
            "Эмин Сафаров",
            "Director of the Azerbaijani Cultural Centre in Vienna",
        ),
    ],
)
def test_heads_of_houses_in_a_report(text: str, person: str, role: str) -> None:
    assert roles(EVENT + text)[person] == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("директор Дома азербайджанской культуры", "Director of the House of Azerbaijani Culture"),
        ("директор Дома культуры Азербайджана в Тбилиси", "Director of the House of Culture of Azerbaijan in Tbilisi"),
        ("руководитель Центра азербайджанской культуры", "Head of the Centre of Azerbaijani Culture"),
        ("директор Центра культуры Азербайджана", "Director of the Centre of Culture of Azerbaijan"),
        # (a department of culture, a ministry of culture: their own rows)
        ("руководитель отдела культуры", "Head of Department"),
        ("министр культуры", "Minister of Culture"),
    ],
)
def test_a_house_of_a_peoples_culture(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("сотрудник Фонда Гейдара Алиева", "Staff Member of the Heydar Aliyev Foundation"),
        ("сотрудница музея", "Staff Member of the Museum"),
        ("сотрудник Азербайджанского культурного центра", "Staff Member of the Azerbaijani Cultural Centre"),
        ("сотрудники Центра", "Staff Member of the Centre"),
        # (a mission's staff and a research fellow keep their own rows)
        ("сотрудник посольства", STAFF),
        ("сотрудники генконсульства", CONSULATE_STAFF),
        ("научный сотрудник Института истории", "Research Fellow"),
    ],
)
def test_a_bodys_staff_member(title: str, role: str) -> None:
    assert canonical_role(title) == role


def test_a_bodys_staff_in_the_plural_in_a_report() -> None:
    text = EVENT + "Цветы возложили сотрудники Фонда Гейдара Алиева Рауф Алиев и Сабина Гусейнова."
    assert roles(text) == {
        "Рауф Алиев": "Staff Member of the Heydar Aliyev Foundation",
        "Сабина Гусейнова": "Staff Member of the Heydar Aliyev Foundation",
    }


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "На вечере выступил директор Азербайджанского культурного центра «Одлар юрду» Рауф Алиев.",
            "Рауф Алиев",
            "Director of the Odlar yurdu Azerbaijani Cultural Centre",
        ),
        (
            "Выступил председатель общества «Одлар юрду» Рауф Бабаев.",
            "Рауф Бабаев",
            "Chairman of the Odlar yurdu Society",
        ),
        ("Выступил руководитель ансамбля «Гая бахар» Рауф Бабаев.", "Рауф Бабаев", "Head of the Gaya bakhar Ensemble"),
    ],
)
def test_a_quoted_name_with_words_in_lower_case(text: str, person: str, role: str) -> None:
    assert roles(EVENT + text) == {person: role}
