"""Long titles of real reporting, in every language (invented names and sentences): a title read across a comma or a
gloss in brackets, a post in apposition after a degree, heads and bodies named in genitive chains, the place of a
post, and the home nationality dropped from a title the data does not list."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


def _roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title, a comma, then the name and its verb
        (
            "Opening the evening, Ambassador of the Republic of Azerbaijan to Chile, Rauf Mammadli told the guests "
            "about the night of 20 January and laid a wreath.",
            {"Rauf Mammadli": "Ambassador of Azerbaijan to Chile"},
        ),
        # a title after the name, a verb and no closing comma
        (
            "Speaking at the event, Kamran Aliyev, Consul General of Azerbaijan in Los Angeles briefed the guests on "
            "the tragedy.",
            {"Kamran Aliyev": "Consul General of Azerbaijan in Los Angeles"},
        ),
        # a gloss in brackets inside a title
        (
            "Chairman of the Milli Majlis (Parliament) Eldar Ahmadov laid a wreath at the Eternal Flame.",
            {"Eldar Ahmadov": "Speaker of the Milli Majlis"},
        ),
        # a degree before the name, the post after it
        (
            "At the round table, Professor Tariq Anwar, Dean of the Faculty of Oriental Studies, delivered a speech.",
            {"Tariq Anwar": "Dean of the Faculty of Oriental Studies"},
        ),
        (
            "Dr. Helen Brook, Director of the Caspian Studies Centre, delivered a speech at the conference.",
            {"Helen Brook": "Director of the Caspian Studies Centre"},
        ),
        # a long title before the name
        (
            "The Ambassador Extraordinary and Plenipotentiary of Norway to Azerbaijan, Ola Nordmann, laid a wreath.",
            {"Ola Nordmann": "Ambassador of Norway"},
        ),
        # a military rank after the post is no post
        (
            "The Minister of Health, Major General Rashad Guliyev, visited the Alley of Martyrs.",
            {"Rashad Guliyev": "Minister of Health"},
        ),
        # the home nationality is dropped from a ministry the data does not list; a foreign one makes the envoy's
        (
            "The ceremony was attended by the Azerbaijani Minister of Digital Economy, Samir Karimov, and the "
            "Georgian Ambassador Levan Beridze.",
            {"Samir Karimov": "Minister of Digital Economy", "Levan Beridze": "Ambassador of Georgia"},
        ),
        (
            "The Azerbaijani Minister of Tourism, Fuad Guliyev, laid flowers at the monument.",
            {"Fuad Guliyev": "Minister of Tourism"},
        ),
    ],
)
def test_titles_read_around_the_name(text: str, expected: dict[str, str | None]) -> None:
    roles = _roles(text)
    for name, role in expected.items():
        assert roles.get(name, "(not found)") == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title before a comma belongs to a list's earlier item, not to the next name
        ("The Ambassador of Turkey, Mehmet Yilmaz and Ali Demir laid flowers.", "Ali Demir", None),
        ("Among the guests were the Ambassador of Turkey, Mehmet Yilmaz, and Ali Demir.", "Ali Demir", None),
        # a title that ends cut short is no role
        ("Ramil Hasanov, Consul General in 2019 laid a wreath at the monument.", "Ramil Hasanov", None),
        # a degree before a name with no post after it stays the degree
        ("Professor Tariq Anwar laid a wreath at the monument.", "Tariq Anwar", "Professor"),
    ],
)
def test_titles_do_not_move_to_a_neighbour(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name, "(not found)") == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("the Azerbaijani Minister of Tourism", "Minister of Tourism"),
        ("Minister of Tourism of the Republic of Azerbaijan", "Minister of Tourism"),
        ("Azerbaijan's Minister of Digital Development and Transport", "Minister of Digital Development and Transport"),
        ("Georgian Minister of Tourism", "Georgian Minister of Tourism"),  # another country's office keeps its name
        ("Azerbaijani", "Azerbaijani"),  # no title left
        ("Energy Minister", "Minister of Energy"),
        ("Deputy Minister of Agriculture", "Deputy Minister of Agriculture"),
    ],
)
def test_canonical_titles_en(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a capital city names the host country, in any case form of any language
        ("Azerbaycan'ın Varşova Büyükelçisi", "Ambassador of Azerbaijan to Poland"),
        ("Azərbaycanın Vyanadakı səfiri", "Ambassador of Azerbaijan to Austria"),
        ("посол Азербайджана в Ташкенте", "Ambassador of Azerbaijan to Uzbekistan"),
        ("Azerbaijani Ambassador in Astana", "Ambassador of Azerbaijan to Kazakhstan"),
        ("Генеральный консул Азербайджана в Екатеринбурге", "Consul General of Azerbaijan in Yekaterinburg"),
        # a representative is a diplomat's post only with the country that sends them
        ("KKTC'nin Bakü Temsilcisi", "Representative of the TRNC in Baku"),
        ("представитель Турции", "Representative of Turkey"),
        ("Representative of the Heydar Aliyev Foundation", "Representative of the Heydar Aliyev Foundation"),
    ],
)
def test_place_of_the_post(written: str, role: str) -> None:
    assert canonical_role(written) == role
