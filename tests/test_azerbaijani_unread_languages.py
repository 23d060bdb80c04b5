"""Azerbaijani: a teacher, department or faculty of a language whose adjective the data lacks ("Ərəb dili", "Çin
dili", "İspan dili") keeps the bare post. The language's noun "dili" is silent in English ("İngilis dili müəllimi":
Teacher of English), so alone it is no subject: not "Teacher of", "Head of the Department of", nor the title as
written. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import roles

EVENT = "20 Yanvar şəhidlərinin xatirəsinə həsr olunmuş tədbir keçirilib.\n"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Tədbirdə Ərəb dili müəllimi Nihad Səfərli çıxış edib.", "Teacher"),
        ("Tədbirdə liseyin Çin dili müəllimi Nihad Səfərli çıxış edib.", "Teacher"),
        ("Sonra Fars dili müəllimi Nihad Səfərli şeir söyləyib.", "Teacher"),
        ("Tədbirdə Ərəb dili kafedrasının müdiri Nihad Səfərli çıxış edib.", "Head of Department"),
        ("Tədbirdə İspan dili fakültəsinin dekanı Nihad Səfərli çıxış edib.", "Dean"),
        # (a language the data has keeps its subject)
        ("Tədbirdə məktəbin İngilis dili müəllimi Nihad Səfərli çıxış edib.", "Teacher of English"),
        ("Tədbirdə Alman dili kafedrasının müdiri Nihad Səfərli çıxış edib.", "Head of the Department of German"),
    ],
)
def test_a_language_the_data_lacks_leaves_the_bare_post(sentence: str, role: str) -> None:
    assert roles(EVENT + sentence)["Nihad Səfərli"] == role
