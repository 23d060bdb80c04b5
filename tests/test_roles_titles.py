"""Long titles of real reporting, in every language (invented names and sentences): a title read across a comma or a
gloss in brackets, a post in apposition after a degree, heads and bodies named in genitive chains, the place of a
post, and the home nationality dropped from a title the data does not list."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


def _roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, a comma, then the name and its verb
        (
            "Opening the evening, Ambassador of the Republic of Azerbaijan to Chile, Rauf Mammadli told the guests "
            "about the night of 20 January and laid a wreath.",
            {"Rauf Mammadli": "Ambassador of Azerbaijan to Chile"},
        ),
        # a title after the name, a verb and no closing comma
        (
            "Speaking at the event, Kamran Aliyev, Consul General of Azerbaijan in Los Angeles briefed the guests on "
            "the tragedy.",
            {"Kamran Aliyev": "Consul General of Azerbaijan in Los Angeles"},
        ),
        # a gloss in brackets inside a title
        (
            "Chairman of the Milli Majlis (Parliament) Eldar Ahmadov laid a wreath at the Eternal Flame.",
            {"Eldar Ahmadov": "Speaker of the Milli Majlis"},
        ),
        # a degree before the name, the post after it
        (
            "At the round table, Professor Tariq Anwar, Dean of the Faculty of Oriental Studies, delivered a speech.",
            {"Tariq Anwar": "Dean of the Faculty of Oriental Studies"},
        ),
        (
            "Dr. Helen Brook, Director of the Caspian Studies Centre, delivered a speech at the conference.",
            {"Helen Brook": "Director of the Caspian Studies Centre"},
        ),
        # a long title before the name
        (
            "The Ambassador Extraordinary and Plenipotentiary of Norway to Azerbaijan, Ola Nordmann, laid a wreath.",
            {"Ola Nordmann": "Ambassador of Norway"},
        ),
        # a military rank after the post is no post
        (
            "The Minister of Health, Major General Rashad Guliyev, visited the Alley of Martyrs.",
            {"Rashad Guliyev": "Minister of Health"},
        ),
        # the home nationality is dropped from a ministry the data does not list; a foreign one makes the envoy's
        (
            "The ceremony was attended by the Azerbaijani Minister of Digital Economy, Samir Karimov, and the "
            "Georgian Ambassador Levan Beridze.",
            {"Samir Karimov": "Minister of Digital Economy", "Levan Beridze": "Ambassador of Georgia"},
        ),
        (
            "The Azerbaijani Minister of Tourism, Fuad Guliyev, laid flowers at the monument.",
            {"Fuad Guliyev": "Minister of Tourism"},
        ),
        # a long title inside a list of guests, and a rank alone beside a post
        (
            "Among the guests were the Ambassador of Poland to Georgia Piotr Nowak and Ali Hasanov.",
            {"Piotr Nowak": "Ambassador of Poland to Georgia", "Ali Hasanov": None},
        ),
        (
            "The wreath-laying was attended by Colonel Ali Hasanov and the Minister of Culture Anar Karimov.",
            {"Ali Hasanov": "Colonel", "Anar Karimov": "Minister of Culture"},
        ),
        # a body named in capitals inside a title written before the name
        (
            "The event was attended by professor of the Dmitrie Cantemir University Mihai Popescu.",
            {"Mihai Popescu": "Professor"},
        ),
    ],
)
def test_titles_read_around_the_name(text: str, expected: dict[str, str | None]) -> None:
    roles = _roles(text)
    for name, role in expected.items():
        assert roles.get(name, "(not found)") == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title before a comma belongs to a list's earlier item, not to the next name
        ("The Ambassador of Turkey, Mehmet Yilmaz and Ali Demir laid flowers.", "Ali Demir", None),
        ("Among the guests were the Ambassador of Turkey, Mehmet Yilmaz, and Ali Demir.", "Ali Demir", None),
        # a title that ends cut short is no role
        ("Ramil Hasanov, Consul General in 2019 laid a wreath at the monument.", "Ramil Hasanov", None),
        # a degree before a name with no post after it stays the degree
        ("Professor Tariq Anwar laid a wreath at the monument.", "Tariq Anwar", "Professor"),
    ],
)
def test_titles_do_not_move_to_a_neighbour(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name, "(not found)") == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("the Azerbaijani Minister of Tourism", "Minister of Tourism"),
        ("Minister of Tourism of the Republic of Azerbaijan", "Minister of Tourism"),
        ("Azerbaijan's Minister of Digital Development and Transport", "Minister of Digital Development and Transport"),
        ("Georgian Minister of Tourism", "Georgian Minister of Tourism"),  # another country's office keeps its name
        ("Azerbaijani", "Azerbaijani"),  # no title left
        ("Energy Minister", "Minister of Energy"),
        ("Deputy Minister of Agriculture", "Deputy Minister of Agriculture"),
    ],
)
def test_canonical_titles_en(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a capital city names the host country, in any case form of any language
        ("Azerbaycan'ın Varşova Büyükelçisi", "Ambassador of Azerbaijan to Poland"),
        ("Azərbaycanın Vyanadakı səfiri", "Ambassador of Azerbaijan to Austria"),
        ("посол Азербайджана в Ташкенте", "Ambassador of Azerbaijan to Uzbekistan"),
        ("Azerbaijani Ambassador in Astana", "Ambassador of Azerbaijan to Kazakhstan"),
        ("Генеральный консул Азербайджана в Екатеринбурге", "Consul General of Azerbaijan in Yekaterinburg"),
        # a representative is a diplomat's post only with the country that sends them
        ("KKTC'nin Bakü Temsilcisi", "Representative of the TRNC in Baku"),
        ("представитель Турции", "Representative of Turkey"),
        ("Representative of the Heydar Aliyev Foundation", "Representative of the Heydar Aliyev Foundation"),
    ],
)
def test_place_of_the_post(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_acting_post_is_completed_by_its_mission() -> None:
    text = (
        "The Consulate General of Azerbaijan in Houston held an evening of remembrance. Acting Consul General "
        "Farid Huseynov laid flowers at the memorial."
    )
    assert _roles(text)["Farid Huseynov"] == "Acting Consul General of Azerbaijan in Houston"
    assert (
        canonical_role("исполняющий обязанности посла Азербайджана в Чили")
        == "Acting Ambassador of Azerbaijan to Chile"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Russian: a head, then the body in the genitive and its country
        (
            "Лидер азербайджанской диаспоры Казахстана Ровшан Алиев возложил цветы к памятнику.",
            "Ровшан Алиев",
            "Leader of the Azerbaijani Diaspora of Kazakhstan",
        ),
        (
            "Председатель правления общества Фарид Гасанов принял участие в церемонии.",
            "Фарид Гасанов",
            "Chairman of the Board of the Society",
        ),
        (
            "Руководитель азербайджанской общины Грузии Эльнур Мамедов возложил венок.",
            "Эльнур Мамедов",
            "Head of the Azerbaijani Community of Georgia",
        ),
        (
            "Посол Азербайджана в Вене Рашад Исмаилов возложил цветы.",
            "Рашад Исмаилов",
            "Ambassador of Azerbaijan to Austria",
        ),
        ("Министр туризма Фуад Алиев посетил Аллею шехидов.", "Фуад Алиев", "Minister of Tourism"),
        ("Профессор Анар Гасымов посетил Аллею шехидов.", "Анар Гасымов", "Professor"),
        (
            "В числе гостей были председатель общества «Достлуг» Эльчин Мамедов и историк Оксана Левченко.",
            "Эльчин Мамедов",
            "Chairman of the Dostlug Society",
        ),
        ("В числе гостей был фильм «Черный январь» и историк Оксана Левченко.", "Оксана Левченко", "Historian"),
        # Azerbaijani: genitive chains before the head
        (
            "Dövlət Reklam Agentliyinin direktoru Elnur Həsənov Şəhidlər xiyabanını ziyarət edib.",
            "Elnur Həsənov",
            "Director of the State Advertising Agency",
        ),
        (
            "Tədbirdə çıxış edən energetika nazirinin müavini Rauf Quliyev faciədən danışıb.",
            "Rauf Quliyev",
            "Deputy Minister of Energy",
        ),
        ("Turizm naziri Fuad Əliyev Şəhidlər xiyabanını ziyarət edib.", "Fuad Əliyev", "Minister of Tourism"),
        (
            "Azərbaycanın Vyanadakı səfiri Rəşad İsmayılov Şəhidlər xiyabanını ziyarət edib.",
            "Rəşad İsmayılov",
            "Ambassador of Azerbaijan to Austria",
        ),
        (
            "Cəmiyyətin idarə heyətinin üzvü Aysel Məmmədova Şəhidlər xiyabanını ziyarət edib.",
            "Aysel Məmmədova",
            "Member of the Board",
        ),
        (
            "Səhiyyə naziri general-mayor Teymur Musayev Şəhidlər xiyabanını ziyarət edib.",
            "Teymur Musayev",
            "Minister of Health",
        ),
        # a rank alone is no post
        ("Polkovnik Elşən Rzayev Şəhidlər xiyabanını ziyarət edib.", "Elşən Rzayev", None),
        # Turkish
        (
            "Azerbaycan'ın Varşova Büyükelçisi Nərgiz Qurbanova törene katıldı.",
            "Nərgiz Qurbanova",
            "Ambassador of Azerbaijan to Poland",
        ),
        (
            "Programda konuşan Cumhurbaşkanı Başdanışmanı Kemal Aydın bir konuşma yaptı.",
            "Kemal Aydın",
            "Chief Adviser to the President",
        ),
        ("Törene Dernek Yönetim Kurulu Üyesi Selin Arslan katıldı.", "Selin Arslan", "Member of the Board"),
        ("Törene Öğr. Gör. Ayşe Kaya katıldı.", "Ayşe Kaya", "Lecturer"),
        ("KKTC Bakü Temsilcisi Ahmet Şener de törene katıldı.", "Ahmet Şener", "Representative of the TRNC in Baku"),
        ("Törene Albay Murat Çelik katıldı.", "Murat Çelik", None),
    ],
)
def test_titles_in_other_languages(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name, "(not found)") == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Лидер азербайджанской диаспоры Узбекистана", "Leader of the Azerbaijani Diaspora of Uzbekistan"),
        ("председатель правления", "Chairman of the Board"),
        ("руководитель", "Head"),
        ("Председатель общества «Достлуг»", "Chairman of the Dostlug Society"),  # a name in quotation marks
        ("Руководитель Азербайджан", "Руководитель Азербайджан"),  # no body the data can name
        ("AXCP lideri", "Leader of the Popular Front Party"),
        ("Yönetim Kurulu Üyesi", "Member of the Board"),
        ("Dr. Öğr. Üyesi", "Assistant Professor"),
        ("Enerji ve Tabii Kaynaklar Bakan Yardımcısı", "Deputy Minister of Energy"),
        ("chief adviser to the President", "Chief Adviser to the President"),
        ("Dışişleri Bakanlığı Kafkasya Genel Müdür Yardımcılığı Daire Başkanı", "Head of Department"),
        ("начальник отдела", "Head of Department"),
        ("Head of the Press Department", "Head of the Press Department"),  # a named department keeps its name
        ("Bakı Gənclər Cəmiyyətinin sədri", "Chairman of the Baku Youth Society"),  # a word not in the data
    ],
)
def test_canonical_titles_other_languages(written: str, role: str) -> None:
    assert canonical_role(written) == role
