"""A publicist in Russian, alone or joined by a hyphen to another occupation: "поэт-публицист Y" is a Poet-Publicist,
as "поэт-журналист" is a Poet-Journalist (a writer stays unnamed, as the annotated reports have it); the union of
writers keeps its name. The titles and sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people

EVENT = "В посольстве прошел вечер памяти шехидов 20 Января. "


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("публицист", "Publicist"),
        ("поэт-публицист", "Poet-Publicist"),
        ("журналист-публицист", "Journalist-Publicist"),
        ("председатель Союза писателей", "Chairman of the Union of Writers"),
    ],
)
def test_writers_and_publicists(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_at_the_event() -> None:
    text = EVENT + "На вечере выступили поэтесса Айтен Мамедова и поэт-публицист Намик Гусейнов."
    assert people(text) == [("Айтен Мамедова", "Poet"), ("Намик Гусейнов", "Poet-Publicist")]
