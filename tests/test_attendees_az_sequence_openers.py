"""An Azerbaijani sentence opened by an adverb of sequence ("Sonra", "Daha sonra", "Ardınca", "Sonda") or a scene's
word ("Tədbirdə") before a body's name and a speaker: the adverb is no part of the body, the title or the name
(`[roles] sentence_openers`). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

AZ = "Kitabxanada 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri təşkil olunub.\n\n"


@pytest.mark.parametrize(
    ("sentence", "mention", "written", "role"),
    [
        (
            "Sonra Bakı Dövlət Universitetinin rektoru Nurlan Qasımlı çıxış edib.",
            "Nurlan Qasımlı",
            "Bakı Dövlət Universitetinin rektoru",
            "Rector of BSU",
        ),
        (
            "Daha sonra Milli Məclisin deputatı Səbinə Həsənli faciənin mahiyyətindən danışıb.",
            "Səbinə Həsənli",
            "Milli Məclisin deputatı",
            "Member of Parliament",
        ),
        (
            "Ardınca Azərbaycan Dillər Universitetinin prorektoru Tural Mirzəli çıxış edib.",
            "Tural Mirzəli",
            "Azərbaycan Dillər Universitetinin prorektoru",
            "Vice-Rector of Azerbaijan University of Languages",
        ),
        (
            "Sonda Yazıçılar Birliyinin katibi Tural Mirzəli şeirlərini oxuyub.",
            "Tural Mirzəli",
            "Yazıçılar Birliyinin katibi",
            "Secretary of the Writers' Union",
        ),
        (
            "Sonda Bakı Dövlət Universitetinin rektoru Nurlan Qasımlı çıxış edib.",
            "Nurlan Qasımlı",
            "Bakı Dövlət Universitetinin rektoru",
            "Rector of BSU",
        ),
    ],
)
def test_the_opening_adverb_is_no_part_of_the_title(sentence: str, mention: str, written: str, role: str) -> None:
    found = {a.mention: (a.role_as_written, a.role) for a in extract_attendees(AZ + sentence)}
    assert found == {mention: (written, role)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Sonda Tural Mirzəli çıxış edib.",
        "Yekunda Tural Mirzəli tədbir iştirakçılarına təşəkkür edib.",
        "Öncə Tural Mirzəli çıxış edib.",
    ],
)
def test_the_opening_adverb_is_no_part_of_the_name(sentence: str) -> None:
    assert [a.mention for a in extract_attendees(AZ + sentence)] == ["Tural Mirzəli"]
