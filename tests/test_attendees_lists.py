"""Long subjects (issue 16): many people, each with a title, and groups in one list before one verb. The people are
all there; the groups ("embassy staff", "сотрудники посольства", "səfirliyin əməkdaşları", "vatandaşlar") are groups,
not people; a title alone is not a person; a person named as a victim is not there. The sentences are written for
these tests, in four languages."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

from ._helpers import names
from ._helpers import people as roles

LISTS = [
    # English
    (
        "Ambassador Ali Rzayev, embassy staff, the Ambassador of Kazakhstan to Russia Nurlan Omarov, diplomats and "
        "members of the diaspora laid flowers at the monument.",
        ["Ali Rzayev", "Nurlan Omarov"],
    ),
    (
        "Consul General Farid Huseynov, consulate employees, Mayor of Tbilisi Giorgi Beridze, citizens and students "
        "visited the memorial.",
        ["Farid Huseynov", "Giorgi Beridze"],
    ),
    ("Ambassador Ali Rzayev, embassy staff and students laid wreaths at the memorial.", ["Ali Rzayev"]),
    (
        "Ambassador Ali Rzayev, Consul General Nurlan Omarov, embassy staff and students laid wreaths at the memorial.",
        ["Ali Rzayev", "Nurlan Omarov"],
    ),
    (
        "On Monday Professor Lena Hart, university staff, the Rector of the Academy Tom Reid and students honoured "
        "the memory of the victims.",
        ["Lena Hart", "Tom Reid"],
    ),
    (
        "Senator Mark Olsen, local residents, Mayor of Houston Ana Cruz, veterans and members of the community "
        "attended the ceremony.",
        ["Mark Olsen", "Ana Cruz"],
    ),
    # Russian
    (
        "Посол Азербайджана Рахман Мустафаев, сотрудники посольства, посол Казахстана Нурлан Омаров, дипломаты и "
        "представители диаспоры возложили цветы к памятнику.",
        ["Рахман Мустафаев", "Нурлан Омаров"],
    ),
    (
        "Генеральный консул Фарид Гусейнов, сотрудники консульства, мэр города Георгий Беридзе, жители и студенты "
        "посетили мемориал.",
        ["Фарид Гусейнов", "Георгий Беридзе"],
    ),
    (
        "Посол Рахман Мустафаев, сотрудники посольства и соотечественники возложили цветы к памятнику.",
        ["Рахман Мустафаев"],
    ),
    (
        "Сегодня посол Рахман Мустафаев, дипломаты, консул Турции Башар Башол, гости и студенты почтили память жертв.",
        ["Рахман Мустафаев", "Башар Башол"],
    ),
    (
        "Депутат Ирина Лебедева, жители города, профессор Олег Никитин и преподаватели возложили венки.",
        ["Ирина Лебедева", "Олег Никитин"],
    ),
    (
        "Посол Нурлан Омаров, сотрудники посольства, почетный консул Пакистана Рауф Ринд и гости посетили Аллею "
        "шехидов.",
        ["Нурлан Омаров", "Рауф Ринд"],
    ),
    # Azerbaijani (the verb last)
    (
        "Səfir Rəşad Məmmədov, səfirliyin əməkdaşları, Qazaxıstanın səfiri Nurlan Omarov və diaspor nümayəndələri "
        "abidəni ziyarət ediblər.",
        ["Rəşad Məmmədov", "Nurlan Omarov"],
    ),
    (
        "Tədbirdə valinin müavini Tahir Yılmaz, şəhərin rəsmiləri, universitetin rektoru Hüsnü Kapu, müəllimlər və "
        "tələbələr iştirak ediblər.",
        ["Tahir Yılmaz", "Hüsnü Kapu"],
    ),
    (
        "Baş konsul Nuru Quliyev, konsulluğun əməkdaşları, deputat Elmira Əliyeva və qonaqlar abidəni ziyarət ediblər.",
        ["Nuru Quliyev", "Elmira Əliyeva"],
    ),
    (
        "Səfir Kamil Xasiyev, icmanın üzvləri, professor Leyla Həsənova və tələbələr tədbirdə iştirak ediblər.",
        ["Kamil Xasiyev", "Leyla Həsənova"],
    ),
    (
        "Mədəniyyət naziri Adil Kərimli, nazirliyin əməkdaşları, deputat Sevinc Hüseynova və vətəndaşlar Şəhidlər "
        "xiyabanını ziyarət ediblər.",
        ["Adil Kərimli", "Sevinc Hüseynova"],
    ),
    (
        "Səfir Vilayət Quliyev, diplomatlar, rektor Elçin Babayev və dəvətlilər tədbirdə iştirak ediblər.",
        ["Vilayət Quliyev", "Elçin Babayev"],
    ),
    # Turkish (the verb last, plural)
    (
        "Anma törenine Kars Valisi Ahmet Demir, Kars Milletvekili Selin Kaya, Cumhuriyet Başsavcısı Murat Er, kurum "
        "müdürleri ve vatandaşlar katıldılar.",
        ["Ahmet Demir", "Selin Kaya", "Murat Er"],
    ),
    (
        "Büyükelçi Rahman Mustafayev, büyükelçilik çalışanları, Kazakistan Büyükelçisi Nurlan Omarov ve öğrenciler "
        "anıta çelenk bıraktılar.",
        ["Rahman Mustafayev", "Nurlan Omarov"],
    ),
    (
        "Törene Vali Ahmet Demir, vali yardımcıları, Rektör Prof. Dr. Okan Yüce ve öğrenciler katıldı.",
        ["Ahmet Demir", "Okan Yüce"],
    ),
    (
        "Başkonsolos Ayla Bakır, konsolosluk çalışanları, Belediye Başkanı Murat Er ve vatandaşlar anıtı ziyaret "
        "ettiler.",
        ["Ayla Bakır", "Murat Er"],
    ),
    (
        "Milletvekili Selin Kaya, dernek üyeleri, Rektör Okan Yüce ve öğrenciler anıta çelenk bıraktılar.",
        ["Selin Kaya", "Okan Yüce"],
    ),
    (
        "Büyükelçi Ali Rzayev, diplomatlar, Vali Ahmet Demir ve misafirler törene katıldılar.",
        ["Ali Rzayev", "Ahmet Demir"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_every_person_of_a_long_subject_with_groups_is_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NOBODY = [
    # English: groups only, a title alone, a victim, an apposition
    "Embassy staff, diplomats and members of the diaspora laid flowers at the monument.",
    "The Ambassador of Kazakhstan, diplomats and members of the diaspora laid flowers at the monument.",
    "Residents, students and teachers laid flowers at the grave of Ali Mammadov, who was killed on 20 January.",
    "The names of Ali Mammadov, Vugar Aliyev and other victims were read, and students, teachers and citizens "
    "laid flowers at the memorial.",
    "Embassy staff, students and the Consul General did not attend the ceremony.",
    "Veterans, citizens and officials of the city visited the memorial.",
    # Russian
    "Сотрудники посольства, дипломаты и представители диаспоры возложили цветы к памятнику.",
    "Посол Казахстана, сотрудники посольства и представители диаспоры возложили цветы к памятнику.",
    "Жители, студенты и преподаватели возложили цветы к могиле Али Мамедова, погибшего 20 января.",
    "Граждане, студенты и гости посетили мемориал.",
    "Сотрудники консульства, соотечественники и дипломаты почтили память жертв.",
    "Члены общины, студенты и преподаватели приняли участие в церемонии.",
    # Azerbaijani
    "Səfirliyin əməkdaşları, diplomatlar və diaspor nümayəndələri abidəni ziyarət ediblər.",
    "Sakinlər, tələbələr və müəllimlər 20 Yanvar şəhidi Əli Məmmədovun məzarını ziyarət ediblər.",
    "Qazaxıstanın səfiri, səfirliyin əməkdaşları və qonaqlar abidəni ziyarət ediblər.",
    "Şəhərin rəsmiləri, müəllimlər və tələbələr tədbirdə iştirak ediblər.",
    "Vətəndaşlar və sakinlər Şəhidlər xiyabanını ziyarət ediblər.",
    "Diplomatlar, qonaqlar və dəvətlilər tədbirdə iştirak ediblər.",
    # Turkish
    "Büyükelçilik çalışanları, diplomatlar ve vatandaşlar anıta çelenk bıraktılar.",
    "Vatandaşlar, öğrenciler ve öğretmenler 20 Ocak şehidi Ali Memmedov'un mezarını ziyaret ettiler.",
    "Vali yardımcıları, kurum müdürleri ve vatandaşlar törene katıldılar.",
    "Kazakistan Büyükelçisi, büyükelçilik çalışanları ve öğrenciler anıta çelenk bıraktılar.",
    "Dernek üyeleri, öğretmenler ve öğrenciler anma törenine katıldı.",
    "Misafirler, diplomatlar ve sakinleri anıtı ziyaret ettiler.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_groups_titles_alone_and_victims_are_nobody(text: str) -> None:
    assert names(text) == []


APPOSITIONS = [
    ("Hikmet Hajiyev, assistant to President Ilham Aliyev, visited the Alley of Martyrs.", ["Hikmet Hajiyev"]),
    (
        "Ali Asadov, the Prime Minister, and Sahiba Gafarova visited the Alley of Martyrs.",
        ["Ali Asadov", "Sahiba Gafarova"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_an_apposition_without_groups_still_describes_the_name_before_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


AFTER_THE_VERB = [
    (
        "В церемонии приняли участие посол Рахман Мустафаев, сотрудники посольства, генеральный консул Башар Башол и "
        "студенты.",
        ["Рахман Мустафаев", "Башар Башол"],
    ),
    (
        "Аллею шехидов посетили посол Рахман Мустафаев, сотрудники посольства, консул Башар Башол, дипломаты и "
        "студенты.",
        ["Рахман Мустафаев", "Башар Башол"],
    ),
    (
        "The ceremony was attended by Ambassador Ali Rzayev, embassy staff, Consul General Nurlan Omarov, diplomats "
        "and students.",
        ["Ali Rzayev", "Nurlan Omarov"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_THE_VERB)
def test_a_group_between_the_people_after_the_verb_joins_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_post_named_after_a_group_is_not_the_role_of_the_name_before_it() -> None:
    text = "Törene Büyükelçi Ali Rzayev, büyükelçilik çalışanları, Başkonsolos Ayla Bakır ve öğrenciler katıldı."
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [
        ("Ali Rzayev", "Ambassador"),
        ("Ayla Bakır", "Consul General"),
    ]


SHARED_TITLES = [
    (
        "Anma törenine Kars Valisi Necati Kılıç, AK Parti Milletvekilleri Ahmet Ceylan ve Lütfiye Kurt katıldı.",
        [
            ("Necati Kılıç", "Governor of Kars"),
            ("Ahmet Ceylan", "Member of the Parliament of Turkey"),
            ("Lütfiye Kurt", "Member of the Parliament of Turkey"),
        ],
    ),
    (
        "Milli Məclisin deputatları Qənirə Paşayeva və Elman Nəsirov abidəni ziyarət ediblər.",
        [("Qənirə Paşayeva", "Member of Parliament"), ("Elman Nəsirov", "Member of Parliament")],
    ),
    (
        "В церемонии приняли участие депутаты Милли Меджлиса Рамиз Алиев и Ганира Пашаева.",
        [("Рамиз Алиев", "Member of Parliament"), ("Ганира Пашаева", "Member of Parliament")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_TITLES)
def test_a_title_in_the_plural_is_every_joined_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(text) == expected


SINGLE_TITLES = [
    "Törene Kars Milletvekili Ahmet Ceylan ve Lütfiye Kurt katıldı.",
    "Milli Məclisin deputatı Qənirə Paşayeva və Elman Nəsirov abidəni ziyarət ediblər.",
    "Депутат Милли Меджлиса Рамиз Алиев и Ганира Пашаева возложили цветы.",
    "Ambassador Ali Rzayev and Nurlan Omarov laid flowers at the monument.",
]


@pytest.mark.parametrize("text", SINGLE_TITLES)
def test_a_title_in_the_singular_is_only_the_first_names(text: str) -> None:
    found = roles(text)
    assert len(found) == 2 and found[0][1] is not None and found[1][1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government officials led by President Ilham Aliyev took part in the ceremony.", ["Ilham Aliyev"]),
        (
            "Embassy staff, led by Ambassador Elin Suleymanov, visited the memorial.",
            ["Elin Suleymanov"],
        ),
        ("The procession, headed by Mayor Anna Novak, walked to the monument.", ["Anna Novak"]),
        (
            "A delegation led by Foreign Minister Jeyhun Bayramov laid a wreath.",
            ["Jeyhun Bayramov"],
        ),
        # the head of troops in 1990 is no mourner; nor is whoever led a building's works
        ("Soviet troops led by General Ivan Petrov entered the city, and residents later laid flowers.", []),
        ("The memorial was built in 1998, led by architect John Smith.", []),
    ],
)
def test_the_head_of_a_group_the_cue_places_there_was_there(text: str, expected: list[str]) -> None:
    assert [a.mention for a in extract_attendees(text)] == expected
