"""Kinds of English commemoration reporting the attendee walk misread (issue 36): people of 1990 a speaker tells
about, a cleric's honorific taken for a post. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.reading.chrome import is_chrome_line, strip_chrome
from tests._helpers import roles

HELD = "An evening marking the 34th anniversary of 20 January was held at the Embassy of Azerbaijan in Italy.\n"
CAMPUS = "A commemorative event on the anniversary of the January 20 tragedy was held at the university.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker was there; the ones whose story is told were killed in 1990
        (
            HELD + "Speaking at the event, Ambassador Rashad Aslanov recalled how Ilgar Huseynov was shot near the "
            "barracks.",
            {"Rashad Aslanov": "Ambassador of Azerbaijan to Italy"},
        ),
        (
            HELD + "In her remarks, Consul Nargiz Gurbanova told how the nurse Aziza Jafarzade died while helping the "
            "wounded.",
            {"Nargiz Gurbanova": "Consul"},
        ),
        (
            CAMPUS + "Addressing the audience, Professor Tofig Babayev described how Vagif Mammadov and Fariz Aliyev "
            "fell under the tanks.",
            {"Tofig Babayev": "Professor"},
        ),
        (
            CAMPUS + "Speaking next, Dean Samira Hasanli remembered how the student Elchin Rzayev was killed, and how "
            "his classmates carried him.",
            {"Samira Hasanli": "Dean"},
        ),
        (
            CAMPUS + "Rector Anar Aliyev addressed the gathering, recounting how Ilham Allahverdiyev had been shot "
            "on Tbilisi Avenue.",
            {"Anar Aliyev": "Rector"},
        ),
        (
            CAMPUS + "Associate Professor Rena Guliyeva recalled to the audience how young Samir Nabiyev and his "
            "brother were killed.",
            {"Rena Guliyeva": "Associate Professor"},
        ),
    ],
)
def test_people_of_a_story_told_are_not_there(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HELD + "Sheikh Yusuf Haddad laid flowers at the memorial.", {"Yusuf Haddad": None}),
        (HELD + "A prayer was led by Shaykh Omar Karim.", {"Omar Karim": None}),
        (HELD + "Mullah Rauf Karimov recited a prayer for the martyrs.", {"Rauf Karimov": None}),
        (
            HELD + "Hajji Elnur Guliyev and Imam Kamal Rzayev took part in the ceremony.",
            {"Elnur Guliyev": None, "Kamal Rzayev": "Imam"},
        ),
        # the head of the Caucasus Muslims Board is still named by his title
        (
            HELD + "Sheikh-ul-Islam Haji Allahshukur Pashazade visited the Alley of Martyrs.",
            {"Allahshukur Pashazade": "Chairman of the Caucasus Muslims Board"},
        ),
        (
            HELD + "Sheikh ul-Islam Allahshukur Pashazade laid a wreath.",
            {"Allahshukur Pashazade": "Chairman of the Caucasus Muslims Board"},
        ),
    ],
)
def test_a_clerics_honorific_is_no_role(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


PAGE = (
    "Embassy in Rome marks the 34th anniversary of 20 January\n\n"
    "An evening marking the 34th anniversary of 20 January was held at the Embassy of Azerbaijan in Italy.\n\n"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a section label with another story's headline after it: no sentence of this one
        (
            "Related News: Consul Elnur Guliyev visited the Alley of Martyrs in Ganja\n\n"
            "Ambassador Rashad Aslanov laid flowers at the memorial to the victims in front of the embassy.",
            {"Rashad Aslanov": "Ambassador of Azerbaijan to Italy"},
        ),
        (
            "Read also: Minister Kamal Rzayev met Italian senators\n\n"
            "Ambassador Rashad Aslanov laid flowers at the memorial to the victims in front of the embassy.",
            {"Rashad Aslanov": "Ambassador of Azerbaijan to Italy"},
        ),
        # a photo's credit on its own line is not the subject of the sentence under it
        (
            "Photo: Kamal Rzayev\nAmbassador Rashad Aslanov laid flowers at the memorial.",
            {"Rashad Aslanov": "Ambassador of Azerbaijan to Italy"},
        ),
        (
            "Photos by Anar Guliyev\nConsul Elnur Guliyev and the diplomats laid flowers at the memorial.",
            {"Elnur Guliyev": "Consul"},
        ),
    ],
)
def test_section_labels_and_credits_are_no_people(lines: str, expected: dict[str, str | None]) -> None:
    text = strip_chrome(PAGE + lines)
    assert roles(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Related News: Consul Elnur Guliyev visited the Alley",
        "See also: The Alley of Martyrs",
        "Photo: Azertag",
        "Photo credit: Kamal Rzayev",
        "Photos by Report",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a caption that says more than a credit stays, and so does prose that names no label
        "Photo: Ambassador Rashad Aslanov lays flowers at the memorial to the victims",
        "Related stories were told by the guests at the evening.",
    ],
)
def test_no_chrome_line(line: str) -> None:
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's field of several words before the name: the name is the run's last two words, the field the title's
        (
            CAMPUS + "Head of the Department of Azerbaijani History Nigar Aliyeva spoke at the event.",
            {"Nigar Aliyeva": "Head of the Department of Azerbaijani History"},
        ),
        (
            CAMPUS + "Dean of the Faculty of Chemical Technology Elchin Guliyev addressed the audience.",
            {"Elchin Guliyev": "Dean of the Faculty of Chemical Technology"},
        ),
        (
            CAMPUS + "Head of the Department of Oil and Gas Engineering Samir Nabiyev spoke at the event.",
            {"Samir Nabiyev": "Head of the Department of Oil and Gas Engineering"},
        ),
        # a field of one word, as before
        (
            CAMPUS + "Head of the Department of History Rauf Babayev spoke at the event.",
            {"Rauf Babayev": "Head of the Department of History"},
        ),
        (
            CAMPUS + "Dean of the Faculty of Law Anar Aliyev and Head of the Department of Social Work Lala Huseynova "
            "laid flowers.",
            {"Anar Aliyev": "Dean of the Faculty of Law", "Lala Huseynova": "Head of the Department of Social Work"},
        ),
    ],
)
def test_a_units_field_stays_in_the_title(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation before a capitalised head of two words is the body the head is of
        (
            CAMPUS + "UFAZ Executive Director Vazeh Asgarov spoke at the event.",
            {"Vazeh Asgarov": "Executive Director of UFAZ"},
        ),
        (
            CAMPUS + "Speaking at the event, ACUC Executive Director Lala Rzayeva noted the role of the youth.",
            {"Lala Rzayeva": "Executive Director of ACUC"},
        ),
        # an abbreviation's possessive written with a bare apostrophe reads as the abbreviation
        (
            CAMPUS + "Head of BHOS' Career Centre Ali Aliyev spoke at the event.",
            {"Ali Aliyev": "Head of BHOS Career Centre"},
        ),
        (
            CAMPUS + "Ali Aliyev, head of BHOS' Career Centre, spoke at the event.",
            {"Ali Aliyev": "Head of BHOS Career Centre"},
        ),
        (CAMPUS + "BHOS' Rector Elmar Gasimov addressed the audience.", {"Elmar Gasimov": "Rector of BHOS"}),
    ],
)
def test_abbreviated_bodies(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


FINLAND = "The Embassy of Azerbaijan in Finland held an evening on the anniversary of 20 January.\n"


@pytest.mark.parametrize(
    "title",
    [
        "Chargè d'affaires",  # a grave accent for the acute
        "The chargé d'affaires ad interim",
        "Charge d affaires",  # no apostrophe
        "Chargé d´affaires",
        "Charge D'Affaires a.i.",
    ],
)
def test_a_charge_however_spelt(title: str) -> None:
    text = FINLAND + f"{title} Kamran Aliyev laid flowers at the memorial."
    assert roles(text) == {"Kamran Aliyev": "Chargé d'Affaires of Azerbaijan in Finland"}


KHAZAR = "Khazar University marked the 35th anniversary of 20 January.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group an opening participle names is its object, no title of the names after its comma
        (
            KHAZAR + "Joined by students, Professor Ali Aliyev and Dean Irada Mammadova laid flowers at the memorial.",
            {"Ali Aliyev": "Professor", "Irada Mammadova": "Dean"},
        ),
        (
            KHAZAR + "Surrounded by students, Professor Ali Aliyev laid flowers at the memorial.",
            {"Ali Aliyev": "Professor"},
        ),
        (
            KHAZAR + "Joined by students and staff, Hamlet Isakhanli, the rector, and Irada Mammadova, the dean, laid "
            "flowers.",
            {"Hamlet Isakhanli": "Rector of Khazar University", "Irada Mammadova": "Dean"},
        ),
        (
            KHAZAR + "Together with the staff, Rector Hamlet Isakhanli and Dean Irada Mammadova visited the Alley of "
            "Martyrs.",
            {"Hamlet Isakhanli": "Rector of Khazar University", "Irada Mammadova": "Dean"},
        ),
        # a title before a comma after "by" later in the sentence is still the name's
        (
            KHAZAR + "The evening was moderated by the chairman of the student union, Elvin Guliyev.",
            {"Elvin Guliyev": "Chairman of the Student Union"},
        ),
    ],
)
def test_an_opening_participles_object(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Vice-Dean of the Faculty of History", "Deputy Dean of the Faculty of History"),
        ("Vice-dean", "Deputy Dean"),
        ("Deputy Dean of the Faculty of Law", "Deputy Dean of the Faculty of Law"),
        ("Dean of the Faculty of Law", "Dean of the Faculty of Law"),  # (the dean as before)
    ],
)
def test_a_vice_dean_is_no_dean(title: str, role: str) -> None:
    assert roles(CAMPUS + f"{title} Ali Aliyev spoke at the event.") == {"Ali Aliyev": role}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's post and its holder's name between two commas is an item of the list, not an apposition
        (
            HELD + "Niyazi Niyazov, head of the Education Centre Hasan Mansimov, and student Mehdi Alizadeh spoke at "
            "the ceremony.",
            {"Niyazi Niyazov": None, "Hasan Mansimov": "Head of the Education Centre", "Mehdi Alizadeh": "Student"},
        ),
        # an apposition still describes the name before it
        (
            HELD + "Ali Aliyev, head of the Education Centre, and student Mehdi Alizadeh spoke at the ceremony.",
            {"Ali Aliyev": "Head of the Education Centre", "Mehdi Alizadeh": "Student"},
        ),
        (
            HELD + "Hikmet Hajiyev, assistant to President Ilham Aliyev, visited the Alley of Martyrs.",
            {"Hikmet Hajiyev": "Assistant to the President"},
        ),
        (
            HELD + "Ali Aliyev, adviser to the Minister of Culture Anar Karimov, laid flowers at the memorial.",
            {"Ali Aliyev": None},
        ),
    ],
)
def test_a_holder_named_between_commas(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Chargés d'affaires", "Chargé d'Affaires of Azerbaijan in Finland"),
        ("Deans", "Dean"),
        ("Consuls", "Consul"),
    ],
)
def test_a_plural_title_is_each_names(title: str, role: str) -> None:
    text = FINLAND + f"{title} Kamran Aliyev and Anar Guliyev laid flowers at the memorial."
    assert roles(text) == {"Kamran Aliyev": role, "Anar Guliyev": role}


def test_deans_among_groups_stay_a_group() -> None:
    text = CAMPUS + "Rector Anar Aliyev, vice-rectors, deans and students visited the Alley of Martyrs."
    assert roles(text) == {"Anar Aliyev": "Rector"}
