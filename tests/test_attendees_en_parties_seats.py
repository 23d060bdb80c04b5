"""English reports of commemorations abroad (issue 16): members of parliaments and congresses named with their party,
seat or chamber ("a deputy from the CDU X", "the MP for Dover X", "Conservative peer Lord X", "Senator X (D-NJ)",
"Rep. X"), family names written first that are English words too ("Director Park Ji-won"), and the title after a
name's degree ("X, Ph.D., associate professor, Dr. Y"). Each kind has sentences that must place nobody, or not that
role. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

HELD = "The Embassy of Azerbaijan in Germany held a memorial evening in Bonn on the 20 January anniversary.\n"
LONDON = "The Embassy of Azerbaijan in the United Kingdom held a reception in London to mark 20 January.\n"
WASHINGTON = "The Embassy of Azerbaijan in the United States held a commemoration in Washington on 20 January.\n"
SEOUL = "The Embassy of Azerbaijan in Seoul held a memorial event on the anniversary of 20 January.\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("deputy from the CDU", "Member of the Parliament of Germany"),
        ("a deputy from the SPD", "Member of the Parliament of Germany"),
        ("CDU deputy", "Member of the Parliament of Germany"),
        ("Bundestag deputy", "Member of the Parliament of Germany"),
        ("member of the Bundestag from the Greens", "Member of the Parliament of Germany"),
        ("Congressman", "Member of Congress"),
        ("Congresswoman", "Member of Congress"),
        ("Democratic Congresswoman", "Member of Congress"),
        ("Rep.", "Member of Congress"),
        ("member of the U.S. Congress", "Member of Congress"),
        ("Conservative peer", "Member of the House of Lords"),
        ("Labour peer", "Member of the House of Lords"),
        ("crossbench peer", "Member of the House of Lords"),
        ("Republican Senator", "Senator"),
        ("U.S. Senator", "Senator"),
        ("Sen.", "Senator"),
        ("MP for Dover", "Member of the Parliament of the United Kingdom"),
        ("Labour MP", "Member of Parliament"),
        # not a member: the titles keep their own words
        ("Lord Mayor", "Lord Mayor"),
        ("state senator", "State Senator"),
        ("Democratic Party chairman", "Chairman of the Democratic Party"),
        ("Representative", "Representative"),
        ("deputy", "Deputy"),
    ],
)
def test_members_by_party_and_chamber(written: str, role: str) -> None:
    assert canonical_role(written) == role


PARTIES = [
    (
        HELD + "The evening was attended by a deputy from the CDU Hans Becker and the historian Jonas Weber.",
        {"Hans Becker": "Member of the Parliament of Germany", "Jonas Weber": "Historian"},
    ),
    (HELD + "Guests included SPD deputy Ute Lang.", {"Ute Lang": "Member of the Parliament of Germany"}),
    (
        HELD + "The event was attended by Hans Becker, a member of the Bundestag from the CDU.",
        {"Hans Becker": "Member of the Parliament of Germany"},
    ),
    (
        LONDON + "The reception was attended by the MP for Dover Jane Doyle and Conservative peer Lord Harris.",
        {"Jane Doyle": "Member of the Parliament of the United Kingdom", "Harris": "Member of the House of Lords"},
    ),
    # a seat of two words, its second a compass word
    (
        LONDON + "The Member of Parliament for Harrow East Tom Reed addressed the audience.",
        {"Tom Reed": "Member of the Parliament of the United Kingdom"},
    ),
    (
        LONDON + "Among the guests was the MP for Ilford North Wes Carter.",
        {"Wes Carter": "Member of the Parliament of the United Kingdom"},
    ),
    (LONDON + "Labour peer Lord Ashby spoke at the event.", {"Ashby": "Member of the House of Lords"}),
    (WASHINGTON + "Congressman Hal Brooks addressed the audience.", {"Hal Brooks": "Member of Congress"}),
    (
        WASHINGTON + "The event was attended by Congresswoman Ida Lowe and Senator Tim Kane.",
        {"Ida Lowe": "Member of Congress", "Tim Kane": "Senator"},
    ),
    # a party's tag in brackets between the name and its verb
    (WASHINGTON + "Senator Robert Mendes (D-NJ) attended the ceremony.", {"Robert Mendes": "Senator"}),
    (WASHINGTON + "Rep. Steve Cole (R-TN) addressed the guests.", {"Steve Cole": "Member of Congress"}),
    (WASHINGTON + "Senator Ann Fry (I) spoke at the commemoration.", {"Ann Fry": "Senator"}),
    (
        WASHINGTON + "Sen. Tim Kane and Rep. Steve Cole attended the ceremony.",
        {"Tim Kane": "Senator", "Steve Cole": "Member of Congress"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_members_named_with_party_seat_or_chamber(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a statement or letter sent, a motion put forward: no one there
        WASHINGTON + "The ambassador read out a statement issued by Congressman Hal Brooks.",
        WASHINGTON + "In a letter, Senator Robert Mendes (D-NJ) honoured the victims.",
        LONDON + "An early day motion was tabled by the MP for Dover Jane Doyle.",
        HELD + "The troops acted on the orders of Mikhail Gorbachev and Dmitry Yazov.",
    ],
)
def test_members_not_there(text: str) -> None:
    assert found(text) == {}


FAMILY_FIRST = [
    (SEOUL + "Director Park Ji-won delivered a speech at the event.", {"Park Ji-won": "Director"}),
    (
        SEOUL + "The ceremony was attended by Professor Kim Min-jun and Director Park Ji-won.",
        {"Kim Min-jun": "Professor", "Park Ji-won": "Director"},
    ),
    (SEOUL + "Speaking at the event, Dr. Park Seo-yeon recalled the night.", {"Park Seo-yeon": None}),
    (HELD + "The evening was attended by Minister He Lifeng.", {"He Lifeng": "Minister"}),
    # the family name's title and body before a comma are its own, not the next name's (the body after the name is the
    # title's: "Director of the Korea Foundation"; a rank keeps none)
    (
        SEOUL + "Guests included Director Park Ji-won of the Korea Foundation, Professor Song Jae-won of Hanguk "
        "University and Ute Lang.",
        {"Park Ji-won": "Director of the Korea Foundation", "Song Jae-won": "Professor", "Ute Lang": None},
    ),
    (
        SEOUL + "About fifty guests attended the evening, among them Director Park Ji-won and the historian Nguyen "
        "Van An.",
        {"Park Ji-won": "Director", "Nguyen Van An": "Historian"},
    ),
    (HELD + "The historian Nguyen Van An addressed the participants.", {"Nguyen Van An": "Historian"}),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_FIRST)
def test_family_names_first_after_a_title(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a park is a place: with no title before it, no name
        (SEOUL + "The guests visited Olympic Park before the ceremony attended by Jonas Weber.", {"Jonas Weber": None}),
        (SEOUL + "Flowers were laid in Park Avenue, attended by Jonas Weber.", {"Jonas Weber": None}),
        (HELD + "The ceremony in Rhine Park was attended by Ute Lang.", {"Ute Lang": None}),
        (SEOUL + "Wreaths were laid in the park, attended by Jonas Weber.", {"Jonas Weber": None}),
    ],
)
def test_a_park_stays_a_place(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


DEGREES = [
    (
        HELD + "Ruslan Aliyev, Ph.D., associate professor, Dr. Anna Schmidt and Jonas Weber spoke at the event.",
        {"Ruslan Aliyev": "Associate Professor", "Anna Schmidt": None, "Jonas Weber": None},
    ),
    (
        HELD + "Speakers included Ruslan Aliyev, Ph.D., associate professor, Dr. Anna Schmidt, senior lecturer.",
        {"Ruslan Aliyev": "Associate Professor", "Anna Schmidt": "Senior Lecturer"},
    ),
    (
        HELD + "Ruslan Aliyev, PhD, historian, and Prof. Anna Schmidt addressed the audience.",
        {"Ruslan Aliyev": "Historian", "Anna Schmidt": "Professor"},
    ),
    # with no degree between, as before: the title after the comma is the first name's
    (
        HELD + "Ruslan Aliyev, associate professor, Dr. Anna Schmidt and Jonas Weber spoke at the event.",
        {"Ruslan Aliyev": "Associate Professor", "Anna Schmidt": None, "Jonas Weber": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEGREES)
def test_a_title_after_a_degree_is_the_name_before(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
