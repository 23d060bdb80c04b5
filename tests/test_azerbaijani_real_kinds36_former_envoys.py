"""A past envoy in Azerbaijani reports of 20 January commemorations (read on agency and embassy pages): "keçmiş" or
"sabiq" (former) between the post's country and place and the post itself keeps the whole title, so a former Turkish
ambassador to Azerbaijan is Turkey's former envoy, not the ambassador of the embassy that held the event. The
sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "Səfirlikdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Türkiyənin Azərbaycandakı keçmiş səfiri Orhan Demirtaş çıxış edib.",
            [("Orhan Demirtaş", "Former Ambassador of Turkey")],
        ),
        (
            "Türkiyənin ölkəmizdəki sabiq səfiri Orhan Demirtaş da tədbirdə çıxış edib.",
            [("Orhan Demirtaş", "Former Ambassador of Turkey")],
        ),
        (
            "Daha sonra çıxış edən Türkiyə Respublikasının Bakıdakı keçmiş səfiri Orhan Demirtaş o günləri xatırladı.",
            [("Orhan Demirtaş", "Former Ambassador of Turkey")],
        ),
        (
            "Tədbirdə Azərbaycanın Gürcüstandakı keçmiş səfiri Nəsib Əhmədli çıxış edib.",
            [("Nəsib Əhmədli", "Former Ambassador of Azerbaijan to Georgia")],
        ),
        ("Tədbirdə keçmiş səfir Nəsib Əhmədli çıxış edib.", [("Nəsib Əhmədli", "Former Ambassador")]),
    ],
)
def test_a_former_envoy_keeps_the_whole_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(EVENT + text) == expected


def test_a_former_turkish_envoy_is_not_the_hosting_embassys_ambassador() -> None:
    text = (
        "Azərbaycanın Türkiyədəki səfirliyində 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"
        "Tədbirdə Türkiyənin Azərbaycandakı keçmiş səfiri Orhan Demirtaş çıxış edib. Sonra səfir Kamal Rüstəmli "
        "çıxış edib."
    )
    assert people(text) == [
        ("Orhan Demirtaş", "Former Ambassador of Turkey"),
        ("Kamal Rüstəmli", "Ambassador of Azerbaijan to Turkey"),
    ]


def test_a_serving_envoy_is_no_former_one() -> None:
    text = EVENT + "Tədbirdə Türkiyənin Azərbaycandakı səfiri Orhan Demirtaş çıxış edib."
    assert people(text) == [("Orhan Demirtaş", "Ambassador of Turkey")]
