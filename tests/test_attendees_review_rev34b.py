"""Guards found by reviewing the day's role rules on sentences written to trip them (rev34b): a plural title before
a list's serial comma and "and" is a group's, not the last name's ("attended by teachers, and X"); an attorney of a
district or a state prosecutes, no Lawyer; an ordinary English word one letter short of a long title's head
("charwoman") is no slip of that head; "Sloboda" after a titled given name is a surname; a month of the report's own
year other than its event's is another time; an army's loss stays 1990's when the sentence after it, pointing back,
names this event's own noun before a war. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract._title_words import mended_head
from jan20.extract.casualties import extract_casualties
from jan20.extract.roles import canonical_role

from ._helpers import people

HELD = "A commemoration of the 20 January victims was held at the cultural centre.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group before the serial comma and "and" is no title of the name after it
        ("The evening was attended by teachers, and Orhan Velizade.", [("Orhan Velizade", None)]),
        ("Among the guests at the evening were veterans, pupils, and Nargiz Tahirova.", [("Nargiz Tahirova", None)]),
        # (the title written before the list is still every name's)
        (
            "The evening was attended by teachers Aysel Karimli, Ramil Sadigov, and Orhan Velizade.",
            [("Aysel Karimli", "Teacher"), ("Ramil Sadigov", "Teacher"), ("Orhan Velizade", "Teacher")],
        ),
        # (an apposition after a comma keeps its title)
        ("At the evening the rector, Orhan Velizade, read a poem.", [("Orhan Velizade", "Rector")]),
    ],
)
def test_group_before_serial_comma_is_no_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected


def test_district_attorney_is_no_lawyer() -> None:
    text = "The evening was attended by district attorney Mark Doyle and attorney Mira Stein."
    assert people(HELD + text) == [("Mark Doyle", "Prosecutor"), ("Mira Stein", "Lawyer")]


@pytest.mark.parametrize(
    "written", ["district attorney", "the state attorney", "U.S. Attorney", "prosecuting attorney"]
)
def test_attorneys_who_prosecute(written: str) -> None:
    assert canonical_role(written) == "Prosecutor"


@pytest.mark.parametrize("word", ["charwoman", "Charwoman", "prosector"])
def test_ordinary_words_are_no_slips(word: str) -> None:
    assert mended_head(word) is None


def test_slips_still_mended() -> None:
    assert mended_head("chairwman") == "chairwoman"
    assert mended_head("Büyükelçsi") == "büyükelçisi"


@pytest.mark.parametrize(
    "text",
    [
        "The garrison lost 21 soldiers. It happened during the storming of Baku, long before the Karabakh war.",
        "The garrison lost 21 soldiers. This was in the January events, which led on to the Karabakh war.",
    ],
)
def test_loss_stays_when_the_next_sentence_names_this_event_first(text: str) -> None:
    """The next sentence points back and names a war, but names this event's own noun before it (rev34b)."""
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 21)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month of the report's own year, not the month its first sentence dates the event to: another time
        (
            "On 20 January 2024 the 34th anniversary was marked at the consulate. In June 2024, at a forum in"
            " Vienna, Consul Tamerlan Ismayilov spoke about the tragedy.",
            [],
        ),
        # (the event's own month still places the speaker; so does the year alone)
        (
            "On 20 January 2024 the 34th anniversary was marked at the consulate. In January 2024, Consul Tamerlan"
            " Ismayilov spoke about the tragedy at the consulate.",
            [("Tamerlan Ismayilov", "Consul")],
        ),
        (
            "The 34th anniversary was marked at the consulate. In June 2024, Consul Tamerlan Ismayilov spoke about"
            " the tragedy at the consulate.",
            [("Tamerlan Ismayilov", "Consul")],
        ),
    ],
)
def test_another_month_of_the_reports_year(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Slavic family name that is a town's word too: after a given name written after a title, the name's
        (
            "Speakers at the evening included Ambassador Marek Sloboda and Consul Ali Rzayev.",
            [("Marek Sloboda", "Ambassador"), ("Ali Rzayev", "Consul")],
        ),
        # (the town stays a town)
        (
            "Residents of Krasnaya Sloboda and Consul Ali Rzayev laid flowers at the memorial.",
            [("Ali Rzayev", "Consul")],
        ),
    ],
)
def test_sloboda_as_a_surname(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected
