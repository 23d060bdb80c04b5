"""Turkish reports, two kinds read as the Azerbaijani ones are. A participle whose object or place is the event, after
another year's time ("Geçen yıl töreni açan X", "Geçen yıl anmada konuşan X"), tells of that year's event and places
nobody at this report's, unless the sentence says this year too ("… bu yıl da"); a thing the other year dates ("Geçen
yıl açılan anıtı X ziyaret etti") still places the person. And a clause with Karabakh in the locative that tells the
dead of its own events ("Karabağ'da 32 kişinin öldüğü olaylar", "Karabağ'daki çatışmalarda 40 kişi") gives no figure
of 1990's, while a sentence that names Karabakh's events only as the cause of this one keeps its figure. The
sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

from ._helpers import names

TR = "20 Ocak 2025 tarihinde Kars'ta 20 Ocak katliamının 35. yıl dönümü dolayısıyla anma töreni düzenlendi.\n"


@pytest.mark.parametrize(
    "text",
    [
        TR + "Geçen yıl töreni açan Vali Cemal Arslan şehitleri rahmetle andı.",
        TR + "Geçen yıl anmada konuşan Rektör Prof. Dr. Nevzat Işık şehitleri andı.",
        TR + "Geçtiğimiz yıl anma programını açan Başkonsolos Elnur Veliyev bir konuşma yaptı.",
        TR + "Geçen yıl törende şiir okuyan öğrenci Aylin Demir de salondaydı.",
    ],
)
def test_another_years_opener_or_speaker_is_placed_nowhere(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        TR + "Töreni açan Vali Cemal Arslan şehitleri rahmetle andı.",
        TR + "Geçen yıl açılan anıtı Vali Cemal Arslan ziyaret etti.",
        TR + "Geçen yıl töreni açan Vali Cemal Arslan bu yıl da törene katıldı.",
    ],
)
def test_this_years_opener_is_placed(text: str) -> None:
    assert names(text) == ["Cemal Arslan"]


def figures(text: str) -> list[tuple[int, str]]:
    return [(f.value, f.category) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Konuşmacılar Karabağ'da 32 kişinin öldüğü olayları da hatırlattı.",
        "Dağlık Karabağ'daki çatışmalarda 40 kişi hayatını kaybetti.",
        "Karabağ'da 1988'de başlayan saldırılarda 25 kişi öldürüldü.",
    ],
)
def test_karabakhs_own_dead_are_no_figure_of_1990(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Karabağ'daki olaylara tepki gösteren Bakü halkına ateş açıldı, 147 kişi hayatını kaybetti.",
        "Karabağ'da yaşanan olaylardan sonra 20 Ocak'ta Bakü'de 147 kişi hayatını kaybetti.",
        "20 Ocak 1990'da Bakü'de 147 kişi öldü, Karabağ'da 32 kişinin öldüğü olaylar ise daha önce yaşanmıştı.",
    ],
)
def test_this_events_figure_beside_karabakh_is_kept(text: str) -> None:
    assert figures(text) == [(147, "killed")]
