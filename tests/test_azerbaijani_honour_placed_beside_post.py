"""Honour paid in a text that also tells of a social-network post places its subject when the sentence pays it at the
Alley, or in a clause of its own after the post's "ki" (`[attendees] honour_placed`); a headline's bare honour over a
report of a post still places nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Deputat Samirə Həsənli instaqram hesabında paylaşım edib.\nDeputat Samirə Həsənli Şəhidlər xiyabanında "
            "şəhidlərin xatirəsini yad edib.",
            "Samirə Həsənli",
        ),
        (
            "Səfir Mark Olsen tvitter hesabında yazıb ki, bu gün xiyabanda şəhidlərin xatirəsini anıb.",
            "Mark Olsen",
        ),
        (
            "Nazir Kamal Rzayev feysbuk səhifəsində yazıb ki, səhər Şəhidlər xiyabanında şəhidlərin xatirəsini "
            "ehtiramla anıb.",
            "Kamal Rzayev",
        ),
    ],
)
def test_honour_placed_at_the_alley_beside_a_post_places(text: str, who: str) -> None:
    assert who in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nərgiz Vəliyeva 20 Yanvar şəhidlərinin xatirəsini yad edib.\nDeputat Nərgiz Vəliyeva faciənin ildönümü ilə "
        "bağlı paylaşım edib.",
        "Deputat Orxan Babayev sosial şəbəkə hesabında şəhidlərin xatirəsini yad edib.",
    ],
)
def test_honour_paid_in_the_post_places_nobody(text: str) -> None:
    assert names(text) == []
