"""An office of a body named in the genitive before a comma wins over an honorary title or occupation before the name
("AJB-nin sədri, xalq artisti X": the chairman); a Russian head of a faith's community in English when the data has
each word, else the part it can name, never the title as written in Russian; a chargé d'affaires however a page spells
the title ("Charges d'Affairs", "d’Affaires", "a.i."); and a long title with one letter dropped ("Büyükelçsi")."""

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office before the comma, not the honorary title or occupation before the name
        (
            "Tədbirdə ADMİU-nun sədri, xalq artisti Zülfiyyə Həsənova çıxış edib.",
            [("Zülfiyyə Həsənova", "Chairman of ADMIU")],
        ),  # (the abbreviation and its head: "Secretary of AYB")
        ("Mərasimdə Cəmiyyətin sədri, əməkdar artist Vaqif Orucov çıxış edib.", [("Vaqif Orucov", "Chairman")]),
        ("Tədbirdə Birliyin sədri, jurnalist Elnur Babayev çıxış edib.", [("Elnur Babayev", "Chairman")]),
        ("Törende TADİV'in başkanı, gazeteci Levent Aksoy konuştu.", [("Levent Aksoy", "Chairman")]),
        # a Russian head of a faith's community, in English
        (
            "На вечере выступил председатель правления религиозной общины горских евреев Азербайджана Давид Исаков.",
            [("Давид Исаков", "Chairman of the Board of the Religious Community of Mountain Jews of Azerbaijan")],
        ),
        (
            "На вечере выступил председатель общины бухарских евреев Азербайджана Иосиф Мардахаев.",
            [("Иосиф Мардахаев", "Chairman of the Community")],
        ),
        # a chargé d'affaires, however spelt
        (
            "The ceremony was attended by Charges d'Affairs of Azerbaijan Kamran Bagirov.",
            [("Kamran Bagirov", "Chargé d'Affaires of Azerbaijan")],
        ),
        (
            "Chargé d’Affaires a.i. of Azerbaijan Kamran Bagirov laid a wreath at the memorial.",
            [("Kamran Bagirov", "Chargé d'Affaires of Azerbaijan")],
        ),
        (
            "The ceremony was attended by Azerbaijan's Chargé d'Affaires a.i. in Estonia Kamran Bagirov.",
            [("Kamran Bagirov", "Chargé d'Affaires of Azerbaijan in Estonia")],
        ),
        # a long title with a letter dropped, glued to the name
        (
            "Törene Azerbaycan'ın Ankara Büyükelçsi Reşad Memmedov katıldı.",
            [("Reşad Memmedov", "Ambassador of Azerbaijan to Turkey")],
        ),
        ("Mərasimdə Azərbaycanın Gürcüstandakı səfri Fərid Quliyev iştirak edib.", [("Fərid Quliyev", None)]),
    ],
)
def test_offices_bodies_and_slips(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("председатель правления общины горских евреев", "Chairman of the Board of the Community of Mountain Jews"),
        ("глава религиозной общины", "Head of the Religious Community"),
        # a body the data cannot name whole after a known part: the part it can name, never "… of the  of …"
        ("председатель правления благотворительной общины горских евреев", "Chairman of the Board"),
        ("Charge d'Affairs", "Chargé d'Affaires"),
        ("Milletvekileri", "Member of the Parliament of Turkey"),
        ("Büyükelçsi", "Ambassador"),
        # a short title is not mended: a slip there is as likely another word
        ("səfri", "Səfri"),
    ],
)
def test_roles_as_written(written: str, role: str) -> None:
    assert canonical_role(written) == role
