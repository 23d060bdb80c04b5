"""English reports of one embassy's evening: a bare "Ambassador X" is completed by the one mission of its kind the
report names ("Ambassador of Azerbaijan to Canada"), however the report names it: with a second host after "and"
("the Embassy of Azerbaijan to the UK and the European Azerbaijan Society held"), or under a heading whose words name
another country. Never when the report names two embassies (a guest embassy included): the post stays bare. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Embassy of Azerbaijan to the UK and the European Azerbaijan Society held a memorial reception for "
            "Black January. Ambassador Tahir Taghizade spoke at the event.",
            [("Tahir Taghizade", "Ambassador of Azerbaijan to the United Kingdom")],
        ),
        (
            "The Embassy of Azerbaijan in Canada and the Azerbaijan Diaspora Support Fund organised an evening in "
            "Ottawa. Ambassador Rahman Mustafayev addressed the guests at the evening.",
            [("Rahman Mustafayev", "Ambassador of Azerbaijan to Canada")],
        ),
        (
            "The embassy of Azerbaijan in Mexico and the Azerbaijani community of Mexico City held a vigil. "
            "Ambassador Mammad Talibov laid flowers.",
            [("Mammad Talibov", "Ambassador of Azerbaijan to Mexico")],
        ),
        # the heading's words, on the line before, are not the mission's
        (
            "Vigil in Madrid, Spain\nThe Embassy of Azerbaijan in Spain held a vigil for the victims of 20 January. "
            "Ambassador Ramiz Hasanov laid flowers.",
            [("Ramiz Hasanov", "Ambassador of Azerbaijan to Spain")],
        ),
        (
            "Black January remembered in the UK\nThe Embassy of Azerbaijan to the United Kingdom held a vigil. "
            "Ambassador Elin Suleymanov laid flowers.",
            [("Elin Suleymanov", "Ambassador of Azerbaijan to the United Kingdom")],
        ),
    ],
)
def test_a_bare_ambassador_takes_the_one_embassy_of_the_report(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two embassies of Azerbaijan
        "The embassies of Azerbaijan in Canada and in Mexico held vigils on the anniversary. Ambassador Rahman "
        "Mustafayev laid flowers.",
        # a guest embassy beside the host
        "The Embassy of Azerbaijan in Mexico held a vigil. Diplomats of the Embassy of Turkey in Mexico attended. "
        "Ambassador Mammad Talibov laid flowers.",
        "The Embassy of Azerbaijan in Canada and the Embassy of Turkey in Canada held a vigil. Ambassador Rahman "
        "Mustafayev laid flowers.",
    ],
)
def test_two_embassies_leave_the_post_bare(text: str) -> None:
    assert [role for _, role in people(text)] == ["Ambassador"]
