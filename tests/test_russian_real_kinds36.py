"""Russian reports of the commemorations name people by posts the role table did not know: a research fellow of an
institute ("научный сотрудник", "старший научный сотрудник"), a staff member of a mission ("сотрудник посольства",
"сотрудница генерального консульства": not its Consul General), a soloist ("солистка", "солисты A и B"), the head of
an ensemble named in quotation marks ("руководитель ансамбля «Гая»"), the head of a body's unit ("руководитель отдела",
"начальник управления": Head of Department), the head of a society of friendship with a country ("председатель общества
дружбы с Россией"); and performers who close an evening ("Вечер завершился выступлением солистки X"). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles

EVENT = "В генконсульстве прошел вечер памяти жертв 20 Января. "

TITLED = [
    ("На вечере выступил научный сотрудник Института истории Фуад Насибов.", {"Фуад Насибов": "Research Fellow"}),
    (
        "Цветы к стенду возложили старший научный сотрудник Севда Гулиева и журналист Рауф Мирзоев.",
        {"Севда Гулиева": "Research Fellow", "Рауф Мирзоев": "Journalist"},
    ),
    ("Затем слово взяла ведущий научный сотрудник музея Айтен Керимова.", {"Айтен Керимова": "Research Fellow"}),
    ("В мероприятии приняла участие сотрудница посольства Гюнай Ахмедова.", {"Гюнай Ахмедова": "Embassy Staff Member"}),
    (
        "Память шехидов почтили сотрудник консульства Эмин Сафаров и депутат Милли Меджлиса Камал Джафаров.",
        {"Эмин Сафаров": "Consulate Staff Member", "Камал Джафаров": "Member of Parliament"},
    ),
    (
        "На вечере выступил сотрудник генерального консульства Тогрул Байрамов.",
        {"Тогрул Байрамов": "Consulate Staff Member"},
    ),
    (
        "Выступили солистка Лала Гасымова и солист Ариф Бабаев.",
        {"Лала Гасымова": "Soloist", "Ариф Бабаев": "Soloist"},
    ),
    ("Песни о Родине исполнила солистка филармонии Нигяр Алиева.", {"Нигяр Алиева": "Soloist"}),
    (
        "На вечере выступили солисты Эльвин Ганиев и Зульфия Рагимова.",
        {"Эльвин Ганиев": "Soloist", "Зульфия Рагимова": "Soloist"},
    ),
    ("Выступил руководитель ансамбля «Гая» Рауф Бабаев.", {"Рауф Бабаев": "Head of the Gaya Ensemble"}),
    (
        "Затем выступил руководитель детского хора «Бахар» Рауф Бабаев.",
        {"Рауф Бабаев": "Head of the Bakhar Children's Choir"},
    ),
    (
        "Художественный руководитель фольклорного ансамбля «Нур» Айтен Рзаева выступила на вечере.",
        {"Айтен Рзаева": "Head of the Nur Folk Ensemble"},
    ),
    (
        "На вечере выступили солистки Лала Гасымова и Нигяр Алиева.",
        {"Лала Гасымова": "Soloist", "Нигяр Алиева": "Soloist"},
    ),
    (
        "Цветы возложили председатель общества «Достлуг» Вугар Керимов и руководитель ансамбля «Нур» Айтен Рзаева.",
        {"Вугар Керимов": "Chairman of the Dostlug Society", "Айтен Рзаева": "Head of the Nur Ensemble"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_posts_the_table_did_not_know(text: str, expected: dict[str, str]) -> None:
    assert roles(EVENT + text) == expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("научный сотрудник", "Research Fellow"),
        ("младший научный сотрудник Института философии", "Research Fellow"),
        ("сотрудник посольства", "Embassy Staff Member"),
        ("сотрудница посольства Азербайджана в Германии", "Embassy Staff Member of Azerbaijan in Germany"),
        ("сотрудник генконсульства Азербайджана в Стамбуле", "Consulate Staff Member of Azerbaijan in Istanbul"),
        ("сотрудницы генерального консульства", "Consulate Staff Member"),
        ("солистка", "Soloist"),
        ("солиста оперного театра", "Soloist"),
        ("руководитель ансамбля «Гая»", "Head of the Gaya Ensemble"),
        ("research fellow", "Research Fellow"),
        ("soloist", "Soloist"),
    ],
)
def test_canonical_roles(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # the consul's own posts stay his
        ("генеральный консул", "Consul General"),
        ("генерального консула Азербайджана в Стамбуле", "Consul General of Azerbaijan in Istanbul"),
        ("генконсул", "Consul General"),
        ("посол Азербайджана в Германии", "Ambassador of Azerbaijan to Germany"),
    ],
)
def test_the_mission_heads_stay(title: str, role: str) -> None:
    assert canonical_role(title) == role


def test_staff_in_the_plural_are_a_group() -> None:
    text = EVENT + "Посол Эльчин Амирбеков в сопровождении сотрудников посольства возложил цветы к стенду."
    assert roles(text) == {"Эльчин Амирбеков": "Ambassador"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На вечере выступил руководитель отдела Эльнур Гасанов.", {"Эльнур Гасанов": "Head of Department"}),
        ("На вечере выступил начальник управления Фуад Мамедов.", {"Фуад Мамедов": "Head of Department"}),
        (
            "Цветы возложили руководитель отдела культуры посольства Эльнур Гасанов и научный сотрудник Рауф Алиев.",
            {"Эльнур Гасанов": "Head of Department", "Рауф Алиев": "Research Fellow"},
        ),
        ("Выступила заведующая отделом кадров Севда Насирова.", {"Севда Насирова": "Head of Department"}),
        (
            "На вечере выступил руководитель отдела Администрации Президента Фуад Мамедов.",
            {"Фуад Мамедов": "Head of Department of the Presidential Administration"},
        ),
        (
            "На вечере выступил председатель общества дружбы с Россией Эльдар Мамедов.",
            {"Эльдар Мамедов": "Chairman of the Society of Friendship with Russia"},
        ),
        (
            "Цветы возложили депутат Камал Джафаров, председатель общества дружбы с Азербайджаном Иван Петров и поэт "
            "Анар Гасымов.",
            {
                "Камал Джафаров": "Member of Parliament",
                "Иван Петров": "Chairman of the Society of Friendship with Azerbaijan",
                "Анар Гасымов": "Poet",
            },
        ),
        (
            "На вечере выступил председатель общества азербайджано-российской дружбы Эльдар Мамедов.",
            {"Эльдар Мамедов": "Chairman of the Society of Azerbaijani-Russian Friendship"},
        ),
        ("Вечер завершился выступлением солистки Айсель Мамедовой.", {"Айсель Мамедовой": "Soloist"}),
        (
            "Мероприятие закончилось выступлениями пианистки Айсель Мамедовой и тариста Эмиля Садыхова.",
            {"Айсель Мамедовой": "Pianist", "Эмиля Садыхова": "Musician"},
        ),
        (
            "В завершение вечера выступили солистка Айсель Мамедова и пианист Эмиль Садыхов.",
            {"Айсель Мамедова": "Soloist", "Эмиль Садыхов": "Pianist"},
        ),
        ("Затем прозвучали песни в исполнении солистки филармонии Фариды Алиевой.", {"Фариды Алиевой": "Soloist"}),
    ],
)
def test_units_friendships_and_performers(text: str, expected: dict[str, str]) -> None:
    assert roles(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Вечер завершился минутой молчания.",
        "Война завершилась победой армии генерала Эмиля Садыхова.",
        "Посол встретился с Россией Эльдаром Мамедовым.",
    ],
)
def test_nobody_is_placed(text: str) -> None:
    assert roles(EVENT + text) == {}
