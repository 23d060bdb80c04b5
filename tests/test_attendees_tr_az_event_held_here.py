"""Turkish and Azerbaijani reports tell the event held, then the speeches of the same paragraph: a later speaker of
that paragraph was there (`[attendees] event_held_here`); a statement with no event still places nobody."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def _people(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Kars'ta 20 Ocak şehitleri için anma töreni düzenlendi. Vali Yardımcısı Orhan Kılıç ise, "
            '"Bu acıyı unutmayacağız" dedi.',
            "Orhan Kılıç",
        ),
        (
            "Ankara'da 20 Ocak katliamının yıl dönümünde bir program gerçekleştirildi. "
            'Dernek Başkanı Selda Uçar, "Şehitlerimizi rahmetle anıyoruz" diye konuştu.',
            "Selda Uçar",
        ),
        (
            "Praqada səfirliyin təşkilatçılığı ilə anım tədbiri keçirilib. "
            'Səfir Nizami Qurbanlı isə "Bu faciəni heç vaxt unutmayacağıq" deyib.',
            "Nizami Qurbanlı",
        ),
    ],
)
def test_a_speaker_after_the_event_held_in_the_paragraph_was_there(text: str, mention: str) -> None:
    assert mention in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        'Bakanlık 20 Ocak için bir açıklama yayımladı. Sözcü Tarık Oral ise, "Acınızı paylaşıyoruz" dedi.',
        'Nazirlik bəyanat yayıb. Mətbuat katibi Kamran Rüstəmli isə "Faciəni unutmuruq" deyib.',
        # the commemoration alone ("anıldı") is no event held in that paragraph
        'Şehitler Ankara\'da anıldı. Yazar Deniz Kaya, "Acımız büyük" dedi.',
    ],
)
def test_no_event_held_places_nobody(text: str) -> None:
    assert _people(text) == []
