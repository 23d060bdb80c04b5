"""Turkish words of a martyr's family and of a veteran beside a name are no part of it: "Gazi" before a name is a
title ("Gazi X": a Veteran, as "Kıbrıs Gazisi Y" is a title), and "Şehit Ailesi", "Gazi" after a name, in brackets or
set off by commas, are left out of it. The sentences are written for these tests, after the way Turkish reports word
their lists of guests."""

from __future__ import annotations

import pytest

from ._helpers import names, roles


@pytest.mark.parametrize(
    "text",
    [
        "Anma törenine Gazi Hasan Tunç da katıldı.",
        "Programda söz alan Gazi Hasan Tunç bir konuşma yaptı.",
        "Şehitler anıtına Gazi Hasan Tunç çelenk bıraktı.",
    ],
)
def test_gazi_before_a_name_is_a_title(text: str) -> None:
    assert roles(text) == {"Hasan Tunç": "Veteran"}


def test_a_war_named_with_gazisi_keeps_it_out_of_the_name() -> None:
    assert names("Anma törenine Kıbrıs Gazisi Hasan Tunç da katıldı.") == ["Hasan Tunç"]


@pytest.mark.parametrize(
    "text",
    [
        "Törene Zehra Aksoy (Şehit Ailesi) ve Hasan Tunç (Gazi) katıldı.",
        "Törene Zehra Aksoy, Şehit Ailesi, ve Hasan Tunç, Gazi, katıldı.",
        "Törene Şehit Ailesi Zehra Aksoy ile Gazi Hasan Tunç katıldı.",
    ],
)
def test_family_and_veteran_words_after_or_before_a_name_are_left_out(text: str) -> None:
    assert names(text) == ["Zehra Aksoy", "Hasan Tunç"]


def test_gazi_as_a_surname_stays_in_the_name() -> None:
    assert roles("Törene Vali Hasan Gazi ve öğrenciler katıldı.") == {"Hasan Gazi": "Governor"}
    assert names("Anma törenine Hasan Gazi de katıldı.") == ["Hasan Gazi"]
