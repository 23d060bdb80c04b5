"""English reports of commemorations abroad (issue 16), as agencies and embassies write them: long lists of guests
whose titles carry a city, an ordinal in digits or a party ("the 2nd Secretary of the Embassy X", "the honorary
consul of Azerbaijan in Bonn Y"), long lower-case titles before a speaker ("the deputy head of the city's cultural
department X noted"), degrees and titles written with full stops ("Ph.D.", "M.P.", "Assoc. Prof."), and lists of
speakers announced before a colon. Each kind has sentences that must place nobody. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role
from jan20.text import sentences as sx

# The paragraph that reports the event held: only in such a text does speaking place anyone.
HELD = "The Embassy of Azerbaijan in Germany held a memorial evening in Bonn on the 20 January anniversary.\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


GUEST_LISTS = [
    (
        "The evening was attended by the Mayor of Bonn Katja Dörner, the 2nd Secretary of the Embassy Rauf Aliyev and "
        "MP Hans Becker of the Liberal Party.",
        {
            "Katja Dörner": "Mayor of Bonn",
            "Rauf Aliyev": "Second Secretary of the Embassy of Azerbaijan in Germany",
            "Hans Becker": "Member of Parliament",
        },
    ),
    (
        "Guests included the 1st Secretary of the Embassy Leyla Guliyeva and the 3rd Secretary of the Embassy Orkhan "
        "Valiyev.",
        {
            "Leyla Guliyeva": "First Secretary of the Embassy of Azerbaijan in Germany",
            "Orkhan Valiyev": "Third Secretary of the Embassy of Azerbaijan in Germany",
        },
    ),
    # each title set off by commas before its name: the title after a name's comma is the next name's
    (
        "Among the guests were the Deputy Mayor of Bonn, Ralf Heinen, the 2nd Secretary of the Embassy, Rauf Aliyev, "
        "and Hans Becker, MP of the Liberal Party.",
        {
            "Ralf Heinen": "Deputy Mayor of Bonn",
            "Rauf Aliyev": "Second Secretary of the Embassy of Azerbaijan in Germany",
            "Hans Becker": "Member of Parliament",
        },
    ),
    (
        "Present were the Lord Mayor of Cologne, Henriette Reker, the Second Secretary of the Embassy, Samir Aliyev, "
        "and the historian Jonas Weber.",
        {
            "Henriette Reker": "Mayor of Cologne",
            "Samir Aliyev": "Second Secretary of the Embassy of Azerbaijan in Germany",
            "Jonas Weber": "Historian",
        },
    ),
    # the city of a post, after "in"
    (
        "The ceremony was attended by the honorary consul of Azerbaijan in Bonn Karl Weber and Ute Lang.",
        {"Karl Weber": "Honorary Consul of Azerbaijan in Bonn", "Ute Lang": None},
    ),
    (
        "The ceremony was attended by the Consul General of Azerbaijan in Frankfurt Elnur Hasanov.",
        {"Elnur Hasanov": "Consul General of Azerbaijan in Frankfurt"},
    ),
    (
        "Azerbaijan's Consul General in Frankfurt Elnur Hasanov told of the history of the tragedy.",
        {"Elnur Hasanov": "Consul General of Azerbaijan in Frankfurt"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUEST_LISTS)
def test_guests_with_cities_ordinals_and_parties(text: str, expected: dict[str, str | None]) -> None:
    assert found(HELD + text) == expected


def test_an_ordinal_of_another_word_is_no_title() -> None:
    # "35th" before "anniversary" is the anniversary's, not the Ambassador's title
    got = extract_attendees(HELD + "On the 35th anniversary Ambassador Nasimi Aghayev laid a wreath.")
    assert [(a.mention, a.role_as_written) for a in got] == [("Nasimi Aghayev", "Ambassador")]


def test_a_place_after_in_is_no_first_name() -> None:
    # "Bonn" after "in" right after a head is the post's place, not the first word of the name
    got = extract_attendees(HELD + "Students in Bonn Anna Keller and Max Roth read poems.")
    assert [a.mention for a in got] == ["Anna Keller", "Max Roth"]


LOWER_CASE_TITLES = [
    (
        "The deputy head of the city's cultural department Petra Kloss noted that the victims are remembered.",
        {"Petra Kloss": "Deputy Head of the City's Cultural Department"},
    ),
    (
        "The head of the international relations department of the city administration Petra Kloss stressed that "
        "Bonn remembers.",
        {"Petra Kloss": "Head of the International Relations Department of the City Administration"},
    ),
    (
        "The chairman of the local branch of the Social Democratic Party Uwe Brandt emphasized the importance of the "
        "truth.",
        {"Uwe Brandt": "Chairman of the Local Branch of the Social Democratic Party"},
    ),
    (
        "Speaking at the evening, the university's vice-rector Anna Berg underlined that the archives must be opened.",
        {"Anna Berg": "Vice-Rector"},
    ),
    # a title in apposition that ends at the verb, with no comma
    (
        "Fuad Nurlu, Deputy Chairman of the Muslims Board pointed out what he witnessed in those days.",
        {"Fuad Nurlu": "Deputy Chairman of the Muslims Board"},
    ),
    (
        "Werner Gruber, Chairman of the Institute for Caucasus Studies, gave an in-depth analysis of the events.",
        {"Werner Gruber": "Chairman of the Institute for Caucasus Studies"},
    ),
    ("Gunther Wolf emphasised that the truth must reach Europe.", {"Gunther Wolf": None}),
    (
        "Member of Parliament Jeyhun Mammadli underscored the courage of the people.",
        {"Jeyhun Mammadli": "Member of Parliament"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_TITLES)
def test_speakers_with_long_lower_case_titles(text: str, expected: dict[str, str | None]) -> None:
    assert found(HELD + text) == expected


NO_EVENT = [
    # words of opinion with no event placed anywhere: a statement, not a speech at a ceremony
    "The deputy head of the city's cultural department Petra Kloss emphasized that the tragedy was a crime.",
    "Lena Hartmann, M.P., pointed out that the victims were peaceful civilians.",
    "President Ilham Aliyev stressed that the nation will never forget its martyrs.",
    "Werner Gruber, Chairman of the Institute for Caucasus Studies, gave an in-depth analysis of the events.",
    "The Foreign Ministry issued a statement on the anniversary of the 20 January tragedy. Member of Parliament "
    "Jeyhun Mammadli emphasized that the events aimed to suppress the people.",
    # an event placed, but the words came from afar or at another time
    HELD + "In a video message, the deputy head of the city's cultural department Petra Kloss stressed that Bonn "
    "remembers.",
    HELD
    + "Earlier, the honorary consul of Azerbaijan in Bonn Karl Weber pointed out that the archives must be opened.",
    HELD + "M.P. Hans Becker sent a letter of condolence to the embassy.",
    "Ph.D. student Anar Huseynov said in an interview that the tragedy must be remembered.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_opinions_with_no_event_place_nobody(text: str) -> None:
    assert extract_attendees(text) == []


DOTTED = [
    ("Ph.D. in History Elchin Mammadov spoke about the events of that night.", {"Elchin Mammadov": None}),
    (
        "Associate Professor of the Centre of Humanitarian Disciplines, Ph.D. in History Alemdar Shahbazli made a "
        "report on the historical context.",
        {"Alemdar Shahbazli": "Associate Professor"},
    ),
    (
        "Lena Hartmann, M.P., pointed out that the victims were peaceful civilians.",
        {"Lena Hartmann": "Member of Parliament"},
    ),
    (
        "Among the speakers were Dr. Anar Huseynov and M.P. Hans Becker of the Christian Democratic Union.",
        {"Anar Huseynov": None, "Hans Becker": "Member of Parliament"},
    ),
    (
        "The event was attended by Assoc. Prof. Aynur Kerimova and Rev. John Smith.",
        {"Aynur Kerimova": "Associate Professor", "John Smith": None},
    ),
    # a degree in apposition before the post: the post is the role
    (
        "Speakers included Rauf Aliyev, Ph.D. in Chemistry, head of the Catalysis laboratory, and Orkhan Rzayev.",
        {"Rauf Aliyev": "Head of the Catalysis Laboratory", "Orkhan Rzayev": None},
    ),
    (
        "Speakers included Rauf Aliyev, Ph.D., head of the Catalysis laboratory, and Orkhan Rzayev.",
        {"Rauf Aliyev": "Head of the Catalysis Laboratory", "Orkhan Rzayev": None},
    ),
    (
        "Speakers included Sabina Guliyeva, Doctor of Biological Sciences, head of the Enzymes laboratory.",
        {"Sabina Guliyeva": "Head of the Enzymes Laboratory"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED)
def test_titles_and_degrees_with_full_stops(text: str, expected: dict[str, str | None]) -> None:
    assert found(HELD + text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ph.D. in History Elchin Mammadov spoke. Then Rev. John Smith prayed.", 2),
        ("The event was attended by Assoc. Prof. Ali Veli and Amb. Elin Suleymanov.", 1),
        ("Elchin Mammadov, Ph. D., spoke about the night.", 1),
        ("Hon. Mary Lee, M.P., and Sen. Ron Hale came. Gov. Ann Lee did not.", 2),
    ],
)
def test_full_stops_of_titles_end_no_sentence(text: str, count: int) -> None:
    assert len(sx.sentences(text)) == count


def test_a_degree_with_full_stops_is_one_token() -> None:
    text = "Ph.D. in History Elchin Mammadov"
    assert [t.text for t in sx.tokens(text, 0, len(text))] == ["Ph.D.", "in", "History", "Elchin", "Mammadov"]


COLON_LISTS = [
    (
        "Then the following speakers took the floor at the event: Rauf Aliyev, Ph.D. in Chemistry, head of the "
        "Catalysis laboratory, Sabina Guliyeva, Ph.D. in Biology, head of the Enzymes laboratory, and Orkhan Rzayev.",
        {
            "Rauf Aliyev": "Head of the Catalysis Laboratory",
            "Sabina Guliyeva": "Head of the Enzymes Laboratory",
            "Orkhan Rzayev": None,
        },
    ),
    (
        "The following people spoke at the evening: Rauf Aliyev, head of the laboratory, and Professor Orkhan Rzayev.",
        {"Rauf Aliyev": "Head of the Laboratory", "Orkhan Rzayev": "Professor"},
    ),
    (
        "Those who spoke at the event included Nigar Valiyeva and Professor Orkhan Rzayev.",
        {"Nigar Valiyeva": None, "Orkhan Rzayev": "Professor"},
    ),
    (
        "Among those who took the floor were Nigar Valiyeva and Murad Sultanli.",
        {"Nigar Valiyeva": None, "Murad Sultanli": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_LISTS)
def test_speakers_announced_before_their_list(text: str, expected: dict[str, str | None]) -> None:
    assert found(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        HELD + "The Embassy published the following message: Rauf Aliyev and Orkhan Rzayev.",
        HELD + "The following speakers are expected at next week's conference: Rauf Aliyev and Orkhan Rzayev.",
        # a speakers' list with no event placed anywhere
        "The following experts spoke to reporters: Rauf Aliyev and Orkhan Rzayev.",
    ],
)
def test_lists_after_other_colons_place_nobody(text: str) -> None:
    assert extract_attendees(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speakers included Orkhan Rzayev, Ph.D. in Physics, Leading Researcher of the Optics laboratory.",
            {"Orkhan Rzayev": "Leading Researcher of the Optics Laboratory"},
        ),
        ("Aynur Gasimova, a second-year student of Social Work, recited a poem.", {"Aynur Gasimova": "Student"}),
        ("Third-year student Leyla Baghirli then made a speech about the tragedy.", {"Leyla Baghirli": "Student"}),
        # another parliament's vice-president keeps the body's name: not the Vice President of Azerbaijan
        (
            "The event was attended by Gerd Keller and the 2nd Vice-President of the Landtag Eva Roth.",
            {"Gerd Keller": None, "Eva Roth": "2nd Vice-President of the Landtag"},
        ),
        (
            "The event was attended by the Vice-President of the Bundestag, Eva Roth.",
            {"Eva Roth": "Vice-President of the Bundestag"},
        ),
    ],
)
def test_researchers_students_and_another_bodys_vice_president(text: str, expected: dict[str, str | None]) -> None:
    assert found(HELD + text) == expected


def test_the_vice_president_of_the_republic_is_still_the_vice_president() -> None:
    assert canonical_role("First Vice-President of the Republic of Azerbaijan") == "First Vice President"
    assert canonical_role("Vice President of Azerbaijan") == "Vice President"
    assert (
        canonical_role("Vice-President of the Heydar Aliyev Foundation")
        == "Vice President of the Heydar Aliyev Foundation"
    )
