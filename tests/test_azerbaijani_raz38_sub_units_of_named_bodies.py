"""A post of a unit of a named body ("Dini Qurumlarla İş üzrə Dövlət Komitəsinin şöbə müdiri", "… Komitəsinin
Aparatının rəhbəri") is the unit's head, not the body's: the bare head, never "Head of the State Committee …"; the
body's own posts, with their deputies and modifiers, and a branch's city, keep the body. The titles are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Dini Qurumlarla İş üzrə Dövlət Komitəsinin şöbə müdiri", "Head"),
        ("Dini Qurumlarla İş üzrə Dövlət Komitəsinin Aparatının rəhbəri", "Head"),
        ("Dövlət Sərhəd Xidmətinin şöbəsinin rəisi", "Head"),
    ],
)
def test_a_units_head_is_not_the_bodys(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Dini Qurumlarla İş üzrə Dövlət Komitəsinin sədrinin müavini",
            "Deputy Chairman of the State Committee for Work with Religious Associations",
        ),
        ("Heydər Əliyev Fondunun icraçı direktoru", "Executive Director of the Heydar Aliyev Foundation"),
        ("Heydər Əliyev Fondunun vitse-prezidenti", "Vice President of the Heydar Aliyev Foundation"),
        ("Dövlət Sərhəd Xidmətinin rəisi", "Head of the State Border Service"),
        ("директор Центра Гейдара Алиева в Анкаре", "Director of the Heydar Aliyev Centre in Ankara"),
        ("Azerbaycan Evi Derneği Başkanı", "Chairman of the Azerbaijan House Association"),
    ],
)
def test_the_bodys_own_posts_keep_it(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    "title", ["Diasporla İş üzrə Dövlət Komitəsinin sədri", "Diaspora ilə İş üzrə Dövlət Komitəsinin sədri"]
)
def test_the_diaspora_committee_with_its_glued_instrumental(title: str) -> None:
    """ "Diasporla" is "Diaspora ilə" glued: the same committee."""
    assert canonical_role(title) == "Chairman of the State Committee for Work with the Diaspora"
