"""Bodies of attendees' posts in real reporting's phrasings: a Turkish body the data cannot name in English kept
whole as written, its comma list too; an English body written after the name ("Director X of Y"); a Russian body
given only by its abbreviation; a deputy of a body named before by its noun; a bare "MP" at an event in another
country's parliament; a student's year of study as a course. Names and sentences are invented for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

TR = "20 Ocak faciasının yıl dönümünde bir anma programı gerçekleştirildi. "
AZ = "20 Yanvar faciəsinin ildönümünə həsr edilmiş anım mərasimi keçirilib. "
EN = "A commemoration of the victims of 20 January was held. "


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of words the data does not know, before a body's noun and a head
        (
            TR + "Programa Ahıska Türkleri Derneği Başkanı Selim Kara katıldı.",
            "Chairman of the Ahıska Türkleri Association",
        ),
        (
            TR + "Ortak Gelecek Derneği Başkanı Selim Kara da programa katıldı.",
            "Chairman of the Ortak Gelecek Association",
        ),
        (TR + "Programa Yeşil Vadi Vakfı Genel Başkanı Selim Kara katıldı.", "Chairman of the Yeşil Vadi Foundation"),
        # a comma list inside the name, kept whole
        (
            TR + "Programa Kars Kafkas Dil, Tarih ve Kültür Derneği Başkanı Selim Kara katıldı.",
            "Chairman of the Kars Caucasian Language, History and Culture Association",
        ),
        (
            TR + "Programda Iğdır Eğitim, Kültür ve Dayanışma Derneği Başkanı Selim Kara bir konuşma yaptı.",
            "Chairman of the Igdir Education, Culture and Solidarity Association",
        ),
        # its noun in lower case after a name of two capitalised words or more
        (
            TR + "Programa Azerbaycan Kültür ve Dayanışma derneği başkanı Selim Kara katıldı.",
            "Chairman of the Azerbaijani Culture and Solidarity Association",
        ),
        # two posts of one person: the first office, the second's body however unknown
        (
            TR + "Programa Ahıska Türkleri Derneği Başkanı ve Ortak Platform Koordinatörü Selim Kara katıldı.",
            "Chairman of the Ahıska Türkleri Association",
        ),
        (TR + "Programa TADİV Başkanı ve Avrupa Gençlik Ağı Koordinatörü Selim Kara katıldı.", "Chairman of TADIV"),
        # every word of a comma list the data has: in English, its commas kept
        (
            TR + "Programa Kafkas Dil, Tarih ve Kültür Derneği Başkanı Selim Kara katıldı.",
            "Chairman of the Caucasian Language, History and Culture Association",
        ),
        # a coordinator whose body the data cannot name: the post in English
        (TR + "Programa Ortak Platform Koordinatörü Selim Kara katıldı.", "Coordinator"),
    ],
)
def test_a_turkish_body_is_kept_whole(text: str, expected: str) -> None:
    assert roles(text) == {"Selim Kara": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name and its comma before a body's name are another person's, not the body's
        (
            TR + "Programa Vali Ahmet Demir, Tarih ve Kültür Derneği Başkanı Selim Kara katıldı.",
            {"Ahmet Demir": "Governor", "Selim Kara": "Chairman of the History and Culture Association"},
        ),
        (
            TR + "Programa Vali Ahmet Demir ve Kültür Derneği Başkanı Selim Kara katıldı.",
            {"Ahmet Demir": "Governor", "Selim Kara": "Chairman of the Culture Association"},
        ),
        # a people's community in lower case is no body's name; a company named after a person neither
        (AZ + "Mərasimdə Azərbaycan icmasının sədri Elçin Nəsirov çıxış edib.", {"Elçin Nəsirov": "Chairman"}),
        # the sentence's first word that sets the scene opens no body's name
        (
            AZ + "Gecədə Azərbaycan Milli-Mədəni Muxtariyyətinin sədri Tofiq Qasımov çıxış edib.",
            {"Tofiq Qasımov": "Chairman of the Azərbaycan Milli-Mədəni Muxtariyyəti"},
        ),
    ],
)
def test_what_is_no_part_of_a_body(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Director John Smith of Acme Holdings laid a wreath at the memorial.", "Director of Acme Holdings"),
        (
            "Publisher-Chairman John Smith of Kent Daily Courier attended the ceremony.",
            "Publisher-Chairman of Kent Daily Courier",
        ),
        ("Chairman John Smith of the Board visited the Alley of Martyrs.", "Chairman of the Board"),
        (
            "Chief Executive John Smith of Caspian Airlines and Director Jane Roe of the Migration Service visited"
            " the Alley of Martyrs.",
            "Chief Executive of Caspian Airlines",
        ),
    ],
)
def test_an_english_body_after_the_name(text: str, expected: str) -> None:
    assert roles(text)["John Smith"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after the name is where the person is from; a rank keeps no body; a country is no body here
        ("Professor John Smith of Baku attended the ceremony.", "Professor"),
        ("Professor John Smith of Harvard University attended the ceremony.", "Professor"),
        ("President John Smith of Azerbaijan visited the Alley of Martyrs.", "President"),
        ("Mr John Smith of Acme Holdings laid a wreath.", None),
        ("Director John Smith, of Acme Holdings, laid a wreath at the memorial.", "Director"),
    ],
)
def test_no_body_after_the_name(text: str, expected: str | None) -> None:
    assert roles(text)["John Smith"] == expected


def test_the_second_name_keeps_its_own_body() -> None:
    text = (
        EN + "Chief Executive John Smith of Caspian Airlines and Director Jane Roe of the Migration Service attended."
    )
    assert roles(text) == {
        "John Smith": "Chief Executive of Caspian Airlines",
        "Jane Roe": "Director of the Migration Service",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В церемонии приняли участие председатель ВАК Иван Петров.", "Chairman of ВАК"),
        ("Цветы возложил исполнительный директор АКЦ Иван Петров.", "Executive Director of АКЦ"),
        ("Цветы к памятнику возложил руководитель ГНКАР Иван Петров.", "Head of SOCAR"),
        # no abbreviation: the post alone
        ("Цветы возложил исполнительный директор Иван Петров.", "Executive Director"),
    ],
)
def test_a_russian_body_by_its_abbreviation(text: str, expected: str) -> None:
    assert roles(text) == {"Иван Петров": expected}


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Xidmətin birinci müavini", "First Deputy Head"),
        ("Agentliyin müavini", "Deputy Head"),
        ("the Service's first deputy head", "First Deputy Head of the Service"),
        ("The Agency's deputy head", "Deputy Head of the Agency"),
        ("the Service's chief", "Head of the Service"),
        # a principal that is no body's noun alone is left as it was
        ("Nazirliyin müavini", "Nazirliyin Müavini"),
    ],
)
def test_a_deputy_of_a_body_named_by_its_noun(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_the_body_named_before_is_not_carried_over() -> None:
    text = (
        "Dövlət Miqrasiya Xidmətinin rəisi Vüsal Hüseynov Şəhidlər xiyabanını ziyarət edib. Xidmətin birinci müavini"
        " Əli Əliyev də ziyarətdə iştirak edib."
    )
    assert roles(text) == {
        "Vüsal Hüseynov": "Head of the Dövlət Miqrasiya Service",
        "Əli Əliyev": "First Deputy Head",
    }


UK = "Member of the Parliament of the United Kingdom"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A commemoration was held in the House of Commons. Jane Roe MP, Chair of the All-Party Group on Azerbaijan,"
            " spoke at the event.",
            UK,
        ),
        ("The evening at Westminster was attended by Jane Roe MP.", UK),
        ("The event in the House of Lords was attended by MP Jane Roe.", UK),
        # the parliament the event is in wins over the one country abroad the text names
        ("A round table on Ukraine and Azerbaijan was held in the UK Parliament. Jane Roe MP attended.", UK),
        # a report from abroad with no parliament named: the one country abroad it names (after the name)
        ("An event took place in Kyiv, Ukraine. Jane Roe MP attended.", "Member of the Parliament of Ukraine"),
        # none named: the Milli Majlis
        ("The event at the Alley of Martyrs was attended by MP Jane Roe.", "Member of Parliament"),
        ("A service was held at Westminster Abbey. Jane Roe MP attended.", "Member of Parliament"),
        # two parliaments named: neither
        (
            "Guests came from the House of Commons of Canada and from the House of Lords. The event at the Alley of"
            " Martyrs was attended by MP Jane Roe.",
            "Member of Parliament",
        ),
    ],
)
def test_a_bare_mp_is_of_the_parliament_the_event_is_in(text: str, expected: str) -> None:
    assert roles(text) == {"Jane Roe": expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Aysel Karimova, a second-course student of the university, read a poem at the event.", "Student"),
        (EN + "A second-course student Aysel Karimova read a poem at the event.", "Student"),
        (EN + "Aysel Karimova, II course student, read a poem at the event.", "Student"),
        (EN + "Aysel Karimova, a 3rd year student, read a poem at the event.", "Student"),
        # an ordinal with no student's post after it, or no year of study, is no post
        (EN + "Aysel Karimova, II course, read a poem at the event.", None),
        (EN + "Aysel Karimova, VII course student, read a poem at the event.", None),
    ],
)
def test_a_course_is_a_year_of_study(text: str, expected: str | None) -> None:
    assert roles(text) == {"Aysel Karimova": expected}


AZ_TO_GEORGIA = "Ambassador of Azerbaijan to Georgia"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuad Aliyev, the ambassador of our country in Georgia, laid a wreath at the monument.", AZ_TO_GEORGIA),
        ("Our country's ambassador to Georgia Fuad Aliyev laid a wreath at the monument.", AZ_TO_GEORGIA),
        ("A wreath was laid at the monument by our ambassador to Georgia Fuad Aliyev.", AZ_TO_GEORGIA),
        (
            "The evening was held at the embassy of our country in Georgia. Ambassador Fuad Aliyev laid a wreath at the"
            " monument.",
            AZ_TO_GEORGIA,
        ),
        (AZ + "Mərasimdə ölkəmizin Gürcüstandakı səfiri Fuad Əliyev çıxış edib.", AZ_TO_GEORGIA),
        ("В церемонии принял участие посол нашей страны в Грузии Фуад Алиев.", AZ_TO_GEORGIA),
    ],
)
def test_our_countrys_ambassador_is_azerbaijans(text: str, expected: str) -> None:
    assert list(roles(text).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in Turkish press "ülkemiz" is Turkey: never read as Azerbaijan
        (TR + "Programa ülkemizin Bakü Büyükelçisi Selim Kara katıldı.", "Ambassador"),
        # another post keeps its own role; another country's envoy is that country's
        ("Our country's Minister of Culture Adil Karimli laid a wreath at the monument.", "Minister of Culture"),
        ("The Turkish ambassador to Azerbaijan Selim Kara laid a wreath at the monument.", "Ambassador of Turkey"),
    ],
)
def test_our_country_changes_no_other_post(text: str, expected: str) -> None:
    assert list(roles(text).values()) == [expected]
