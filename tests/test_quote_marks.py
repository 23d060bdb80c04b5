"""A long quotation is blanked out before the attendee walk however a page types its marks (issue 16): "”…”", "„…“",
"“…“", "“…\"", "‘…’" and "'…'" as well as "“…”" and "«…»", so the sentences inside it do not split the speaker's
sentence from the verb after it ("Başkan X ise '…. …. …' diye konuştu"). A short quote, an apostrophe before an
ending ("Azerbaycan'ın") and a mark before a lower-case word or a digit ("'90s") open no quotation. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.text.quotes import mask_quotes

from ._helpers import names

QUOTE = "Kardeş Azerbaycan'ın acısı bizim acımızdır. Bu topraklarda dökülen kan boşa gitmedi. Şehitleri anıyoruz."
HELD = "Iğdır'da Kanlı Ocak şehitleri için anma töreni düzenlendi.\n\n"
MARKS = [("”", "”"), ("„", "“"), ("“", "“"), ("“", '"'), ("‘", "’"), ("'", "'")]


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_a_quotation_in_other_marks_is_blanked(opening: str, closing: str) -> None:
    text = f"Başkan Eda Koç ise {opening}{QUOTE}{closing} diye konuştu."
    masked = mask_quotes(text)
    assert "Kardeş" not in masked and "anıyoruz" not in masked
    assert masked.startswith("Başkan Eda Koç ise ") and masked.endswith(" diye konuştu.")
    assert len(masked) == len(text)


@pytest.mark.parametrize(("opening", "closing"), MARKS)
def test_the_speaker_after_a_quotation_in_other_marks_was_there(opening: str, closing: str) -> None:
    assert names(HELD + f"Dernek Başkanı Eda Koç ise {opening}{QUOTE}{closing} diye konuştu.") == ["Eda Koç"]


KEPT = [
    "Törene 'Kara Ocak' sergisini hazırlayan Vali Yardımcısı Can Er ve Rektör Ali Tan katıldı.",
    "Vali Yardımcısı Can Er'in katıldığı törende 'şehitler' için dua edildi, ardından herkes evine dağıldı.",
    "In the '90s the society's members visited the Alley of Martyrs every year with the students' union.",
    "The ‘Eternal Flame’ memorial was visited by the delegation of the Azerbaijan House association.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_short_quote_an_apostrophe_or_a_lower_case_opening_blanks_nothing(text: str) -> None:
    assert mask_quotes(text) == text


def test_names_beside_a_short_quote_are_read() -> None:
    assert names(HELD + KEPT[0]) == ["Can Er", "Ali Tan"]


SHORT = [
    ("«", "»", "Acımız büyük. Unutmayacağız."),
    ("“", "”", "Unutmadık. Unutmayacağız!"),
    ('"', '"', "Yes. We remember."),
]


@pytest.mark.parametrize(("opening", "closing", "quote"), SHORT)
def test_a_short_quotation_with_a_sentence_inside_is_blanked(opening: str, closing: str, quote: str) -> None:
    # a short quotation whose stop would part the speaker from "diye konuştu" after it
    text = HELD + f"Dernek Başkanı Eda Koç ise {opening}{quote}{closing} diye konuştu."
    assert quote not in mask_quotes(text)
    assert names(text) == ["Eda Koç"]


@pytest.mark.parametrize(
    "text",
    [
        'The "Eternal Flame" memorial and the "Alley of Martyrs" were visited by the delegation.',
        "Törene «Kara Ocak» sergisini hazırlayan Vali Yardımcısı Can Er katıldı.",
        "The exhibition “20 January: 1990” opened at the embassy.",
    ],
)
def test_a_short_quote_with_no_sentence_inside_stays(text: str) -> None:
    assert mask_quotes(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # an opening mark never closed: no quotation from it to the next one's closing mark
        "Tədbirdə “Qarabağ Azadlıq Təşkilatı İctimai Birliyinin sədri Namiq Cəfərov çıxış etdi. Sonra “Vətən” oxundu.",
        "Tədbirdə «Gənc Alimlər İctimai Birliyinin sədri Namiq Cəfərov çıxış etdi. Sonra «Vətən» şeiri oxundu.",
        # a long quotation right before the words of a body's kind is its name
        "“Şəhid Ailələrinə Dəstək və Vətənpərvərlik Tərbiyəsi Mərkəzi” İctimai Birliyinin sədri Namiq Cəfərov danışdı.",
        "«Azərbaycan Respublikasının Müstəqilliyi Uğrunda Mübarizə Veteranları» Cəmiyyətinin sədri X Y danışdı.",
    ],
)
def test_an_unclosed_mark_or_a_bodys_quoted_name_blanks_nothing(text: str) -> None:
    assert mask_quotes(text) == text


def test_an_opening_mark_is_found_where_the_look_behind_first_form_finds_it() -> None:
    # `_OPENING_MARK` is written with the mark first, for speed: it must find what the plain form finds, after a
    # blank, a colon or a bracket, at the start, and from any position (strings of the marks and their neighbours).
    import itertools
    import re

    from jan20.text.quotes import _OPENING_MARK

    plain = re.compile(r"(?<![^\s:(\[])[“”„'‘]")
    for chars in itertools.product(" \n:(a“'.", repeat=4):
        text = "".join(chars)
        for pos in range(len(text) + 1):
            found = [m.span() for m in _OPENING_MARK.finditer(text, pos)]
            assert found == [m.span() for m in plain.finditer(text, pos)]


# A short name in its own marks inside a long quotation is part of it: the people the quotation speaks of were not
# placed by the page ("… hər il “Əbədi məşəl” abidəsinin önünə əklil qoyur.”, «… к «Вечному огню» …»).
NESTED = [
    (
        "Universitetdə 20 Yanvar anım tədbiri keçirildi.\n\nMüəllim Aygün Səfərova çıxış edərək dedi: “Dövlətimiz "
        "şəhidləri unutmur. Prezident İlham Əliyev hər il yanvarın 20-də Şəhidlər xiyabanını ziyarət edir və “Əbədi "
        "məşəl” abidəsinin önünə əklil qoyur.”",
        ["Aygün Səfərova"],
    ),
    (
        "В школе прошёл вечер памяти жертв 20 января.\n\nДиректор школы Нигяр Алиева сказала: «Каждый год министр "
        "Рашад Гусейнов посещает Аллею шехидов и возлагает цветы к «Вечному огню», а мы рассказываем детям правду.»",
        ["Нигяр Алиева"],
    ),
    (
        "A remembrance evening was held at the school.\n\nThe teacher Ruth Ames told the pupils: “Every year the "
        "minister John Hale visits the Alley of Martyrs and lays flowers at the “Eternal Flame” memorial.”",
        ["Ruth Ames"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_a_name_quoted_inside_a_quotation_leaves_it_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected
