"""Turkish anniversaries spelled out: a count of years right after the event's genitive ("20 Ocak faciasının otuz
beş yılı", "Kanlı Ocak'ın 35 yılında") states the anniversary, as an ordinal in words does ("otuz dördüncü yıl
dönümü"); a count after another case, or of another thing or event, states none. Texts written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries, infer_year


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("20 Ocak faciasının otuz beş yılı: Bakü'de anma töreni", 35),
        ("Kanlı Ocak'ın otuz altı yılında şehitler karanfillerle anıldı.", 36),
        ("Kara Ocak katliamının otuz dört yılını anlatan bir sergi açıldı.", 34),
        ("Kanlı Ocak'ın 35 yılı dolayısıyla Ankara'da tören yapıldı.", 35),
        ("Kara Ocak'ın otuz dördüncü yıl dönümünde Kars'ta anma yapıldı.", 34),
        ("20 Ocak faciasının otuz beşinci yıldönümü törenle anıldı.", 35),
    ],
)
def test_a_count_after_the_events_genitive(text: str, number: int) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Kara Ocak'tan sonra otuz beş yılı geride bıraktık.",  # after another case: a count
        "Derneğin otuz beş yılı coşkuyla kutlandı.",  # another thing's years
        "Hocalı katliamının otuz bir yılı dolayısıyla tören yapıldı.",  # another event
        "Ocak ayının 20 yılı",
    ],
)
def test_no_anniversary(text: str) -> None:
    assert numbers(text) == []


def test_the_year_follows() -> None:
    assert infer_year(None, "20 Ocak faciasının otuz beş yılı: Bakü'de anma töreni") == 2025


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the time the event is marked, ten or more, in a sentence naming it
        ("20 Ocak katliamının kurbanları otuz beşinci kez anıldı.", 35),
        ("Kanlı Ocak şehitleri Iğdır'da 34'üncü kez anıldı.", 34),
        ("Kara Ocak şehitleri bu yıl 36. kez anıldı.", 36),
        # Azerbaijani: an ordinal in words before "ili"
        ("Bu gün 20 Yanvar faciəsinin otuz altıncı ilidir və şəhidlər anılır.", 36),
    ],
)
def test_the_time_marked_and_an_ordinal_year(text: str, number: int) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "20 Ocak şehitleri ikinci kez Kars'ta anıldı.",  # a small ordinal time
        "Otuz beşinci kez düzenlenen festival başladı.",  # no event named
        "Hocalı şehitleri otuz birinci kez anıldı.",  # another event
    ],
)
def test_no_time_marked(text: str) -> None:
    assert numbers(text) == []
