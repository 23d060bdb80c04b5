"""A statement made where the event is, in Turkish reports of 20 Ocak: "Avukat X, … baro önünde yaptığı açıklamada,
… belirtti", "burada yaptığı açıklamada", "törende yaptığı açıklamada": X spoke there, a statement is no word from
afar when the text says where it was made (a written one, or one from a social media account, still is). A press
statement made in front of a building, in the passive ("Baro önünde basın açıklaması yapıldı"), is a gathering: its
speakers were there ("Avukat Y de '…' dedi"); a written one ("yazılı basın açıklaması yapıldı") is none. And one
after whose recitation the event went on was there ("Müdür X'in Kuran-ı Kerim tilavetinden sonra", "… tilavetinin
ardından"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people, roles

PRESS = (
    "Kara Yanvar için açıklama\n\n"
    "Iğdır Barosu tarafından 20 Ocak olaylarının yıl dönümü dolayısıyla basın açıklaması yapıldı.\n\n"
)
HELD = "Kanlı Ocak şehitleri Iğdır'da anıldı.\n\nDernek tarafından anma programı düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            PRESS
            + "Avukat Selim Aras, meslektaşlarıyla baro önünde yaptığı açıklamada, o geceyi andıklarını belirtti.",
            "Selim Aras",
            "Lawyer",
        ),
        (PRESS + 'Avukat Derya Tunç de "Bu acıyı unutmayacağız" dedi.', "Derya Tunç", "Lawyer"),
        (
            PRESS + "Avukat Kaan Yener ise katliamın bir savaş suçu olduğunu söyleyerek sözlerini tamamladı.",
            "Kaan Yener",
            "Lawyer",
        ),
        (
            HELD + "Dernek Başkanı Selim Aras burada yaptığı açıklamada, o gecenin acısını anlattı.",
            "Selim Aras",
            "Chairman",
        ),
        (
            HELD + "Dernek Başkanı Selim Aras törende yaptığı açıklamada, şehitleri rahmetle andıklarını söyledi.",
            "Selim Aras",
            "Chairman",
        ),
    ],
)
def test_a_statement_made_there_places_its_speaker(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        HELD + "Vali Selim Aras sosyal medya hesabından yaptığı açıklamada, şehitleri rahmetle andığını belirtti.",
        HELD + "Vali Selim Aras yaptığı yazılı açıklamada, şehitleri rahmetle andığını belirtti.",
        "Kara Yanvar için açıklama\n\nBaro tarafından 20 Ocak dolayısıyla yazılı basın açıklaması yapıldı.\n\n"
        'Avukat Selim Aras, "Bu acıyı unutmayacağız" dedi.',
    ],
)
def test_a_statement_from_afar_places_nobody(text: str) -> None:
    assert "Selim Aras" not in [m for m, _ in people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            HELD + "İl Müftülüğü Şube Müdürü Recep Aydın'ın Kuran-ı Kerim tilavetinden sonra film gösterildi.",
            "Recep Aydın",
        ),
        (HELD + "İmam Recep Aydın'ın Kur'an-ı Kerim tilavetinin ardından Vali konuştu.", "Recep Aydın"),
    ],
)
def test_after_ones_recitation_one_was_there(text: str, name: str) -> None:
    assert name in [m for m, _ in people(text)]


def test_with_no_event_held_a_recitation_places_nobody() -> None:
    text = (
        "Bakü'de 1990'da yaşananlar anlatıldı.\n\nİmam Recep Aydın'ın Kur'an-ı Kerim tilavetinden sonra halk dağıldı."
    )
    assert people(text) == []
