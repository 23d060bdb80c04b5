"""Russian and Azerbaijani reports of the commemorations of 20 January 1990 as agencies, universities, embassies and
district offices write them: the related-stories list that ends a page, acting posts ("и.о."), students, a
vice-rector "of a higher school", the head of a security service, a war's name before a body's, and a figure whose
verb comes far after "another N". The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties
from jan20.reading.articles import articles_from_document
from jan20.reading.chrome import strip_chrome

from ._helpers import roles as people


def figures(text: str) -> list[tuple[str, int, str]]:
    return [(c.category, c.value, c.scope) for c in extract_casualties(text)]


# --- the list of other stories at the end of a page ----------------------------------------------------------------

AZ_STORY = (
    "Səfirlikdə 20 Yanvar faciəsinin 35-ci ildönümü anılıb\n\n20 yanvar 2025 | 14:10\n\n"
    "Səfirlikdə faciənin 35-ci ildönümü ilə əlaqədar anım tədbiri keçirilib. Tədbirdə çıxış edən səfir Tofiq "
    "Zeynalov faciənin tarixindən danışıb.\n\nSonra çıxış edən icma sədri Ramin Əliyev şəhidlərin xatirəsinin "
    "unudulmayacağını bildirib.\n\n"
)
RU_STORY = (
    "В посольстве почтили память шехидов 20 Января\n\n20 января 2024, 15:22\n\n"
    "В посольстве состоялось траурное мероприятие, посвященное 34-й годовщине трагедии. Посол Тофик Зейналов в "
    "своем выступлении подчеркнул значение этой даты.\n\nЗатем выступил председатель общины Рамин Алиев, который "
    "рассказал о событиях.\n\n"
)
HEADLINES_AZ = (
    "Xocalı soyqırımının 33-cü ildönümü anılıb\n26 fevral 2025 | 11:00\n\n"
    "Bakıda 40 nəfər saxlanılıb\n2 aprel 2025 | 09:15\n\nQarabağda 3 nəfər yaralanıb\n5 may 2025 | 10:20\n"
)
HEADLINES_RU = (
    "В Ходжалы погибли 613 человек\n26 февраля 2024, 11:00\n\n"
    "Годовщина мартовских событий\n31 марта 2024, 12:30\n\nВ Карабахе ранены 3 человека\n5 мая 2024, 10:20\n"
)


@pytest.mark.parametrize(
    ("story", "tail", "headlines"),
    [
        (AZ_STORY, "Oxşar xəbərlər", HEADLINES_AZ),
        (AZ_STORY, "Digər xəbərlər", HEADLINES_AZ),
        (AZ_STORY, "Bu mövzuda digər xəbərlər:", HEADLINES_AZ),
        (AZ_STORY, "Eləcə də oxuyun:", HEADLINES_AZ),
        (AZ_STORY, "Günün ən çox oxunanları", HEADLINES_AZ),
        (AZ_STORY, "Son xəbərlər", HEADLINES_AZ),
        (RU_STORY, "Другие новости", HEADLINES_RU),
        (RU_STORY, "Читайте также:", HEADLINES_RU),
        (RU_STORY, "Похожие новости", HEADLINES_RU),
        (RU_STORY, "Новости по теме", HEADLINES_RU),
        (RU_STORY, "Самое читаемое за сутки", HEADLINES_RU),
        (RU_STORY, "Лента новостей", HEADLINES_RU),
    ],
)
def test_a_list_of_other_stories_neither_splits_the_page_nor_reads_as_its_text(
    story: str, tail: str, headlines: str
) -> None:
    articles = articles_from_document("page.txt", story + tail + "\n\n" + headlines)
    assert len(articles) == 1  # the headlines' dates start no report of the page
    text = articles[0].text
    assert text.rstrip().endswith(("bildirib.", "событиях."))
    assert tail.rstrip(":") not in text
    assert figures(text) == []  # the figures of other stories are not this page's


def test_a_long_list_of_other_stories_is_cut_too() -> None:
    text = AZ_STORY + "Oxşar xəbərlər\n\n" + HEADLINES_AZ * 6
    assert strip_chrome(text).endswith("bildirib.")


@pytest.mark.parametrize(
    "text",
    [
        # the words in prose, or a list with the report after it, are no tail
        RU_STORY + "Читайте также наши материалы о других событиях, о которых мы писали в прошлом году раньше.",
        "Другие новости\n\n" + RU_STORY,
        "Oxşar xəbərlər\n\n" + AZ_STORY,
    ],
)
def test_prose_after_the_words_keeps_the_text(text: str) -> None:
    kept = strip_chrome(text)
    assert "Зейналов" in kept or "Zeynalov" in kept


# --- acting posts, students, vice-rectors, a service's head ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "На мероприятии в консульстве выступил и.о. генерального консула Азербайджана в Екатеринбурге Тимур "
            "Багиров.",
            "Тимур Багиров",
            "Acting Consul General of Azerbaijan in Yekaterinburg",
        ),
        (
            "На вечере памяти И.о. генерального консула Тимур Багиров выступил первым.",
            "Тимур Багиров",
            "Acting Consul General",
        ),
        ("На мероприятии выступил и.о. ректора университета Вугар Сеидов.", "Вугар Сеидов", "Acting Rector"),
        ("На мероприятии выступил врио ректора Вугар Сеидов.", "Вугар Сеидов", "Acting Rector"),
        (
            "На мероприятии выступил проректор вуза по учебной работе Эльчин Бабаев.",
            "Эльчин Бабаев",
            "Vice-Rector for Academic Affairs",
        ),
        ("На вечере выступила студентка Айнур Гаджиева.", "Айнур Гаджиева", "Student"),
        ("На вечере стихи прочитал студент юридического факультета Орхан Нуриев.", "Орхан Нуриев", "Student"),
        (
            "Начальник Службы государственной безопасности генерал-полковник Фуад Керимов посетил Аллею шехидов.",
            "Фуад Керимов",
            "Head of the State Security Service",
        ),
        ("Tədbirdə tələbə Nərmin Quliyeva şeir söyləyib.", "Nərmin Quliyeva", "Student"),
        ("Tədbirdə Hüquq fakültəsinin tələbəsi Lalə Əhmədova çıxış edib.", "Lalə Əhmədova", "Student"),
        (
            "Tədbirdə universitetin elmi işlər üzrə prorektoru Aygün Məmmədova çıxış edib.",
            "Aygün Məmmədova",
            "Vice-Rector for Scientific Affairs",
        ),
        (
            "Tədbirdə rayon İcra Hakimiyyəti başçısının birinci müavini Elnur Həsənov çıxış edərək şəhidləri anıb.",
            "Elnur Həsənov",
            "First Deputy Head of the Executive Power",
        ),
        ("Tədbirdə Ankara Universitetinin professoru Mehmet Yılmaz çıxış edib.", "Mehmet Yılmaz", "Professor"),
    ],
)
def test_titles_of_acting_posts_students_and_staff(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("На вечере выступили студенты Лейла Аббасова и Рустам Алиев.", ["Лейла Аббасова", "Рустам Алиев"]),
        ("Tədbirdə tələbələr Aysel Muradova və Zəhra Kərimova çıxış ediblər.", ["Aysel Muradova", "Zəhra Kərimova"]),
    ],
)
def test_students_named_after_the_plural_are_each_a_student(text: str, names: list[str]) -> None:
    found = people(text)
    assert [found.get(n) for n in names] == ["Student", "Student"]


@pytest.mark.parametrize(
    "text",
    [
        # a war's name opens a body's: no person ("Vətən Müharibəsi Qaziləri İctimai Birliyi")
        "“Qalib” Vətən Müharibəsi Qaziləri və Şəhid Ailələri Birliyinin üzvləri Şəhidlər xiyabanını ziyarət ediblər.",
        "Qarabağ Müharibəsi Veteranları və Əlilləri Təşkilatının idarə heyəti xiyabanı ziyarət edib.",
        # a student body is no student
        "Tələbə Gənclər Təşkilatının nümayəndələri tədbirdə iştirak ediblər.",
    ],
)
def test_bodies_are_not_people(text: str) -> None:
    assert people(text) == {}


def test_the_head_of_a_student_body_is_its_chairman_not_a_student() -> None:
    assert people("Tələbə Gənclər Təşkilatının sədri Anar Məmmədov tədbirdə çıxış edib.").get("Anar Məmmədov") != (
        "Student"
    )


# --- "another N ..." with the verb far after it ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fövqəladə vəziyyət elan olunana qədər 82 nəfər öldürülüb. Daha 8 nəfər isə respublikanın rayonlarında "
            "qoşunların atəşi nəticəsində həyatını itirib.",
            [("killed", 82, "partial"), ("killed", 8, "partial")],
        ),
        (
            "Bakıda 131 nəfər həlak olub. Daha 8 nəfər Neftçalada və Lənkəranda sovet əsgərləri tərəfindən qətlə "
            "yetirilib.",
            [("killed", 131, "total"), ("killed", 8, "partial")],
        ),
        (
            "Vəziyyət elan edildikdən sonra daha 21 nəfər Bakı küçələrində hərbçilərin açdığı atəş nəticəsində "
            "öldürülüb.",
            [("killed", 21, "partial")],
        ),
        ("Ещё 8 человек в Нефтечале и Ленкорани были убиты солдатами в последующие дни.", [("killed", 8, "partial")]),
        (
            "Another 8 people in the southern districts of the republic were shot dead by soldiers.",
            [("killed", 8, "partial")],
        ),
    ],
)
def test_another_n_reaches_its_verb_at_the_end_of_the_clause(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Daha 8 nəfər tədbirə qatıldı, onlar sonra şəhidlərin məzarlarını ziyarət etdilər.",  # a comma ends it
        "Tədbirdə daha 30 nəfər iştirak edib.",
        "Ещё 40 человек пришли на Аллею шехидов утром.",
        "Sonra daha 12 tələbə gəldi.",
    ],
)
def test_another_n_without_a_casualty_verb_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Faciə zamanı 147 nəfər həlak olub, 744 nəfər yaralanıb, 841 nəfər həbs edilib.",
            [("killed", 147, "total"), ("injured", 744, "total"), ("arrested", 841, "total")],
        ),
        (
            "O gecə 131 nəfər həlak olmuş, 744 nəfər yaralanmışdır.",
            [("killed", 131, "total"), ("injured", 744, "total")],
        ),
        ("Hadisələr zamanı 137 nəfər qətlə yetirilib.", [("killed", 137, "total")]),
        ("O gecə 137 nəfər şəhid olmuşdur.", [("killed", 137, "total")]),
        ("Həlak olanların sayı 147 nəfərdir.", [("killed", 147, "total")]),
        (
            "1990-cı il yanvarın 19-u və 20-si sovet qoşunları Bakıya daxil olub, 131 nəfər öldürülüb.",
            [("killed", 131, "total")],
        ),
    ],
)
def test_azerbaijani_dying_wounded_and_arrest_verbs(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert figures(text) == expected


# --- initials glued to a name, honorary titles after a degree, a student given the floor ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tədbirdə kafedranın müəllimi X.H.Sultanlı çıxış edib.", "X.H.Sultanlı", "Teacher"),
        ("Tədbirdə kafedranın müəllimi Ə.H.Sultanlı çıxış edib.", "Ə.H.Sultanlı", "Teacher"),
        ("На вечере выступил профессор А.Б.Гасанов.", "А.Б.Гасанов", "Professor"),
        (
            "Tədbirdə tarix elmləri doktoru, professor, Əməkdar müəllim Vaqif Rzayev çıxışında vurğulayıb ki, faciə "
            "unudulmur.",
            "Vaqif Rzayev",
            "Professor",
        ),
        (
            "Tədbirdə fəlsəfə elmləri doktoru, dosent, Əməkdar müəllim Elşən Quliyev çıxış edərək xatirələrini "
            "bölüşüb.",
            "Elşən Quliyev",
            "Associate Professor",
        ),
        (
            "Tədbirdə universitetin prorektoru, Əməkdar müəllim Nigar Səfərova çıxış edib.",
            "Nigar Səfərova",
            "Vice-Rector",
        ),
        ("Tədbirdə Əməkdar jurnalist Elçin Nağıyev çıxış edib.", "Elçin Nağıyev", "Journalist"),
        ("Tədbirdə məktəbin müəllimi Aynur Rzayeva çıxış edib.", "Aynur Rzayeva", "Teacher"),
        (
            "В посольстве прошел вечер памяти.\n\nСлово было предоставлено студентке Айнур Гаджиевой, которая "
            "прочитала стихи.",
            "Айнур Гаджиевой",
            "Student",
        ),
    ],
)
def test_initials_honorary_titles_and_the_floor(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_an_abbreviation_of_capitals_is_still_one_word() -> None:
    found = people("The U.S. Ambassador Mark Libby visited the Alley of Martyrs.")
    assert found.get("Mark Libby") is not None and "U.S." not in " ".join(found)


@pytest.mark.parametrize(
    "text",
    [
        # the one remembered, the one quoted, a message sent, a Soviet leader, a person of 1990 in the story
        "Tədbirdə ulu öndər Heydər Əliyevin “20 Yanvar xalqımızın qəhrəmanlıq salnaməsidir” sözləri xatırladılıb.",
        "1990-cı il yanvarın 21-də Heydər Əliyev Azərbaycanın Moskvadakı nümayəndəliyinə gələrək bəyanat verib.",
        "Prezident İlham Əliyev 20 Yanvar faciəsinin ildönümü ilə bağlı müraciət ünvanlayıb.",
        "Qorbaçovun əmri ilə qoşunlar Bakıya yeridildi.",
        "Президент Ильхам Алиев выступил с обращением к народу в связи с годовщиной трагедии.",
        "По приказу Михаила Горбачева войска вошли в Баку.",
        "На мероприятии было отмечено, что общенациональный лидер Гейдар Алиев 21 января 1990 года выступил в Москве.",
    ],
)
def test_people_remembered_quoted_or_of_1990_are_not_attendees(text: str) -> None:
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tədbir keçirilib. Sonra kafedranın baş müəllimi Ə.Mirzəzadə Qanlı Yanvarla bağlı faktları tədbir "
            "iştirakçıları ilə bölüşüb.",
            "Ə.Mirzəzadə",
            "Senior Lecturer",  # ("baş müəllim": a senior lecturer)
        ),
        (
            "Anım tədbiri keçirilib. Müəllim Aynur Rzayeva o günlərin xatirələrini qonaqlar ilə bölüşüb.",
            "Aynur Rzayeva",
            "Teacher",
        ),
    ],
)
def test_what_a_speaker_shared_with_the_participants(text: str, name: str, role: str) -> None:
    assert people(text) == {name: role}


def test_sharing_with_journalists_elsewhere_places_nobody() -> None:
    assert people("Səfir Tofiq Zeynalov jurnalistlərlə görüşüb, sonra fikirlərini onlarla bölüşüb.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Həmin gecə 841 nəfər saxlanılıb.", [("arrested", 841, "total")]),
        ("Həmin günlərdə 841 nəfər qanunsuz olaraq saxlanılmış və həbs olunmuşdur.", [("arrested", 841, "total")]),
        (
            "Faciə zamanı 131 nəfər öldürülüb, 744 nəfər yaralanıb, 841 nəfər saxlanılıb.",
            [("killed", 131, "total"), ("injured", 744, "total"), ("arrested", 841, "total")],
        ),
        ("Muzeydə 200 sənəd saxlanılıb.", []),  # papers kept, not people detained
        ("Arxivdə həmin günlərə aid 300 fotoşəkil saxlanılır.", []),
    ],
)
def test_detained_people_are_arrests(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert figures(text) == expected


# --- the owners of what is visited, a party's "başqan" --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gənclər öncə Nərgiz Əsgərovanın, Elmar Rəhimovun və Samir Qəmbərovun məzarlarını ziyarət ediblər.",
        "Gənclər öncə Nərgiz Əsgərovanın, Elmar Rəhimovun və Samir Qəmbərovun qəbirlərini ziyarət ediblər.",
        "Partiya üzvləri Elmar Rəhimovun və Samir Qəmbərovun qəbirlərini ziyarət ediblər.",
        "Tələbələr Samir Qəmbərovun qəbrini ziyarət ediblər.",
    ],
)
def test_the_owners_of_the_graves_visited_are_not_the_visitors(text: str) -> None:
    assert people(text) == {}


def test_a_list_of_visitors_is_still_the_subject() -> None:
    found = people("Səfir Tofiq Zeynalov, konsul Ramin Əliyev və Nicat Həsənov Şəhidlər xiyabanını ziyarət ediblər.")
    assert list(found) == ["Tofiq Zeynalov", "Ramin Əliyev", "Nicat Həsənov"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tədbirdə partiya başqanı Arif Məmmədli çıxış edib.", "Arif Məmmədli", "Chairman"),
        ("Tədbirdə partiya başqanının müavini Gülər Aslanlı çıxış edib.", "Gülər Aslanlı", "Deputy Chairman"),
    ],
)
def test_a_partys_baskan_is_its_chairman(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_the_martyrs_named_after_including_are_the_owners_of_the_graves() -> None:
    text = (
        "Partiya üzvləri sonra döyüşlərdə şəhid olan zabitlərin, o cümlədən Milli Qəhrəmanlar Nərgiz Əsgərovanın, "
        "Elmar Rəhimovun və Samir Qəmbərovun qəbirlərini ziyarət ediblər."
    )
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dövlət rəsmiləri, o cümlədən səhiyyə naziri Kamal Musayev, təhsil naziri Elvin Əmrullayev Şəhidlər "
            "xiyabanını ziyarət ediblər.",
            {"Kamal Musayev": "Minister of Health", "Elvin Əmrullayev": "Minister of Education"},
        ),
        (
            "Rəsmilər, o cümlədən nazir Kamal Musayev şəhidlərin xatirəsini yad ediblər.",
            {"Kamal Musayev": "Minister"},
        ),
    ],
)
def test_the_officials_named_after_including_visited(text: str, expected: dict[str, str]) -> None:
    assert people(text) == expected
