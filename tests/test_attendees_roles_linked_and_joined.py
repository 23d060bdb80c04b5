"""Titles real reporting writes that the role walk read wrongly or not at all: an English body's name with small words
in lower case between its capitalised ones, opening a sentence ("Chairman of the State Committee for Work with
Religious Associations X spoke"); a Russian title of two posts joined by a hyphen, in any case ("снятые
фотокорреспондентом-журналистом X": "Photojournalist"); a Russian body named after someone with the shortened "им."
("Директор Музея им. Низами Гянджеви X": "Director of the Museum", the namesake no person); a bare deputy after a
first deputy of a body ("I müavini A və müavin B": B the same body's deputy); Azerbaijan's embassy named with both
states' formal names ("Azərbaycan Respublikasının Gürcüstan Respublikasındakı Səfirliyində"), and a title in the
plural before a comma and an envoy's ("parlamentin deputatları, səfir X": not the envoy's); a region's qazi of the
Caucasus Muslims Board after its genitive chain, the pilgrim's honorific before the name left out ("… bölgəsi üzrə
qazısı Hacı X"); a Turkish town's mayor and a one-word association's chairman opening a paragraph ("Kağızman Belediye
Başkanı X", "Turan Derneği Başkanı X"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people, roles

# --- 1. an English body's name with small words in lower case, opening a sentence -------------------------------------

EN_EVENT = "A memorial conference on the January tragedy was held at the Baku Congress Centre on Friday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chairman of the State Committee for Work with Religious Associations Orkhan Pashayev spoke at the "
            "conference.",
            ("Orkhan Pashayev", "Chairman of the State Committee for Work with Religious Associations"),
        ),
        (
            "Chairman of the Council on State Support to NGOs Leyla Garayeva spoke about the victims.",
            ("Leyla Garayeva", "Chairman of the Council on State Support to NGOs"),
        ),
        (
            "Chairman of the State Committee for Affairs of Refugees and IDPs Tofig Nasibli addressed the audience.",
            ("Tofig Nasibli", "Chairman of the State Committee for Affairs of Refugees and IDPs"),
        ),
        (
            "Deputy Chairman of the State Committee for Work with Diaspora Nazim Ibrahimli spoke at the conference.",
            ("Nazim Ibrahimli", "Deputy Chairman of the State Committee for Work with the Diaspora"),
        ),
    ],
)
def test_a_body_with_small_words_opening_a_sentence_is_the_title(sentence: str, expected: tuple[str, str]) -> None:
    assert people(EN_EVENT + sentence) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma ends the body: the rank after it and the next name's degrees are no part of it
        (
            "The Minister of Culture, Colonel Anar Tagiyev, laid flowers at the Eternal Flame.",
            [("Anar Tagiyev", "Minister of Culture")],
        ),
        # two capitalised words in a row before "and" are a name, not a body's words
        (
            "At the event, Chairman of the Youth Union Elmar Guliyev and Rector of BSU Kamil Hasanov made speeches.",
            [("Elmar Guliyev", "Chairman of the Youth Union"), ("Kamil Hasanov", "Rector of BSU")],
        ),
    ],
)
def test_a_body_with_small_words_stops_at_a_comma_or_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


# --- 2. two posts joined by a hyphen as one word -------------------------------------------------------------------

RU_EVENT = "В посольстве прошел вечер памяти жертв 20 января. "


@pytest.mark.parametrize(
    "sentence",
    [
        "На вечере выступил фотокорреспондент-журналист Тофик Бабаев.",
        "Вечер открыл известный фотокорреспондент-журналист Тофик Бабаев.",
        "Были показаны снимки, сделанные известным фотокорреспондентом-журналистом Тофиком Бабаевым. "
        "Тофик Бабаев выступил на вечере.",
        "В мероприятии приняли участие журналист-фотокорреспондент Тофик Бабаев и посол Фаиг Гулиев.",
    ],
)
def test_two_posts_joined_by_a_hyphen_are_in_english(sentence: str) -> None:
    assert roles(RU_EVENT + sentence)[next(iter(roles(RU_EVENT + sentence)))] == "Photojournalist"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("фотокорреспондентом-журналистом", "Photojournalist"),
        ("фотокорреспондента-журналиста", "Photojournalist"),
        ("журналистом-фотокорреспондентом", "Photojournalist"),
        ("фотокорреспондент", "Photojournalist"),
        ("fotomüxbiri", "Photojournalist"),
        ("the photo correspondent", "Photojournalist"),
        ("поэт-журналист", "Poet-Journalist"),
        ("müəllim-jurnalist", "Teacher-Journalist"),
        # a part the table does not know leaves the title as written
        ("писатель-публицист", "Писатель-Публицист"),
        ("Publisher-Chairman", "Publisher-Chairman"),
    ],
)
def test_a_hyphenated_title_of_two_known_posts(title: str, expected: str) -> None:
    assert canonical_role(title) == expected


# --- 3. a body named after someone, with "им." -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Директор Музея им. Низами Гянджеви Ариф Салахов выступил на вечере.", "Director of the Museum"),
        ("На вечере выступил директор музея им. Низами Гянджеви Ариф Салахов.", "Director of the Museum"),
        ("На вечере выступил директор музея имени Низами Гянджеви Ариф Салахов.", "Director of the Museum"),
        ("Директор библиотеки им. М.Ф. Ахундова Ариф Салахов выступил на вечере.", "Director of the Library"),
        ("Директор центра им. Гейдара Алиева Ариф Салахов выступил на вечере.", "Director of the Centre"),
    ],
)
def test_a_director_of_a_body_named_after_someone(sentence: str, expected: str) -> None:
    assert people(RU_EVENT + sentence) == [("Ариф Салахов", expected)]


# --- 4. a bare deputy after a first deputy of a body ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə rayon İcra Hakimiyyəti başçısının I müavini Vüqar Nəbiyev və müavin Samir Kazımov çıxış ediblər.",
            [
                ("Vüqar Nəbiyev", "First Deputy Head of the Executive Power"),
                ("Samir Kazımov", "Deputy Head of the Executive Power"),
            ],
        ),
        (
            "Tədbirdə Xətai rayon İcra Hakimiyyəti başçısının birinci müavini Vüqar Nəbiyev və müavini Samir Kazımov "
            "çıxış ediblər.",
            [
                ("Vüqar Nəbiyev", "First Deputy Head of the Xətai District Executive Power"),
                ("Samir Kazımov", "Deputy Head of the Xətai District Executive Power"),
            ],
        ),
        (
            "At the event, First Deputy Head of the Executive Power Vugar Nabiyev and deputy Samir Kazimov made "
            "speeches.",
            [
                ("Vugar Nabiyev", "First Deputy Head of the Executive Power"),
                ("Samir Kazimov", "Deputy Head of the Executive Power"),
            ],
        ),
        (
            "На мероприятии выступили первый заместитель главы исполнительной власти района Вугар Набиев и "
            "заместитель Самир Казымов.",
            [
                ("Вугар Набиев", "First Deputy Head of the Executive Power"),
                ("Самир Казымов", "Deputy Head of the Executive Power"),
            ],
        ),
    ],
)
def test_a_bare_deputy_after_a_first_deputy_is_the_same_bodys(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_deputy_after_a_titled_principal_keeps_its_own_post() -> None:
    """Only a first deputy's body passes on: after the head himself, a bare deputy stays bare."""
    text = "At the event, Head of the Executive Power Vugar Nabiyev and deputy Samir Kazimov made speeches."
    assert roles(text)["Samir Kazimov"] == "Deputy"


