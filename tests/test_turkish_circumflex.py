"""A circumflex on â, î, û is a variant spelling in Turkish: "Millî Eğitim Müdürü", "Hâkim", "Kâtip" read as
"Milli Eğitim Müdürü", "Hakim", "Katip" do, in every word table of the walks (one fold, `text.fold.lowercase`),
as they already did in the role table's patterns. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.text.fold import lowercase

from ._helpers import people


@pytest.mark.parametrize(
    ("with_circumflex", "without"),
    [
        (
            "20 Ocak anma törenine İl Millî Eğitim Müdürü Ali Kaya ve öğrenciler katıldı.",
            "20 Ocak anma törenine İl Milli Eğitim Müdürü Ali Kaya ve öğrenciler katıldı.",
        ),
        (
            "Törene Kars Millî Eğitim Müdürü Ali Kaya ve Başkonsolosluk Kâtibi Veli Er katıldı.",
            "Törene Kars Milli Eğitim Müdürü Ali Kaya ve Başkonsolosluk Katibi Veli Er katıldı.",
        ),
        (
            "Törene Cumhuriyet Başsavcısı Ali Kaya ve Hâkim Veli Er katıldı.",
            "Törene Cumhuriyet Başsavcısı Ali Kaya ve Hakim Veli Er katıldı.",
        ),
        (
            "Anma programına Kâtip Ayşe Demir ve Millî Eğitim Şube Müdürü Orhan Sezer de katıldı.",
            "Anma programına Katip Ayşe Demir ve Milli Eğitim Şube Müdürü Orhan Sezer de katıldı.",
        ),
    ],
)
def test_a_circumflex_reads_as_the_plain_letter(with_circumflex: str, without: str) -> None:
    plain = people(without)
    assert plain  # (the plain spelling finds its people)
    # (a title the data does not know is given as written: "Kâtip", "Katip")
    assert [(name, lowercase(role or "")) for name, role in people(with_circumflex)] == [
        (name, lowercase(role or "")) for name, role in plain
    ]


def test_the_provincial_director() -> None:
    assert people("20 Ocak anma törenine Millî Eğitim Müdürü Ali Kaya katıldı.") == [
        ("Ali Kaya", "Provincial Director")
    ]


def test_the_fold_keeps_offsets() -> None:
    assert lowercase("Millî Hâkim Kâtip Ûmmet İcra") == "milli hakim katip ummet icra"
    assert len(lowercase("Hâkim")) == len("Hâkim")
