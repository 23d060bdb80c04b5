"""Precision kept after the review of the merged rules: each input here was read right before and wrongly after."""

from __future__ import annotations

import pytest

from tests._helpers import roles


@pytest.mark.parametrize(
    "text",
    [
        "Our country's ambassador to Azerbaijan Giorgi Sanikidze put a wreath at the monument.",
        "Giorgi Sanikidze, the ambassador of our country in Azerbaijan, put a wreath at the monument.",
        "Посол нашей страны в Азербайджане Владимир Ильин положил венок к памятнику.",
        "Посол нашей страны в Баку Владимир Ильин положил венок к памятнику.",
    ],
)
def test_our_countrys_envoy_posted_in_azerbaijan_is_not_azerbaijans(text: str) -> None:
    # the writer's own country is then not Azerbaijan: the post stays as written, never "of Azerbaijan"
    assert [r for r in roles(text).values() if r and "of Azerbaijan" in r] == []
    assert list(roles(text).values()) == ["Ambassador"]


@pytest.mark.parametrize(
    "text",
    [
        "A ceremony was held at the Embassy in Kyiv. Earlier the embassy had written to the House of Commons. Jane Roe"
        " MP spoke at the event.",
        "A ceremony took place at the embassy in Kyiv; the ambassador thanked the House of Lords for its letter. Jane"
        " Roe MP spoke at the event.",
        "The embassy in Kyiv hosted an evening of remembrance. A petition is to go to Westminster next month. Jane Roe"
        " MP spoke at the event.",
    ],
)
def test_a_parliament_named_in_passing_is_not_where_the_event_is(text: str) -> None:
    assert roles(text) == {"Jane Roe": "Member of the Parliament of Ukraine"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törende Ali Kaya Ahıska Türkleri Derneği Başkanı Mehmet Demir ile birlikte söz aldı.",
            "Chairman of the Ahıska Türkleri Association",
        ),
        (
            "Anma programında Ayşe Yıldız Ahıska Türkleri Derneği Başkanı Mehmet Demir ile beraber konuştu.",
            "Chairman of the Ahıska Türkleri Association",
        ),
        (
            "Mərasimdə tələbə Nərgiz Azərbaycan Gənclər Birliyinin sədri Vəli Vəliyev ilə birlikdə çıxış edib.",
            "Chairman of the Azerbaijani Youth Union",
        ),
        (
            "Tədbirdə müəllim Elnur Həsənov Bakı Gənclər Birliyinin sədri Vəli Vəliyev ilə birlikdə çıxış edib.",
            "Chairman of the Baku Youth Union",
        ),
    ],
)
def test_a_persons_name_before_a_body_is_not_the_bodys(text: str, expected: str) -> None:
    # the head of the body keeps the body's own name, without the person named before it
    assert expected in roles(text).values()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director Anar Aliyev of January 20 Foundation put flowers at the memorial.",
            "Director of January 20 Foundation",
        ),
        (
            "Chairman Elshad Iskandarov of State Committee on Work with Diaspora spoke at the ceremony.",
            "Chairman of the State Committee for Work with the Diaspora",
        ),
        (
            "Chairman Elshad Iskandarov of State Committee on Work with Diaspora put flowers at the memorial.",
            "Chairman of the State Committee for Work with the Diaspora",
        ),
        ("Director John Smith of Oxford put flowers at the memorial.", "Director"),
        ("Senator Bob Menendez of New Jersey put flowers at the memorial.", "Senator"),
        ("Director Jane Roe of North Yorkshire put flowers at the memorial.", "Director"),
    ],
)
def test_a_body_after_the_name_is_whole_or_left_out(text: str, expected: str) -> None:
    # never a body cut at a number or a small word, nor a place read as a body
    assert list(roles(text).values()) == [expected]


