"""A presenter of a programme on air is not at the event: "X'in sunduğu program" places X only as the presenter of
the ceremony's programme, not when a word of broadcasting follows ("radyo programında", "TRT'de yayınlandı",
"televizyon kanalında") nor when X prepared and presented it ("X'in hazırlayıp sunduğu program", a documentary's
maker). The sentences are written for these tests, after the way Turkish reports word them."""

from __future__ import annotations

import pytest

from ._helpers import people

HELD = "Azerbaycan Evi'nde 20 Ocak şehitlerini anma töreni düzenlendi.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Gazeteci Kerem Aslan'ın sunduğu programda o gece anlatıldı ve program TRT'de yayınlandı.",
        "Kerem Aslan'ın sunduğu radyo programında Bakü'deki katliam konu edildi.",
        "Kerem Aslan'ın sunduğu programda, televizyon izleyicilerine 20 Ocak anlatıldı.",
        "Kerem Aslan'ın hazırlayıp sunduğu programda Kanlı Ocak'ın tanıkları konuştu.",
    ],
)
def test_a_presenter_on_air_is_not_there(text: str) -> None:
    assert people(HELD + text) == []


def test_the_presenter_of_the_ceremony_is_there() -> None:
    assert people(HELD + "Öğrenci Zeynep Koç'un sunduğu programda şiirler okundu.") == [("Zeynep Koç", "Student")]


@pytest.mark.parametrize(
    "text",
    [
        # a broadcaster named before the presenter
        "TRT'de gazeteci Kerem Aslan'ın sunduğu programda Bakü'deki katliam anlatıldı.",
        "TRT Haber'de Kerem Aslan'ın sunduğu programda 20 Ocak faciası ele alındı.",
        "Radyoda Kerem Aslan'ın sunduğu programda şehitler anıldı.",
        "Devlet televizyonunda Kerem Aslan'ın sunduğu programda o gecenin tanıkları konuştu.",
    ],
)
def test_a_presenter_after_a_broadcaster_is_not_there(text: str) -> None:
    assert people(HELD + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Törende öğrenci Zeynep Koç'un sunduğu programda şiirler okundu.",
        "Anma töreninde öğrenci Zeynep Koç'un sunduğu program izlendi.",
    ],
)
def test_the_ceremonys_own_presenter_is_there(text: str) -> None:
    assert people(HELD + text) == [("Zeynep Koç", "Student")]
