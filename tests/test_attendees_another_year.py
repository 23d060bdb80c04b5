"""A sentence of a report of one year's ceremony that tells of another year's (`[attendees] another_time`,
`extract/_another_year.py`): "In 2015, the ambassador laid flowers", "Last year the minister also attended", "В 2018
году …", "Ötən il …", "Geçen yıl …", "2019'da …" place nobody; a dateline or a clause naming the report's own year
still places its people, and so does "Like last year, …". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names

EN = "On 20 January 2023 the Azerbaijani Embassy in Oslo held an evening for the 33rd anniversary of the tragedy.\n"
RU = "20 января 2023 года посольство Азербайджана в Осло провело вечер памяти к 33-й годовщине трагедии.\n"
AZ = "2023-cü il yanvarın 20-də Oslodakı səfirliyimiz faciənin 33-cü ildönümü ilə bağlı anım gecəsi keçirib.\n"
TR = "Azerbaycan'ın Oslo Büyükelçiliği 20 Ocak 2023'te faciasının 33. yıl dönümü için anma gecesi düzenledi.\n"


@pytest.mark.parametrize(
    "text",
    [
        EN + "In 2016, Consul Tarlan Bayramov laid a wreath at the monument in the park.",
        EN + "In January 2019 Consul Tarlan Bayramov visited the memorial together with students.",
        EN + "On 20 January 2021, Consul Tarlan Bayramov placed flowers before the memorial.",
        EN + "Back in 2018 Consul Tarlan Bayramov took part in a similar vigil.",
        EN + "Last year Minister Sevda Quliyeva also attended the evening.",
        EN + "Last year's evening was attended by Minister Sevda Quliyeva.",
        EN + "A year ago, Minister Sevda Quliyeva laid flowers at the memorial.",
        EN + "Two years earlier, Minister Sevda Quliyeva paid tribute to the victims there.",
        EN + "Previously, Minister Sevda Quliyeva visited the Alley of Martyrs in Baku.",
        EN + "In previous years the ceremony was attended by Minister Sevda Quliyeva.",
        RU + "В 2018 году посол Тарлан Байрамов также возложил цветы к мемориалу.",
        RU + "В январе 2020 года консул Тарлан Байрамов посетил памятник вместе со студентами.",
        RU + "В прошлом году в вечере принял участие министр Севда Кулиева.",
        RU + "Год назад министр Севда Кулиева возложила венок к памятнику.",
        RU + "Два года назад цветы к памятнику возложил консул Тарлан Байрамов.",
        RU + "В прошлом году организатором вечера была учительница Айтен Мамедова.",
        AZ + "Ötən il səfir Tərlan Bayramov da abidəni ziyarət edib.",
        AZ + "Keçən il tədbirdə nazir Sevda Quliyeva iştirak edib.",
        AZ + "2019-cu ildə konsul Tərlan Bayramov abidə önünə gül dəstələri qoyub.",
        AZ + "Bir il əvvəl nazir Sevda Quliyeva xiyabanı ziyarət edib.",
        TR + "Geçen yıl Büyükelçi Tarlan Bayramov da törene katıldı.",
        TR + "Geçtiğimiz yıl Bakan Sevda Kuliyeva anıta çelenk bıraktı.",
        TR + "2019'da Büyükelçi Tarlan Bayramov anıta çelenk bıraktı.",
        TR + "2018 yılında Başkonsolos Tarlan Bayramov anma törenine katıldı.",
        AZ + "Ötən il keçirilən tədbirdə nazir Sevda Quliyeva iştirak edib.",
        TR + "Geçen yıl düzenlenen törene Büyükelçi Tarlan Bayramov katıldı.",
    ],
)
def test_another_years_event_places_nobody(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "On 20 January 2023, Consul Tarlan Bayramov placed flowers before the memorial.", ["Tarlan Bayramov"]),
        (EN + "In 2023, Consul Tarlan Bayramov laid a wreath at the monument in the park.", ["Tarlan Bayramov"]),
        (EN + "Like last year, Minister Sevda Quliyeva attended the evening.", ["Sevda Quliyeva"]),
        (EN + "In 1990 the troops entered Baku. Minister Sevda Quliyeva attended the evening.", ["Sevda Quliyeva"]),
        (RU + "20 января 2023 года посол Тарлан Байрамов возложил цветы к мемориалу.", ["Тарлан Байрамов"]),
        (RU + "Как и в прошлом году, в вечере принял участие министр Севда Кулиева.", ["Севда Кулиева"]),
        (AZ + "2023-cü il yanvarın 20-də səfir Tərlan Bayramov abidəni ziyarət edib.", ["Tərlan Bayramov"]),
        (AZ + "Ötən il olduğu kimi, bu il də səfir Tərlan Bayramov abidəni ziyarət edib.", ["Tərlan Bayramov"]),
        (TR + "Geçen yıl olduğu gibi bu yıl da Büyükelçi Tarlan Bayramov törene katıldı.", ["Tarlan Bayramov"]),
        (TR + "2023'te Büyükelçi Tarlan Bayramov anıta çelenk bıraktı.", ["Tarlan Bayramov"]),
        # (the time of a thing a participle names, not of the visit: the monument opened last year, in 2019)
        (AZ + "Ötən il açılan abidəni səfir Tərlan Bayramov ziyarət edib.", ["Tərlan Bayramov"]),
        (TR + "Geçen yıl açılan anıtı Büyükelçi Tarlan Bayramov ziyaret etti.", ["Tarlan Bayramov"]),
        (TR + "2019'da açılan anıta Büyükelçi Tarlan Bayramov çelenk bıraktı.", ["Tarlan Bayramov"]),
    ],
)
def test_this_years_event_still_places_its_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_one_there_now_and_another_year_is_placed_by_the_sentence_of_now() -> None:
    text = (
        EN
        + "Consul Tarlan Bayramov and students laid flowers at the memorial. "
        + "In 2017, Consul Tarlan Bayramov and Minister Sevda Quliyeva laid flowers at the memorial."
    )
    assert names(text) == ["Tarlan Bayramov"]


def test_a_year_is_the_reports_own_by_its_anniversary_when_no_dateline_names_one() -> None:
    held = "Students of the university marked the 34th anniversary of the tragedy.\n"
    assert names(held + "In 2024, Rector Elmar Qasimov laid a wreath at the memorial.") == ["Elmar Qasimov"]
    assert names(held + "In 2021, Rector Elmar Qasimov laid a wreath at the memorial.") == []


def test_a_year_is_the_reports_own_by_its_dateline_when_no_anniversary_is_stated() -> None:
    dateline = "Oslo, 19 January 2025. The embassy held a memorial evening.\n"
    assert names(dateline + "In 2025, Consul Tarlan Bayramov laid a wreath at the monument.") == ["Tarlan Bayramov"]
    assert names(dateline + "In 2020, Consul Tarlan Bayramov laid a wreath at the monument.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # last year's winner or laureate is one now, at this year's event (not "last year's evening", another time)
        (EN + "Last year's laureate Leyla Rzayeva attended the evening.", ["Leyla Rzayeva"]),
        (EN + "Last year's prize winner, Professor Leyla Rzayeva, attended the evening.", ["Leyla Rzayeva"]),
        (RU + "Прошлогодний лауреат конкурса поэтесса Лейла Рзаева прочитала стихи на вечере.", ["Лейла Рзаева"]),
        # a participle the time dates (appointed a year ago, elected in 2019), not the visit
        (RU + "Год назад назначенный консулом Тарлан Байрамов возложил цветы к мемориалу.", ["Тарлан Байрамов"]),
        (RU + "Два года назад избранный депутатом Тарлан Байрамов выступил на вечере.", ["Тарлан Байрамов"]),
    ],
)
def test_a_time_of_a_person_or_of_a_participle_is_no_other_years_event(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        RU + "В прошлом году проведённое мероприятие посетил консул Тарлан Байрамов.",
        RU + "Прошлогодний вечер посетил консул Тарлан Байрамов.",
    ],
)
def test_last_years_event_by_an_adjective_or_its_participle_places_nobody(text: str) -> None:
    assert names(text) == []
