"""A deputy is never given the principal's role (issue 16): the principal's canonical role with "Deputy" before it,
in every language, unless the data names the deputy's post itself ("Vice-Rector", "TBMM Başkanvekili")."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Milli Məclis sədrinin müavini", "Deputy Speaker of the Milli Majlis"),
        ("Milli Məclisin sədr müavini", "Deputy Speaker of the Milli Majlis"),
        ("Milli Məclis sədrinin birinci müavini", "First Deputy Speaker of the Milli Majlis"),
        ("заместитель председателя Милли Меджлиса", "Deputy Speaker of the Milli Majlis"),
        ("Deputy Speaker", "Deputy Speaker of the Milli Majlis"),
        ("Baş nazirin müavini", "Deputy Prime Minister"),
        ("Deputy Minister of Culture", "Deputy Minister of Culture"),
        ("müdafiə nazirinin müavini", "Deputy Minister of Defence"),
        ("заместитель министра обороны", "Deputy Minister of Defence"),
        ("Savunma Bakan Yardımcısı", "Deputy Minister of Defence"),
        ("Deputy Head of the Presidential Administration", "Deputy Head of the Presidential Administration"),
        ("Prezident Administrasiyasının rəhbərinin müavini", "Deputy Head of the Presidential Administration"),
        ("Deputy Chairman of the Popular Front Party", "Deputy Chairman of the Popular Front Party"),
        ("Deputy Mayor of Baku", "Deputy Mayor of Baku"),
        ("səfirin müavini", "Deputy Ambassador"),
        ("başkan yardımcısı", "Deputy Chairman"),
        # the data's own rows for a deputy's post are kept
        ("rektor yardımcısı", "Vice-Rector"),
        ("İzmir Vali Yardımcısı", "Deputy Governor of İzmir"),
        ("TBMM Başkanvekili", "Deputy Speaker of the Parliament of Turkey"),
        ("First Deputy Prime Minister", "First Deputy Prime Minister"),
        ("Vice President", "Vice President"),
        # the principals themselves are unchanged
        ("Milli Məclisin sədri", "Speaker of the Milli Majlis"),
        ("Baş nazir", "Prime Minister"),
        ("deputy", "Deputy"),
    ],
)
def test_a_deputy_has_the_principals_role_as_deputy(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yanvarın 20-də Milli Məclis sədrinin müavini Fazil Qurbanov Şəhidlər xiyabanını ziyarət edib.",
            ("Fazil Qurbanov", "Deputy Speaker of the Milli Majlis"),
        ),
        (
            "Baş nazirin müavini Fazil Qurbanov Şəhidlər xiyabanını ziyarət edib.",
            ("Fazil Qurbanov", "Deputy Prime Minister"),
        ),
        (
            "Заместитель председателя Милли Меджлиса Тимур Ахмедов возложил цветы к Вечному огню.",
            ("Тимур Ахмедов", "Deputy Speaker of the Milli Majlis"),
        ),
        (
            "Törene Savunma Bakan Yardımcısı Murat Tunç katıldı.",
            ("Murat Tunç", "Deputy Minister of Defence"),
        ),
    ],
)
def test_a_deputy_at_the_ceremony(text: str, expected: tuple[str, str]) -> None:
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [expected]
