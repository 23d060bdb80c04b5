"""A member of Turkey's parliament as English translations of Turkish reports write one: a party, perhaps a province,
then "Deputy" ("AK Parti Çanakkale Milletvekili" becomes "AK Party Çanakkale Deputy"); not a party's deputy chairman."""

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    "title",
    [
        "AK Party Çanakkale Deputy",
        "CHP Izmir Deputy",
        "MHP Deputy",
        "25th Term AK Party Konya Deputy",
        "IYI Party Deputy",
    ],
)
def test_a_turkish_partys_deputy_is_a_member_of_turkeys_parliament(title: str) -> None:
    assert canonical_role(title) == "Member of the Parliament of Turkey"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("AK Party Deputy Chairman", "Deputy Chairman of the AK Party"),
        ("CHP Deputy Leader", "Deputy Leader of CHP"),
        ("Deputy", "Deputy"),
    ],
)
def test_a_partys_deputy_chairman_or_a_bare_deputy_stays_what_it_was(title: str, expected: str) -> None:
    assert canonical_role(title) == expected


def test_in_a_sentence() -> None:
    text = "A panel was held in Ankara. CHP Izmir Deputy Leyla Kaya and Mayor Orhan Sel attended the panel."
    assert roles(text) == {"Leyla Kaya": "Member of the Parliament of Turkey", "Orhan Sel": "Mayor"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("AK Parti Keçiören İlçe Başkanı", "District Chairman of the AK Party"),
        ("AK Party Keçiören District President", "District Chairman of the AK Party"),
        ("district chairman of the AK Party", "District Chairman of the AK Party"),
        ("CHP Çankaya İlçe Başkanı", "District Chairman of the Republican People's Party"),
        ("MHP District Chairman", "District Chairman of the Nationalist Movement Party"),
        ("AK Parti İl Başkanı", "Provincial Chairman of the AK Party"),
        ("District President", "District President"),
    ],
)
def test_a_partys_district_chairman_in_turkish_and_in_translation(title: str, expected: str) -> None:
    assert canonical_role(title) == expected
