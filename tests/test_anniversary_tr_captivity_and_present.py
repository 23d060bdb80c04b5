"""Turkish counts of years that are no anniversary of 20 Ocak, and one that is. A span of captivity before the event
("esaret altında 70 yıl geçti", "tutsaklıkta 70 yıl geçti") or freedom after so many years ("70 yıl sonra
özgürlüğüne kavuştu", "bağımsızlığına") counts another thing's years; the years since the tragedy in the present
("trajedisinden 34 yıl geçmekte", "üzerinden 34 yıl geçiyor") state its anniversary, as "geçti" does. Texts written
for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Esaret altında 70 yıl geçti ve 20 Ocak faciası o yılların sonunda yaşandı.",
        "Halk esarette 70 yıl geçirdikten sonra 20 Ocak gecesi meydana çıktı; tutsaklıkta 70 yıl geçmişti.",
        "Azerbaycan 70 yıl sonra özgürlüğüne kavuştu; 20 Ocak katliamı bunun bedeliydi.",
        "Kanlı Ocak'ın şehitleri sayesinde ülke 70 yıl sonra bağımsızlığını kazandı.",
    ],
)
def test_captivity_and_freedom_are_no_anniversary(text: str) -> None:
    assert 70 not in numbers(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kanlı Ocak olarak bilinen 20 Ocak trajedisinden 34 yıl geçmekte.", 34),
        ("Kara Ocak faciasının üzerinden 34 yıl geçiyor.", 34),
        ("20 Ocak katliamının üzerinden 34 yıl geçti, esaret yılları ise çok geride kaldı.", 34),
        ("20 Ocak katliamından 30 yıl sonra şehitler Iğdır'da anıldı.", 30),
    ],
)
def test_years_since_the_event_are_its_anniversary(text: str, number: int) -> None:
    assert numbers(text) == [number]
