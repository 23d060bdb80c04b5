"""An Azerbaijani vice-rector titled by their portfolio ("universitetin tədris işləri üzrə prorektoru", "elm və
innovasiyalar üzrə prorektor") keeps it, as the English and Russian titles do ("Vice-Rector for Academic Affairs"),
and is not completed with the university an earlier sentence names: the portfolio form wins over
`_institutions.at_institution` (`[roles] portfolio_marks`: "üzrə", "по"), whose portfolio the data cannot name in
English too ("tərbiyə işləri üzrə prorektoru": "Vice-Rector"). A bare "universitetin prorektoru" is still completed."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD_AT = "Xəzər Universitetində 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib. "
HELD = "20 Yanvar faciəsinin ildönümü ilə bağlı anım mərasimi keçirilib. "


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD_AT + "Mərasimdə universitetin tədris işləri üzrə prorektoru Vüsal Kazımov çıxış edib.",
            {"Vüsal Kazımov": "Vice-Rector for Academic Affairs"},
        ),
        (
            HELD_AT + "Sonra elm və innovasiyalar üzrə prorektor Günel Abbasova faciənin tarixindən danışıb.",
            {"Günel Abbasova": "Vice-Rector for Science and Innovation"},
        ),
        (
            HELD_AT + "Tədbiri universitetin beynəlxalq əlaqələr üzrə prorektoru Orxan Səfərli açıb.",
            {"Orxan Səfərli": "Vice-Rector for International Relations"},
        ),
        (
            HELD_AT + "Tədbirdə universitetin elmi işlər üzrə prorektoru, professor Kamran Ələkbərov çıxış edib.",
            {"Kamran Ələkbərov": "Vice-Rector for Scientific Affairs"},
        ),
        (
            HELD + "Mərasimdə rektor Anar Rzayev, tədris işləri üzrə prorektor Leyla Nəsibova və beynəlxalq "
            "əlaqələr üzrə prorektor Toğrul Vəliyev iştirak ediblər.",
            {
                "Anar Rzayev": "Rector",
                "Leyla Nəsibova": "Vice-Rector for Academic Affairs",
                "Toğrul Vəliyev": "Vice-Rector for International Relations",
            },
        ),
        # a portfolio the data cannot put in English: the post alone, never the university named before
        (
            HELD_AT + "Tədbirdə universitetin tərbiyə işləri üzrə prorektoru Səbinə Hüseynova çıxış edib.",
            {"Səbinə Hüseynova": "Vice-Rector"},
        ),
        (
            "В Бакинском государственном университете прошёл вечер памяти жертв 20 Января. Вечер открыл проректор "
            "университета по воспитательной работе Тофик Ахмедов.",
            {"Тофик Ахмедов": "Vice-Rector"},
        ),
        # a bare vice-rector is still the one university's the text names
        (
            HELD_AT + "Mərasimdə universitetin prorektoru Vüsal Kazımov çıxış edib.",
            {"Vüsal Kazımov": "Vice-Rector of Khazar University"},
        ),
    ],
)
def test_portfolio_is_the_vice_rector_role(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected
