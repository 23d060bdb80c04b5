"""Russian reports of the commemorations name people by posts the role table did not know: a research fellow of an
institute ("научный сотрудник", "старший научный сотрудник"), a staff member of a mission ("сотрудник посольства",
"сотрудница генерального консульства": not its Consul General), a soloist ("солистка", "солисты A и B"), and the head of
an ensemble named in quotation marks ("руководитель ансамбля «Гая»"). The sentences are written for these tests."""

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
