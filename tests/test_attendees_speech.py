"""Who spoke at or ran an event was there (issue 16), and visits stated indirectly. A speech cue counts only in a
text that places an event (a ceremony, an evening, a visit): "X said" in a report of a statement puts nobody
anywhere. The sentences are written for these tests, in the four languages."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT_EN = "A memorial evening was held at the embassy. "
EVENT_RU = "В посольстве прошло памятное мероприятие. "
EVENT_AZ = "Səfirlikdə anım tədbiri keçirilib. "
EVENT_TR = "Büyükelçilikte anma töreni düzenlendi. "

SPOKE = [
    # English: openers, then the names right after them
    (
        EVENT_EN + "Opening the evening, the chair of the Society Anna Novak welcomed the guests.",
        ["Anna Novak"],
    ),
    (EVENT_EN + "In his address, Consul Farid Aliyev recalled the night of the tragedy.", ["Farid Aliyev"]),
    (EVENT_EN + "In her opening remarks, Dr. Ines Moreau thanked the organisers.", ["Ines Moreau"]),
    (EVENT_EN + "Speaking next, Professor Harold Lee noted the role of the press.", ["Harold Lee"]),
    # English: the subject of a verb of speaking or hosting
    (EVENT_EN + "Ambassador Rashad Karimov delivered a speech about the tragedy.", ["Rashad Karimov"]),
    (EVENT_EN + "Ambassador Rashad Karimov, in his remarks, recalled the curfew.", ["Rashad Karimov"]),
    (EVENT_EN + "The historian Paolo Verdi spoke about the archives of that winter.", ["Paolo Verdi"]),
    (EVENT_EN + "Counsellor Nigar Huseynova informed the participants about the events.", ["Nigar Huseynova"]),
    (EVENT_EN + "Professor Tom Hale and writer Mia Lund also made speeches.", ["Tom Hale", "Mia Lund"]),
    (EVENT_EN + "Journalist Omar Said moderated the discussion.", ["Omar Said"]),
    (EVENT_EN + "The discussion was moderated by Dr. Sara Klein of the Vienna Institute.", ["Sara Klein"]),
    # Russian: verb before or after the subject, openers, the floor given to someone (dative)
    (EVENT_RU + "Открывая вечер, посол Рашад Керимов напомнил о событиях той ночи.", ["Рашад Керимов"]),
    (EVENT_RU + "Затем выступил профессор Андрей Волков, который рассказал о трагедии.", ["Андрей Волков"]),
    (EVENT_RU + "Модератором встречи выступила доцент Мария Орлова.", ["Мария Орлова"]),
    (EVENT_RU + "Генеральный консул Фарид Алиев проинформировал присутствующих о событиях.", ["Фарид Алиев"]),
    (EVENT_RU + "Посол Рашад Керимов в своем выступлении подчеркнул значение этой даты.", ["Рашад Керимов"]),
    (EVENT_RU + "Слово было предоставлено историку Андрею Волкову.", ["Андрею Волкову"]),
    # Azerbaijani: the names that open the sentence spoke or ran the event
    (EVENT_AZ + "Tədbiri giriş sözü ilə açan səfir Rəşad Kərimov həmin gecədən danışıb.", ["Rəşad Kərimov"]),
    (EVENT_AZ + "Baş konsul Fərid Əliyev faciənin tarixi barədə məlumat verib.", ["Fərid Əliyev"]),
    (EVENT_AZ + "Professor Anar Quliyev çıxış edərək faciədən danışıb.", ["Anar Quliyev"]),
    (EVENT_AZ + "Tədbiri prorektor Aynur Həsənova aparıb.", ["Aynur Həsənova"]),
    # Turkish
    (EVENT_TR + "Büyükelçi Reşad Kerimov bir konuşma yaptı.", ["Reşad Kerimov"]),
    (EVENT_TR + "Açılış konuşmasını Başkonsolos Fərid Əliyev yaptı.", ["Fərid Əliyev"]),
    (EVENT_TR + "Etkinliği Doç. Dr. Ayşe Yıldız yönetti.", ["Ayşe Yıldız"]),
    (EVENT_TR + "Dernek Başkanı Emre Tan katılımcılara seslendi.", ["Emre Tan"]),
]


NOT_AT_AN_EVENT = [
    # no event placed: a statement, an interview, an article
    "Ambassador Rashad Karimov spoke about the tragedy in an interview with a newspaper.",
    "In a statement, Ambassador Rashad Karimov said the tragedy will never be forgotten.",
    "Ambassador Rashad Karimov delivered a speech to parliament on the anniversary.",
    "Посол Рашад Керимов в своем выступлении подчеркнул значение этой даты.",
    "Затем выступил профессор Андрей Волков со статьей в газете.",
    "Baş konsul Fərid Əliyev faciənin tarixi barədə məlumat verib.",
    "Büyükelçi Reşad Kerimov gazetecilere bir konuşma yaptı.",
    # an event, but the speech was given elsewhere or is remembered
    EVENT_EN + "In his address to the nation, President Ilham Aliyev recalled the tragedy.",
    EVENT_EN + "In a video address, President Ilham Aliyev recalled the tragedy.",
    EVENT_EN + "In his speech, national leader Heydar Aliyev condemned the crime in 1990.",
    EVENT_RU + "Выступил против ввода войск и Михаил Горбачев.",
    # negated
    EVENT_AZ + "Professor Anar Quliyev çıxış etmədi.",
    EVENT_TR + "Büyükelçi Reşad Kerimov konuşma yapmadı.",
]


def test_people_quoted_in_the_speech_are_not_there() -> None:
    text = (
        EVENT_EN + "In his speech, Ambassador Rashad Karimov recalled that national leader Heydar Aliyev came to "
        "Moscow to condemn the crime."
    )
    assert names(text) == ["Rashad Karimov"]


VISITS = [
    (
        "The US Chargé d'Affaires Daniel Whitmore marked the day with a visit to the Alley.",
        ["Daniel Whitmore"],
    ),
    ("Mayor Lena Berg marked the anniversary by visiting the memorial.", ["Lena Berg"]),
    ("Deputy Speaker Adil Aliyev and the MP Zahid Oruj were also there.", ["Adil Aliyev", "Zahid Oruj"]),
    (
        "President Ilham Aliyev and First Lady Mehriban Aliyeva went up to the Alley.",
        ["Ilham Aliyev", "Mehriban Aliyeva"],
    ),
    (
        "The envoys laid flowers. The head of the EU Delegation, Ambassador Pavel Novak, joined them.",
        ["Pavel Novak"],
    ),
    ("Цветы к могилам шехидов также возложил посол Франции Пьер Дюваль.", ["Пьер Дюваль"]),
    (
        EVENT_RU + "В числе гостей были депутат Андрей Волков, писатель Игорь Семенов и Мария Орлова.",
        ["Андрей Волков", "Игорь Семенов", "Мария Орлова"],
    ),
    (
        "Ziyarət zamanı Baş nazir Əli Əsədov və sədr Sahibə Qafarova da orada olublar.",
        ["Əli Əsədov", "Sahibə Qafarova"],
    ),
    ("Törene İstanbul Vali Yardımcısı Murat Kaya, akademisyenler ve öğrenciler katıldı.", ["Murat Kaya"]),
    ("Törene Kars Valisi Ahmet Kaya ile öğrenciler de katıldı.", ["Ahmet Kaya"]),
    ("Büyükelçi Reşad Kerimov şehit kabirlerine karanfil bıraktı.", ["Reşad Kerimov"]),
]


NOT_VISITS = [
    "Officials were there in 1990 when the troops entered.",
    "The ambassador joined them in a statement of condolence.",
    "Они там не были: Цветы к могилам не возложил никто.",
    "Heydar Aliyev orada olmayıb.",
    "Büyükelçi Reşad Kerimov karanfil bırakmadı.",
]


BOUNDS = [
    # a place after a preposition, or an abbreviation of a body, is not the start of a name
    (EVENT_RU + "Консул в Санкт-Петербурге Тимур Гасанов проинформировал присутствующих.", ["Тимур Гасанов"]),
    (EVENT_RU + "Модератором встречи выступила доцент МГИМО Ольга Сидоренко.", ["Ольга Сидоренко"]),
    (EVENT_EN + "The rector of the TSUE Ahmad Valiev welcomed the guests.", ["Ahmad Valiev"]),
    # a case ending after an apostrophe: the place or the event, not a person
    ("Vali Ahmet Kaya, Şehitler Anıtı'na çelenk bıraktı.", ["Ahmet Kaya"]),
    ("Kanlı Ocak'ın yıl dönümünde Büyükelçi Reşad Kerimov anıtı ziyaret etti.", ["Reşad Kerimov"]),
    # the mother of a martyr came; the martyr is remembered
    ("Tədbirdə 20 Yanvar şəhidi Elvin Nəsibovun anası Zərifə Nəsibova da iştirak edib.", ["Zərifə Nəsibova"]),
]


def test_a_person_in_a_case_ending_is_not_a_subject() -> None:
    assert names("Büyükelçi Aliyev'in ziyaret ettiği anıt.") == []


TITLES_UNKNOWN = [
    # a title the role table does not know, inside a list of a verb-final sentence or after a verb
    (
        "Ziyarət zamanı nazir Elnur Həsənli, komitənin sədri Aygün Rəhimli və idarənin rəisi Orxan Bağırov də "
        "orada olublar.",
        ["Elnur Həsənli", "Aygün Rəhimli", "Orxan Bağırov"],
    ),
    (
        "Vali Ahmet Kaya, meclis üyesi Ali Demir ve öğrenciler törene katıldı.",
        ["Ahmet Kaya", "Ali Demir"],
    ),
    (
        "Törene Kars Valisi Ahmet Kaya, Azerbaycan'ın Kars Başkonsolosu Anar Aliyev ve öğrenciler katıldı.",
        ["Ahmet Kaya", "Anar Aliyev"],
    ),
    # the date of the victims' death does not make the sentence history
    ("Ambassador Peter Horak laid flowers for those who gave their lives in January 1990.", ["Peter Horak"]),
]


NOT_TITLES = [
    "In January 1990 Ambassador Peter Horak laid flowers at the square.",
    "Ziyarət zamanı nazir Elnur Həsənli orada olmayıb.",
]


TURKISH_LISTS = [
    (
        "Törene Kars Valisi Ahmet Kaya, Azerbaycan'ın Ankara Büyükelçisi Anar Aliyev, Kırgızistan'ın Ankara "
        "Büyükelçisi Timur Osmonov ve dernek üyeleri katıldı.",
        ["Ahmet Kaya", "Anar Aliyev", "Timur Osmonov"],
    ),
    (
        "Dernek ev sahipliğinde gerçekleştirilen törene, Büyükelçi Anar Aliyev, KKTC Büyükelçisi Ali Tan ve "
        "öğrenciler de katıldılar.",
        ["Anar Aliyev", "Ali Tan"],
    ),
    # a body's name, known by its abbreviation in brackets or by the people of it after it
    ("Törene Kafkas Türkmen Birliği (KTB) Başkanı Ali Tan katıldı.", ["Ali Tan"]),
    ("Azerbaycan Kültür Derneği yöneticileri ve Büyükelçi Anar Aliyev törene katıldı.", ["Anar Aliyev"]),
    (EVENT_EN + "The envoy Farid Abdullayev talked about the events of that night.", ["Farid Abdullayev"]),
]


NOT_TURKISH_LISTS = [
    "Törene Büyükelçi Anar Aliyev katılmadı.",
    "Törenin programı Büyükelçi Anar Aliyev tarafından hazırlandı.",
    "Ambassador Farid Abdullayev talked about the events in an interview.",
]


LONG_TITLES_AFTER_A_VERB = [
    ("Цветы к мемориалу возложила уполномоченный по правам ребенка Анна Соколова.", ["Анна Соколова"]),
    ("Также Аллею посетил министр по делам молодежи генерал-майор Олег Белов.", ["Олег Белов"]),
]


OBJECTS_AFTER_A_CUE = [
    "Делегация посетила Аллею шехидов и почтила память жертв трагедии Михаила Горбачева.",
    "Посол возложил цветы к могиле поэта Бахтияра Вахабзаде.",
]


RUNS = [
    # a day's name after a name ends it; a run opened by such a word is no name
    (
        "Prezident Ilham Aliyev və Birinci vitse-prezident Leyla Məmmədova Ümumxalq Hüzn Günündə xiyabanı ziyarət "
        "ediblər.",
        ["Ilham Aliyev", "Leyla Məmmədova"],
    ),
    ("Ümumxalq Hüzn Günündə səfir Anar Həsənov xiyabanı ziyarət edib.", ["Anar Həsənov"]),
    # on behalf of a body or a person: the body is no person, the one who spoke for it was there
    (EVENT_TR + "Kafkas Dostluk Derneği adına Ayten Yıldız katılımcılara seslendi.", ["Ayten Yıldız"]),
    ("Gənclər Təşkilatı adından Orxan Qasımov tədbirdə iştirak edib.", ["Orxan Qasımov"]),
]


LONG_OPENINGS = [
    (
        "20 Yanvar faciəsinin 30-cu ildönümü ilə əlaqədar şəhər icra hakimiyyətinin başçısı Rauf Məlikov "
        "xiyabanı ziyarət edib.",
        ["Rauf Məlikov"],
    ),
    ("20 Ocak faciasının 36. yıl dönümünde Meclis Başkanvekili Elif Aydın şehitliği ziyaret etti.", ["Elif Aydın"]),
]


NOT_OPENINGS = [
    # a noun of the ceremony, not its verb: "its being held"
    "Saygı duruşunda bulunulmasıyla başlayan programda, Yusuf Kaan Demir kitabından okundu.",
    # the name is far into the sentence, not its subject
    "Bu gün səhər saatlarından başlayaraq paytaxtın bütün küçələrində və meydanlarında insanlar toplaşaraq "
    "şair Orxan Vəliyevin şeirlərini oxuyub xiyabanı ziyarət ediblər.",
]


LISTS_WITH_TITLES = [
    (
        EVENT_EN + "Former envoy Ana Popescu, professor of the Carol University Ion Pavel and chief editor of the "
        "magazine Geo Vasile Rusu too delivered a speech.",
        ["Ana Popescu", "Ion Pavel", "Geo Vasile Rusu"],
    ),
    (
        EVENT_EN + "Ana Popescu, professor of history and the writer Ion Pavel delivered speeches.",
        ["Ana Popescu", "Ion Pavel"],
    ),
]


NOT_LISTS_WITH_TITLES = [
    EVENT_EN + "A letter from Ana Popescu, professor of history and rector Ion Pavel, was read out.",
    EVENT_EN + "Neither Ana Popescu, professor of history, nor rector Ion Pavel attended.",
]


INCLUDING = [
    (
        "Yanvarın 20-də dövlət rəsmiləri, o cümlədən Səhiyyə naziri Kamran Əlizadə, elm və təhsil naziri Orxan "
        "Rzayev, XİN başçısı Tural Həsənov xiyabanı ziyarət edərək gül dəstələri qoyublar.",
        ["Kamran Əlizadə", "Orxan Rzayev", "Tural Həsənov"],
    ),
    (
        "Аллею посетили официальные лица, в том числе министр здравоохранения Олег Белов и министр культуры "
        "Анна Соколова.",
        ["Олег Белов", "Анна Соколова"],
    ),
    (
        "Официальные лица, в том числе министр Олег Белов и депутат Анна Соколова, возложили цветы.",
        ["Олег Белов", "Анна Соколова"],
    ),
]


NOT_INCLUDING = [
    "Bir çox ölkələr, o cümlədən Türkiyə və nazir Kamran Əlizadə bu faciəni pisləyib.",
    "Многие политики, в том числе Михаил Горбачев, осудили трагедию.",
    "Аллею посетили официальные лица. Многие политики, в том числе Михаил Горбачев, осудили трагедию.",
]


PARTICIPLES_AND_SPOUSES = [
    ("Посол Индии Радж Кумар, посетивший Аллею утром, оставил запись в книге памяти.", ["Радж Кумар"]),
    ("Депутат Анна Соколова, принявшая участие в церемонии, рассказала о ней.", ["Анна Соколова"]),
    (
        "Çexiyanın səfiri Pavel Novak xanımı Eva Novak ilə birlikdə abidəyə gül dəstəsi qoyub.",
        ["Pavel Novak", "Eva Novak"],
    ),
]

NOT_PARTICIPLES = [
    "Посол Индии Радж Кумар рассказал о Гейдаре Алиеве, посетившем Москву в 1990 году.",
]


PRESENT = (
    PARTICIPLES_AND_SPOUSES
    + SPOKE
    + VISITS
    + BOUNDS
    + TITLES_UNKNOWN
    + TURKISH_LISTS
    + LONG_TITLES_AFTER_A_VERB
    + RUNS
    + LONG_OPENINGS
    + LISTS_WITH_TITLES
    + INCLUDING
)


@pytest.mark.parametrize(("text", "expected"), PRESENT)
def test_present(text: str, expected: list[str]) -> None:
    assert names(text) == expected


ABSENT = (
    NOT_PARTICIPLES
    + NOT_AT_AN_EVENT
    + NOT_VISITS
    + NOT_TITLES
    + NOT_TURKISH_LISTS
    + OBJECTS_AFTER_A_CUE
    + NOT_OPENINGS
    + NOT_LISTS_WITH_TITLES
    + NOT_INCLUDING
)


@pytest.mark.parametrize("text", ABSENT)
def test_absent(text: str) -> None:
    assert names(text) == []
