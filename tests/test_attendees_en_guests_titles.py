"""English reports of commemorations abroad (issue 16): guests named after the event in lists ("guests such as",
"participation from …, including"), speakers named by their turn ("Next to speak was", "The next speaker, X,"),
titles in apposition in lower case (a body's or a field's words), peers and members for a constituency, a
country by its formal name, and names that are places in another language. Each kind has sentences that must
place nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import names
from ._helpers import people as roles

# The paragraph that reports the event held: only in such a text does speaking place anyone.
HELD = "The Embassy of Azerbaijan in Finland held a memorial evening on the anniversary of the 20 January tragedy.\n"

LISTED = [
    (
        HELD + "The evening drew guests such as Senator Aino Virta and Mayor Pekka Salo.",
        [("Aino Virta", "Senator"), ("Pekka Salo", "Mayor")],
    ),
    (
        HELD + "Present were dignitaries such as Ambassador Lars Berg and Professor Ilse Koch.",
        [("Lars Berg", "Ambassador of Azerbaijan to Finland"), ("Ilse Koch", "Professor")],
    ),
    (
        HELD + "Also seen were officials such as Deputy Governor Outi Laine.",
        [("Outi Laine", "Deputy Governor")],
    ),
    (
        HELD + "The reception saw participation from both Houses, including Ben Frame, former chairman of the "
        "friendship group, and Lord Alan Pike.",
        [("Ben Frame", "Former Chairman of the Friendship Group"), ("Alan Pike", "Member of the House of Lords")],
    ),
    (
        HELD + "It was marked by the attendance of local people, including Ritva Aho, a PhD student.",
        [("Ritva Aho", "Student")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_guests_listed_after_the_event(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert roles(text) == expected


SPEAKERS = [
    (HELD + "Next to speak was Professor Jan Novak of Charles University.", ["Jan Novak"]),
    (HELD + "Also speaking were Mirja Lind and Olli Rask.", ["Mirja Lind", "Olli Rask"]),
    (HELD + "The next speaker, historian Omar Haddad, described the night of the invasion.", ["Omar Haddad"]),
    (HELD + "The keynote speaker, Dr. Sari Mäki, recalled the curfew.", ["Sari Mäki"]),
    (HELD + "Later, Timo Koski and Anu Vaara acted as speakers of the conference.", ["Timo Koski", "Anu Vaara"]),
    (HELD + "Eero Lahti served as a guest speaker.", ["Eero Lahti"]),
    (HELD + "The chairwoman of the society, Baroness Emma Knox congratulated the event participants.", ["Emma Knox"]),
    (
        HELD + "Informing the guests about the curfew, Professor Lee Chang noted that troops came at night.",
        ["Lee Chang"],
    ),
    (
        HELD + "Providing information to event participants about the struggle for freedom, docent Rauf Ismayilov, "
        "head of the chair, noted that the names are remembered.",
        ["Rauf Ismayilov"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers_named_by_their_turn_were_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NOBODY = [
    # a leader of another time, a message's sender, an interview, a name in history
    HELD + "Politicians such as Margaret Thatcher condemned the crackdown in 1990.",
    HELD + "Among world leaders, figures such as George Bush kept silent at the time.",
    HELD + "In a letter, President Kim congratulated the participants of the conference.",
    HELD + "In an interview, Professor Lee Chang said the crackdown was planned.",
    HELD + "National leader Heydar Aliyev condemned the massacre in Moscow.",
    # no event at all: a statement's speakers are no guests
    "In a statement, the ministry said that guests such as Ambassador Lars Berg are welcome next year.",
    "The next speaker, Professor Ilse Koch, will address the forum in March.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_what_places_nobody(text: str) -> None:
    assert names(text) == []


TITLES_AFTER = [
    (HELD + "Marta Kowal, deputy head of the embassy, attended the ceremony.", "Deputy Head of the Embassy"),
    (HELD + "Rana Guliyeva, chairwoman of the community, laid flowers.", "Chairwoman of the Community"),
    (HELD + "Sara Lind, a PhD student, read a poem.", "Student"),
    (HELD + "Later, Michael Gunter, professor of political science, spoke at the event.", "Professor"),
    (HELD + "Leyla Mammadova, lecturer in international law, spoke at the event.", "Lecturer"),
    (
        HELD + "The chairman of the diaspora organization Anar Guliyev welcomed the guests.",
        "Chairman of the Diaspora Organization",
    ),
    (
        HELD + "Anar Guliyev, chairman of the Azerbaijani diaspora organization in Sweden, welcomed the guests.",
        "Chairman of the Azerbaijani Diaspora Organization in Sweden",
    ),
    (
        HELD + "Tom Hill, Member of Parliament for Harrow, attended the ceremony.",
        "Member of the Parliament of the United Kingdom",
    ),
    (HELD + "Baroness Knox also attended the ceremony.", "Member of the House of Lords"),
]


@pytest.mark.parametrize(("text", "role"), TITLES_AFTER)
def test_a_title_in_lower_case_after_a_name_is_the_role(text: str, role: str) -> None:
    assert [r for _, r in roles(text)] == [role]


def test_a_field_left_open_is_no_title() -> None:
    assert roles(HELD + "Leyla Mammadova, professor of the, spoke at the event.") == [("Leyla Mammadova", None)]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Member of Parliament for Harrow East", "Member of the Parliament of the United Kingdom"),
        ("MP for Dover", "Member of the Parliament of the United Kingdom"),
        ("Member of Parliament", "Member of Parliament"),  # (a member for no constituency: the Milli Majlis)
        ("Baroness", "Member of the House of Lords"),
        ("Azerbaijan's Ambassador to the Kingdom of Saudi Arabia", "Ambassador of Azerbaijan to Saudi Arabia"),
        ("Saudi Ambassador", "Ambassador of Saudi Arabia"),
        ("Ambassador of the Kingdom of the Netherlands to Azerbaijan", "Ambassador of the Netherlands"),
        ("Dutch Ambassador", "Ambassador of the Netherlands"),
        ("Ambassador of Azerbaijan to the Kingdom of Denmark", "Ambassador of Azerbaijan to Denmark"),
    ],
)
def test_members_peers_and_countries_by_their_formal_names(title: str, role: str) -> None:
    assert canonical_role(title) == role


def test_a_country_named_in_two_words_is_no_part_of_the_name_after_it() -> None:
    text = HELD + "Azerbaijan's Ambassador to the Kingdom of Saudi Arabia Rasim Rzayev attended the ceremony."
    assert roles(text) == [("Rasim Rzayev", "Ambassador of Azerbaijan to Saudi Arabia")]
    text = HELD + "The Ambassador of Azerbaijan to the Kingdom of the Netherlands Rahman Aliyev opened the evening."
    assert roles(text) == [("Rahman Aliyev", "Ambassador of Azerbaijan to the Netherlands")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Farid Misir, head of the diaspora union, spoke at the event.",
            [("Farid Misir", "Head of the Diaspora Union")],
        ),
        (
            HELD + "Misir Mardanov, the Minister of Education, spoke at the event.",
            [("Misir Mardanov", "Minister of Education")],
        ),
        (HELD + "Professor Anar Misir attended the ceremony.", [("Anar Misir", "Professor")]),
        (HELD + "Sir Tom Hill attended the ceremony.", [("Tom Hill", None)]),
        # alone, the word is still the place: Egypt's ambassador in Azerbaijani
        ("Misir səfiri Əhməd Hüseyn mərasimdə iştirak edib.", [("Əhməd Hüseyn", "Ambassador of Egypt")]),
        ("Misirin səfiri Əhməd Hüseyn Şəhidlər xiyabanını ziyarət edib.", [("Əhməd Hüseyn", "Ambassador of Egypt")]),
    ],
)
def test_a_name_that_is_a_place_in_another_language(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("the American journalist", "Journalist"),
        ("a freelance journalist", "Journalist"),
        ("British historian", "Historian"),
        ("Turkish Professor", "Professor"),
        ("Georgian Prime Minister", "Georgian Prime Minister"),  # (another country's office keeps its own name)
    ],
)
def test_an_occupation_with_a_country_is_the_occupation(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Azerbaijan's Ambassador to Finland, Orkhan Bayramov, thanked the hosts for their support.",
            ["Orkhan Bayramov"],
        ),
        (HELD + "Ambassador Rasim Rzayev congratulated the community on its work.", ["Rasim Rzayev"]),
        (HELD + "Ambassador Rasim Rzayev thanked the President in a letter for his support.", []),
        (HELD + "Mark Libby, the US ambassador, praised the martyrs on X.", []),
        ("President Ilham Aliyev praised the heroes in his address to the nation.", []),
    ],
)
def test_a_head_of_mission_who_thanked_or_congratulated_spoke_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ambassador Zurab Pataradze honoured the memory of the victims of the tragedy committed by Soviet forces "
            "in Baku on 20 January 1990.",
            ["Zurab Pataradze"],
        ),
        (
            "Embassy staff led by Ambassador Mark Libby laid flowers in memory of those killed in January 1990.",
            ["Mark Libby"],
        ),
        ("Consul Ilkin Bayramov paid tribute to the martyrs of January 1990 at the monument.", ["Ilkin Bayramov"]),
        # the time before what is commemorated is still history told
        (
            "Heydar Aliyev came to the permanent representation in Moscow on 21 January 1990 and paid tribute to "
            "the victims.",
            [],
        ),
        ("In January 1990, Zurab Pataradze visited the graves of the victims of the crackdown.", []),
    ],
)
def test_the_time_of_those_commemorated_is_no_history(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_mission_named_by_its_formal_name_completes_a_bare_post() -> None:
    text = (
        "The Embassy of the Republic of Azerbaijan to the Republic of Korea hosted a memorial evening on the "
        "anniversary of the 20 January tragedy.\nOpening the evening, Ambassador Ramin Aliyev of Azerbaijan "
        "welcomed the guests."
    )
    assert roles(text) == [("Ramin Aliyev", "Ambassador of Azerbaijan to Korea")]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Director", "Director"),  # (a bare director is no school's)
        ("the director", "Director"),
        ("School Director", "School Director"),
        ("director of the school", "School Director"),
        ("Principal", "School Director"),
        ("məktəbin direktoru", "School Director"),
    ],
)
def test_a_bare_director_is_a_director(title: str, role: str) -> None:
    assert canonical_role(title) == role


def test_in_a_list_of_names_each_with_a_title_each_keeps_its_own() -> None:
    text = (
        HELD + "Sanna Vuori, a local resident, Reno Marti, former political adviser, Arzu Kaya, member of the youth "
        "network, attended the event."
    )
    assert roles(text) == [
        ("Sanna Vuori", None),
        ("Reno Marti", "Former Political Adviser"),
        ("Arzu Kaya", "Member of the Youth Network"),
    ]
    # (a title before the comma is still the name's when none follows it)
    text = HELD + "Ambassador of Azerbaijan to Finland, Faig Guliyev informed the guests about the tragedy."
    assert roles(text) == [("Faig Guliyev", "Ambassador of Azerbaijan to Finland")]


@pytest.mark.parametrize(
    ("title", "role"),
    [("British harpist", "Musician"), ("a young guitarist", "Musician"), ("the organist", "Musician")],
)
def test_instrument_players_are_musicians(title: str, role: str) -> None:
    assert canonical_role(title) == role


LONDON = "The Embassy of Azerbaijan in London held a memorial evening on the anniversary of the 20 January tragedy.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written after the name, in a report from one country abroad: that country's parliament
        (
            LONDON + "The guests included Sir Ian Cole MP.",
            [("Ian Cole", "Member of the Parliament of the United Kingdom")],
        ),
        (LONDON + "Bob Frame MP laid flowers.", [("Bob Frame", "Member of the Parliament of the United Kingdom")]),
        # before the name, or with no country named: the Milli Majlis's member
        (LONDON + "MP Ganira Aliyeva attended the ceremony.", [("Ganira Aliyeva", "Member of Parliament")]),
        (HELD.replace(" in Finland", "") + "Bob Frame MP laid flowers.", [("Bob Frame", "Member of Parliament")]),
    ],
)
def test_a_post_nominal_mp_sits_in_the_parliament_of_the_report_s_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Among the guests was the Ambassador of Sweden, H.E. Mr Lars Berg.",
            [("Lars Berg", "Ambassador of Sweden to Finland")],  # (a guest of our embassy there: accredited there)
        ),
        (
            HELD + "The Ambassador of Azerbaijan to Finland, His Excellency Mr Orkhan Bayramov, opened the evening.",
            [("Orkhan Bayramov", "Ambassador of Azerbaijan to Finland")],
        ),
        (
            HELD + "Mr Orkhan Bayramov, Ambassador of Azerbaijan, opened the evening.",
            [("Orkhan Bayramov", "Ambassador of Azerbaijan to Finland")],
        ),
    ],
)
def test_honorifics_between_a_title_and_the_name_leave_the_title_the_name_s(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's field after a university's "of" is no part of the name
        (
            "An event was held at the university.\nAssistant Rector of Caspian University of Technology Elmar "
            "Rustamov made an opening speech.",
            [("Elmar Rustamov", "Assistant Rector")],
        ),
        (
            "A meeting was held.\nThe rector of the University of Economics Anar Qasimov welcomed the guests.",
            [("Anar Qasimov", "Rector")],
        ),
        # the event's title in quotation marks between the event and "was held"
        (
            'An event dedicated to the tragedy "The January days, the nation\'s resolve and the road to freedom" was '
            "held at the university.\n\nHe recalled the night of the invasion.\n\nThe deputy dean Orkhan Salimov, "
            "welcoming the participants, said that the day is one of mourning.",
            ["Orkhan Salimov"],
        ),
    ],
)
def test_reports_of_university_events(text: str, expected: list[tuple[str, str | None]] | list[str]) -> None:
    found = roles(text) if expected and isinstance(expected[0], tuple) else names(text)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            HELD + "The executive director of the Friendship Society, Professor Erkin Nuri, spoke at the event.",
            "Executive Director of the Friendship Society",
        ),
        (HELD + "The head of the department, Professor Lina Berg, spoke at the event.", "Head of Department"),
        (HELD + "Speaking at the event, Professor Lina Berg noted the date.", "Professor"),
    ],
)
def test_an_office_before_a_comma_and_a_degree_is_the_role(text: str, role: str) -> None:
    assert [r for _, r in roles(text)] == [role]


def test_a_group_before_a_comma_and_a_degree_is_not() -> None:
    text = HELD + "Members of the community, Professor Lina Berg and Anar Aliyev attended the event."
    assert roles(text) == [("Lina Berg", "Professor"), ("Anar Aliyev", None)]
