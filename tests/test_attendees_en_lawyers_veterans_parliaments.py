"""English roles the data missed: a lawyer written as "attorney" or "advocate" (the role the Turkish "Avukat" gives),
never the office of an "Attorney General"; veterans in the plural before a list of names (the singular stays no
post); a Baltic parliament's "representatives" or "deputies" right after its name, each a member of it. The sentences
are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people

HELD = "A commemoration of the 20 January victims was held at the cultural centre.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speakers at the evening included attorney Mira Stein, lawyer Kamal Nasirli and advocate Leyla Orucova.",
            [("Mira Stein", "Lawyer"), ("Kamal Nasirli", "Lawyer"), ("Leyla Orucova", "Lawyer")],
        ),
        ("Attorney Mira Stein laid a wreath at the memorial.", [("Mira Stein", "Lawyer")]),
        ("The advocate, Leyla Orucova, laid carnations at the memorial.", [("Leyla Orucova", "Lawyer")]),
        ("A defence attorney, Mira Stein, also took part in the ceremony.", [("Mira Stein", "Lawyer")]),
        # an office, not the calling
        ("Attorney General Ruth Adler laid a wreath at the memorial.", [("Ruth Adler", "Attorney General")]),
    ],
)
def test_lawyers_by_any_english_word(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("attorney", "Lawyer"),
        ("an attorney", "Lawyer"),
        ("advocate", "Lawyer"),
        ("lawyer", "Lawyer"),
        ("Avukat", "Lawyer"),
        ("the Attorney General", "Attorney General"),
    ],
)
def test_the_calling_has_one_canonical_role(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_a_cause_s_advocate_is_no_lawyer() -> None:
    assert canonical_role("human rights advocate") != "Lawyer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the guests were veterans of the national liberation movement: Vugar Abdullayev and Sona Mirzayeva.",
            [("Vugar Abdullayev", "Veteran"), ("Sona Mirzayeva", "Veteran")],
        ),
        (
            "Flowers were laid at the memorial by veterans Vugar Abdullayev and Sona Mirzayeva.",
            [("Vugar Abdullayev", "Veteran"), ("Sona Mirzayeva", "Veteran")],
        ),
        (
            "The event was attended by war veterans Vugar Abdullayev, Sona Mirzayeva and Anar Talibov.",
            [("Vugar Abdullayev", "Veteran"), ("Sona Mirzayeva", "Veteran"), ("Anar Talibov", "Veteran")],
        ),
        # the singular before a name's comma is no post: the rank, or no role at all
        ("The veteran, Major Vugar Abdullayev, laid carnations at the memorial.", [("Vugar Abdullayev", "Major")]),
        ("The veteran, Vugar Abdullayev addressed the ceremony.", [("Vugar Abdullayev", None)]),
    ],
)
def test_veterans_in_the_plural_before_a_list(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected


LATVIA = "Member of the Parliament of Latvia"
LITHUANIA = "Member of the Parliament of Lithuania"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ceremony was attended by the Saeima representatives: Liga Kalnina, Edgars Liepins and Inese Ozola; "
            "the consul Omar Farid came too.",
            [("Liga Kalnina", LATVIA), ("Edgars Liepins", LATVIA), ("Inese Ozola", LATVIA), ("Omar Farid", "Consul")],
        ),
        (
            "Saeima representatives Liga Kalnina and Edgars Liepins laid flowers at the memorial.",
            [("Liga Kalnina", LATVIA), ("Edgars Liepins", LATVIA)],
        ),
        (
            "Among those present were Seimas deputies Ruta Vaitkute and Tomas Jonaitis.",
            [("Ruta Vaitkute", LITHUANIA), ("Tomas Jonaitis", LITHUANIA)],
        ),
        (
            "Among those present were members of the Seimas Ruta Vaitkute and Tomas Jonaitis.",
            [("Ruta Vaitkute", LITHUANIA), ("Tomas Jonaitis", LITHUANIA)],
        ),
    ],
)
def test_a_baltic_parliament_s_members_in_the_plural(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was attended by the Georgian representatives: Nino Beridze and Levan Kapanadze.",
        "The ceremony was attended by representatives Nino Beridze and Levan Kapanadze.",
    ],
)
def test_representatives_of_no_parliament_have_no_post(text: str) -> None:
    assert people(HELD + text) == [("Nino Beridze", None), ("Levan Kapanadze", None)]
