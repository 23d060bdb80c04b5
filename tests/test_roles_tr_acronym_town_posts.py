"""A Turkish post of a body named by its abbreviation with the town of its branch between them ("KAFKAS-DER Kars İl
Başkanı", "ASİMDER Erzurum İl Temsilcisi", "TRT Kars Temsilcisi") keeps the body, as a party's does ("MHP Kars İl
Başkanı"): the head of the body's branch in that town, not a bare head. A word between that is no town's leaves the
post as before. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

HELD = "Büyükelçilikte 20 Ocak katliamının yıl dönümü nedeniyle anma töreni düzenlendi. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törene KAFKAS-DER Kars İl Başkanı Orhan Tekin katıldı.",
            ("Orhan Tekin", "Provincial Chairman of KAFKAS-DER"),
        ),
        ("Programa TÜRKAV Iğdır İl Başkanı Sevda Uysal da katıldı.", ("Sevda Uysal", "Provincial Chairman of TURKAV")),
        ("Anmaya ASİMDER Erzurum İl Temsilcisi Kenan Aksoy katıldı.", ("Kenan Aksoy", "Representative of ASIMDER")),
        ("Törene TRT Kars Temsilcisi Leyla Er katıldı.", ("Leyla Er", "Representative of TRT")),
    ],
)
def test_an_abbreviated_body_with_its_town_keeps_the_body(text: str, expected: tuple[str, str]) -> None:
    assert people(HELD + text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene KAFKAS-DER Başkanı Orhan Tekin katıldı.", ("Orhan Tekin", "Chairman of KAFKAS-DER")),
        (
            "Törene MHP Kars İl Başkanı Orhan Tekin katıldı.",
            ("Orhan Tekin", "Provincial Chairman of the Nationalist Movement Party"),
        ),
        ("Törene Kars İl Başkanı Orhan Tekin katıldı.", ("Orhan Tekin", "Provincial Chairman")),
    ],
)
def test_the_other_forms_read_as_before(text: str, expected: tuple[str, str]) -> None:
    assert people(HELD + text) == [expected]
