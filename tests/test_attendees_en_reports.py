"""English reports written by agencies and embassies, often translated word by word from Azerbaijani or Russian
(issue 16): the ways they say someone was at an event, spoke at it or performed there, and the names they give
(an initial, a place after a post's "of"). Each phrasing has sentences that must place nobody. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names
from ._helpers import people as roles

# The paragraph that reports the event held: only in such a text does speaking place anyone.
HELD = "The Embassy of Azerbaijan in Estonia held a commemorative event on the anniversary of the 20 January tragedy.\n"

SPOKE = [
    # gave information, an overview, an account
    (HELD + "Ambassador Kamran Sadigov gave detailed information about the tragedy.", ["Kamran Sadigov"]),
    (HELD + "Then Tiina Kask provided an overview of the events of that night.", ["Tiina Kask"]),
    (HELD + "Historian Mart Laar gave a brief account of the curfew.", ["Mart Laar"]),
    # spoke in detail, touched upon, dwelt on, elaborated on
    (HELD + "Kamran Sadigov spoke in detail about the events of that winter.", ["Kamran Sadigov"]),
    (HELD + "Professor Jaan Tamm touched upon the history of the national movement.", ["Jaan Tamm"]),
    (HELD + "The chairwoman of the community Sevda Aliyeva dwelt on the fate of the families.", ["Sevda Aliyeva"]),
    (HELD + "Kadri Org elaborated on the archives of the period.", ["Kadri Org"]),
    # spoke at the event (a host's post in apposition, with an honorific)
    (HELD + "Ms. Liis Kuusk, mayor of Tartu, also spoke at the event.", ["Liis Kuusk"]),
    (HELD + "Head of the Estonia-Azerbaijan friendship group Urmas Rand spoke at the evening.", ["Urmas Rand"]),
    (
        HELD + "Also, Urmas Rand, member of parliament, Liis Kuusk, professor, spoke at the event.",
        ["Urmas Rand", "Liis Kuusk"],
    ),
    # shared memories; read poems
    (
        HELD + "Then the documentary was demonstrated; Vugar Hasanov, Nermin Guliyeva and Elchin Rzayev shared their "
        "memories.",
        ["Vugar Hasanov", "Nermin Guliyeva", "Elchin Rzayev"],
    ),
    (HELD + "Eyewitness Zaur Mammadov shared his recollections of that night.", ["Zaur Mammadov"]),
    (HELD + "Then student Aysel Karimova read a poem dedicated to the martyrs.", ["Aysel Karimova"]),
    # the floor given to someone, an event that continued with someone's speech, music performed by someone
    (HELD + "Then the floor was given to Urmas Rand, member of parliament.", ["Urmas Rand"]),
    (HELD + "The event continued with the speech of Liis Kuusk, mayor of Tartu.", ["Liis Kuusk"]),
    (HELD + "The evening opened with remarks by Counsellor Ilkin Bayramov.", ["Ilkin Bayramov"]),
    (HELD + "Poems were recited by pupils Leyla Abbasova and Murad Huseynli.", ["Leyla Abbasova", "Murad Huseynli"]),
    (HELD + "The guests listened to mugham performed by Elnur Jafarov, a tar player.", ["Elnur Jafarov"]),
    # brought to the attention of the participants
    (HELD + "Kamran Sadigov brought to the attention of the participants the decree of 1994.", ["Kamran Sadigov"]),
]


@pytest.mark.parametrize(("text", "expected"), SPOKE)
def test_who_spoke_at_the_event_was_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


SPOKE_ELSEWHERE = [
    # no event in the text: a report of words, not of an event
    "Ambassador Kamran Sadigov gave detailed information about the tragedy to the newspaper.",
    "Professor Jaan Tamm touched upon the history of the national movement in his latest book.",
    # from afar, at another time, remembered, another event's
    HELD + "In an interview, Kamran Sadigov gave detailed information about the tragedy.",
    HELD + "Eyewitness Zaur Mammadov shared his recollections in a video shown at the event.",
    HELD + "National leader Heydar Aliyev gave detailed information about the crime at a press conference in 1990.",
    HELD + "Martyr Ilham Allahverdiyev shared his last bread with a wounded friend.",
    HELD + "The film, directed by Rustam Ibragimbekov, shared the memories of the witnesses.",
    HELD + "The speech of President Ilham Aliyev was broadcast on television.",
    HELD + "The important role played by Heydar Aliyev was noted.",
    HELD + "A documentary of Vagif Mustafayev, read by Rasim Balayev, will be shown next week.",
]


@pytest.mark.parametrize("text", SPOKE_ELSEWHERE)
def test_words_and_works_from_elsewhere_place_nobody(text: str) -> None:
    assert names(text) == []


THERE = [
    # "with the participation of X, title," before what was held, and at the end of a sentence
    ("With the participation of Urmas Rand, member of parliament, the commemoration event was held.", ["Urmas Rand"]),
    ("The event was held with the participation of Liis Kuusk, mayor of Tartu.", ["Liis Kuusk"]),
    ("The ceremony took place in the presence of Kamran Sadigov, the Ambassador.", ["Kamran Sadigov"]),
    # "X and others laid a wreath"
    ("Kamran Sadigov and others laid a wreath at the monument to the martyrs.", ["Kamran Sadigov"]),
    ("Urmas Rand, Liis Kuusk and others laid flowers at the memorial.", ["Urmas Rand", "Liis Kuusk"]),
]


@pytest.mark.parametrize(("text", "expected"), THERE)
def test_participation_and_others(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NOT_THERE = [
    # "of X" completing another noun is still someone else
    "The ceremony honoured the memory of Urmas Rand, the poet, who died in 1990.",
    "The son of Kamran Sadigov, the martyr, laid a wreath at the monument.",
    # "and others" after people remembered, or in a negation
    "The names of Ilham Allahverdiyev and others killed that night were read out.",
    "Kamran Sadigov and others did not attend the ceremony.",
]


@pytest.mark.parametrize("text", NOT_THERE)
def test_others_and_complements_place_nobody_else(text: str) -> None:
    assert names(text) == []


def test_a_place_after_a_posts_of_belongs_to_the_title() -> None:
    # a place the data does not know, after "Mayor of", is no first name
    assert roles("Mayor of Tartu Liis Kuusk attended the event.") == [("Liis Kuusk", "Mayor of Tartu")]
    text = "Mayor of Jurmala Ilze Liepa, senator Peteris Kalnins and professor Anna Berzina attended the event."
    assert names(text) == ["Ilze Liepa", "Peteris Kalnins", "Anna Berzina"]
    # not after "of" that completes no title: a three-word name keeps its first word
    assert names("With the participation of Mehmet Ali Yilmaz, the event was held.") == ["Mehmet Ali Yilmaz"]
    assert names("The ceremony took place in the presence of Ahmet Faruk Ozturk.") == ["Ahmet Faruk Ozturk"]


INITIALS = [
    (HELD + "Dr. A. Aliyev spoke about the history of the tragedy.", ["A. Aliyev"]),
    ("Sh. Mammadov and A. A. Huseynov laid flowers at the monument.", ["Sh. Mammadov", "A. A. Huseynov"]),
    ("Anar Huseynov and Kh. Ismayilova laid flowers at the monument.", ["Anar Huseynov", "Kh. Ismayilova"]),
    # an initial of the person the article names in full is that person
    (
        HELD + "Ambassador Tahir Bagirov informed the participants about the causes. T. Bagirov noted that people of "
        "many faiths were buried there.",
        ["Tahir Bagirov"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS)
def test_a_name_with_an_initial(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_initials_that_are_no_name() -> None:
    # a list item's letter, an abbreviation of a country, a letter alone
    assert names("Group A. The event was attended by Ambassador Rauf Aliyev.") == ["Rauf Aliyev"]
    assert names("The event was organized by the U. S. Embassy and attended by Ambassador Rauf Aliyev.") == [
        "Rauf Aliyev"
    ]
    # a Soviet leader named with an initial is still a Soviet leader, and an object of "by"
    assert names("The decree signed by M. Gorbachev was read out at the ceremony.") == []


RAN_OR_PERFORMED = [
    # the event opened or conducted by someone; the word given to someone; the verb before its subject
    (HELD + "The event was opened by Ambassador Kamran Sadigov with an opening speech.", ["Kamran Sadigov"]),
    (HELD + "The workshop for children was conducted by teacher Gunel Abbasova.", ["Gunel Abbasova"]),
    (HELD + "Then the word was given to professor Jaan Tamm.", ["Jaan Tamm"]),
    (HELD + "Then spoke professor Jaan Tamm and journalist Kadri Org.", ["Jaan Tamm", "Kadri Org"]),
    (HELD + "Afterwards took the floor Urmas Rand, member of parliament.", ["Urmas Rand"]),
    # informed by someone; information given by someone; questions answered
    (HELD + "The participants were informed by Jaan Tamm about the curfew.", ["Jaan Tamm"]),
    (HELD + "Information about the tragedy was given by Counsellor Ilkin Bayramov.", ["Ilkin Bayramov"]),
    (HELD + "Later Jaan Tamm answered the questions of the audience.", ["Jaan Tamm"]),
    # songs performed, a group's plural opening the sentence, a field of a degree before a name
    (HELD + "Singers Aygun Bayli and Ramil Hasanov performed Azerbaijani songs.", ["Aygun Bayli", "Ramil Hasanov"]),
    (HELD + "Students Leyla Huseynli and Orkhan Talibov read poems.", ["Leyla Huseynli", "Orkhan Talibov"]),
    (
        HELD + "Associate Professor of the Centre of Humanities, PhD in History Jaan Tamm made a report.",
        ["Jaan Tamm"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RAN_OR_PERFORMED)
def test_who_ran_or_performed_at_the_event_was_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NOT_RAN = [
    # a passive or negated verb of saying, an event to come, an order given by someone, an interview
    HELD + "Mikhail Gorbachev, who ordered the troops in, was not mentioned by the guests.",
    HELD + "The event will be opened by Ambassador Kamran Sadigov next week.",
    "A commemoration will be held next week with the participation of Ambassador Kamran Sadigov.",
    HELD + "The order to open fire was given by Dmitry Yazov, the Soviet defence minister.",
    HELD + "Later Mikhail Gorbachev answered the questions of journalists in an interview.",
    "The role played by Heydar Aliyev in the assessment of the tragedy was noted by the speakers.",
]


@pytest.mark.parametrize("text", NOT_RAN)
def test_passives_future_and_orders_place_nobody(text: str) -> None:
    assert names(text) == []


def test_a_time_of_1990_that_a_speech_is_about_is_no_history() -> None:
    # what the speakers spoke about happened in 1990; they spoke at the event
    text = HELD + (
        "Then professor Rasim Aliyev and Kamala Guliyeva gave a speech and gave a report on the crimes committed by "
        "the Soviet army against the civilian population in January 1990."
    )
    assert names(text) == ["Rasim Aliyev", "Kamala Guliyeva"]
    assert names(HELD + "Jaan Tamm spoke about the events in January 1990.") == ["Jaan Tamm"]
    # a time of 1990 before the verb, or the time of the speech itself, or a verb of saying only: history
    assert names(HELD + "In January 1990 Jaan Tamm spoke about the tragedy.") == []
    assert names(HELD + "Heydar Aliyev made a speech in Moscow on 21 January 1990.") == []
    assert names(HELD + "Jaan Tamm, who was a student in 1990, spoke about the tragedy.") == []
    assert names(HELD + "Jaan Tamm noted that in January 1990 the troops entered Baku.") == []


def test_a_list_of_people_each_with_a_lower_case_title() -> None:
    text = HELD + (
        "Then professor Rasim Aliyev, associate professor Kamala Guliyeva, associate professor Tural Nasirli, "
        "Aysel Karimova gave a speech."
    )
    assert roles(text) == [
        ("Rasim Aliyev", "Professor"),
        ("Kamala Guliyeva", "Associate Professor"),
        ("Tural Nasirli", "Associate Professor"),
        ("Aysel Karimova", None),
    ]
    # an apposition after a name with no title of its own describes that name, as before
    assert names("Hikmet Hajiyev, assistant to President Ilham Aliyev, visited the Alley.") == ["Hikmet Hajiyev"]
    assert names("Orkhan Aliyev, head of the foreign policy department, visited the Alley.") == ["Orkhan Aliyev"]


def test_an_associate_professor_and_a_docent() -> None:
    assert roles(HELD + "In her speech, Associate Professor K. Guliyeva recalled the curfew.") == [
        ("K. Guliyeva", "Associate Professor")
    ]
    assert roles(HELD + "Then docent Aynur Aliyeva spoke about the tragedy.") == [
        ("Aynur Aliyeva", "Associate Professor")
    ]
    # a degree after an office: the office is the role
    assert roles(HELD + "The event was opened by the dean of the faculty, docent Tural Nasirli.") == [
        ("Tural Nasirli", "Dean")
    ]


ADDRESSED = [
    (HELD + "Mrs. Sevda Aliyeva, chairwoman of the community, read the names of the martyrs.", ["Sevda Aliyeva"]),
    (
        HELD + "Then, representatives of the Azerbaijani community, Elchin Rzayev and Gunel Abbasova, spoke.",
        ["Elchin Rzayev", "Gunel Abbasova"],
    ),
    (HELD + "Kamran Sadigov and Jaan Tamm addressed the event.", ["Kamran Sadigov", "Jaan Tamm"]),
    (HELD + "The evening was addressed by Kamran Sadigov and Jaan Tamm.", ["Kamran Sadigov", "Jaan Tamm"]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSED)
def test_who_addressed_the_event_or_read_the_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_speaking_alone_places_nobody_without_an_event_or_when_negated() -> None:
    assert names("Kamran Sadigov spoke. He was in Tallinn that week.") == []
    assert names(HELD + "Jaan Tamm never spoke.") == []
    assert names(HELD + "The names of the martyrs were read out by Heydar Aliyev in 1990.") == []


def test_a_centre_named_with_its_disciplines_is_no_person() -> None:
    text = HELD + (
        "Associate Professor of the Centre of English Language and Humanitarian Disciplines, PhD in History Tural "
        "Nasirli made a report."
    )
    assert names(text) == ["Tural Nasirli"]


def test_who_read_a_message_was_there_and_whose_message_it_was_was_not() -> None:
    assert names(HELD + "Ambassador Kamran Sadigov read out the message of President Ilham Aliyev.") == [
        "Kamran Sadigov"
    ]
    text = HELD + "Counsellor Ilkin Bayramov read the letter of Foreign Minister Jeyhun Bayramov to the participants."
    assert names(text) == ["Ilkin Bayramov"]
    # a message read out by nobody named, a statement read elsewhere
    assert names(HELD + "The message of Foreign Minister Jeyhun Bayramov was read out at the event.") == []
    assert names("President Ilham Aliyev read a statement on television.") == []
