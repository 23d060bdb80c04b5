"""Speakers as Azerbaijani and Turkish reports name them: several talks each with its topic in quotation marks
("A-nın “…” və B-nin “…” mövzularında məruzələri dinlənilib": A and B), one called to the rostrum with the verb
after the name ("Ardından kürsüye Rektör X geldi", "Vali Y kürsüye çıktı"), and a first vice president marked by a
Roman one ("AMEA-nın I vitse-prezidenti"). Not placed: a speech to come, one not given, one in another place with
no event, the sender of a message. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

AZ = "Anım tədbiri\n\nUniversitetdə anım tədbiri keçirilib. "
TR = "Anma töreni\n\nÜniversitede anma töreni düzenlendi. "


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AZ + "Tədbirdə professor Arif Həsənovun “Qanlı Yanvar tarixdə” və dosent Leyla Məmmədovanın “Faciənin "
            "şahidləri” mövzularında məruzələri dinlənilib.",
            [("Arif Həsənov", "Professor"), ("Leyla Məmmədova", "Associate Professor")],
        ),
        (
            AZ + "Sonra tarixçi Elçin Quliyevin “Yanvar gecəsi”, jurnalist Nərmin Abbasovanın “Mətbuat susanda” və "
            "dosent Rauf Kərimovun “Arxivlər danışır” mövzularında çıxışları dinlənilib.",
            [
                ("Elçin Quliyev", "Historian"),
                ("Nərmin Abbasova", "Journalist"),
                ("Rauf Kərimov", "Associate Professor"),
            ],
        ),
        (TR + "Ardından kürsüye Rektör Prof. Dr. Ahmet Yılmaz geldi.", [("Ahmet Yılmaz", "Rector")]),
        (TR + "Daha sonra kürsüye Vali Mehmet Kaya çıktı.", [("Mehmet Kaya", "Governor")]),
        (TR + "Rektör Ahmet Yılmaz kürsüye geldi.", [("Ahmet Yılmaz", "Rector")]),
        (
            "Anım tədbiri\n\nTədbirdə AMEA-nın I vitse-prezidenti İsa Həbibbəyli çıxış edib.",
            [("İsa Həbibbəyli", "First Vice President")],
        ),
    ],
)
def test_speakers_placed(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        TR + "Rektör Ahmet Yılmaz kürsüye gelmedi.",
        TR + "Yarın kürsüye Rektör Ahmet Yılmaz gelecek.",
        "Açıklama\n\nRektör Ahmet Yılmaz dün mecliste kürsüye çıktı.",
        # a topic in quotation marks with no genitive speaker before it
        AZ + "Tələbələr “Qanlı Yanvar” və “Faciənin şahidləri” mövzularında məruzələri dinləyiblər.",
    ],
)
def test_no_one_placed(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("AMEA-nın I vitse-prezidenti", "First Vice President"),
        ("I вице-президент НАНА", "First Vice President"),
        ("AMEA-nın II vitse-prezidenti", "Vice President"),
        ("Fondun vitse-prezidenti", "Vice President"),
    ],
)
def test_a_first_vice_president_marked_by_a_roman_one(title: str, role: str) -> None:
    assert canonical_role(title) == role
