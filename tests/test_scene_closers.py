"""A long phrase that opens a sentence and only sets the scene, closed by its postposition ("... ildönümü ilə
əlaqədar", "... yıl dönümü dolayısıyla"): the subject after it is placed, however many words the phrase has
(`[attendees] scene_closers`)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

_CASES = [
    (
        "2021-ci ilin yanvar ayının 19-da “20 Yanvar” faciəsinin 31-ci ildönümü ilə əlaqədar Qusar Rayon İcra "
        "Hakimiyyətinin başçısı cənab Orxan Səlimov, idarə rəhbərləri və sakinlər olmaqla 500 nəfərin iştirakı ilə "
        "rayon mərkəzindəki abidə ziyarət edildi.",
        "Orxan Səlimov",
    ),
    (
        "Bu il də ənənəyə uyğun olaraq Ümumxalq Hüzn Günü və faciənin otuz üçüncü ildönümü münasibətilə universitetin "
        "rektoru Samir Qasımlı əməkdaşlarla birlikdə Şəhidlər xiyabanını ziyarət edib.",
        "Samir Qasımlı",
    ),
    (
        "20 Ocak 2024 Cumartesi günü Azerbaycan tarihinin en acı olaylarından biri olan Kanlı Ocak faciasının 34. yıl "
        "dönümü dolayısıyla Kars Valisi Mehmet Aydın şehitlik anıtına çelenk bıraktı.",
        "Mehmet Aydın",
    ),
    (
        "Azerbaycan'ın bağımsızlık mücadelesinde hayatını kaybeden şehitlerin anısına düzenlenen 20 Ocak anması "
        "vesilesiyle Dernek Başkanı Selim Güneş anıtı ziyaret etti.",
        "Selim Güneş",
    ),
]


@pytest.mark.parametrize(("text", "name"), _CASES)
def test_the_subject_after_a_long_scene_phrase_is_placed(text: str, name: str) -> None:
    assert name in [a.mention for a in extract_attendees(text)]


def test_the_closer_does_not_place_the_remembered() -> None:
    # (a scene phrase that names the dead: they are remembered, not present)
    text = (
        "1990-cı ilin yanvarında həlak olmuş şəhid Fərhad Quliyevin xatirəsi ilə əlaqədar məktəbin direktoru "
        "Aygün Rzayeva çıxış edib."
    )
    assert "Fərhad Quliyev" not in [a.mention for a in extract_attendees(text)]
