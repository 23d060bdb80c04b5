"""A state's representative whose title names the host country and then an ambassador's rank ("KKTC Azerbaycan
Temsilcisi Büyükelçi X"): the country right before the post's word is where the post is, not a second sender, and
the rank makes the representative the state's ambassador ("Ambassador of the TRNC"; abroad, "to Turkey"). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role
from tests._helpers import roles

TR = "Bakü'de 20 Ocak katliamının yıl dönümünde bir anma programı yapıldı.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TR + "Programda KKTC Azerbaycan Temsilcisi Büyükelçi Deniz Akıncı bir konuşma yaptı.",
            "Ambassador of the TRNC",
        ),
        (TR + "KKTC'nin Azerbaycan Temsilcisi Büyükelçi Deniz Akıncı de programa katıldı.", "Ambassador of the TRNC"),
        (
            TR + "Kuzey Kıbrıs Türk Cumhuriyeti Azerbaycan Temsilcisi Büyükelçi Deniz Akıncı Şehitler Hıyabanı'nı "
            "ziyaret etti.",
            "Ambassador of the TRNC",
        ),
        (
            TR + "Programa KKTC Türkiye Temsilcisi Büyükelçi Deniz Akıncı da katıldı.",
            "Ambassador of the TRNC to Turkey",
        ),
    ],
)
def test_a_representative_with_a_rank_after_the_post_is_the_states_ambassador(text: str, expected: str) -> None:
    assert expected in roles(text).values()


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("KKTC Azerbaycan Temsilcisi Büyükelçi", "Ambassador of the TRNC"),
        ("KKTC'nin Azerbaycan Temsilcisi Büyükelçi", "Ambassador of the TRNC"),
        ("KKTC'nin Türkiye Temsilcisi Büyükelçi", "Ambassador of the TRNC to Turkey"),
        # without the rank, still the state's representative
        ("KKTC Azerbaycan Temsilcisi", "Representative of the TRNC"),
        ("KKTC'nin Bakü Temsilcisi", "Representative of the TRNC in Baku"),
    ],
)
def test_the_title_alone(written: str, expected: str) -> None:
    assert canonical_role(written) == expected
