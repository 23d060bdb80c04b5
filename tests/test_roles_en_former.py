"""English: a past holder's post keeps "Former" before it, whatever the post ("former Foreign Minister X": "Former
Minister of Foreign Affairs"), as a former diplomat's already did. The sentences are written for these tests (issue
#16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

HELD = "A memorial evening was held at the embassy on the anniversary of the 20 January tragedy.\n\n"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("former Foreign Minister", "Former Minister of Foreign Affairs"),
        ("Former Prime Minister", "Former Prime Minister"),
        ("former Speaker of the Milli Majlis", "Former Speaker of the Milli Majlis"),
        ("Former ambassador of Chile to OSCE", "Former Ambassador of Chile to the OSCE"),
        ("Foreign Minister", "Minister of Foreign Affairs"),
        ("Eski Kamu Başdenetçisi", "Ombudsman"),  # (the Turkish "eski" marks a diplomat's post only)
    ],
)
def test_a_former_post_says_so(written: str, expected: str) -> None:
    assert canonical_role(written) == expected


def test_a_former_minister_at_the_evening() -> None:
    people = extract_attendees(HELD + "Former Foreign Minister Tofig Zulfugarov spoke at the evening.")
    assert [(a.mention, a.role) for a in people] == [("Tofig Zulfugarov", "Former Minister of Foreign Affairs")]
