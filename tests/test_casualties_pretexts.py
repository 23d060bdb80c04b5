"""Another event named as the pretext of this one says why the troops came, not whose the dead are (README,
"Extraction", `[casualties] pretext_before`, `pretext_after`): the sentence keeps its figures. The pogroms named as
the time or place of the deaths still give none. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def values(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Taking the pogroms of Armenians as a pretext, the Soviet army shot 147 people dead in Baku.",
        "On the night of 20 January 1990, with the Baku pogrom as an excuse, the troops killed 147 people.",
        "Under the pretext of ending the anti-Armenian pogroms, the army killed 147 residents of the city.",
        "Под предлогом прекращения армянских погромов армия убила 147 жителей города.",
        "Погромы армян послужили предлогом, и в ту ночь армия убила 147 жителей города.",
        "Erməni poqromlarını bəhanə gətirən ordu 147 dinc sakini qətlə yetirdi.",
        "Ermeni pogromlarını bahane eden ordu 147 kişiyi öldürdü.",
    ],
)
def test_a_pretext_leaves_the_figure(text: str) -> None:
    assert values(text) == [("killed", 147)]


@pytest.mark.parametrize(
    "text",
    [
        "During the Baku pogrom a week earlier, 48 people were killed.",
        "В ходе погромов за неделю до этого погибли 48 человек.",
        "Bir həftə əvvəl poqromlar zamanı 48 nəfər həlak olub.",
        "Bir hafta önce pogromlarda 48 kişi öldü.",
    ],
)
def test_the_pogroms_as_the_deaths_time_give_none(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Sumgait pogrom became the pretext for the deployment; there 26 Armenians had been killed.",
        "Moscow acted on the pretext of the Sumgait pogrom, where 26 Armenians had been killed.",
        "Сумгаитский погром стал предлогом для ввода войск, там погибли 26 армян.",
        "Войска ввели под предлогом Сумгаитского погрома, где погибли 26 армян.",
        "Sumqayıt poqromu qoşun yeritmək üçün bəhanə oldu, orada 26 erməni öldürülmüşdü.",
        "Sumgayıt pogromu bahane edildi, orada 26 Ermeni öldürülmüştü.",
    ],
)
def test_a_clause_pointing_back_to_the_pretext_tells_its_own_dead(text: str) -> None:
    assert values(text) == []
