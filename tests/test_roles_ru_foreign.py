"""Another country's state post written in Russian comes out in English with that country ("министр культуры
Грузии": "Minister of Culture of Georgia"; "вице-спикер парламента Грузии": "Deputy Speaker of the Parliament of
Georgia"), in a title or before a name in a report; the home country's posts, envoys and members of parliament keep
their own forms, and titles in other languages are untouched. The titles and sentences are written for these
tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("министр культуры Грузии", "Minister of Culture of Georgia"),
        ("министра обороны Турции", "Minister of Defence of Turkey"),
        ("заместитель министра иностранных дел Грузии", "Deputy Minister of Foreign Affairs of Georgia"),
        ("Первый заместитель министра обороны Украины", "First Deputy Minister of Defence of Ukraine"),
        ("грузинский министр обороны", "Minister of Defence of Georgia"),
        ("турецкого министра культуры", "Minister of Culture of Turkey"),
        ("премьер-министр Грузии", "Prime Minister of Georgia"),
        ("вице-премьер Казахстана", "Deputy Prime Minister of Kazakhstan"),
        ("российский вице-премьер", "Deputy Prime Minister of Russia"),
        ("президент Турции", "President of Turkey"),
        ("Президента Грузии", "President of Georgia"),
        ("председатель парламента Грузии", "Speaker of the Parliament of Georgia"),
        ("вице-спикер парламента Грузии", "Deputy Speaker of the Parliament of Georgia"),
        (
            "председатель комитета по международным отношениям парламента Грузии",
            "Chairman of the International Relations Committee of the Parliament of Georgia",
        ),
        ("вице-президент США", "Vice President of the United States"),
        # a parliament names its country
        ("председатель Верховной Рады Украины", "Speaker of the Parliament of Ukraine"),
        ("председатель Верховной Рады", "Speaker of the Parliament of Ukraine"),
        ("заместитель Председателя Верховной Рады Украины", "Deputy Speaker of the Parliament of Ukraine"),
        ("спикер Государственной думы", "Speaker of the Parliament of Russia"),
        ("председателя Бундестага", "Speaker of the Parliament of Germany"),
        ("спикер Жогорку Кенеша", "Speaker of the Parliament of Kyrgyzstan"),
        ("председатель Мажилиса Казахстана", "Speaker of the Parliament of Kazakhstan"),
        ("депутат Мажилиса", "Member of the Parliament of Kazakhstan"),
        # a city council is no parliament
        ("председатель Бишкекского городского кенеша", "Председатель Бишкекского Городского Кенеша"),
        # mayors of other countries' cities, a Kazakh city's akim among them
        ("мэр Тбилиси", "Mayor of Tbilisi"),
        ("аким Алматы", "Mayor of Almaty"),
        # a deputy's post written with "вице-"
        ("вице-мэр Баку", "Deputy Mayor of Baku"),
        ("вице-мэр Тбилиси", "Deputy Mayor of Tbilisi"),
        ("вице-губернатор Ыгдыра", "Deputy Governor of Igdir"),
        ("мэр Баку", "Mayor of Baku"),
        # a place whose name is joined by hyphens is one place, in any language
        ("губернатор Квемо-Картли", "Governor of Kvemo Kartli"),
        ("губернатора Санкт-Петербурга", "Governor of Saint Petersburg"),
        ("мэр Лос-Анджелеса", "Mayor of Los Angeles"),
        ("Governor of Kvemo-Kartli", "Governor of Kvemo Kartli"),
        ("акима Астаны", "Mayor of Astana"),
        # the home posts stay the home posts
        ("министр культуры", "Minister of Culture"),
        ("министр культуры Азербайджана", "Minister of Culture"),
        ("вице-спикер Милли Меджлиса", "Deputy Speaker of the Milli Majlis"),
        ("председатель парламента", "Speaker of the Milli Majlis"),
        ("председатель Милли Меджлиса", "Speaker of the Milli Majlis"),
        ("вице-премьер", "Deputy Prime Minister"),
        ("премьер-министр", "Prime Minister"),
        # envoys and members keep their forms
        ("член Милли Меджлиса", "Member of Parliament"),
        ("генеральный секретарь ТюркПА", "Secretary General of TURKPA"),
        ("посол Грузии", "Ambassador of Georgia"),
        ("депутат парламента Грузии", "Member of the Parliament of Georgia"),
        # a region is no country: as written
        ("министр культуры Татарстана", "Министр Культуры Татарстана"),
        # two countries: whose post is it? as written
        ("министр иностранных дел Грузии и Турции", "Министр Иностранных Дел Грузии и Турции"),
        # other languages are left as they are
        ("Georgian Prime Minister", "Georgian Prime Minister"),
        ("Minister of Culture of Georgia", "Minister of Culture of Georgia"),
        ("Gürcistan Milli Meclis Başkanı", "Gürcistan Milli Meclis Başkanı"),
    ],
)
def test_foreign_posts_in_english(written: str, role: str) -> None:
    assert canonical_role(written) == role


EVENT = "В Тбилиси прошел вечер памяти, посвященный годовщине трагедии 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На вечере присутствовали заместитель министра культуры Грузии Нино Беридзе и посол Азербайджана в "
            "Грузии Фаиг Гулиев.",
            {
                "Нино Беридзе": "Deputy Minister of Culture of Georgia",
                "Фаиг Гулиев": "Ambassador of Azerbaijan to Georgia",
            },
        ),
        (
            "Затем выступил вице-спикер парламента Грузии Гиорги Цулая.",
            {"Гиорги Цулая": "Deputy Speaker of the Parliament of Georgia"},
        ),
        (
            "Цветы к памятнику возложил министр обороны Грузии Леван Кипиани.",
            {"Леван Кипиани": "Minister of Defence of Georgia"},
        ),
    ],
)
def test_foreign_posts_before_a_name(text: str, expected: dict[str, str | None]) -> None:
    assert roles(EVENT + text) == expected
