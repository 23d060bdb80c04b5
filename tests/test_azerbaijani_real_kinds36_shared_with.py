"""Speakers who shared their thoughts or memories with someone named in the comitative ("fikirlərini gənclərlə
bölüşüb", "xatirələrini tələbələrlə bölüşdü"), as Azerbaijani reports of 20 January round tables and panels write it
(read on youth-organisation and school pages): they spoke at the event, a list of them too; not one who shared them
with followers on a social network. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT = "Gənclər Mərkəzində 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə Səməd Nəsibli fikirlərini gənclərlə bölüşüb.", ["Səməd Nəsibli"]),
        ("Sonra Səməd Nəsibli o gecənin xatirələrini tələbələrlə bölüşdü.", ["Səməd Nəsibli"]),
        (
            "Tədbirdə millət vəkili Aqil Rüstəmli, Səməd Nəsibli və Fərqanə Əzizova fikirlərini gənclərlə bölüşüblər.",
            ["Aqil Rüstəmli", "Səməd Nəsibli", "Fərqanə Əzizova"],
        ),
        ("Tədbirdə Fərqanə Əzizova təəssüratlarını iştirakçılarla bölüşərək faciəni xatırladı.", ["Fərqanə Əzizova"]),
    ],
)
def test_sharing_with_someone_places_the_speaker(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


def test_sharing_on_a_social_network_places_nobody() -> None:
    assert names(EVENT + "Səməd Nəsibli xatirələrini sosial şəbəkədə izləyicilərlə bölüşüb.") == []
