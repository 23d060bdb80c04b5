"""Anniversaries stated with an ordinal in words: Turkish "otuz beşinci yılı" (its year, in a sentence naming the
event), Azerbaijani "otuz dördüncü ildönümü", Russian "в тридцать пятый раз" / "в 35-й раз" (the time the event
is marked, ten or more, in a sentence naming it). Counts and other things' years are none. Texts written for these
tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kars'ta Kara Ocak'ın otuz beşinci yılı dolayısıyla tören yapıldı.", 35),
        ("20 Ocak faciasının otuz ikinci yılında şehitler dualarla anıldı.", 32),
        ("Kara Ocak katliamının otuzuncu yılını anan öğrenciler karanfil bıraktı.", 30),
        ("Kara Ocak'ın otuz dördüncü yıl dönümünde Iğdır'da anma yapıldı.", 34),
        ("Bakıda 20 Yanvar faciəsinin otuz altıncı ildönümü ilə bağlı tədbir keçirilib.", 36),
        ("В тридцать пятый раз жители города почтили память жертв трагедии 20 января.", 35),
        ("В 34-й раз в Баку вспоминают жертв январской трагедии.", 34),
        ("Память погибших 20 января в двадцать пятый раз почтили студенты.", 25),
    ],
)
def test_an_ordinal_in_words_states_the_anniversary(text: str, number: int) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        # another thing's year, a count of years, a count of times, a small ordinal time, no event named
        "Derneğin otuz beşinci yılı coşkuyla kutlandı.",
        "Kara Ocak'tan sonra otuz beş yılı geride bıraktık.",
        "Жертв трагедии 20 января в этом городе вспоминали уже 35 раз.",
        "В пятый раз в Праге почтили память жертв трагедии 20 января.",
        "В тридцать пятый раз прошёл городской шахматный турнир.",
    ],
)
def test_counts_and_other_things_are_no_anniversary(text: str) -> None:
    assert numbers(text) == []
