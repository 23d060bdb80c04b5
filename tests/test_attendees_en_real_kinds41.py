"""Kinds of English commemoration reporting the attendee walk misread (ren41: embassy, agency, university and church
pages): countries of two words, a hyphen written after a space, a see's diocese, a place after "in" or "at", the
kin of the dead, titles in the plural. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role
from tests._helpers import roles

EVENT = (
    "The Embassy of Azerbaijan in Tallinn held a memorial evening on the 35th anniversary of the 20 January tragedy.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVENT + "The Ambassador of Sri Lanka Nimal Perera laid flowers at the stand.",
            {"Nimal Perera": "Ambassador of Sri Lanka"},
        ),
        (
            EVENT + "Nimal Perera, Ambassador of Sri Lanka, and Aroha Smith, Ambassador of New Zealand, attended.",
            {"Nimal Perera": "Ambassador of Sri Lanka", "Aroha Smith": "Ambassador of New Zealand"},
        ),
        (
            EVENT + "Ambassador of Costa Rica Luis Mora and Ambassador of South Africa Sipho Dlamini took part.",
            {"Luis Mora": "Ambassador of Costa Rica", "Sipho Dlamini": "Ambassador of South Africa"},
        ),
        (
            EVENT + "The evening was attended by the Ambassador of South Korea Lee Minho and the Ambassador of the "
            "United Kingdom Tom Hale.",
            {"Lee Minho": "Ambassador of South Korea", "Tom Hale": "Ambassador of the United Kingdom"},
        ),
        (
            EVENT + "Ambassador of the Philippines Jose Reyes and Ambassador of North Macedonia Ilir Ademi laid "
            "flowers.",
            {"Jose Reyes": "Ambassador of the Philippines", "Ilir Ademi": "Ambassador of North Macedonia"},
        ),
        # a country the data does not know is still the sender's, never the page's own embassy's
        (
            EVENT + "The Ambassador of Zambia Peter Mwale laid a wreath.",
            {"Peter Mwale": "Ambassador of Zambia"},
        ),
        (
            EVENT + "Peter Mwale, Ambassador of Malawi, spoke at the evening.",
            {"Peter Mwale": "Ambassador of Malawi"},
        ),
        # the page's own ambassador is still completed from its embassy
        (
            EVENT + "Ambassador Elin Huseynli opened the evening.",
            {"Elin Huseynli": "Ambassador of Azerbaijan to Estonia"},
        ),
    ],
)
def test_countries_of_two_words_and_unknown_senders(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVENT + "Secretary -General of the Council Orhan Kerimli attended the evening.",
            {"Orhan Kerimli": "Secretary-General of the Council"},
        ),
        (
            EVENT + "Orhan Kerimli, Secretary -General of the Council, laid flowers.",
            {"Orhan Kerimli": "Secretary-General of the Council"},
        ),
        (
            EVENT + "Deputy Secretary -General of the Union Aida Rustamova spoke at the evening.",
            {"Aida Rustamova": "Deputy Secretary-General of the Union"},
        ),
        (EVENT + "Vice -Rector Tofig Samadov opened the evening.", {"Tofig Samadov": "Vice-Rector"}),
    ],
)
def test_a_hyphen_after_a_space_joins_one_head(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


def test_a_hyphen_between_spaces_is_still_a_dash() -> None:
    assert canonical_role("Secretary - General") != "Secretary-General"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVENT + "Bishop of the Baku and Azerbaijan Diocese Iosif Belov laid a wreath.",
            {"Iosif Belov": "Bishop of Baku and Azerbaijan"},
        ),
        (
            EVENT + "Iosif Belov, Archbishop of the Baku and Azerbaijan Eparchy, attended the evening.",
            {"Iosif Belov": "Archbishop of Baku and Azerbaijan"},
        ),
        (
            EVENT + "Bishop of the Ganja Diocese Iosif Belov attended the evening.",
            {"Iosif Belov": "Bishop of the Ganja Diocese"},
        ),
    ],
)
def test_a_diocese_is_no_word_of_a_name(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EVENT + "The vigil held at Kala Ghoda was attended by students.", {}),
        (
            EVENT + "In Kala Ghoda, Ambassador Elin Huseynli laid flowers.",
            {"Elin Huseynli": "Ambassador of Azerbaijan to Estonia"},
        ),
        (EVENT + "At Tara Vihar the ambassador laid flowers at the plaque.", {}),
        (EVENT + "The evening near Kala Ghoda was attended by the diaspora.", {}),
        (EVENT + "A vigil inside Tara Vihar Hall gathered the community.", {}),
        # a title between the word of place and the name keeps the name
        (EVENT + "At the evening Professor Nigar Aliyeva spoke about the tragedy.", {"Nigar Aliyeva": "Professor"}),
    ],
)
def test_a_run_after_in_or_at_is_a_place(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "title",
    [
        "son of the martyr",
        "the widow of a martyr",
        "daughter of a 20 January victim",
        "brother of the shahid",
        "mother of the fallen",
        "relatives of the martyrs",
    ],
)
def test_the_kin_of_the_dead_is_no_post(title: str) -> None:
    assert canonical_role(title) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EVENT + "Rauf Abbasov, the son of the martyr, spoke at the evening.", {"Rauf Abbasov": None}),
        (EVENT + "Sevda Abbasova, widow of a shahid, laid flowers.", {"Sevda Abbasova": None}),
        # the kin of a post keeps the post
        (
            EVENT + "The daughter of Ambassador Elin Huseynli, Aysel Huseynli, laid flowers.",
            {"Aysel Huseynli": "Daughter of the Ambassador"},
        ),
    ],
)
def test_the_kin_of_the_dead_in_a_sentence(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVENT + "Vice-Rectors Kamran Aliyev and Lala Huseynova laid carnations at the memorial.",
            {"Kamran Aliyev": "Vice-Rector", "Lala Huseynova": "Vice-Rector"},
        ),
        (
            EVENT + "The vice-rectors Kamran Aliyev, Lala Huseynova and Emin Guliyev spoke at the evening.",
            {"Kamran Aliyev": "Vice-Rector", "Lala Huseynova": "Vice-Rector", "Emin Guliyev": "Vice-Rector"},
        ),
        (
            EVENT + "Lecturers Kamran Aliyev and Lala Huseynova attended the evening.",
            {"Kamran Aliyev": "Lecturer", "Lala Huseynova": "Lecturer"},
        ),
        # a body's plural word is no shared title ("the Union of Writers")
        (
            EVENT + "A member of the Union of Writers, Lala Huseynova, read her poem at the evening.",
            {"Lala Huseynova": "Member of the Union of Writers"},
        ),
    ],
)
def test_a_plural_title_is_each_ones(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat in a parliament is a post of its own: the first of two in apposition is the role
        (
            EVENT + "Sabina Huseynli, Member of Parliament, Chairwoman of the Women's Council, laid flowers.",
            {"Sabina Huseynli": "Member of Parliament"},
        ),
        (
            EVENT + "Sabina Huseynli, a member of the Milli Majlis, head of the Women's Council, spoke at the evening.",
            {"Sabina Huseynli": "Member of Parliament"},
        ),
        # a workplace is still only where the name works: the post after it is the role
        (
            EVENT + "Tural Asgarov, an employee of the museum, head of its archive department, spoke at the evening.",
            {"Tural Asgarov": "Head of the Archive Department"},
        ),
        # the title before a name's comma holds when companions follow the name
        (
            EVENT + "The Chairman of the Confederation of Trade Unions, a member of the Milli Majlis, Kamal Rzayev and "
            "the staff visited the Alley of Martyrs.",
            {"Kamal Rzayev": "Chairman of the Confederation of Trade Unions"},
        ),
        (
            EVENT + "The Chairman of the Confederation of Trade Unions (CTU), a member of the Milli Majlis, Kamal "
            "Rzayev and the staff visited the Alley of Martyrs.",
            {"Kamal Rzayev": "Chairman of the Confederation of Trade Unions (CTU)"},
        ),
        (
            EVENT + "The head of the society, Kamal Rzayev and his colleagues laid flowers at the plaque.",
            {"Kamal Rzayev": "Head of the Society"},
        ),
    ],
)
def test_first_posts_and_companions(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVENT + "Director of the company Farid Gasimov delivered the opening speech.",
            {"Farid Gasimov": "Director of the Company"},
        ),
        (
            EVENT + "Next President of the firm Farid Gasimov shared his memories at the evening.",
            {"Farid Gasimov": "President of the Firm"},
        ),
        (EVENT + "Next, Professor Farid Gasimov delivered a speech.", {"Farid Gasimov": "Professor"}),
    ],
)
def test_a_companys_post_and_an_opening_next(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 January, the Embassy of Azerbaijan in New Delhi held a memorial event at the embassy. Ambassador "
            "Rashad Karimli spoke about the tragedy.",
            {"Rashad Karimli": "Ambassador of Azerbaijan to India"},
        ),
        (
            "The Azerbaijani Embassy in Kuala Lumpur marked the 34th anniversary of the January 20 tragedy. "
            "Ambassador Rashad Karimli laid flowers at the plaque in the embassy.",
            {"Rashad Karimli": "Ambassador of Azerbaijan to Malaysia"},
        ),
        (
            "The Embassy of Azerbaijan in Abu Dhabi held an evening on the anniversary of the 20 January tragedy. "
            "Ambassador Rashad Karimli opened the evening.",
            {"Rashad Karimli": "Ambassador of Azerbaijan to the United Arab Emirates"},
        ),
    ],
)
def test_the_pages_own_embassy_in_a_capital(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        EVENT + "On behalf of the President, Kamal Rzayev and the staff laid a wreath at the plaque.",
        EVENT + "According to the rector, Kamal Rzayev and the students visited the Alley of Martyrs.",
        EVENT + "In memory of the Ambassador, Kamal Rzayev and the guests laid flowers.",
    ],
)
def test_a_title_after_an_opener_is_not_the_companions_names(text: str) -> None:
    assert roles(text).get("Kamal Rzayev") is None
