"""Living witnesses of January 1990 who speak at an Azerbaijani commemoration (as school, university and agency pages
report them: "faciənin canlı şahidi X çıxış edib"): the words that set the scene before a verb-final sentence's subject
are counted as words, not tokens, so a date written with hyphens ("1990-cı ilin 19-20 qanlı yanvar günlərinin") is no
longer than it reads, and the witnesses after it are there. A witness in the genitive, whose memoirs are read, is
not. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə 1990-cı ilin 19-20 qanlı yanvar günlərinin canlı şahidləri Rauf Həsənov və Leyla Məmmədova "
            "çıxış edib.",
            ["Rauf Həsənov", "Leyla Məmmədova"],
        ),
        (
            "Tədbirdə 1990-cı ilin 19-20 yanvar qanlı günlərinin canlı şahidləri Rauf Həsənov və Leyla Məmmədova "
            "çıxış ediblər.",
            ["Rauf Həsənov", "Leyla Məmmədova"],
        ),
        ("Sonra 1990-cı il 19-20 yanvar qanlı hadisələrinin canlı şahidi Rauf Həsənov çıxış edib.", ["Rauf Həsənov"]),
        (
            "Tədbirdə 1990-cı ilin 19-20 qanlı yanvar gecəsinin canlı şahidi, təqaüdçü Rauf Həsənov xatirələrini "
            "bölüşüb.",
            ["Rauf Həsənov"],
        ),
        (
            "Daha sonra 19-20 yanvar 1990-cı il faciəsinin canlı şahidləri Rauf Həsənov və Leyla Məmmədova o "
            "günləri xatırladıblar.",
            ["Rauf Həsənov", "Leyla Məmmədova"],
        ),
        ("Tədbirdə faciənin canlı şahidi Rauf Həsənov çıxış edib.", ["Rauf Həsənov"]),
    ],
)
def test_living_witnesses_who_speak_are_there(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə 1990-cı ilin 19-20 qanlı yanvar günlərinin canlı şahidi Rauf Həsənovun xatirələri oxunub.",
        "1990-cı ilin 19-20 qanlı yanvar günlərinin canlı şahidi Rauf Həsənovun xatirəsi yad edilib.",
    ],
)
def test_a_witness_in_the_genitive_is_not_there(text: str) -> None:
    assert names(EVENT + text) == []
