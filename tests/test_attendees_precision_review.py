"""Precision kept after the review of the merged rules: each input here was read right before and wrongly after."""

from __future__ import annotations

import pytest

from tests._helpers import roles


@pytest.mark.parametrize(
    "text",
    [
        "Our country's ambassador to Azerbaijan Giorgi Sanikidze put a wreath at the monument.",
        "Giorgi Sanikidze, the ambassador of our country in Azerbaijan, put a wreath at the monument.",
        "Посол нашей страны в Азербайджане Владимир Ильин положил венок к памятнику.",
        "Посол нашей страны в Баку Владимир Ильин положил венок к памятнику.",
    ],
)
def test_our_countrys_envoy_posted_in_azerbaijan_is_not_azerbaijans(text: str) -> None:
    # the writer's own country is then not Azerbaijan: the post stays as written, never "of Azerbaijan"
    assert [r for r in roles(text).values() if r and "of Azerbaijan" in r] == []
    assert list(roles(text).values()) == ["Ambassador"]
