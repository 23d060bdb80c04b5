"""A deputy is never given the principal's role (issue 16): the principal's canonical role with "Deputy" before it,
in every language, unless the data names the deputy's post itself ("Vice-Rector", "TBMM Başkanvekili")."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Milli Məclis sədrinin müavini", "Deputy Speaker of the Milli Majlis"),
        ("Milli Məclisin sədr müavini", "Deputy Speaker of the Milli Majlis"),
        ("Milli Məclis sədrinin birinci müavini", "First Deputy Speaker of the Milli Majlis"),
        ("заместитель председателя Милли Меджлиса", "Deputy Speaker of the Milli Majlis"),
        ("Deputy Speaker", "Deputy Speaker of the Milli Majlis"),
        ("Baş nazirin müavini", "Deputy Prime Minister"),
        ("Deputy Minister of Culture", "Deputy Minister of Culture"),
        ("müdafiə nazirinin müavini", "Deputy Minister of Defence"),
        ("заместитель министра обороны", "Deputy Minister of Defence"),
        ("Savunma Bakan Yardımcısı", "Deputy Minister of Defence"),
        ("Deputy Head of the Presidential Administration", "Deputy Head of the Presidential Administration"),
        ("Prezident Administrasiyasının rəhbərinin müavini", "Deputy Head of the Presidential Administration"),
        ("Deputy Chairman of the Popular Front Party", "Deputy Chairman of the Popular Front Party"),
        ("Deputy Mayor of Baku", "Deputy Mayor of Baku"),
        ("səfirin müavini", "Deputy Ambassador"),
        ("başkan yardımcısı", "Deputy Chairman"),
        # the data's own rows for a deputy's post are kept
        ("rektor yardımcısı", "Vice-Rector"),
        ("İzmir Vali Yardımcısı", "Deputy Governor of Izmir"),
        ("TBMM Başkanvekili", "Deputy Speaker of the Parliament of Turkey"),
        ("First Deputy Prime Minister", "First Deputy Prime Minister"),
        ("Vice President", "Vice President"),
        # the principals themselves are unchanged
        ("Milli Məclisin sədri", "Speaker of the Milli Majlis"),
        ("Baş nazir", "Prime Minister"),
        ("deputy", "Deputy"),
    ],
)
def test_a_deputy_has_the_principals_role_as_deputy(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yanvarın 20-də Milli Məclis sədrinin müavini Fazil Qurbanov Şəhidlər xiyabanını ziyarət edib.",
            ("Fazil Qurbanov", "Deputy Speaker of the Milli Majlis"),
        ),
        (
            "Baş nazirin müavini Fazil Qurbanov Şəhidlər xiyabanını ziyarət edib.",
            ("Fazil Qurbanov", "Deputy Prime Minister"),
        ),
        (
            "Заместитель председателя Милли Меджлиса Тимур Ахмедов возложил цветы к Вечному огню.",
            ("Тимур Ахмедов", "Deputy Speaker of the Milli Majlis"),
        ),
        (
            "Törene Savunma Bakan Yardımcısı Murat Tunç katıldı.",
            ("Murat Tunç", "Deputy Minister of Defence"),
        ),
    ],
)
def test_a_deputy_at_the_ceremony(text: str, expected: tuple[str, str]) -> None:
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [expected]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a Turkish body's name in English when the data has every word of it
        (
            "Azerbaycan Kültür ve Dayanışma Derneği Başkanı",
            "Chairman of the Azerbaijani Culture and Solidarity Association",
        ),
        ("Azerbaycan Dernekleri Federasyonu Başkanı", "Chairman of the Federation of Azerbaijani Associations"),
        ("Irak Türkmen Cephesi Başkanı", "Chairman of the Iraqi Turkmen Front"),
        (
            "Türk Dünyası Kardeşlik Vakfı Başkanı",
            "Chairman of the Türk Dünyası Kardeşlik Foundation",
        ),  # a word not listed
        ("Köln Azerbaycan Kültür Derneği Başkanı", "Chairman of the Cologne Azerbaijani Culture Association"),
        # a body named by its abbreviation alone
        ("TADİV Başkanı", "Chairman of TADIV"),
        # a state body by its abbreviation or its name
        ("DSX-nin rəisi", "Head of the State Border Service"),
        ("Dövlət Sərhəd Xidmətinin rəisi", "Head of the State Border Service"),
        ("Head of the State Border Service", "Head of the State Border Service"),
    ],
)
def test_a_body_named_in_another_language(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_a_body_and_its_abbreviation_in_a_list_of_guests() -> None:
    text = (
        "Törene Irak Türkmen Cephesi (ITC) Başkanı Ali Kerküklü, Azerbaycan Gençlik Derneği Başkanı Elif Kaya "
        "ve TADİV Başkanı Murat Tunç katıldı."
    )
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [
        ("Ali Kerküklü", "Chairman of the Iraqi Turkmen Front"),
        ("Elif Kaya", "Chairman of the Azerbaijani Youth Association"),
        ("Murat Tunç", "Chairman of TADIV"),
    ]


def test_a_member_title_before_a_name_is_no_part_of_it() -> None:
    text = "Törene Belediye Meclis Üyesi Ayşe Tan ve Dr. Öğretim Üyesi Cem Er katıldı."
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [
        ("Ayşe Tan", "Member of the City Council"),
        ("Cem Er", "Assistant Professor"),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the mission names its country alone, the report one place abroad: the post is there
        (
            "Anım tədbiri Serbiyanın paytaxtında keçirilib. Azərbaycan səfirliyinin əməkdaşları iştirak ediblər. "
            "Səfir Orxan Vəliyev çıxış edib.",
            "Ambassador of Azerbaijan to Serbia",
        ),
        # a city at home is named too, or two countries abroad: where the post is stays unsaid
        (
            "Anım tədbiri Serbiyanın paytaxtında keçirilib. Azərbaycan səfirliyinin əməkdaşları iştirak ediblər. "
            "Səfir Orxan Vəliyev Bakıda baş verənlərdən danışıb və çıxış edib.",
            "Ambassador of Azerbaijan",
        ),
        (
            "Anım tədbiri Serbiyanın paytaxtında keçirilib. Azərbaycan səfirliyinin əməkdaşları iştirak ediblər. "
            "Səfir Orxan Vəliyev çıxış edib. Tədbirdə Gürcüstanın nümayəndələri də iştirak ediblər.",
            "Ambassador of Azerbaijan",
        ),
    ],
)
def test_a_post_abroad_from_the_one_country_the_report_names(text: str, role: str) -> None:
    assert [a.role for a in extract_attendees(text)] == [role]
