"""Still more ways Azerbaijani reports of 20 January commemorations name who spoke (read on embassy pages, university
news and the pages of public unions): a mission's staff ranked by Roman numerals in one long sentence with a
compatriot (set off by commas too: "soydaşımız, professor X"), ending in a verb of speech ("fikirlərini bölüşdülər",
"çıxış edərək … danışdılar"), and a counsellor "of the first class" ("I dərəcəli müşavir"); a region's hyphenated
name in any case ("Dağlıq-Qarabağı", "Naxçıvan-Şərur bölgəsini"), which is no double surname; a university in the
locative after a speaker's name ("X Bakı Dövlət Universitetində çıxış edib"), misspelt too ("Universitetinde",
"Unversitetində"), and a school, theatre, mosque or club by its name in the locative ("Xətai Gimnaziyasında"), which
is no person; and a speaker after the long quoted name of a public union, its quotation left unclosed or its words
misspelt ("Ictimai Birliyinin sedri"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.text.quotes import mask_quotes

from ._helpers import names, people

EVENT = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı səfirlikdə anım tədbiri keçirilib.\n\n"
MISSION = (
    "Azərbaycanın Polşadakı səfirliyi 20 Yanvar faciəsinin 34-cü ildönümü ilə bağlı anım mərasimi təşkil edib.\n\n"
)

# --- a mission's staff by Roman numerals, and a compatriot, in one sentence ------------------------------------------

STAFF = [
    ("Rauf Məmmədli", "First Secretary of the Embassy"),
    ("Aysel Quliyeva", "Second Secretary of the Embassy"),
    ("Elvin Nəsirov", "Third Secretary of the Embassy"),
    ("Kamran Əhmədov", None),
]


@pytest.mark.parametrize(
    "text",
    [
        "Sonra səfirliyin I dərəcəli müşaviri Nigar Həsənova, I katibi Rauf Məmmədli, II katib Aysel Quliyeva, III "
        "katibi Elvin Nəsirov və soydaşımız Kamran Əhmədov çıxış edərək faciənin tarixindən danışdılar.",
        "Tədbirdə səfirliyin I dərəcəli müşaviri Nigar Həsənova, I katibi Rauf Məmmədli, II katibi Aysel Quliyeva, "
        "III katibi Elvin Nəsirov, həmçinin soydaşımız Kamran Əhmədov o gecə barədə fikirlərini bölüşdülər.",
        "Səfirliyin I dərəcəli müşaviri Nigar Həsənova, I katibi Rauf Məmmədli, II katib Aysel Quliyeva, III katib "
        "Elvin Nəsirov və Varşavada yaşayan soydaşımız Kamran Əhmədov həmin günlə bağlı xatirələrini bölüşdülər.",
    ],
)
def test_a_counsellor_of_a_class_and_the_secretaries_with_a_compatriot(text: str) -> None:
    assert people(EVENT + text) == [("Nigar Həsənova", "Counsellor of the Embassy"), *STAFF]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Səfirliyin I dərəcəli müşaviri", "Counsellor of the Embassy"),
        ("Səfirliyin II dərəcəli müşaviri", "Counsellor of the Embassy"),
        ("Səfirliyin birinci dərəcəli müşaviri", "Counsellor of the Embassy"),
        ("I dərəcəli müşavir", "Counsellor of the Embassy"),
    ],
)
def test_a_counsellor_of_a_class_is_the_embassy_counsellor(written: str, role: str) -> None:
    [found] = extract_attendees(f"{EVENT}{written} Nigar Həsənova çıxış edib.")
    assert (found.mention, found.role, found.role_as_written) == ("Nigar Həsənova", role, written)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Səfirliyin I katibi Rauf Məmmədli, II katibi Aysel Quliyeva, soydaşımız, professor Kamran Əhmədov "
            "fikirlərini bölüşdülər.",
            [*STAFF[:2], ("Kamran Əhmədov", "Professor")],
        ),
        (
            "Tədbirdə səfirliyin I katibi Rauf Məmmədli, həmyerlimiz, tarix üzrə fəlsəfə doktoru Kamran Əhmədov və "
            "tələbə Lalə Vəliyeva çıxış edərək o gecədən danışdılar.",
            [STAFF[0], ("Kamran Əhmədov", None), ("Lalə Vəliyeva", "Student")],
        ),
        (
            "Səfirliyin I katibi Rauf Məmmədli və həmvətənimiz, professor Kamran Əhmədov xatirələrini bölüşdülər.",
            [STAFF[0], ("Kamran Əhmədov", "Professor")],
        ),
    ],
)
def test_a_compatriot_set_off_by_commas_before_his_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected


def test_the_staff_keep_the_mission_the_article_names() -> None:
    text = (
        MISSION + "Səfir Elçin Hüseynov çıxış edib. Sonra səfirliyin I dərəcəli müşaviri Nigar Həsənova, I katibi "
        "Rauf Məmmədli və soydaşımız Kamran Əhmədov 1990-cı ilin yanvar günləri barədə fikirlərini bölüşdülər."
    )
    assert people(text) == [
        ("Elçin Hüseynov", "Ambassador of Azerbaijan to Poland"),
        ("Nigar Həsənova", "Counsellor of the Embassy of Azerbaijan in Poland"),
        ("Rauf Məmmədli", "First Secretary of the Embassy of Azerbaijan in Poland"),
        ("Kamran Əhmədov", None),
    ]


def test_a_degree_of_injuries_is_no_title() -> None:
    assert people(EVENT + "Müxtəlif dərəcəli yaralar alan Nigar Həsənova çıxış edib.") == [("Nigar Həsənova", None)]


# --- a region's hyphenated name is no double surname -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Natiqlər Naxçıvan-Şərur bölgəsini xatırladılar və çıxış etdilər.",
        "Tələbələr Dağlıq-Qarabağı azad edən qəhrəmanları yad edib çıxış etdilər.",
        "Müəllimlər Dağlıq-Qarabağın tarixindən danışaraq çıxış ediblər.",
        "Gənclər Cəlilabad-Masallı bölgəsindən gələn şəhidlərin adlarını çəkib çıxış ediblər.",
        "Çıxış edənlər Dağlıq-Qarabağdakı vəziyyətdən danışdılar.",
        "Tədbirdə Qazax-Tovuz bölgəsinin ziyalıları çıxış ediblər.",
        "Natiqlər Şərq-Qərb dəhlizindən danışdılar və çıxış etdilər.",
        "Natiqlər Dağlıq-Şirvanı xatırlatdılar və çıxış etdilər.",
    ],
)
def test_a_hyphenated_region_places_nobody(text: str) -> None:
    assert names(EVENT + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə çıxış edən Rauf Məmmədli Dağlıq-Qarabağı düşməndən azad edən əsgərlərdən danışdı.",
        "Rauf Məmmədli Dağlıq-Qarabağı unutmadığımızı bildirdi və çıxış etdi.",
        "Rauf Məmmədli Naxçıvan-Şərur bölgəsinin şəhidlərindən danışaraq çıxış etdi.",
        "Rauf Məmmədli Dağlıq-Şirvan bölgəsindən danışaraq çıxış etdi.",
        "Rauf Məmmədli Şərq-Qərb dəhlizindən danışaraq çıxış etdi.",
        "Tədbirdə Rauf Məmmədli Şimal bölgəsindən danışaraq çıxış edib.",
        "Tədbirdə Rauf Məmmədli Qərbi Azərbaycandan danışaraq çıxış edib.",
    ],
)
def test_the_speaker_before_a_hyphenated_region_keeps_his_name(text: str) -> None:
    assert names(EVENT + text) == ["Rauf Məmmədli"]


def test_a_double_surname_stays_a_name() -> None:
    assert names(EVENT + "Tədbirdə professor Rauf Əli-zadə çıxış edib.") == ["Rauf Əli-zadə"]


# --- a university in the locative after the speaker ------------------------------------------------------------------


@pytest.mark.parametrize(
    "place",
    [
        "Bakı Dövlət Universitetində",
        "Bakı Slavyan Universitetində",
        "Xəzər Universitetində",
        "Bakı Avrasiya Universitetinde",
        "Mingəçevir Dövlət Universitetində",
        "Azərbaycan Tibb Universitetindən gələrək",
        # a body's name with a list joiner inside
        "Azərbaycan Memarlıq və İnşaat Universitetində",
        "Azərbaycan Dövlət Neft və Sənaye Universitetində",
        "Gənclər və İdman Nazirliyində keçirilən tədbirdə",
    ],
)
def test_a_university_after_the_speaker_is_where_he_spoke(place: str) -> None:
    assert people(f"{EVENT}Fuad Rüstəmov {place} çıxış edib.") == [("Fuad Rüstəmov", None)]


def test_two_speakers_before_a_university() -> None:
    text = EVENT + "Fuad Rüstəmov və Lalə Vəliyeva Bakı Avrasiya Universitetində çıxış ediblər."
    assert names(text) == ["Fuad Rüstəmov", "Lalə Vəliyeva"]


@pytest.mark.parametrize("noun", ["Unversitetində", "Universitetinde", "Universitetində"])
def test_a_misspelt_university_before_the_speaker_is_no_name(noun: str) -> None:
    assert names(f"{EVENT}Bakı Slavyan {noun} Fuad Rüstəmov çıxış edib.") == ["Fuad Rüstəmov"]


@pytest.mark.parametrize(
    "hall",
    [
        "Xətai Gimnaziyasında",
        "Gənc Tamaşaçılar Teatrında",
        "Təzəpir Məscidində",
        "Neftçilər Klubunda",
        "Sumqayıt Dövlət Texniki Kollecinde",
        "Bakı Ali Neft Məktəbində",
        "Heydər Əliyev Sarayında",
    ],
)
def test_a_hall_in_the_locative_is_no_person(hall: str) -> None:
    for text in (
        f"Tədbir {hall} keçirilib və çıxış edənlər faciədən danışıblar.",
        f"Tədbirdə {hall} çalışan gənclər çıxış ediblər.",
        f"{hall} çıxış edənlər faciədən danışıblar.",
    ):
        assert names(EVENT + text) == [], text
    assert names(f"{EVENT}Fuad Rüstəmov {hall} çıxış edib.") == ["Fuad Rüstəmov"]


@pytest.mark.parametrize(
    "body",
    [
        "Azərbaycan Gəncləri İctimai Birliyində",
        "Şəhid Ailələri İctimai Birliyinde",
        "SOCAR Şirkətində",
        "Azərbaycan Ədəbiyyatı Muzeyində",
        "Mədəniyyət Sarayında",
        "Azərbaycanın Polşadakı Səfirliyində",
        "Polşadakı Səfirlikdə",
        "Baş Konsulluqda",
        "Ali Məhkəmədə",
        "Milli Məclisdə",
        "Azərbaycan Evində",
        "Heydər Əliyev Fondunda",
    ],
)
def test_an_organisation_in_the_locative_is_no_part_of_a_name(body: str) -> None:
    assert names(f"{EVENT}{body} Fuad Rüstəmov çıxış edib.") == ["Fuad Rüstəmov"]
    assert names(f"{EVENT}Fuad Rüstəmov {body} çıxış edib.") == ["Fuad Rüstəmov"]
    assert names(f"{EVENT}Tədbir {body} keçirilib və çıxış edənlər faciədən danışıblar.") == []


def test_a_school_in_lower_case_after_a_name_is_the_persons() -> None:
    assert people(EVENT + "Tələbə Lalə Vəliyeva məktəbinin adından çıxış edib.") == [("Lalə Vəliyeva", "Student")]


def test_a_body_named_after_one_is_no_speaker() -> None:
    assert names(EVENT + "Heydər Əliyev Mərkəzində keçirilən tədbirdə Fuad Rüstəmov çıxış edib.") == ["Fuad Rüstəmov"]


# --- a speaker after a public union's quoted name --------------------------------------------------------------------

HELD = "Bakıda 20 Yanvar faciəsinin 35-ci ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the quotation left unclosed, and another quoted title later: no quotation from the first mark to the last
        (
            "Tədbirdə “Qarabağ Azadlıq Təşkilatı İctimai Birliyinin sədri Namiq Cəfərov çıxış edərək faciədən danışdı. "
            "Sonra “Şəhidlər” mahnısı səsləndi.",
            "Chairman of the Qarabağ Azadlıq Təşkilatı İctimai Union",
        ),
        (
            "«Gənc Alimlər İctimai Birliyinin sədri Namiq Cəfərov çıxış edib. Tədbirdə «Vətən» şeiri oxundu.",
            "Chairman of the Gənc Alimlər İctimai Union",
        ),
        (
            "Tədbirdə “Qarabağ Azadlıq Təşkilatının sədri Namiq Cəfərov çıxış etdi.",
            "Chairman of the Qarabağ Azadlıq Organisation",
        ),
        # a long quoted name before the words of its kind: the body's name, no speech
        (
            "“Şəhid Ailələrinə Dəstək və Vətənpərvərlik Tərbiyəsi Mərkəzi” İctimai Birliyinin sədri Namiq Cəfərov "
            "çıxış edib.",
            "Chairman of the Şəhid Ailələrinə Dəstək və Vətənpərvərlik Tərbiyəsi Mərkəzi Public Union",
        ),
        (
            "Daha sonra “Azərbaycan Respublikasının Müstəqilliyi Uğrunda Mübarizə Veteranları Birliyi” İctimai "
            "Birliyinin sədri Namiq Cəfərov çıxış edib.",
            "Chairman of the Azərbaycan Respublikasının Müstəqilliyi Uğrunda Mübarizə Veteranları Birliyi Public Union",
        ),
        # the words of the title misspelt
        (
            "“Azərbaycan Gəncləri” Ictimai Birliyinin sedri Namiq Cəfərov çıxış edib.",
            "Chairman of the Azərbaycan Gəncləri Public Union",
        ),
        (
            "“Şəhid Ailələrinə Dəstək” Ictimayi Birliyinin sedri Namiq Cəfərov çıxış edib.",
            "Chairman of the Şəhid Ailələrinə Dəstək Public Union",
        ),
        (
            "“Şəhid Ailələrinə Dəstək” Ictimai Birliyinin rehberi Namiq Cəfərov çıxış edib.",
            "Head of the Şəhid Ailələrinə Dəstək Public Union",
        ),
        (
            "“Gənclərin İnkişafı” Ictimai Birliyinin sedr müavini Namiq Cəfərov çıxış edib.",
            "Deputy Chairman of the Gənclərin İnkişafı Public Union",
        ),
    ],
)
def test_a_speaker_after_a_public_unions_quoted_name(text: str, role: str) -> None:
    assert people(HELD + text) == [("Namiq Cəfərov", role)]


def test_words_said_before_a_body_are_still_a_quotation() -> None:
    text = (
        HELD + "Sədr Namiq Cəfərov “Biz o gecəni heç vaxt unutmayacağıq, şəhidlərimiz daim qəlbimizdədir,” İctimai "
        "Birliyinin adından bildirib."
    )
    assert "unutmayacağıq" not in mask_quotes(text)
