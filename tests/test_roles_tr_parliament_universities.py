"""Roles of Turkish reports of the 20 January commemorations (issue 16): Turkey's parliament is one "Parliament of
Turkey" however a title names it, in every language ("TBMM Başkanı", "Speaker of the Grand National Assembly of
Turkey", "Speaker of the Turkish parliament", "председатель Великого национального собрания Турции"); its friendship
group with Azerbaijan has its own chair, given only where the title says so; a Turkish university is one form by its
full name or its abbreviation ("DEÜ", "ODTÜ", "İTÜ", "KTÜ"); two titled people joined by "ve" keep their own titles;
Azerbaijan's envoys posted in Turkey keep the sending country ("Azerbaycan Cumhuriyeti Türkiye Büyükelçisi"). The
names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.people import canonical_role

HELD = "Kanlı Ocak faciasının yıl dönümü nedeniyle anma töreni düzenlendi.\n\n"


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(HELD + text)]


SPEAKER = "Speaker of the Parliament of Turkey"
DEPUTY = "Deputy Speaker of the Parliament of Turkey"
MEMBER = "Member of the Parliament of Turkey"
GROUP = "Chairman of the Turkey-Azerbaijan Inter-Parliamentary Friendship Group"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("TBMM Başkanı", SPEAKER),
        ("Türkiye Büyük Millet Meclisi Başkanı", SPEAKER),
        ("Speaker of the Grand National Assembly of Turkey", SPEAKER),
        ("Speaker of the Turkish Grand National Assembly", SPEAKER),
        ("Chairman of the Grand National Assembly of Turkey", SPEAKER),
        ("Speaker of the Turkish parliament", SPEAKER),
        ("Türkiyə Böyük Millət Məclisinin sədri", SPEAKER),
        ("Председатель Великого национального собрания Турции", SPEAKER),
        ("председатель Меджлиса Турции", SPEAKER),
        ("TBMM Başkanvekili", DEPUTY),
        ("Deputy Speaker of the Grand National Assembly of Turkey", DEPUTY),
        ("заместитель председателя Великого национального собрания Турции", DEPUTY),
        ("TBMM Milletvekili", MEMBER),
        ("TBMM üyesi", MEMBER),
        ("Türkiye Büyük Millet Meclisi üyesi", MEMBER),
        ("Türkiye Büyük Millet Meclisi İzmir Milletvekili", MEMBER),
        ("AK Parti İzmir Milletvekili", MEMBER),
        ("Member of the Grand National Assembly of Turkey", MEMBER),
        ("member of the Turkish Grand National Assembly", MEMBER),
        ("депутат Великого национального собрания Турции", MEMBER),
        ("TBMM Azerbaycan Dostluk Grubu Başkanı", GROUP),
        ("TBMM Türkiye-Azerbaycan Dostluk Grubu Başkanı", GROUP),
        ("Türkiye-Azerbaycan Parlamentolar Arası Dostluk Grubu Başkanı", GROUP),
        ("Türkiyə-Azərbaycan Parlamentlərarası Dostluq Qrupunun sədri", GROUP),
        ("Chairman of the Turkey-Azerbaijan Friendship Group", GROUP),
        # not Turkey's: the Milli Majlis's own chair and another country's speaker
        ("председатель Милли Меджлиса", "Speaker of the Milli Majlis"),
        ("председатель парламента Грузии", "Speaker of the Parliament of Georgia"),
    ],
)
def test_turkeys_parliament_is_one_in_every_language(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene TBMM Azerbaycan Dostluk Grubu Başkanı Selim Oran katıldı.", [("Selim Oran", GROUP)]),
        (
            "Törene TBMM Türkiye-Azerbaycan Parlamentolar Arası Dostluk Grubu Başkanı ve AK Parti Kars Milletvekili "
            "Selim Oran katıldı.",
            [("Selim Oran", GROUP)],
        ),
        # an MP is a member, not the group's chair, when the text does not say so
        (
            "Törene Türkiye-Azerbaycan Dostluk Grubu üyesi, Kars Milletvekili Selim Oran katıldı.",
            [("Selim Oran", MEMBER)],
        ),
        (
            "Törene TBMM Azerbaycan Dostluk Grubu Başkanı Selim Oran ve AK Parti Milletvekili Deniz Yaman katıldı.",
            [("Selim Oran", GROUP), ("Deniz Yaman", MEMBER)],
        ),
        ("Törene TBMM Başkanvekili Selim Oran katıldı.", [("Selim Oran", DEPUTY)]),
    ],
)
def test_a_member_and_the_groups_chair(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("short", "full", "university"),
    [
        ("DEÜ", "Dokuz Eylül Üniversitesi", "Dokuz Eylul University"),
        ("ODTÜ", "Orta Doğu Teknik Üniversitesi", "Middle East Technical University"),
        ("İTÜ", "İstanbul Teknik Üniversitesi", "Istanbul Technical University"),
        ("KTÜ", "Karadeniz Teknik Üniversitesi", "Karadeniz Technical University"),
        ("YTÜ", "Yıldız Teknik Üniversitesi", "Yildiz Technical University"),
        ("EÜ", "Ege Üniversitesi", "Ege University"),
        ("KAÜ", "Kafkas Üniversitesi", "Kafkas University"),
    ],
)
def test_a_university_by_its_abbreviation_or_its_name_is_one(short: str, full: str, university: str) -> None:
    assert canonical_role(f"{short} Rektörü") == canonical_role(f"{full} Rektörü") == f"Rector of {university}"
    assert canonical_role(f"{short} Rektör Yardımcısı") == f"Vice-Rector of {university}"


def test_an_abbreviation_several_universities_share_is_left_as_written() -> None:
    assert canonical_role("AÜ Rektörü") == "Rector of AÜ"


@pytest.mark.parametrize(
    "text",
    [
        "Törene KTÜ Rektörü Prof. Dr. Ayla Sezer ve Karadeniz Teknik Üniversitesi Rektör Yardımcısı Prof. Dr. Kemal "
        "Ertan katıldı.",
        "Törene KTÜ Rektörü Prof. Dr. Ayla Sezer, KTÜ Rektör Yardımcısı Prof. Dr. Kemal Ertan ve öğrenciler katıldı.",
    ],
)
def test_two_titled_people_joined_keep_their_own_titles(text: str) -> None:
    university = "Karadeniz Technical University"
    assert found(text) == [("Ayla Sezer", f"Rector of {university}"), ("Kemal Ertan", f"Vice-Rector of {university}")]


@pytest.mark.parametrize(
    "text",
    [
        "Törene Vali Ayla Sezer ve Ege Üniversitesi Rektörü Prof. Dr. Kemal Ertan katıldı.",
        "Törene Rektör Ayla Sezer ve Ege Üniversitesi Rektörü Kemal Ertan katıldı.",
    ],
)
def test_a_name_before_ve_is_no_part_of_the_next_university(text: str) -> None:
    assert found(text)[1] == ("Kemal Ertan", "Rector of Ege University")


def test_a_university_name_with_ve_is_kept_whole() -> None:
    text = "Törene Azerbaycan Devlet Petrol ve Sanayi Üniversitesi Rektörü Kemal Ertan katıldı."
    assert found(text) == [("Kemal Ertan", "Rector of ASOIU")]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Azerbaycan Cumhuriyeti Türkiye Büyükelçisi", "Ambassador of Azerbaijan to Turkey"),
        ("Azerbaycan'ın Türkiye Büyükelçisi", "Ambassador of Azerbaijan to Turkey"),
        ("Azerbaycan'ın Ankara Büyükelçisi", "Ambassador of Azerbaijan to Turkey"),
        ("Azerbaycan'ın İstanbul Başkonsolosu", "Consul General of Azerbaijan in Istanbul"),
        ("Azerbaycan'ın Kars Başkonsolosu", "Consul General of Azerbaijan in Kars"),
        ("Azerbaycan Cumhuriyeti İstanbul Başkonsolosu", "Consul General of Azerbaijan in Istanbul"),
        # Turkey's envoy in Baku stays Turkey's
        ("Türkiye'nin Azerbaycan Büyükelçisi", "Ambassador of Turkey"),
        ("Türkiye'nin Bakü Büyükelçisi", "Ambassador of Turkey"),
    ],
)
def test_an_envoy_posted_in_turkey_keeps_the_sending_country(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ankara'da panel düzenlendi. Panele Azerbaycan Büyükelçisi Rəşad Nəcəfli katıldı.",
            "Ambassador of Azerbaijan to Turkey",
        ),
        (
            "Berlin'de anma töreni düzenlendi. Törene Azerbaycan Büyükelçisi Rəşad Nəcəfli ev sahipliği yaptı.",
            "Ambassador of Azerbaijan to Germany",
        ),
        (
            "The Azerbaijani Ambassador Rashad Najafli attended the ceremony in London.",
            "Ambassador of Azerbaijan to the United Kingdom",
        ),
        # no place abroad, or more than one: the sending country alone
        (
            "Bakü'de anma töreni düzenlendi. Törene Azerbaycan Büyükelçisi Rəşad Nəcəfli katıldı.",
            "Ambassador of Azerbaijan",
        ),
        (
            "Ankara ve Berlin'de anma törenleri düzenlendi. Törene Azerbaycan Büyükelçisi Rəşad Nəcəfli katıldı.",
            "Ambassador of Azerbaijan",
        ),
    ],
)
def test_our_ambassador_with_no_place_is_to_the_one_country_abroad(text: str, role: str) -> None:
    assert [a.role for a in extract_attendees(text)] == [role]


@pytest.mark.parametrize(
    "title",
    [
        "TBMM Türkiye-Azerbaycan Dostluk Grubu üyesi milletvekilleri",
        "AK Parti Türkiye-Azerbaycan Dostluk Grubu üyesi Kars Milletvekili",
        "TBMM Azerbaycan Dostluk Grubu üyesi Milletvekili",
    ],
)
def test_a_parliament_named_by_its_name_says_whose_member_whatever_the_groups_name(title: str) -> None:
    assert canonical_role(title) == MEMBER
