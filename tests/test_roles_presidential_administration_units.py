"""A department of the Presidential Administration keeps the Administration in any language ("Prezident
Administrasiyasının … şöbəsinin müdiri": "Head of Department of the Presidential Administration", not a bare "Head of
Department"), and an English title whose department lists its fields with commas is read whole before the name. The
titles and sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people


@pytest.mark.parametrize(
    ("written", "role"),
    [
        (
            "Prezident Administrasiyasının Sosial siyasət şöbəsinin müdiri",
            "Head of Department of the Presidential Administration",
        ),
        ("Prezident Administrasiyasının şöbə müdiri", "Head of Department of the Presidential Administration"),
        (
            "Prezident Administrasiyasının Xarici siyasət məsələləri şöbəsinin müdiri",
            "Head of the Foreign Policy Affairs Department of the Presidential Administration",
        ),
        (
            "Prezident Administrasiyasının şöbə müdirinin müavini",
            "Deputy Head of Department of the Presidential Administration",
        ),
        ("Prezident Administrasiyasının rəhbəri", "Head of the Presidential Administration"),
    ],
)
def test_department_of_the_administration(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_department_with_listed_fields_before_the_name() -> None:
    text = (
        "Head of the Department of Social Policy, Youth, Sport and Cultural Affairs of the Presidential "
        "Administration Ramin Quliyev spoke at the ceremony."
    )
    assert people(text) == [("Ramin Quliyev", "Head of Department of the Presidential Administration")]