# --- 5. Azerbaijan's embassy named with both states' formal names --------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Azərbaycan Respublikasının Gürcüstan Respublikasındakı Səfirliyində", "Ambassador of Azerbaijan to Georgia"),
        (
            "Azərbaycan Respublikasının Qazaxıstan Respublikasındakı Səfirliyində",
            "Ambassador of Azerbaijan to Kazakhstan",
        ),
        ("Azərbaycan Respublikasının Rusiya Federasiyasındakı Səfirliyində", "Ambassador of Azerbaijan to Russia"),
    ],
)
def test_our_ambassador_at_an_embassy_named_with_formal_names(opening: str, expected: str) -> None:
    text = f"{opening} anım tədbiri keçirilib. Tədbirdə səfir Faiq Əliyev çıxış edib."
    assert people(text) == [("Faiq Əliyev", expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tədbirdə Gürcüstan parlamentinin deputatları, səfir Faiq Əliyev çıxış ediblər.",
        "Tədbirdə Gürcüstan parlamentinin deputatları və səfir Faiq Əliyev iştirak ediblər.",
    ],
)
def test_a_plural_title_before_an_envoys_comma_is_a_groups(sentence: str) -> None:
    text = "Azərbaycanın Gürcüstandakı Səfirliyində anım tədbiri keçirilib. " + sentence
    assert people(text) == [("Faiq Əliyev", "Ambassador of Azerbaijan to Georgia")]


