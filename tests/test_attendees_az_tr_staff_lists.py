"""A mission's staff listed after a dash or a colon, each with a rank of the mission (issue 16): "Səfirliyin
əməkdaşları — birinci katib A, üçüncü katib B", "I katib A", "Etkinliğe … katıldı: Başkonsolos Yardımcısı A, Ataşe
B". Each named one has their post; the staff as a group name nobody. The sentences are written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

AZ = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı səfirlikdə anım tədbiri keçirilib.\n\n"
TR = "20 Ocak faciasının 36. yıl dönümü dolayısıyla başkonsoloslukta anma töreni düzenlendi.\n\n"
FIRST, THIRD = "First Secretary of the Embassy", "Third Secretary of the Embassy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Səfirliyin əməkdaşları — birinci katib Elnur Həsənli, üçüncü katib Aytən Quliyeva tədbirdə "
            "iştirak ediblər.",
            [("Elnur Həsənli", FIRST), ("Aytən Quliyeva", THIRD)],
        ),
        (
            "Tədbirdə səfirliyin əməkdaşları: I katib Elnur Həsənli, III katib Aytən Quliyeva iştirak edib.",
            [("Elnur Həsənli", FIRST), ("Aytən Quliyeva", THIRD)],
        ),
        (
            "Tədbirdə səfirliyin əməkdaşları — I katib Elnur Həsənli və attaşe Aytən Quliyeva iştirak ediblər.",
            [("Elnur Həsənli", FIRST), ("Aytən Quliyeva", "Attaché")],
        ),
        ("Birinci katib Elnur Həsənli tədbirdə iştirak edib.", [("Elnur Həsənli", FIRST)]),
        ("Tədbirdə ikinci katib Elnur Həsənli çıxış edib.", [("Elnur Həsənli", "Second Secretary of the Embassy")]),
    ],
)
def test_azerbaijani_staff_with_their_ranks(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(AZ + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Etkinliğe başkonsolosluk çalışanları katıldı: Başkonsolos Yardımcısı Elnur Hasanlı, Ataşe Ayten Kuliyeva.",
            [("Elnur Hasanlı", "Deputy Consul General"), ("Ayten Kuliyeva", "Attaché")],
        ),
        (
            "Törene Büyükelçilik personeli — Birinci Kâtip Elnur Hasanlı ve Ataşe Ayten Kuliyeva katıldı.",
            [("Elnur Hasanlı", FIRST), ("Ayten Kuliyeva", "Attaché")],
        ),
        (
            "Törene Büyükelçilik çalışanları da katıldı: Müsteşar Elnur Hasanlı, İkinci Kâtip Ayten Kuliyeva.",
            [("Elnur Hasanlı", "Counsellor of the Embassy"), ("Ayten Kuliyeva", "Second Secretary of the Embassy")],
        ),
    ],
)
def test_turkish_staff_with_their_ranks(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(TR + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        AZ + "Səfirliyin əməkdaşları tədbirdə iştirak ediblər.",
        AZ + "Birinci katib Elnur Həsənli sabah tədbirdə iştirak edəcək.",
        TR + "Törene başkonsolosluk çalışanları katıldı.",
        "Birinci katib Elnur Həsənli Bakıya qayıdıb.",
    ],
)
def test_staff_as_a_group_or_elsewhere_name_nobody(text: str) -> None:
    assert people(text) == []
