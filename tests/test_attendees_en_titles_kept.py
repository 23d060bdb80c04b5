"""English reports of university, embassy and parliament events: the titles a person keeps (a vice-rector's or a
department head's portfolio, an assistant rector, a student, a peer), titles in the plural shared by the names after
them, given names a date word could be mistaken for ("Jan") or joined by a hyphen, and the people a group "including"
them puts at the event. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

# The paragraph that reports the event held (a university's, with no mission to complete a bare post).
HELD = "The university held a memorial evening on the anniversary of the 20 January tragedy.\n"
# A visit to the Alley, where a bare "Ambassador" stays bare.
ALLEY = "Foreign diplomats visited the Alley of Martyrs on the anniversary of the 20 January tragedy.\n"


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # the portfolio is the post's, the body it is of is not
        ("Vice-Rector for Scientific Affairs", "Vice-Rector for Scientific Affairs"),
        ("vice-rector for academic affairs of the university", "Vice-Rector for Academic Affairs"),
        (
            "Vice Rector for Education, Science and Outreach of the Oil Academy",
            "Vice-Rector for Education, Science and Outreach",
        ),
        ("Pro-Rector on International Cooperation", "Vice-Rector for International Cooperation"),
        ("Head of the Department of History", "Head of the Department of History"),
        ("head of the department of world literature at the university", "Head of the Department of World Literature"),
        ("Chair of the Department for Political Science", "Head of the Department of Political Science"),
        ("Deputy Head of the Department of Physics", "Deputy Head of the Department of Physics"),
        # without a portfolio, the post alone
        ("Vice-Rector", "Vice-Rector"),
        ("Vice-Rector of the University", "Vice-Rector"),
        ("head of the department", "Head of Department"),
        ("Head of the Press Department", "Head of the Press Department"),
        # an assistant rector is no rector
        ("Assistant Rector", "Assistant Rector"),
        ("assistant to the rector", "Assistant Rector"),
        ("Rector", "Rector"),
        # students, whatever they study and where
        ("student", "Student"),
        ("third-year law students", "Student"),
        ("a student of the Faculty of History", "Student"),
        ("Chair of the Azerbaijani Students Society", "Chair of the Azerbaijani Students Society"),
        # titles in the plural, as each person's in the singular
        ("Ambassadors", "Ambassador"),
        ("Members of Parliament", "Member of Parliament"),
        ("MPs", "Member of Parliament"),
        ("Professors", "Professor"),
        ("Senators", "Senator"),
        # a peer
        ("Lord", "Member of the House of Lords"),
        ("Peers Lord", "Member of the House of Lords"),
        ("Lord Mayor", "Lord Mayor"),
    ],
)
def test_titles_as_their_canonical_roles(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Vice-Rector for Student Affairs Gunay Rahimova welcomed the guests.",
            [("Gunay Rahimova", "Vice-Rector for Student Affairs")],
        ),
        (
            HELD + "The evening was opened by Elvin Karimli, Vice-Rector for Research of the University.",
            [("Elvin Karimli", "Vice-Rector for Research")],
        ),
        (
            HELD + "Head of the Department of Linguistics Samir Orujov spoke about the night of 20 January.",
            [("Samir Orujov", "Head of the Department of Linguistics")],
        ),
        (
            HELD + "Nurlan Abbasli, Head of the Department of Modern History, delivered a speech.",
            [("Nurlan Abbasli", "Head of the Department of Modern History")],
        ),
        (HELD + "Assistant Rector Vugar Alizade thanked the guests.", [("Vugar Alizade", "Assistant Rector")]),
        (
            HELD + "Poems were recited by students Lala Mirzayeva and Togrul Hajiyev.",
            [("Lala Mirzayeva", "Student"), ("Togrul Hajiyev", "Student")],
        ),
        (HELD + "Student Kanan Aliyev took the floor.", [("Kanan Aliyev", "Student")]),
        (
            HELD + "Sevinj Ismayilova, a student of the Faculty of Journalism, read a poem by Bakhtiyar Vahabzade.",
            [("Sevinj Ismayilova", "Student")],
        ),
        (
            HELD + "The second-year engineering students Ali Guliyev and Zaur Ramazanov made a presentation.",
            [("Ali Guliyev", "Student"), ("Zaur Ramazanov", "Student")],
        ),
    ],
)
def test_university_posts_in_sentences(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ALLEY + "Ambassadors Tomas Novy and Ewa Lis laid flowers at the graves.",
            [("Tomas Novy", "Ambassador"), ("Ewa Lis", "Ambassador")],
        ),
        (
            HELD + "Members of Parliament Helen Ward and Peter Quinn attended the evening.",
            [("Helen Ward", "Member of Parliament"), ("Peter Quinn", "Member of Parliament")],
        ),
        (
            HELD + "Professors Arif Valiyev and Mehmet Kaya spoke at the ceremony.",
            [("Arif Valiyev", "Professor"), ("Mehmet Kaya", "Professor")],
        ),
        (
            HELD + "The reception was attended by Peers Lord Colin Hart and Lord Ivan Reed and some forty guests.",
            [("Colin Hart", "Member of the House of Lords"), ("Ivan Reed", "Member of the House of Lords")],
        ),
        (
            HELD + "The evening was attended by members of both Houses as well as by Lord Simon Vale and other guests.",
            [("Simon Vale", "Member of the House of Lords")],
        ),
    ],
)
def test_a_title_in_the_plural_is_every_name_s_in_the_singular(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is also a month's abbreviation
        (
            ALLEY + "The ceremony was attended by diplomats, among them the Ambassador of Poland to Georgia Jan Wrona.",
            [("Jan Wrona", "Ambassador of Poland to Georgia")],
        ),
        (ALLEY + "Ambassador Jan Holm laid a wreath.", [("Jan Holm", "Ambassador")]),
        # hyphenated given names, as Europe and Korea write them
        (HELD + "Jean-Luc Morel, Mayor of Arras, attended the evening.", [("Jean-Luc Morel", "Mayor of Arras")]),
        (HELD + "Professor Kim Min-jun opened the event.", [("Kim Min-jun", "Professor")]),
        (
            HELD + "Mary-Ann Doyle and Hee-sun Lim read poems at the ceremony.",
            [("Mary-Ann Doyle", None), ("Hee-sun Lim", None)],
        ),
        # "including" after a verb of being there
        (
            HELD + "Many guests attended the evening, including Senator Rita Ames, Professor Omar Dahl and "
            "journalist Lena Voss.",
            [("Rita Ames", "Senator"), ("Omar Dahl", "Professor"), ("Lena Voss", "Journalist")],
        ),
        (
            ALLEY + "Several envoys visited the Alley, including Ambassador Karl Berg and Ambassador Eva Lind.",
            [("Karl Berg", "Ambassador"), ("Eva Lind", "Ambassador")],
        ),
    ],
)
def test_given_names_and_lists_after_including(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the date, not a name
        ALLEY + "On Jan 20 the Alley was open to visitors from early morning.",
        # "including" with no verb of being there, or the victims it names
        HELD + "Hundreds of civilians were killed that night, including Ilham Allahverdiyev and Larisa Mamedova.",
        "The embassy published a list of books, including works by Professor Omar Dahl and Senator Rita Ames.",
        # a student quoted from an interview, a rector's decree
        HELD + "In an interview, student Lala Mirzayeva said the day must be remembered.",
        HELD + "A plan of events was drawn up by decree of Rector Elmar Gasimov.",
    ],
)
def test_what_places_nobody(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio of several fields, its commas the title's
        (
            HELD + "Speaking at the meeting, Vice-Rector for Teaching, Research and Outreach of the Academy Nijat "
            "Guliyev recalled the night.",
            [("Nijat Guliyev", "Vice-Rector for Teaching, Research and Outreach")],
        ),
        (
            HELD + "Opening the meeting, the Academy's Vice-Rector for Training, Science and Outreach Elmira Kazimova "
            "welcomed the guests.",
            [("Elmira Kazimova", "Vice-Rector for Training, Science and Outreach")],
        ),
        (
            HELD
            + "Vice-Rector for Science Ruslan Abdullayev, Dean Samira Karimli and Gunel Rzayeva attended the event.",
            [("Ruslan Abdullayev", "Vice-Rector for Science"), ("Samira Karimli", "Dean"), ("Gunel Rzayeva", None)],
        ),
    ],
)
def test_a_portfolio_with_commas(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who performed at the event was there, with the instrument's player as a musician
        (HELD + "Mugham was performed by tar player Vusal Rzayev.", [("Vusal Rzayev", "Musician")]),
        (
            HELD + "Kamancha player Orkhan Bagirov and balaban player Ilkin Dadashov played mugham at the ceremony.",
            [("Orkhan Bagirov", "Musician"), ("Ilkin Dadashov", "Musician")],
        ),
        (
            HELD + "Young pianist Nargiz Aliyeva, who studies in Graz, performed works by Azerbaijani composers.",
            [("Nargiz Aliyeva", "Pianist")],
        ),
        (HELD + "Singer Aysel Tagiyeva sang ballads in memory of the martyrs.", [("Aysel Tagiyeva", "Singer")]),
        # what is said of a performer is no part of the role; one of a group of performers is one of them
        (HELD + "The renowned singer Gulnar Safarova laid flowers at the banner.", [("Gulnar Safarova", "Singer")]),
        (
            HELD + "The guests heard melodies performed by Ramin Bagirov, one of the renowned tar players of Shusha.",
            [("Ramin Bagirov", "Musician")],
        ),
        (
            HELD + "The evening closed with songs performed by Sevil Rzayeva, one of the famous singers of Ganja.",
            [("Sevil Rzayeva", "Singer")],
        ),
        (
            HELD + "Musicians Tarlan Abbasov and Ulvi Karimli performed mugham.",
            [("Tarlan Abbasov", "Musician"), ("Ulvi Karimli", "Musician")],
        ),
    ],
)
def test_performers_were_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a host country by its formal name
        ("Ambassador of Azerbaijan in the Federal Republic of Germany", "Ambassador of Azerbaijan to Germany"),
        ("Ambassador of Azerbaijan to the Republic of Korea", "Ambassador of Azerbaijan to Korea"),
        ("Ambassador of the Republic of Azerbaijan to the Kingdom of Spain", "Ambassador of Azerbaijan to Spain"),
        # the sending country by its formal name is still the sender
        ("Ambassador of the Republic of Korea to Azerbaijan", "Ambassador of Korea"),
        ("Consul General of the Republic of Azerbaijan in Istanbul", "Consul General of Azerbaijan in Istanbul"),
    ],
)
def test_a_host_country_by_its_formal_name(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    "text",
    [
        # performed at another time, or a composer whose work was performed
        HELD + "Back in 2015, pianist Nargiz Aliyeva performed works by Azerbaijani composers in Vienna.",
        HELD + "A piece by composer Gara Garayev was performed by the students.",
    ],
)
def test_performers_who_were_not_there(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named after a person inside a title ("… of the Heydar Aliyev Foundation X")
        (
            HELD + "Director of the Representative Office of the Heydar Aliyev Foundation Rauf Seyidov informed the "
            "attendees of the event.",
            [("Rauf Seyidov", "Director of the Representative Office of the Heydar Aliyev Foundation")],
        ),
        # a representative office is a body, not a diplomat's post
        (
            HELD + "Director of the Hungarian Representative Office of the Nizami Ganjavi Centre Aida Kerimova "
            "delivered a speech.",
            [("Aida Kerimova", "Director of the Hungarian Representative Office of the Nizami Ganjavi Centre")],
        ),
    ],
)
def test_a_body_named_after_a_person_inside_a_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected
