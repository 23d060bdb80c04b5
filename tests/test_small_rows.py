"""Small rows (issue #16): a Turkish "konuştu" at the event, a Russian participle opener ("Выступившие A и B …"),
and a school's director in its other spellings. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


TR = "Ankara'da 20 Ocak anma töreni yapıldı. "


@pytest.mark.parametrize(
    "text",
    [
        TR + "Törende Vali Selim Aydın ve Başkan Murat Koç konuştu.",
        TR + "Törende Vali Selim Aydın ve Başkan Murat Koç konuştular.",
        TR + "Törende Vali Selim Aydın ile Başkan Murat Koç konuşmuştur.",
    ],
)
def test_turkish_spoke_at_the_event(text: str) -> None:
    assert [m for m, _ in people(text)] == ["Selim Aydın", "Murat Koç"]


@pytest.mark.parametrize(
    "text",
    [
        TR + "Törende Vali Selim Aydın telefonda konuştu.",
        TR + "Törenden sonra Vali Selim Aydın basına konuştu.",
        TR + "Törende Vali Selim Aydın, Başkan Murat Koç ile konuştu.",
        TR + "Törende Vali Selim Aydın, Başkan Murat Koç'la konuştu.",
        TR + "Törende Vali Selim Aydın ve Başkan Murat Koç konuşacak.",
    ],
)
def test_turkish_talked_elsewhere_or_later_places_nobody(text: str) -> None:
    assert people(text) == []
