"""A list of titled people and groups before its verb, where an item's title opens with words the title walk does not
read as part of it (an ordinal term, a party's abbreviation, a faculty's name with commas), and an honorific that
opens the next item's name after a title in apposition."""

import pytest

from ._helpers import names, roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A memorial evening was held in Konya. Governor Ayşe Demir, 27th Term MHP Konya Deputy Kemal Aslan, "
            "members of the provincial council, parties and associations attended.",
            ["Ayşe Demir", "Kemal Aslan"],
        ),
        (
            "The panel took place at the town hall. Mayor Orhan Sel, 3rd Term CHP Izmir Deputy Leyla Kaya, "
            "members of the council, unions and associations attended.",
            ["Orhan Sel", "Leyla Kaya"],
        ),
        (
            "A conference was held on the anniversary. Consul General Elnur Rzayev, Ege University Faculty of "
            "Letters, Arts and Philosophy Professor Dr. Ahmet Tunç, members of the student club, parties and "
            "associations attended.",
            ["Elnur Rzayev", "Ahmet Tunç"],
        ),
        (
            "A panel was held in Ankara. Ambassador Rauf Aliyev, District Mayor Selim Er, AK Party Yenimahalle "
            "District Chairman Murat Öz, members of the municipal council, parties and associations attended.",
            ["Rauf Aliyev", "Selim Er", "Murat Öz"],
        ),
    ],
)
def test_items_whose_title_opens_with_unread_words_are_in_the_list(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_honorific_after_a_title_in_apposition_opens_the_next_name() -> None:
    text = (
        "A panel was held in Ankara. Governor Ali Kaya, Professor Dr. Emin Yılmaz, President of TÜRKSAV Dr. Sinan "
        "Demir, members of the council and students attended the panel."
    )
    found = roles(text)
    assert found["Emin Yılmaz"] == "Professor"  # not "President of TÜRKSAV Dr. Sinan Demir"
    assert found["Sinan Demir"] == "President of TÜRKSAV"


def test_an_abbreviation_closes_a_title_in_apposition_as_before() -> None:
    found = roles("Emin Yılmaz, President of TÜRKSAV, attended the panel in Ankara.")
    assert found == {"Emin Yılmaz": "President of TÜRKSAV"}
