"""Missing people stated as having no news of them since (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def read(text: str) -> list[tuple[str, int, int]]:
    return [(f.category, f.low, f.high) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O geceden beri 30-40 kişiden hâlâ haber alınamadı.", [("missing", 30, 40)]),
        ("Olaylardan sonra 12 kişiden bir daha haber alınamıyor.", [("missing", 12, 12)]),
        ("Tanklar şehre girdikten sonra 12 kişiden haber yok.", [("missing", 12, 12)]),
        ("O gecədən sonra 6 nəfərdən hələ də xəbər yoxdur.", [("missing", 6, 6)]),
        ("Faciə günlərində 6 nəfərdən heç bir xəbər tutulmadı.", [("missing", 6, 6)]),
        ("Həmin gecə evdən çıxan 6 nəfərdən xəbər alınmadı.", [("missing", 6, 6)]),
        # news got, or no people counted, or another event's missing
        ("Bu barədə 3 nəfərdən xəbər aldıq.", []),
        ("Muhabirimizden 3 gündür haber alınamadı.", []),
        ("Birinci Qarabağ müharibəsində itkin düşən 3890 nəfərdən hələ də xəbər yoxdur.", []),
    ],
)
def test_no_news_of_them_is_missing(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("О судьбе 6 человек, пропавших в ту ночь, до сих пор ничего не известно.", [("missing", 6, 6)]),
        ("Судьба 6 человек, вышедших в ту ночь из дома, так и осталась неизвестной.", [("missing", 6, 6)]),
        ("The fate of 6 people who left home that night remains unknown.", [("missing", 6, 6)]),
        ("O gecə evdən çıxan 6 nəfərin taleyi hələ də məlum deyil.", [("missing", 6, 6)]),
        ("O gece evden çıkan 6 kişinin akıbeti hâlâ bilinmiyor.", [("missing", 6, 6)]),
        # a fate told, or no word that it is unknown
        ("Он написал книгу о судьбе 3 братьев.", []),
        ("The film follows the fate of 3 brothers.", []),
        ("Yazar 3 kişinin akıbetini romanında anlattı.", []),
        ("Kitab 3 nəfərin taleyindən bəhs edir.", []),
    ],
)
def test_an_unknown_fate_is_missing(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert read(text) == expected
