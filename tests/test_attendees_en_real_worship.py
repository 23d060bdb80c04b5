"""English reports of commemorations abroad (issue 16), as embassies, diaspora bodies, parliaments and houses of
worship write them: a reception "to mark" the day held in a parliament, speeches at a picket or vigil, a prayer
offered by a cleric, a pastor who calls on everyone present to pray, an Asian guest list with titles before family
names. Each kind has sentences that must place nobody: a statement or letter sent, a victim remembered, the Soviet
leaders who gave the orders. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The Embassy of Azerbaijan in Germany held a memorial evening in Bonn on the 20 January anniversary.\n"
RECEPTION = (
    "The Embassy of Azerbaijan in the United Kingdom held a reception in Parliament in London to mark 20 January.\n"
)
PICKET = "Azerbaijanis of Ottawa held a picket in front of the Parliament on the anniversary of 20 January.\n"
MOSQUE = "A commemoration of the 20 January victims was held at the Islamic Centre in Sydney.\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


SPOKEN = [
    # a reception held to mark the day is an event: who addressed it was there
    (RECEPTION + "Tom Reed MP addressed the audience.", {"Tom Reed": "Member of the Parliament of the United Kingdom"}),
    (RECEPTION + "Lord Ashby spoke about the night of 20 January.", {"Ashby": "Member of the House of Lords"}),
    (
        "A symposium on 20 January was organised by the Institute in Canberra.\nDr. Helen Park spoke at the symposium.",
        {"Helen Park": None},
    ),
    # speeches at a picket or a vigil
    (
        PICKET + "Oguz Turkel, Deniz Savalan and Yegana Jafarli spoke at the picket.",
        {"Oguz Turkel": None, "Deniz Savalan": None, "Yegana Jafarli": None},
    ),
    (PICKET + "Anar Bayramli also spoke at the vigil held the same evening.", {"Anar Bayramli": None}),
    # a prayer offered, recited or led by a cleric
    (MOSQUE + "A prayer for the martyrs was offered by Imam Ahmad Karimov.", {"Ahmad Karimov": "Imam"}),
    (MOSQUE + "Prayers were recited by Sheikh Yusuf Haddad.", {"Yusuf Haddad": None}),  # (an honorific, no role)
    (MOSQUE + "The service was conducted by the parish priest Michael Grant.", {"Michael Grant": "Priest"}),
    # a cleric or host who calls on those present
    (
        MOSQUE + "Assistant pastor of the community Kamil Karimli called on everyone present to pray.",
        {"Kamil Karimli": "Assistant Pastor of the Community"},
    ),
    (MOSQUE + "Imam Ahmad Karimov urged the participants to remember the victims.", {"Ahmad Karimov": "Imam"}),
    # a group attended, "among them" the people it names
    (
        HELD + "Some forty guests attended the evening, among them Professor Hans Weber and the historian Jonas Lang.",
        {"Hans Weber": "Professor", "Jonas Lang": "Historian"},
    ),
    (
        HELD + "Students and teachers took part in the event, among whom the dean Ute Lang.",
        {"Ute Lang": "Dean"},
    ),
    # an Asian guest list: titles before names written family name first, the body after
    (
        HELD + "Guests included Publisher-Chairman Lee Min-ho of the Seoul Herald and Professor Song Jae-won of "
        "Hanguk University.",
        {"Lee Min-ho": "Publisher-Chairman of the Seoul Herald", "Song Jae-won": "Professor"},
    ),
    (
        HELD + "Professor Song Jae-won and Director Park Min-ho of the Korea Foundation also spoke at the event.",
        {"Song Jae-won": "Professor", "Park Min-ho": "Director of the Korea Foundation"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN)
def test_spoken_prayed_and_listed(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a statement issued or read out, a letter, a motion: the sender is elsewhere
        RECEPTION + "The ambassador read out a statement issued by Congressman Hal Brooks.",
        RECEPTION + "In a letter, Mayor Vincent Gale extended official recognition of the day.",
        RECEPTION + "A member of the Parliament of Canada, Barry Devlin, issued a statement on the tragedy.",
        # the dead remembered, and those who ordered the troops in
        MOSQUE + "Prayers were offered for the martyrs, among them Ilham Allahverdiyev and Fariz Aliyev.",
        MOSQUE + "The troops acted on the direct orders of Mikhail Gorbachev and Dmitry Yazov.",
        # "among them" after the dead, not after those who attended
        MOSQUE + "Many civilians were killed that night, among them Ilham Allahverdiyev.",
        # no event: a picket or prayer named without anyone placed at it
        PICKET + "Speeches at the picket condemned the crime.",
    ],
)
def test_not_there(text: str) -> None:
    assert found(text) == {}
