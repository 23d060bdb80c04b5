"""A courtesy word after a name (`[names] courtesy_after`: "Hanım", "Bey", "Hanımefendi") is part of the name as
written, so the person is kept; alone after a post ("Vali Bey", "Büyükelçi Hanım") it names no one. Our own words."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şehit annesi Fatma Hanım törende kısa bir konuşma yaptı.", [("Fatma Hanım", None)]),
        ("Anma törenine Ayşe Kaya Hanım da katıldı.", [("Ayşe Kaya Hanım", None)]),
        ("Programa emekli öğretmen Ahmet Bey de katıldı.", [("Ahmet Bey", "Former Teacher")]),
        ("Törene Zeynep Hanımefendi ve Mehmet Bey katıldı.", [("Zeynep Hanımefendi", None), ("Mehmet Bey", None)]),
        (
            "Tören Bakü'de yapıldı. Törende Dernek Başkanı Ayşe Hanım bir konuşma yaptı.",
            [("Ayşe Hanım", "Chairman")],
        ),
    ],
)
def test_a_name_with_a_courtesy_word_after_it_is_kept(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(a.mention, a.role) for a in extract_attendees(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Törene Vali Bey de katıldı.",
        "Büyükelçi Hanım törene katıldı ve çelenk bıraktı.",
        "Anma programına Kaymakam Bey ile Belediye Başkanı Bey de katıldı.",
        "Törene Hakim Bey de katıldı.",
    ],
)
def test_a_courtesy_word_alone_after_a_post_is_no_one(text: str) -> None:
    assert extract_attendees(text) == []
