"""A heading whose verb closes it, then a site's menu line with no stop between them ("… ziyarət edib" / "Bütün
Xəbərlər"): the subject that opens the heading ends at its verb, so the menu's words are no person; a subject after a
participle still follows it ("… ziyarət edən nazir X"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nazir Elmar Qasımov Şəhidlər xiyabanını ziyarət edib\nBütün Xəbərlər\n09:40 20.01.2016\nBu gün faciənin "
            "26-cı ildönümüdür.",
            {"Elmar Qasımov": "Minister"},
        ),
        ("Səfir Orxan Nəbiyev Şəhidlər xiyabanını ziyarət edib\nSon Xəbərlər", {"Orxan Nəbiyev": "Ambassador"}),
        ("Rektor Vüsal Həsənli abidə önünə gül dəstəsi qoyub\nƏsas Səhifə", {"Vüsal Həsənli": "Rector"}),
        (
            "Bakan Kemal Aydın Şehitler Hıyabanı'nı ziyaret etti\nSon Dakika\n11:05 20.01.2019\nBugün acının yıl "
            "dönümü.",
            {"Kemal Aydın": "Minister"},
        ),
        ("Vali Sinan Ergül anıta çelenk bıraktı\nTüm Haberler", {"Sinan Ergül": "Governor"}),
        # (the subject after a participle of the cue stays)
        (
            "Şəhidlər xiyabanını ziyarət edən nazir Elmar Qasımov jurnalistlərə açıqlama verib.",
            {"Elmar Qasımov": "Minister"},
        ),
        ("Şehitler Hıyabanı'nı ziyaret eden Bakan Kemal Aydın çelenk bıraktı.", {"Kemal Aydın": "Minister"}),
    ],
)
def test_menu_line_is_no_person(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