HELD_EN = "A ceremony was held at the embassy. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            HELD_EN + "Professor Ali Hasanov, who lived through the night of January 1990, spoke at the ceremony.",
            "Ali Hasanov",
        ),
        (
            HELD_EN + "Ambassador Elin Suleymanov recalled the horror of that night of January 1990 in his speech at"
            " the ceremony.",
            "Elin Suleymanov",
        ),
        (
            "1990 yılının Ocak ayında yaşanan katliamın 34. yıl dönümü vesilesiyle düzenlenen törende Büyükelçi Selim"
            " Kara konuştu.",
            "Selim Kara",
        ),
        (
            "1990 yılının o gecesinde yaşananları anlatan Büyükelçi Selim Kara törende konuştu.",
            "Selim Kara",
        ),
        (
            "В тот день 1990 года погибли 147 человек; в годовщину трагедии посол Иван Петров возложил цветы к"
            " памятнику.",
            "Иван Петров",
        ),
        ("1990-cı ilin həmin günü Bakıda olan jurnalist Anar Məmmədov mərasimdə çıxış edib.", "Anar Məmmədov"),
    ],
)
def test_a_1990_time_inside_another_clause_keeps_the_attendee(text: str, name: str) -> None:
    # the time is that of a relative clause, an object or the deaths, not of the verb that puts the person there
    assert name in roles(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members of the Polish community visited the Alley of Martyrs and put flowers there.\n\nTen years ago the"
            " community's chairman Jan Kowalski, who died in 2020, noted that the tragedy must never be forgotten.",
            "Jan Kowalski",
        ),
        (
            "Members of the Polish community visited the Alley of Martyrs and put flowers there.\n\nPolish Foreign"
            " Minister Radoslaw Sikorski noted in Warsaw that the tragedy must never be forgotten.",
            "Radoslaw Sikorski",
        ),
        (
            "The delegation visited the Alley of Martyrs. Foreign Minister Radoslaw Sikorski told journalists that the"
            " tragedy must never be forgotten.",
            "Radoslaw Sikorski",
        ),
        (
            "Səfirliyin əməkdaşları abidəni ziyarət ediblər. Xarici işlər naziri Ceyhun Bayramov Brüsseldə"
            " jurnalistlərə bildirib ki, faciə unudulmayacaq.",
            "Ceyhun Bayramov",
        ),
        (
            "Türk heyeti anıtı ziyaret etti. Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara'da gazetecilere 20 Ocak"
            " acısını paylaştıklarını belirtti.",
            "Recep Tayyip Erdoğan",
        ),
    ],
)
def test_a_groups_visit_places_no_speaker_who_spoke_elsewhere(text: str, name: str) -> None:
    assert name not in roles(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members of the Polish community visited the Alley of Martyrs and put flowers there.\n\nThe community's"
            " chairman Jan Kowalski noted that the tragedy must never be forgotten.",
            "Jan Kowalski",
        ),
        (
            "Səfirliyin əməkdaşları abidəni ziyarət ediblər. Səfir Anar Məmmədov bildirib ki, faciə unudulmayacaq.",
            "Anar Məmmədov",
        ),
        (
            "Türk heyeti anıtı ziyaret etti. Büyükelçi Selim Kara, 20 Ocak acısını paylaştıklarını belirtti.",
            "Selim Kara",
        ),
    ],
)
def test_a_groups_visit_still_places_the_speaker_right_after_it(text: str, name: str) -> None:
    assert name in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Törenin konuşmacıları Prof. Dr. Ali Veli ve Dr. Ayşe Tan'dı; ancak Tan hastalığı nedeniyle katılamadı.",
        "Törende Prof. Dr. Ali Veli ve Dr. Ayşe Tan konuştu. Tan ise rahatsızlığı yüzünden törene gelemedi.",
        "Among the guests were Professor Ali Veli and Dr. Ayşe Tan, but Tan could not attend because of illness.",
    ],
)
def test_a_listed_person_said_later_to_be_absent_is_not_placed(text: str) -> None:
    assert list(roles(text)) == ["Ali Veli"]


def test_a_listed_person_who_came_but_did_not_speak_stays() -> None:
    text = "Törene Prof. Dr. Ali Veli ve Dr. Ayşe Tan katıldı; ancak Tan hastalığı nedeniyle konuşamadı."
    assert list(roles(text)) == ["Ali Veli", "Ayşe Tan"]
