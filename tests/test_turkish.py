"""Turkish, added as data only (`src/jan20/lang/tr.toml`): dates, stated anniversaries, attendees with their roles,
casualty figures with their qualifiers, and search folding. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from jan20 import lang
from jan20.archive.index import open_archive
from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.attendees import extract_attendees
from jan20.extract.casualties import extract_casualties
from jan20.query.search import search
from jan20.text.dates import find_dates
from jan20.text.fold import fold


def test_turkish_is_a_language_of_the_engine() -> None:
    assert "tr" in lang.CODES
    assert lang.language("tr").name == "Turkish"
    assert "büyükelçi" in lang.words("roles.heads")


# --- dates ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakü, 20 Ocak 2024", [(2024, 1, 20, "20 Ocak 2024")]),
        ("20 Ocak 1990 gecesi Bakü'ye tanklar girdi.", [(1990, 1, 20, "20 Ocak 1990")]),
        ("Haber 21 Şubat 2023 tarihinde yayımlandı.", [(2023, 2, 21, "21 Şubat 2023")]),
        ("1 Ağustos 2019 itibarıyla", [(2019, 8, 1, "1 Ağustos 2019")]),
        ("15 EYLÜL 2010", [(2010, 9, 15, "15 EYLÜL 2010")]),
        ("30 Kasım 2015 Pazartesi", [(2015, 11, 30, "30 Kasım 2015")]),
        ("Aralık 2000 sayısında", [(2000, 12, None, "Aralık 2000")]),
        ("MAYIS 2004", [(2004, 5, None, "MAYIS 2004")]),  # dotless ı in capitals: "MAYIS" is "mayıs"
        ("Her yıl 20 ocakta anılır.", [(None, 1, 20, "20 ocakta")]),
        ("20 Ocak 1990'da yaşananlar", [(1990, 1, 20, "20 Ocak 1990'da")]),
        ("19 Ocak'ı 20 Ocak'a bağlayan gece", [(None, 1, 19, "19 Ocak"), (None, 1, 20, "20 Ocak")]),
        ("31 Şubat 2020", []),  # no such day
    ],
)
def test_turkish_dates(text: str, expected: list[tuple[int | None, int, int | None, str]]) -> None:
    assert [(d.year, d.month, d.day, d.text) for d in find_dates(text)] == expected


# --- stated anniversaries --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Bakü'de 20 Ocak faciasının 34. yıl dönümü anıldı.", 34),
        ("Facianın 34'üncü yıldönümü vesilesiyle", 34),
        ("Trajedinin 35. yıldönümünde anma töreni düzenlendi.", 35),
        ("Kanlı Ocak'ın 30. yılında şehitler anıldı.", 30),
        ("Bundan 33 yıl önce Bakü sokaklarında", 33),
        ("Aradan 32 yıl geçti, acı hâlâ taze.", 32),
    ],
)
def test_turkish_anniversaries(text: str, number: int) -> None:
    assert [a.number for a in find_stated_anniversaries(text)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Bağımsızlığın 30. yıl dönümü kutlandı.",  # another event's anniversary
        "Hocalı soykırımının 32. yıl dönümü",
        "Facianın 200. yıl dönümü",  # out of range
        "Kanlı Ocak 30 yıllık bir yara.",  # "years" alone
    ],
)
def test_turkish_non_anniversaries(text: str) -> None:
    assert find_stated_anniversaries(text) == []


# --- attendees -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Türkiye'nin Bakü Büyükelçisi Cahit Bağcı, Şehitler Hıyabanı'nı ziyaret etti.",
            [("Cahit Bağcı", "Türkiye'nin Bakü Büyükelçisi", "Ambassador of Turkey")],
        ),
        (
            "Büyükelçi Selim Aydemir Şehitler Hıyabanı'nı ziyaret ederek çelenk bıraktı.",
            [("Selim Aydemir", "Büyükelçi", "Ambassador")],
        ),
        (
            "Cumhurbaşkanı İlham Aliyev ve eşi Mehriban Aliyeva Şehitler Hıyabanı'nda saygı duruşunda bulundu.",
            [("İlham Aliyev", "Cumhurbaşkanı", "President"), ("Mehriban Aliyeva", "eşi", "First Lady")],
        ),
        (
            "Savunma Bakanı Zakir Hasanov anma törenine katıldı.",
            [("Zakir Hasanov", "Savunma Bakanı", "Minister of Defence")],
        ),
        (
            "Milletvekili Ayşe Demir Ebedi Meşale'ye çiçek bıraktı.",
            [("Ayşe Demir", "Milletvekili", "Member of the Parliament of Turkey")],
        ),
        (
            "Başbakan Ali Esedov da törende hazır bulundu.",
            [("Ali Esedov", "Başbakan", "Prime Minister")],
        ),
    ],
)
def test_turkish_attendees_with_roles(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.mention, a.role_as_written, a.role) for a in extract_attendees(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Büyükelçi Selim Aydemir Şehitler Hıyabanı'nı ziyaret etmedi.",  # the negative suffix
        "Büyükelçi Selim Aydemir çelenk bırakmadı.",
        "Büyükelçi Selim Aydemir bir açıklama yaptı.",  # no verb of being there
    ],
)
def test_turkish_non_attendees(text: str) -> None:
    assert extract_attendees(text) == []


# --- casualty figures ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resmi verilere göre 147 kişi hayatını kaybetti.", [("killed", 147, "exact")]),
        ("O gece 700'den fazla kişi yaralandı.", [("injured", 700, "at_least")]),
        ("O gece 700’den fazla kişi yaralandı.", [("injured", 700, "at_least")]),  # a typographic apostrophe
        ("Olaylarda yaklaşık 800 kişi gözaltına alındı.", [("arrested", 800, "approx")]),
        ("Saldırıda en az 131 sivil öldürüldü.", [("killed", 131, "at_least")]),
        ("Tahminen 744 kişi yaralandı.", [("injured", 744, "approx")]),
        ("Neredeyse 150 kişi tutuklandı.", [("arrested", 150, "at_most")]),
        ("Sovyet birlikleri 150'ye yakın kişi öldürdü.", [("killed", 150, "at_most")]),
        ("Resmi rakamlara göre 4 kişi kayboldu.", [("missing", 4, "exact")]),
        ("Toplam 800 civarında kişi gözaltına alındı.", [("arrested", 800, "approx")]),
        ("Facia sonucunda 147 ölü ve 744 yaralı vardı.", [("killed", 147, "exact"), ("injured", 744, "exact")]),
        ("20 Ocak 1990 gecesi 82 kişi can verdi.", [("killed", 82, "exact")]),
    ],
)
def test_turkish_casualty_figures(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(c.category, c.value, c.qualifier) for c in extract_casualties(text)] == expected


def test_turkish_casualty_figures_say_whose() -> None:
    (figure,) = extract_casualties("Saldırıda en az 131 sivil öldürüldü.")
    assert figure.who == "civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Hocalı soykırımında 613 kişi hayatını kaybetti.",  # another event
        "20 yaşında bir öğrenci hayatını kaybetti.",  # an age
    ],
)
def test_turkish_non_figures(text: str) -> None:
    assert extract_casualties(text) == []


# --- search folding --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Şehitler", "sehitler"),
        ("HIYABANI", "hiyabani"),  # dotless I
        ("İlham", "ilham"),  # dotted İ
        ("Büyükelçi", "buyukelci"),
        ("Ağlayan Dağ", "aglayan dag"),  # ğ
        ("Çelenk", "celenk"),
        ("Gözaltı", "gozalti"),
    ],
)
def test_turkish_letters_fold_to_ascii(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


def test_search_finds_turkish_text_typed_without_its_letters(write_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = {
        "tr.txt": "Yayın: 20 January 2024\n\nBüyükelçi Şehitler Hıyabanı'nı ziyaret ederek çelenk bıraktı.\n",
        "en.txt": "Published 20 January 2024\n\nThe ambassador visited the Alley of Martyrs.\n",
    }
    archive = open_archive(write_corpus(docs), tmp_path / "tr.sqlite")
    for query in ("sehitler hiyabani", "ŞEHİTLER HIYABANI", "celenk birakti", "buyukelci"):
        assert [hit.article for hit in search(archive, query)][:1] == ["tr"], query
