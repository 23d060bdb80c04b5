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
