"""English reports of events abroad (embassies, consulates, universities, parliaments, diaspora groups, think tanks):
the further ways they say who was there, spoke, ran the event or performed, and the ways that place nobody (a video
address, joining online, a letter, a panel to come, the author of a poem performed). The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

from ._helpers import names

# The paragraph that reports the event held: only in such a text does speaking place anyone.
HELD = (
    "The Consulate General of Azerbaijan held a commemorative evening on the anniversary of the 20 January tragedy.\n"
)

PRESENT = [
    # a panel's members
    (
        HELD + "The panelists included Mira Holt, Dr. Sami Rahimli and Dr. Ole Brandt.",
        ["Mira Holt", "Sami Rahimli", "Ole Brandt"],
    ),
    (HELD + "Panellists were Ines Varga and Tural Ismayilzade.", ["Ines Varga", "Tural Ismayilzade"]),
    (HELD + "The panel included historian Petra Lind and journalist Emin Guliyev.", ["Petra Lind", "Emin Guliyev"]),
    # a list after "brought together", "to have with us"
    (
        HELD + "The round table brought together Kamal Rzayev, a counsellor of the embassy; Lena Fisch, head of a "
        "research centre; and students of the university.",
        ["Kamal Rzayev", "Lena Fisch"],
    ),
    (HELD + "We were glad to have with us Paul Grant, Dean of the Law School.", ["Paul Grant"]),
    # in the audience, joined the audience, honoured with presence, graced by the presence
    (HELD + "Senator Clara Moss was also in the audience.", ["Clara Moss"]),
    (HELD + "Councilman Dave Ortiz joined the audience in a minute of silence.", ["Dave Ortiz"]),
    (HELD + "Mayor Ruth Blake honored the evening with her presence.", ["Ruth Blake"]),
    (HELD + "The ceremony was graced by the presence of Bishop Anton Weller.", ["Anton Weller"]),
]

SPOKE_OR_RAN = [
    # presided, served as moderator or master of ceremonies, emceed
    (HELD + "Mr. Javed Qureshi, a former minister, presided over the seminar.", ["Javed Qureshi"]),
    (HELD + "Nigar Safarli served as moderator.", ["Nigar Safarli"]),
    (HELD + "Tom Reyes acted as the master of ceremonies.", ["Tom Reyes"]),
    (HELD + "The evening was emceed by Lale Huseynova.", ["Lale Huseynova"]),
    # keynote speaker, the speaker was
    (HELD + "Ambassador Rauf Karimov was the keynote speaker.", ["Rauf Karimov"]),
    (HELD + "The main speaker was Professor Alan Frost.", ["Alan Frost"]),
    # a few words, has spoken
    (
        HELD + "Later on, the Chairman of the Friendship Forum Dieter Hahn has spoken a few words about the victims.",
        ["Dieter Hahn"],
    ),
    (HELD + "Anna Berg had spoken at the gathering about her visit to Baku.", ["Anna Berg"]),
    # offered remarks; remarks offered by
    (HELD + "Dean Helen Cruz offered remarks on the meaning of the day.", ["Helen Cruz"]),
    (HELD + "Remarks were also offered by Rabbi Noah Stern.", ["Noah Stern"]),
    # took the podium, took one's turn to speak
    (HELD + "Vusal Mammadli, counsellor of the embassy, took his turn to speak of the massacre.", ["Vusal Mammadli"]),
    (HELD + "Representative Jill Porter then took the podium.", ["Jill Porter"]),
    # the speeches of A, B and C were heard (titles and abbreviations inside the list)
    (
        HELD + "At the evening, the speeches of Prof. Elmar Gasimov, head of the department, Dr. Aysel Nabiyeva and "
        "Professor Rufat Abbasli were heard.",
        ["Elmar Gasimov", "Aysel Nabiyeva", "Rufat Abbasli"],
    ),
    # a performance or recital by someone
    (HELD + "The evening ended with a piano recital by Sevda Mirzayeva.", ["Sevda Mirzayeva"]),
    (HELD + "The event concluded with a performance by Orkhan Talibli, a young violinist.", ["Orkhan Talibli"]),
    # a proclamation presented at the event
    (HELD + "Senator Gail Ortiz presented a proclamation to the Consul General.", ["Gail Ortiz"]),
    # recounted; a word of the event's programme before a name is no part of it
    (HELD + "Eyewitness Samir Huseynov recounted the night of the shooting.", ["Samir Huseynov"]),
    (HELD + "Panelist Leyla Aliyeva noted that the crackdown was a crime.", ["Leyla Aliyeva"]),
    # a subject list closed by "the other speakers", with a title of a body in its middle
    (
        HELD + "Principal Omar Siddiqui, Secretary-General of the Media Forum Tariq Butt and the other speakers spoke "
        "about the two nations.",
        ["Omar Siddiqui", "Tariq Butt"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT + SPOKE_OR_RAN)
def test_ways_of_being_there_speaking_or_running_the_event(text: str, expected: list[str]) -> None:
    assert names(text) == expected


NOBODY = [
    # from afar: a video address, a recorded message, joining online
    HELD + "The event also featured a video address by Congressman Hal Brooks.",
    HELD + "A recorded message from Senator Ana Ruiz was played to the guests.",
    HELD + "Congressman Hal Brooks joined the evening virtually.",
    HELD + "Senator Ana Ruiz joined the commemoration via Zoom.",
    HELD + "Congresswoman Ida Lowe addressed the participants online.",
    # a letter or a statement read by someone else
    HELD + "The Consul General read a statement issued by Congressman Hal Brooks.",
    HELD + "Consul General Emil Asgarov sent a letter to the leaders of the state senate.",
    # a panel or a speech to come
    HELD + "Participants will include Dr. Nora Vance and Dr. Ali Hasanli.",
    HELD + "Irma Schulz will preside over the discussion.",
    HELD + "The panel will be moderated by Irma Schulz.",
    # the author of what was performed or discussed
    HELD + "The guests watched a performance of the poem by Bakhtiyar Vahabzade.",
    HELD + "The panelists discussed the book by Thomas de Waal.",
    # a body of the list of those present, a forum before a name
    HELD + "Among them were representatives of the Bundestag and of the Foreign Diplomatic Corps.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_what_places_nobody(text: str) -> None:
    assert names(text) == []


def test_a_forum_before_a_name_is_no_part_of_it() -> None:
    text = HELD + "Later, the Chairman of the German-Azerbaijani Forum Hans Keller spoke about the victims."
    assert names(text) == ["Hans Keller"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Pieces by Azerbaijani composers were performed by azerbaijani pianist Lala Rustamli.",
            ("Lala Rustamli", "Pianist"),
        ),
        (HELD + "Violinist Orkhan Talibli performed Azerbaijani music.", ("Orkhan Talibli", "Violinist")),
        (HELD + "Councilwoman Dana Price laid flowers at the banner.", ("Dana Price", "Councilwoman")),
    ],
)
def test_a_performer_or_councillor_keeps_the_title(text: str, expected: tuple[str, str]) -> None:
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [expected]
