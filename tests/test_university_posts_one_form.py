"""Issue #16: a university's posts have one canonical form in every language. A title that names the university is
"Rector of <University>" (its English name when the data knows it, one form per university: "BSU" for Baku State
University, however it is spelt), and so for a vice-rector and an acting rector; an abbreviation the data does not
know is kept as written; a title that names no university is the post alone. A dean and a department's head keep
the faculty or department only when the data has each word of its name (test_university_named_by_its_words.py).
Names and sentences are invented for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    "title",
    [
        "Rector of Baku State University",
        "rector of BSU",
        "Baku State University rector",
        "Bakı Dövlət Universitetinin rektoru",
        "BDU-nun rektoru",
        "ректор БГУ",
        "ректора Бакинского государственного университета",
        "Bakü Devlet Üniversitesi Rektörü",
    ],
)
def test_one_university_is_one_form_in_every_language(title: str) -> None:
    assert canonical_role(title) == "Rector of BSU"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # the same abbreviation is another university in another language
        ("BSU-nun rektoru", "Rector of Baku Slavic University"),
        ("ректор БСУ", "Rector of Baku Slavic University"),
        # a university known by its name in one language and its abbreviation in another
        ("ректор АДА", "Rector of ADA University"),
        ("ADA Universitetinin rektoru", "Rector of ADA University"),
        ("Rector of ADA University", "Rector of ADA University"),
        ("Xəzər Universitetinin rektoru", "Rector of Khazar University"),
        ("Hazar Üniversitesi Rektörü", "Rector of Khazar University"),
        ("Rector of Khazar University", "Rector of Khazar University"),
        ("rector of ASOIU", "Rector of ASOIU"),
        ("Azərbaycan Dövlət Neft və Sənaye Universitetinin rektoru", "Rector of ASOIU"),
        # one the data does not know: by its own words, or its abbreviation as written
        ("Ankara Üniversitesi Rektörü", "Rector of Ankara University"),
        (
            "Rector of Ganja Agriculture and Technology University",
            "Rector of Ganja Agriculture and Technology University",
        ),
        ("AzMİU-nun rektoru", "Rector of AzMİU"),
        ("Rector of AzMİU", "Rector of AzMİU"),
        ("ректор АзТУ", "Rector of АзТУ"),
        ("Rector of the TSUE", "Rector of TSUE"),
    ],
)
def test_a_rector_keeps_the_university(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Vice-Rector of Baku State University", "Vice-Rector of BSU"),
        ("BDU-nun prorektoru", "Vice-Rector of BSU"),
        ("проректор БГУ", "Vice-Rector of BSU"),
        ("Kafkas Üniversitesi Rektör Yardımcısı", "Vice-Rector of Kafkas University"),
        ("Acting Rector of ADA University", "Acting Rector of ADA University"),
        ("Kafkas Üniversitesi Rektör Vekili", "Acting Rector of Kafkas University"),
        # a vice-rector's portfolio is the post; the university after it is not kept
        ("Vice-Rector for Academic Affairs of Baku State University", "Vice-Rector for Academic Affairs"),
    ],
)
def test_a_vice_rector_and_an_acting_rector_keep_it_too(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # no university named: the post alone
        ("Rector", "Rector"),
        ("Rector of the University", "Rector"),
        ("universitetin rektoru", "Rector"),
        ("ректор университета", "Rector"),
        ("Üniversitesi Rektörü", "Rector"),
        ("Rektör Yardımcısı", "Vice-Rector"),
        ("rektor v.i.e.", "Acting Rector"),
        # a dean and a department's head keep no university (the faculty: tests/test_university_named_by_its_words.py)
        ("Dean of the Faculty of Law of BSU", "Dean of the Faculty of Law"),
        ("BDU-nun hüquq fakültəsinin dekanı", "Dean"),
        ("декан юридического факультета БГУ", "Dean"),
        ("Hukuk Fakültesi Dekanı", "Dean of the Faculty of Law"),
        # an abbreviation in another post, or past the post's comma, is no university of it
        ("Head of the Department of Law of BSU", "Head of the Department of Law"),
        ("Rektor, AMEA-nın müxbir üzvü", "Rector"),
    ],
)
def test_no_university_named_is_the_post_alone(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A memorial evening was held at the university. Rector of BSU Kamran Aliyev opened the evening.",
            {"Kamran Aliyev": "Rector of BSU"},
        ),
        (
            "Universitetdə anım tədbiri keçirilib. Tədbiri BDU-nun rektoru Kamran Əliyev açıb.",
            {"Kamran Əliyev": "Rector of BSU"},
        ),
        (
            "В университете прошел вечер памяти. Вечер открыл ректор Бакинского государственного университета Камран "
            "Алиев.",
            {"Камран Алиев": "Rector of BSU"},
        ),
        (
            "İzmir'de anma töreni düzenlendi. Törende Bakü Devlet Üniversitesi Rektörü Kamran Aliyev bir konuşma "
            "yaptı.",
            {"Kamran Aliyev": "Rector of BSU"},
        ),
        # no university in the title: the post alone, in every language
        (
            "A memorial evening was held at the university. The rector, Kamran Aliyev, opened the evening.",
            {"Kamran Aliyev": "Rector"},
        ),
        ("Universitetdə anım tədbiri keçirilib. Tədbiri rektor Kamran Əliyev açıb.", {"Kamran Əliyev": "Rector"}),
        ("В университете прошел вечер памяти. Вечер открыл ректор Камран Алиев.", {"Камран Алиев": "Rector"}),
    ],
)
def test_the_same_post_in_four_languages_in_a_sentence(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected
