"""Turkish and Azerbaijani reports of the commemorations: the head of a body's branch or club written whole before
the name ("... Vakfı Gençlik Kolları Başkanı X": the body kept as written when it has no English name), a case ending
written after a hyphen ("səfir X-in iştirakı ilə"), the armed forces in the dative read as no one ("Silahlı
Kuvvetlerine"), and the commanders of 1918 ("Nuri Paşa") as people of history. The sentences are written for these
tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD_AZ = "Səfirlikdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib. "
HELD_TR = "Büyükelçilikte 20 Ocak katliamının yıl dönümü nedeniyle anma töreni düzenlendi. "


def found(held: str, text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(held + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törende Türk Dünyası Araştırmaları Vakfı Gençlik Kolları Başkanı Kerem Soylu bir konuşma yaptı.",
            [("Kerem Soylu", "Chairman of the Türk Dünyası Araştırmaları Vakfı Gençlik Kolları")],
        ),
        (
            "Programa Kars Kafkas Dostluk Derneği Kadın Kolları Başkanı Nurten Işık katıldı.",
            [("Nurten Işık", "Chairman of the Kars Kafkas Dostluk Derneği Kadın Kolları")],
        ),
        (
            "Programa Türkiye Azerbaycan Derneği Erzurum Şubesi Başkanı Selim Baysal da katıldı.",
            [("Selim Baysal", "Chairman of the Erzurum Branch of the Turkey Azerbaijani Association")],
        ),
        (
            "Törende Azerbaycan Kültür ve Dayanışma Topluluğu Başkanı Elvin Kaya konuştu.",
            [("Elvin Kaya", "Chairman of the Azerbaycan Kültür ve Dayanışma Topluluğu")],
        ),
        (
            "Törende TDAV Gençlik Kolları Başkanı Kerem Soylu bir konuşma yaptı.",
            [("Kerem Soylu", "Chairman of the TDAV Gençlik Kolları")],
        ),
    ],
)
def test_the_head_of_a_branch_or_club_keeps_the_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_TR, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törende Vakıf Başkanı Kerem Soylu konuştu.", [("Kerem Soylu", "Chairman")]),  # no body's name: the head
        ("Törende Dernek Başkanı Nurten Işık konuştu.", [("Nurten Işık", "Chairman")]),
    ],
)
def test_a_head_with_no_named_body_stays_bare(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_TR, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbir səfir Tural Hüseynov-un iştirakı ilə keçirilib.", [("Tural Hüseynov", "Ambassador")]),
        ("Mərasim rektor Aydan Cəfərli-nin iştirakı ilə davam edib.", [("Aydan Cəfərli", "Rector")]),
        (
            "Tədbir rayon icra hakimiyyətinin başçısı Samir Əliyev-in iştirakı ilə keçirilib.",
            [("Samir Əliyev", "Head of the Executive Power")],
        ),
        (
            "Tədbir professor Tural Əhmədov-un və dosent Lalə Qasımova-nın çıxışları ilə davam edib.",
            [("Tural Əhmədov", "Professor"), ("Lalə Qasımova", "Associate Professor")],
        ),
    ],
)
def test_a_case_ending_after_a_hyphen_is_no_part_of_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_AZ, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törende Azerbaycan Silahlı Kuvvetlerine selam gönderildi, Büyükelçi Orhan Sezer konuştu.",
            [("Orhan Sezer", "Ambassador")],
        ),
        ("Törende Kafkas İslam Ordusu Komutanı Nuri Paşa rahmetle anıldı.", []),
        ("Törende Divan Otelindeki programa Büyükelçi Orhan Sezer katıldı.", [("Orhan Sezer", "Ambassador")]),
        ("Tədbirdə Qafqaz Point Hoteldə səfir Orhan Sezer çıxış edib.", [("Orhan Sezer", "Ambassador")]),
        ("Tədbirdə Qafqaz İslam Ordusunun komandanı Nuru Paşa xatırlanıb.", []),
    ],
)
def test_armed_forces_hotels_and_commanders_of_1918_are_no_one_present(
    text: str, expected: list[tuple[str, str]]
) -> None:
    held = HELD_AZ if "Tədbirdə" in text else HELD_TR
    assert found(held, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Başkonsolos Tarık Oral, Vali Cemal Aksoy'a katılımı için teşekkür etti.",
            [("Tarık Oral", "Consul General"), ("Cemal Aksoy", "Governor")],
        ),
        (
            "Büyükelçi Tarık Oral, Rektör Prof. Dr. Derya Kılıç'a katılımından dolayı teşekkür etti.",
            [("Tarık Oral", "Ambassador"), ("Derya Kılıç", "Rector")],
        ),
        # thanks for something else: no one came
        (
            "Başkonsolos Tarık Oral, Bakan Cemal Aksoy'a desteği için teşekkür etti.",
            [("Tarık Oral", "Consul General")],
        ),
    ],
)
def test_thanked_for_coming_in_the_dative(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_TR, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törene Azerbaycan'ın Roma Büyükelçisi Rəşad Həsənli ev sahipliği yaptı.",
            [("Rəşad Həsənli", "Ambassador of Azerbaijan to Italy")],
        ),
        ("Programa Başkonsolos Tarık Oral ev sahipliği yapacak.", []),  # to come
        ("Dokuz Eylül Üniversitesi konferansa ev sahipliği yaptı.", []),  # a body, no one named
    ],
)
def test_the_host_was_there(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_TR, text) == expected
