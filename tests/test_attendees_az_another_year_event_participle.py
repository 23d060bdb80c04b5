"""An Azerbaijani participle whose object or place is the event, after another year's time ("Ötən il tədbiri açan
X", "Keçən il mərasimdə çıxış edən X"), tells of that year's event: it places nobody at this report's. This year's
("Tədbiri açan X") and a thing another year dates ("Ötən il açılan abidəni X ziyarət edib") still place the person.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names

AZ = "2023-cü il yanvarın 20-də Bakı Dövlət Universitetində 20 Yanvar faciəsinin ildönümü ilə bağlı tədbir keçirilib.\n"


@pytest.mark.parametrize(
    "text",
    [
        AZ + "Ötən il tədbiri açan rektor Elçin Babayev 20 Yanvar faciəsindən danışıb.",
        AZ + "Keçən il mərasimi açan Elçin Babayev şəhidlərin xatirəsini yad etmişdi.",
        AZ + "Ötən il anım gecəsini açan prorektor Elçin Babayev çıxış etmişdi.",
        AZ + "Keçən il mərasimdə çıxış edən deputat Qənirə Paşayeva qurbanları yad edib.",
    ],
)
def test_another_years_opener_or_speaker_is_placed_nowhere(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        AZ + "Tədbiri açan rektor Elçin Babayev faciənin tarixindən danışıb.",
        AZ + "Mərasimi açan Elçin Babayev şəhidlərin xatirəsini yad edib.",
        AZ + "Ötən il açılan abidəni rektor Elçin Babayev ziyarət edib.",
    ],
)
def test_this_years_opener_is_placed(text: str) -> None:
    assert names(text) == ["Elçin Babayev"]
