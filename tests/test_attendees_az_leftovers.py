"""Azerbaijani leftovers of issue 16: a row of speakers, each behind a long genitive title of a body, joined by
commas and "və" with one verb at the end (each is there, with the role the role builder gives; the same row as the
senders of messages or as the authors of a statement is not), and the writer's own ambassador ("səfirimiz X"; "the
ambassador of Azerbaijan in this country") to the one country abroad the report names. The sentences are written for
these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"
ROW = (
    "“Vətən” İctimai Birliyinin sədri Anar Məmmədov, Köln Azərbaycan Mədəniyyət Mərkəzinin rəhbəri Leyla Həsənova "
    "və “Dostluq” cəmiyyətinin sədr müavini Elçin Quliyev"
)


@pytest.mark.parametrize(
    "text",
    [
        f"Tədbirdə {ROW} çıxış ediblər.",
        f"Daha sonra {ROW} çıxış etmişlər.",
        f"Anım mərasimində {ROW} iştirak ediblər.",
        f"Tədbirdə çıxış edən {ROW} faciənin mahiyyətindən danışıblar.",
    ],
)
def test_a_row_of_titled_speakers_is_all_there(text: str) -> None:
    found = people(EVENT + text)
    assert [m for m, _ in found] == ["Anar Məmmədov", "Leyla Həsənova", "Elçin Quliyev"]
    assert found[0][1] == "Chairman of the Vətən Public Union"
    assert found[2][1] == "Deputy Chairman of the Dostluq Society"
    assert found[1][1] is not None and found[1][1].startswith("Head of the ")


def test_each_body_in_a_longer_row_names_its_own_head() -> None:
    text = (
        "Mərasimdə Gəncə Dövlət Universitetinin rektoru Vüqar Əhmədov, Hamburq Azərbaycan Evinin direktoru Nərmin "
        "Kərimova və “Odlar Yurdu” Mədəniyyət Cəmiyyətinin sədri Tural Bağırov çıxış ediblər."
    )
    assert [m for m, _ in people(EVENT + text)] == ["Vüqar Əhmədov", "Nərmin Kərimova", "Tural Bağırov"]


@pytest.mark.parametrize(
    "text",
    [
        f"Mesaj göndərənlər arasında {ROW} də var.",
        f"Tədbirə təbrik məktubu göndərənlər arasında {ROW} olub.",
        f"{ROW} birgə bəyanat yayıblar.",
        f"Bəyanatda {ROW} faciəni pisləyiblər.",
    ],
)
def test_the_same_row_as_senders_or_authors_is_not(text: str) -> None:
    assert people(EVENT + text) == []


ABROAD = "Serbiyanın paytaxtı Belqrad şəhərində 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ABROAD + "Tədbirdə səfirimiz Rauf Məlikov çıxış edib.", "Ambassador of Azerbaijan to Serbia"),
        (ABROAD + "Səfirimiz Rauf Məlikovun iştirakı ilə xatirə anı keçirilib.", "Ambassador of Azerbaijan to Serbia"),
        (
            ABROAD + "Tədbirdə Azərbaycanın bu ölkədəki səfiri Rauf Məlikov çıxış edib.",
            "Ambassador of Azerbaijan to Serbia",
        ),
        (
            "Belqradda anım tədbiri keçirilib.\n\nMərasimdə Azərbaycanın bu ölkədəki səfiri Rauf Məlikov iştirak edib.",
            "Ambassador of Azerbaijan to Serbia",
        ),
        # no country abroad named, or two: ours, to nowhere the text says
        (EVENT + "Tədbirdə səfirimiz Rauf Məlikov çıxış edib.", "Ambassador of Azerbaijan"),
        (
            "Belqradda və Tbilisidə anım tədbirləri keçirilib.\n\nTədbirdə səfirimiz Rauf Məlikov çıxış edib.",
            "Ambassador of Azerbaijan",
        ),
        # another country's ambassador in this country is not ours
        (
            "Belqradda anım tədbiri keçirilib.\n\nTədbirdə Rusiyanın bu ölkədəki səfiri Rauf Məlikov çıxış edib.",
            "Ambassador of Russia",
        ),
    ],
)
def test_our_ambassador(text: str, expected: str) -> None:
    assert people(text) == [("Rauf Məlikov", expected)]
