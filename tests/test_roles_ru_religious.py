"""Religious, centre and volunteer posts written in Russian, in their canonical English form: the head of the
Caucasus Muslims Board by his board or his title of sheikh-ul-islam, a mufti (of another country with it), the imam
or akhund of a mosque, a museum's or a centre's director, an executive director, volunteers of the organisers; and
what stays as written. The titles and sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("председатель Управления мусульман Кавказа", "Chairman of the Caucasus Muslims Board"),
        ("Председателя Управления мусульман Кавказа", "Chairman of the Caucasus Muslims Board"),
        ("глава УМК", "Chairman of the Caucasus Muslims Board"),
        ("шейх-уль-ислам", "Chairman of the Caucasus Muslims Board"),
        ("шейхульислам", "Chairman of the Caucasus Muslims Board"),
        ("председатель Управления мусульман Кавказа шейх-уль-ислам", "Chairman of the Caucasus Muslims Board"),
        ("заместитель председателя Управления мусульман Кавказа", "Deputy Chairman of the Caucasus Muslims Board"),
        ("муфтий", "Mufti"),
        ("муфтия", "Mufti"),
        ("муфтий Грузии", "Mufti of Georgia"),
        ("имам мечети", "Imam"),
        ("имам", "Imam"),
        ("ахунд мечети", "Akhund"),
        ("директор музея", "Director of the Museum"),
        ("директор библиотеки", "Director of the Library"),
        ("директор центра", "Director of the Centre"),
        ("исполнительный директор", "Executive Director"),
        ("Исполнительный директор центра", "Executive Director"),
        ("волонтеры центра", "Volunteer"),
        ("волонтер", "Volunteer"),
        # not the Board's head: a member of its staff, of the body its abbreviation names as written
        ("представитель УМК", "Representative of УМК"),
        ("сотрудник Управления мусульман Кавказа", "Сотрудник Управления Мусульман Кавказа"),
    ],
)
def test_religious_and_centre_posts(written: str, role: str) -> None:
    assert canonical_role(written) == role


EVENT = "В мечети прошла траурная церемония в память о жертвах 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В церемонии приняли участие председатель Управления мусульман Кавказа шейх-уль-ислам Гасан "
            "Мамедзаде и муфтий Грузии Вагиф Ахмедов.",
            {"Гасан Мамедзаде": "Chairman of the Caucasus Muslims Board", "Вагиф Ахмедов": "Mufti of Georgia"},
        ),
        (
            "Молитву за упокой душ шехидов прочитал имам мечети Самир Велиев, затем выступили волонтеры центра "
            "Айтен Керимова и Тофик Мусаев.",
            {"Самир Велиев": "Imam", "Айтен Керимова": "Volunteer", "Тофик Мусаев": "Volunteer"},
        ),
        (
            "Директор музея Нигяр Рустамова, открывшая вечер, рассказала о событиях той ночи.",
            {"Нигяр Рустамова": "Director of the Museum"},
        ),
        (
            "Исполнительный директор центра Эльчин Гусейнов, открывший мероприятие, напомнил о жертвах.",
            {"Эльчин Гусейнов": "Executive Director"},
        ),
        # the board's name in capitals is no part of the name; a list of faiths' heads
        (
            "Среди гостей были председатель Управления мусульман Кавказа Эльчин Гулиев, члены Совета газиев, глава "
            "общины горских евреев Азербайджана Марк Исаев.",
            {
                "Эльчин Гулиев": "Chairman of the Caucasus Muslims Board",
                "Марк Исаев": "Head of the Community of Mountain Jews of Azerbaijan",
            },
        ),
        (
            "Председатель Управления Рашад Новрузов возложил венок.",
            {"Рашад Новрузов": "Председатель Управления"},
        ),
    ],
)
def test_religious_posts_before_a_name(text: str, expected: dict[str, str | None]) -> None:
    assert roles(EVENT + text) == expected


def test_opening_in_another_time_places_nobody() -> None:
    # the participle of opening, of a museum in another year: no one at this event
    assert roles("Открывший в 1995 году музей Рафик Алиев долго им руководил.") == {}
