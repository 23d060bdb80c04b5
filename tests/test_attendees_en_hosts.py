"""The one who hosted an event of remembrance was there ("Ambassador X hosted a commemorative event at the embassy");
a body that hosted it names no one, and a reception of another day is no such event."""

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ambassador Tahir Bagirov hosted a commemorative event at the embassy.", [("Tahir Bagirov", "Ambassador")]),
        ("Consul Leyla Aliyeva hosted the memorial evening in the cultural centre.", [("Leyla Aliyeva", "Consul")]),
        ("Professor Vugar Abbasov hosts a round table on the tragedy.", [("Vugar Abbasov", "Professor")]),
        ("The embassy hosted a commemorative event for the diaspora.", []),
        ("In 2015 Ambassador Tahir Bagirov hosted a reception for the National Day.", []),
    ],
)
def test_hosts(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
