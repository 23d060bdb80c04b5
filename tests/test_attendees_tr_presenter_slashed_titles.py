"""The presenter of a Turkish 20 Ocak programme with a slashed title of the social sciences: "Anma programının
sunuculuğunu Dernek Başkan Yardımcısı Sosyal bilimci/Yazar X yaptı", "Programın sunuculuğunu Sosyolog/Yazar X
yaptı" (the words between the cue and its verb may hold a slash), and the programme by its possessive
("Anma programını X sundu", "Anma gecesini A ve B sundular"). A scholar's title alone is a role: "Sosyal bilimci
X": "Social Scientist", "Siyaset bilimci": "Political Scientist", "Sosyolog": "Sociologist". The sentences are
written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import roles

HELD = "Kanlı Ocak şehitleri İstanbul'da anıldı.\n\nDernek tarafından anma programı düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            HELD + "Anma programının sunuculuğunu Dernek Başkan Yardımcısı Sosyal bilimci/Yazar Tarık Ece yaptı.",
            "Tarık Ece",
            "Deputy Chairman",
        ),
        (HELD + "Programın sunuculuğunu Sosyolog/Yazar Tarık Ece yaptı.", "Tarık Ece", "Sociologist"),
        (HELD + "Gecenin sunuculuğunu Gazeteci / Yazar Tarık Ece üstlendi.", "Tarık Ece", "Journalist"),
        (HELD + "Anma programını Dernek Başkan Yardımcısı Tarık Ece sundu.", "Tarık Ece", "Deputy Chairman"),
        (HELD + "Anma gecesini öğrenciler Ayla Soylu ve Tarık Ece sundular.", "Ayla Soylu", "Student"),
        (HELD + "Programa Sosyal bilimci Tarık Ece katıldı.", "Tarık Ece", "Social Scientist"),
        (HELD + "Programa Siyaset bilimci Tarık Ece katıldı.", "Tarık Ece", "Political Scientist"),
    ],
)
def test_the_presenter_and_the_scholars(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role


def test_a_programme_to_be_presented_places_nobody() -> None:
    text = HELD + "Yarınki anma programını Dernek Başkan Yardımcısı Tarık Ece sunacak."
    assert "Tarık Ece" not in roles(text)
