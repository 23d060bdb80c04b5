"""Russian reports of the commemorations as real pages word them (issue 16): lists whose people carry a title the role
table does not know, of kinship or profession ("мать погибшего X", "вдова шехида Y", "народный артист Азербайджана
Z", "писатель W"), joined by "и" or by commas with long titles between; who ran or performed at an evening ("Мероприятие
вел X", "Поэты A и B прочитали стихи", "Вечер украсили выступления пианистки X"); guests named after a colon; the
patronymic particle after a name ("Бюльбюль оглы"); anniversaries with an adverb ("минуло уже 30 лет") and the years
of another body ("30 лет Народному фронту"); the hundred as a noun ("более сотни") and the wounded of a table
("Пострадавших"). And what places nobody: an object after a verb ("к могиле поэта X"), a place or a ceremony opened
by a preposition before a name, someone quoted, remembered or in the story of 1990. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary
from jan20.extract.attendees import extract_attendees
from jan20.extract.casualties import extract_casualties
from jan20.reading.articles import articles_from_document


def names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


EVENT = "В генконсульстве прошел вечер памяти жертв 20 Января. "

KIN_AND_PROFESSIONS = [
    (
        "В мероприятии приняли участие мать погибшего Сабина Керимова и писатель Тофик Гулиев.",
        ["Сабина Керимова", "Тофик Гулиев"],
    ),
    (
        "В церемонии приняли участие вдова шехида Лейла Гасанова, народный артист Азербайджана Фарид Аббасов и "
        "ветеран Карабахской войны Намик Алиев.",
        ["Лейла Гасанова", "Фарид Аббасов", "Намик Алиев"],
    ),
    (
        "На вечере присутствовали отец шехида Расим Кулиев и журналист Ильгар Сафаров.",
        ["Расим Кулиев", "Ильгар Сафаров"],
    ),
    ("Присутствовали также сын погибшего Эмин Рзаев и художница Айгюн Мамедова.", ["Эмин Рзаев", "Айгюн Мамедова"]),
    (
        "Память шехидов почтили председатель общины Вагиф Алекперов и его заместитель Севда Насирова.",
        ["Вагиф Алекперов", "Севда Насирова"],
    ),
    (
        "На вечере выступили народный писатель Анар Гасымов и поэтесса Нармин Бабаева.",
        ["Анар Гасымов", "Нармин Бабаева"],
    ),
    (
        "Цветы к памятнику возложили депутат Милли Меджлиса Камал Джафаров и историк Рауф Исмаилов.",
        ["Камал Джафаров", "Рауф Исмаилов"],
    ),
]


KIN_AND_PROFESSIONS += [
    # the one whose kin is named comes first, in the genitive: the person is the second name
    (
        "В мероприятии приняли участие сестра шехида Эльмара Гасанова Айгюн Гасанова и журналист Рауф Мирзоев.",
        ["Айгюн Гасанова", "Рауф Мирзоев"],
    ),
    ("Затем выступил сын погибшего Ильгара Кулиева Тогрул Кулиев.", ["Тогрул Кулиев"]),
    (
        "Участниками встречи стали ветераны Карабахской войны Эльчин Гулиев и Вугар Алиев.",
        ["Эльчин Гулиев", "Вугар Алиев"],
    ),
    ("Гостями мероприятия были писатель Анар Рзаев и поэт Фикрет Годжа.", ["Анар Рзаев", "Фикрет Годжа"]),
]


@pytest.mark.parametrize(("text", "expected"), KIN_AND_PROFESSIONS)
def test_titles_of_kinship_and_profession_before_names_joined_by_and(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


LONG_TITLES = [
    (
        "В мероприятии приняли участие также член городского совета Лиона, председатель группы дружбы с "
        "Азербайджаном Жан Моро, члены ассамблеи региона, депутат Поль Леруа и председатель совета по культуре и "
        "образованию Анна Дюваль.",
        ["Жан Моро", "Поль Леруа", "Анна Дюваль"],
    ),
    (
        "Затем выступили председатель комиссии по делам соотечественников Эльдар Гусейнов и ректор Самир Алиев.",
        ["Эльдар Гусейнов", "Самир Алиев"],
    ),
]


LONG_TITLES += [
    # groups first, then the people; a title with a quoted body's name and an apposition after "и"
    (
        "В мероприятии приняли участие сотрудники министерства, преподаватели и курсанты академии, сын погибшего "
        "Рафика Гасанова Эмин Гасанов и основатель газеты «Новый путь», журналист Самир Алиев.",
        ["Эмин Гасанов", "Самир Алиев"],
    ),
    (
        "Присутствовали члены семей шехидов, ветераны, а также депутат Милли Меджлиса Эльман Насиров.",
        ["Эльман Насиров"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_TITLES)
def test_long_titles_the_role_table_does_not_know_in_a_list(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


WHO_RAN_OR_PERFORMED = [
    ("Мероприятие вел журналист Фуад Ахмедли.", ["Фуад Ахмедли"]),
    ("Вечер вела ведущая телеканала Лала Гусейнова.", ["Лала Гусейнова"]),
    ("Поэты Айдын Сеидов и Самед Рустамов прочитали стихи, посвященные трагедии.", ["Айдын Сеидов", "Самед Рустамов"]),
    ("Свои стихотворения прочла студентка Гюнай Керимли.", ["Гюнай Керимли"]),
    (
        "Вечер украсили выступления пианистки Севиль Гаджиевой и тариста Рауфа Исмаилова.",
        ["Севиль Гаджиевой", "Рауфа Исмаилова"],
    ),
    (
        "Оркестр под руководством дирижера Фуада Мамедова исполнил произведения Кара Караева.",
        ["Фуада Мамедова"],
    ),
    ("Писатель Чингиз Гусейнов в своём выступлении рассказал о той ночи.", ["Чингиз Гусейнов"]),
    ("На вечере были гости из Москвы: Эльшан Ибрагимов, Гашим Алиев.", ["Эльшан Ибрагимов", "Гашим Алиев"]),
    (
        "Почетными гостями вечера стали композитор Васиф Адыгезалов и певица Айгюн Кязимова.",
        ["Васиф Адыгезалов", "Айгюн Кязимова"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHO_RAN_OR_PERFORMED)
def test_who_ran_performed_at_or_was_a_guest_of_the_evening(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


GERUNDS_AND_READINGS = [
    ("Приняв участие в мероприятии, глава общины Эльдар Мамедов рассказал о трагедии.", ["Эльдар Мамедов"]),
    ("Посетив Аллею шехидов, посол Рашад Исмаилов оставил запись в книге памяти.", ["Рашад Исмаилов"]),
    ("Посол Рашад Исмаилов, возложив цветы к мемориалу, побеседовал с журналистами.", ["Рашад Исмаилов"]),
    ("Обращение президента Ильхама Алиева зачитал советник посольства Тимур Гасанов.", ["Тимур Гасанов"]),
    # a visit to a city, or a message read out elsewhere, places nobody
    ("Посетив Лондон, министр Эльмар Мамедъяров встретился с коллегой.", []),
    ("Посол рассказал, как в ту ночь Гейдар Алиев пришел в постпредство в Москве.", []),
    ("В те дни в Баку прибыли журналисты Томас де Ваал и Роберт Кушен.", []),
]


GERUNDS_AND_READINGS += [
    # gathered at the evening, under someone's lead (not a war won under a commander's)
    ("На вечер памяти собрались активисты общины под руководством Гюндюза Мусаева.", ["Гюндюза Мусаева"]),
    ("Сотрудники посольства под руководством посла Рашада Исмаилова возложили цветы.", ["Рашада Исмаилова"]),
    ("Участники почтили память павших в войне, выигранной под руководством Верховного главнокомандующего.", []),
    ("На митинге в ту зиму собрались сотни тысяч людей.", []),
]


@pytest.mark.parametrize(("text", "expected"), GERUNDS_AND_READINGS)
def test_gerunds_of_being_there_and_a_message_read_out(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


def test_who_ran_an_evening_is_placed_only_where_the_text_places_an_event() -> None:
    assert names("Журналист Фуад Ахмедли много лет вел программу о культуре на телевидении.") == []


def test_a_patronymic_particle_ends_the_name() -> None:
    text = "Открывая вечер, посол Полад Бюльбюль оглы напомнил о трагедии."
    assert names(EVENT + text) == ["Полад Бюльбюль оглы"]


NOBODY = [
    # the object of a verb after "and", or a ceremony's place after a preposition, holds no title of the name after it
    "Делегация приняла участие в церемонии и возложила цветы к могиле поэта Бахтияра Вахабзаде.",
    "Студенты приняли участие в открытии памятника поэту Самеду Вургуну.",
    # quoted, remembered, in the story of 1990, from afar
    "Посол напомнил, что Михаил Горбачев отдал приказ о вводе войск.",
    "Было отмечено, что общенациональный лидер Гейдар Алиев 21 января выступил в постпредстве в Москве.",
    "Президент Ильхам Алиев в своем обращении, опубликованном в соцсетях, почтил память шехидов.",
    "В ночь на 20 января 1990 года генерал Александр Лебедь руководил вводом войск.",
    "Председатель Милли Меджлиса Сахиба Гафарова в интервью заявила, что трагедия не забыта.",
    # a body counts its years, a choir sings: no one named is placed there
    "Под руководством Горбачева советские войска вошли в город.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_nobody_is_placed(text: str) -> None:
    assert names(EVENT + text) == []


ANNIVERSARIES = [
    ("Со дня трагедии минуло уже 30 лет.", 30),
    ("Прошло уже 31 год с трагедии 20 Января.", 31),
    ("Сегодня исполняется ровно 33 года со дня трагедии 20 Января.", 33),
    ("Мероприятие посвящено тридцать четвертой годовщине трагедии 20 Января.", 34),
    ("В тридцать пятую годовщину трагедии в Баку прошли траурные церемонии.", 35),
    ("Тридцатая годовщина трагедии 20 Января", 30),
    ("Пятая годовщина свадьбы", None),
    ("К 30-летней годовщине трагедии выпущена книга.", 30),
    ("С той страшной ночи прошло 32 года; 32 года с момента трагедии 20 Января.", 32),
    ("35 лет с той страшной ночи", 35),
    ("Через 33 года после трагедии 20 Января родители шехидов все так же приходят на Аллею.", 33),
    ("Прошел 31 год с момента открытия школы.", None),
    ("В 2020 году исполнилось 30 лет Народному фронту.", None),
    ("Исполнилось 25 лет газете «Зеркало».", None),
]


@pytest.mark.parametrize(("text", "expected"), ANNIVERSARIES)
def test_anniversaries_with_an_adverb_and_of_other_bodies(text: str, expected: int | None) -> None:
    found = stated_anniversary(text)
    assert (found.number if found else None) == expected


FIGURES = [
    ("Ввод войск закончился гибелью более сотни мирных жителей.", [("killed", 100, "at_least")]),
    ("Свыше сотни человек были убиты в ту ночь.", [("killed", 100, "at_least")]),
    ("Сотни людей были ранены.", []),
    ("Погибших: 131\nПострадавших: 700-800", [("killed", 131, "exact"), ("injured", 700, "range")]),
    ("Число пострадавших — 744 человека.", [("injured", 744, "exact")]),
    ("Были убиты 137 и ранены 744 гражданских лиц.", [("killed", 137, "exact"), ("injured", 744, "exact")]),
    # other days of that time are other events
    ("Во время апрельских боев 2016 года погибли 94 военнослужащих.", []),
    ("Сумгаитские события унесли жизни 32 человек.", []),
    ("В Вильнюсе 13 января 1991 года погибли 14 человек.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_russian_figures(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(f.category, f.value, f.qualifier) for f in extract_casualties(text)] == expected


DATELINES = [
    ("Посол почтил память шехидов\n\n20 янв. 2023\n\nПосол посетил Аллею шехидов.", 2023),
    ("Посол почтил память шехидов\n\nПн, 20 янв 2023 12:40\n\nПосол посетил Аллею шехидов.", 2023),
    ("Посол почтил память шехидов\n\nОпубликовано: 19 сент. 2022\n\nПосол посетил Аллею шехидов.", 2022),
]


@pytest.mark.parametrize(("text", "year"), DATELINES)
def test_a_dateline_with_an_abbreviated_month(text: str, year: int) -> None:
    assert [a.year for a in articles_from_document("report.txt", text)] == [year]
