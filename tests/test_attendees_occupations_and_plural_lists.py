"""Roles of people at a commemoration written in ways the role data did not know: the stage's occupations (actor,
conductor, host) and a senior lecturer in every language, veterans in Azerbaijani and Turkish; poets, teachers and a
Baltic parliament's members in the plural before a list, a colon between too; a post in lower case after each name of
a list whose body ends in capitalised words."""

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stage's occupations, before the name
        ("На траурном вечере выступил актёр Фарид Мамедли.", [("Фарид Мамедли", "Actor")]),
        ("Стихи о трагедии прочитала актриса Лала Гусейнова, выступившая на вечере.", [("Лала Гусейнова", "Actor")]),
        ("Tədbirdə aktyor Elşən Rəhimli şeir söyləyib.", [("Elşən Rəhimli", "Actor")]),
        ("Anma töreninde tiyatro oyuncusu Selim Kaya şiir okudu.", [("Selim Kaya", "Actor")]),
        ("Дирижёр Теймур Алиев выступил на вечере памяти.", [("Теймур Алиев", "Conductor")]),
        ("Tədbirdə dirijor Orxan Qasımov çıxış edib.", [("Orxan Qasımov", "Conductor")]),
        ("Törende orkestra şefi Murat Demir konuştu.", [("Murat Demir", "Conductor")]),
        ("Conductor Tural Hasanov laid flowers at the monument.", [("Tural Hasanov", "Conductor")]),
        ("Tədbirdə aparıcı Günay Səfərova çıxış edib.", [("Günay Səfərova", "Host")]),
        ("Törende sunucu Ayşe Yıldız konuştu.", [("Ayşe Yıldız", "Host")]),
        ("Host Nargiz Alieva laid flowers at the monument.", [("Nargiz Alieva", "Host")]),
        # the occupation right before the name, not the evening's host before its comma
        ("Ведущий вечера, актер Рафик Гасанов прочитал стихи.", [("Рафик Гасанов", "Actor")]),
        # a senior lecturer
        ("На вечере выступил старший преподаватель Эмиль Керимов.", [("Эмиль Керимов", "Senior Lecturer")]),
        # poets, veterans and teachers in the plural: each name takes the singular
        (
            "На вечере выступили поэты Ильхам Гасымов, Рена Алиева и Тофик Бахрамов.",
            [("Ильхам Гасымов", "Poet"), ("Рена Алиева", "Poet"), ("Тофик Бахрамов", "Poet")],
        ),
        (
            "Mərasimdə müharibə veteranları Akif Kərimov və Zaur Rüstəmov iştirak ediblər.",
            [("Akif Kərimov", "Veteran"), ("Zaur Rüstəmov", "Veteran")],
        ),
        (
            "Tədbirdə məktəbin müəllimlərindən Səadət Məmmədova, Lalə Hüseynova və Kəmalə Cəfərova çıxış ediblər.",
            [("Səadət Məmmədova", "Teacher"), ("Lalə Hüseynova", "Teacher"), ("Kəmalə Cəfərova", "Teacher")],
        ),
        # a plural title ended by a colon
        (
            "Törene gaziler ve veteranlar: Akif Kerimov ve Zaur Rüstemov katıldı.",
            [("Akif Kerimov", "Veteran"), ("Zaur Rüstemov", "Veteran")],
        ),
        ("Tədbirdə Qarabağ müharibəsi veteranı Famil Rzayev çıxış edib.", [("Famil Rzayev", "Veteran")]),
        (
            "В мероприятии приняли участие поэты: Гюльнара Алиева, Мирза Ахмедов и Эльдар Насибов.",
            [("Гюльнара Алиева", "Poet"), ("Мирза Ахмедов", "Poet"), ("Эльдар Насибов", "Poet")],
        ),
        (
            "Mərasimdə deputatlar: Vüsal Kərimov və Aygün Əliyeva iştirak ediblər.",
            [("Vüsal Kərimov", "Member of Parliament"), ("Aygün Əliyeva", "Member of Parliament")],
        ),
        # a Baltic parliament by its own name
        (
            "The ceremony was attended by members of the Saeima: Ilze Berzina and Karlis Ozols.",
            [
                ("Ilze Berzina", "Member of the Parliament of Latvia"),
                ("Karlis Ozols", "Member of the Parliament of Latvia"),
            ],
        ),
        (
            "Members of the Seimas Ona Petraitiene and Jonas Kazlauskas laid flowers at the monument.",
            [
                ("Ona Petraitiene", "Member of the Parliament of Lithuania"),
                ("Jonas Kazlauskas", "Member of the Parliament of Lithuania"),
            ],
        ),
        (
            "The event was attended by Saeima deputy Ilze Berzina.",
            [("Ilze Berzina", "Member of the Parliament of Latvia")],
        ),
        # a post in lower case after each name, its body ending in capitalised words
        (
            "The evening was attended by guests, including Ilya Mushailov, representative of the religious "
            "community of Mountain Jews, Rafael Aliyev, chairman of the city council, and others.",
            [
                ("Ilya Mushailov", "Representative of the Religious Community of Mountain Jews"),
                ("Rafael Aliyev", "Chairman of the City Council"),
            ],
        ),
        (
            "Among those present were Sevda Guliyeva, director of the history museum of Ganja, and students.",
            [("Sevda Guliyeva", "Director of the History Museum of Ganja")],
        ),
    ],
)
def test_roles_of_the_listed_and_the_stage(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("актёра", "Actor"),
        ("дирижера", "Conductor"),
        ("ведущая вечера", "Host"),
        ("поэтесса", "Poet"),
        ("müharibə veteranı", "Veteran"),
        ("старшего преподавателя", "Senior Lecturer"),
        ("aktrisa", "Actor"),
        ("tədbirin aparıcısı", "Host"),
        ("a young conductor", "Conductor"),
        ("the host of the evening", "Host"),
        ("programın sunucusu", "Host"),
    ],
)
def test_occupations_in_every_language(written: str, role: str) -> None:
    assert canonical_role(written) == role