# --- 6. a region's qazi, the honorific before the name left out ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tədbirdə Qafqaz Müsəlmanları İdarəsinin Şəki bölgəsi üzrə qazısı Hacı Elşad Rüstəmov çıxış edib.", None),
        ("Tədbirdə QMİ-nin Lənkəran bölgəsi üzrə qazısı Şeyx Elşad Rüstəmov dua oxuyub və çıxış edib.", None),
        ("Tədbirdə Gəncə bölgəsi üzrə qazı Hacı Elşad Rüstəmov çıxış edib.", None),
        ("Tədbirdə bölgə qazısı Hacı Elşad Rüstəmov çıxış edib.", None),
        ("На мероприятии выступил кази Гаджи Эльшад Рустамов.", "Эльшад Рустамов"),
    ],
)
def test_a_regions_qazi_after_the_boards_genitive_chain(sentence: str, name: str | None) -> None:
    assert people(sentence) == [(name or "Elşad Rüstəmov", "Qazi")]


def test_a_war_veterans_qazi_is_no_judge() -> None:
    """A veteran of the war is a "qazi" too: without the Board's or a region's words the word is no cleric's post."""
    assert canonical_role("Vətən müharibəsi qazisi") != "Qazi"


def test_a_pilgrims_honorific_is_no_part_of_a_turkish_name() -> None:
    assert people("Törende Kars İl Müftüsü Hacı Mehmet Arslan dua okudu ve bir konuşma yaptı.") == [
        ("Mehmet Arslan", "Provincial Mufti")
    ]


# --- 7. a Turkish town's mayor and a one-word association's chairman opening a paragraph -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anma töreni düzenlendi.\n\nKağızman Belediye Başkanı Cemal Aksoy törende bir konuşma yaptı.",
            ("Cemal Aksoy", "Mayor of Kağızman"),
        ),
        (
            "Anma töreni düzenlendi.\n\nSarıkamış Belediye Başkanı Cemal Aksoy, şehitleri andı.",
            ("Cemal Aksoy", "Mayor of Sarıkamış"),
        ),
        (
            "Anma töreni yapıldı.\nTuran Derneği Başkanı Cemal Aksoy, törende bir konuşma yaptı.",
            ("Cemal Aksoy", "Chairman of the Turan Association"),
        ),
        (
            "Anma töreni yapıldı. Ağrı Derneği Başkanı Cemal Aksoy törende bir konuşma yaptı.",
            ("Cemal Aksoy", "Chairman of the Agri Association"),
        ),
    ],
)
def test_a_town_or_a_one_word_body_opening_a_paragraph(text: str, expected: tuple[str, str]) -> None:
    assert people(text) == [expected]


def test_a_scene_word_opening_a_sentence_is_no_town() -> None:
    assert people("Törene İl Müftüsü Cemal Aksoy katıldı.") == [("Cemal Aksoy", "Provincial Mufti")]
