"""English: a parliament's "deputy", as Azerbaijani reports in English call its member ("Milli Majlis deputy X", "the
deputy of the National Assembly X"), is a Member of Parliament; a deputy of a post is still that post's deputy. The
sentences are written for these tests (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Milli Majlis deputy", "Member of Parliament"),
        ("the deputy of the Milli Majlis", "Member of Parliament"),
        ("deputy of Azerbaijan National Assembly", "Member of Parliament"),
        ("Parliament deputy", "Member of Parliament"),
        # a deputy of a post
        ("Deputy Speaker of the Milli Majlis", "Deputy Speaker of the Milli Majlis"),
        ("Deputy Chairman of the Milli Majlis", "Deputy Speaker of the Milli Majlis"),
        ("deputy head of the embassy", "Deputy Head of the Embassy"),
        # another country's assembly: as written
        ("Deputy of the Turkish Grand National Assembly", "Deputy of the Turkish Grand National Assembly"),
    ],
)
def test_a_parliaments_deputy_is_its_member(written: str, expected: str) -> None:
    assert canonical_role(written) == expected
