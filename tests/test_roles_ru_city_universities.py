"""Russian posts of a university or museum named after a city abroad, the city's adjective in the genitive ("ректор
Тбилисского государственного университета": Rector of Tbilisi State University), as those named after Baku or Moscow
are; the titles are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("ректор Тбилисского государственного университета", "Rector of Tbilisi State University"),
        ("проректор Киевского национального университета", "Vice-Rector of Kyiv National University"),
        ("ректор Харьковского национального университета", "Rector of Kharkiv National University"),
        ("директор Тбилисской государственной консерватории", "Director of the Tbilisi State Conservatory"),
        # the kind of a body named by an adjective the same way
        ("руководитель Балтийского исследовательского центра", "Head of the Baltic Research Centre"),
        ("директор Американского университета", "Director of the American University"),
    ],
)
def test_a_city_abroad_names_its_university(written: str, expected: str) -> None:
    assert canonical_role(written) == expected
