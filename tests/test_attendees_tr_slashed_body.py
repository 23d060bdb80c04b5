"""A Turkish speaker known by a body whose name is written with a slash ("TÜRKSAV/Bursa"), joined by "ile" at the
end of a list of speakers: the word after the slash is the body's, never the first word of the person's name, with
or without a post word after the body. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

LEAD = "Panelde Prof. Dr. Selim Aksoy, Doç. Dr. Emine Tuna ile "


def mentions(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


CASES = [
    (LEAD + "TÜRKSAV/Bursa Ferda Yücel konuşmacı olarak yer aldı.", "Ferda Yücel"),
    (LEAD + "TÜRKSAV/Eskişehir Ferda Yücel konuşmacı olarak katıldı.", "Ferda Yücel"),
    (LEAD + "AZDER/Bursa Temsilcisi Ferda Yücel konuşmacı olarak katıldı.", "Ferda Yücel"),
    (LEAD + "TÜRKSAV/İstanbul Temsilcisi Ferda Yücel konuşmacı olarak katıldı.", "Ferda Yücel"),
]


@pytest.mark.parametrize(("text", "person"), CASES)
def test_speaker_after_slashed_body(text: str, person: str) -> None:
    assert mentions(text) == ["Selim Aksoy", "Emine Tuna", person]
