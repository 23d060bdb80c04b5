"""Figures a few words away from their verb: in Turkish and Azerbaijani a place, a time or a cause between the people
and the verb that ends the clause ("137 kişi Sovyet tanklarının altında can verdi", "147 nəfər Bakı küçələrində həlak
olub"), and what must stay no figure (a participle that goes on, another subject, "and", another event, the Alley of
Martyrs). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or an agent's instrument between the people and a Turkish verb of dying
        ("O gece 137 kişi Sovyet tanklarının altında can verdi.", [("killed", 137, "exact", "total", None)]),
        ("Ocak 1990'da 150 kişi sokaklarda hayatını kaybetti.", [("killed", 150, "exact", "total", None)]),
        (
            "Bakü'de 131 sivil askerlerin kurşunlarıyla yaşamını yitirdi.",
            [("killed", 131, "exact", "total", "civilians")],
        ),
        ("Resmi rakamlara göre 147 kişi o gece Bakü'de şehit oldu.", [("killed", 147, "exact", "total", None)]),
        (
            "Kanlı Ocak'ta 137 kişi 20 Ocak gecesi Bakü sokaklarında can verdi.",
            [("killed", 137, "exact", "total", None)],
        ),
        ("137 kişi 1990'da Bakü'de hayatını kaybetmişti.", [("killed", 137, "exact", "total", None)]),
        # a day, an agent and a place together
        (
            "Resmi kayıtlara göre 137 kişi 20 Ocak gecesi Sovyet askerleri tarafından Bakü'de katledildi.",
            [("killed", 137, "exact", "total", None)],
        ),
        (
            "147 nəfər sovet əsgərləri tərəfindən Bakı küçələrində qətlə yetirilib.",
            [("killed", 147, "exact", "total", None)],
        ),
        ("4 nəfər həmin gecədən bəri itkin düşüb.", [("missing", 4, "exact", "total", None)]),
        # injured, arrested, with the verb's own category
        ("O günlerde 744 kişi çeşitli yerlerinden yaralandı.", [("injured", 744, "exact", "total", None)]),
        ("Ardından 841 kişi farklı şehirlerde gözaltına alındı.", [("arrested", 841, "exact", "total", None)]),
        # two clauses, each with its verb
        (
            "Saldırıda 137 kişi sokaklarda can verdi, 744 kişi ağır yaralandı.",
            [("killed", 137, "exact", "total", None), ("injured", 744, "exact", "total", None)],
        ),
        # Azerbaijani
        ("Həmin gecə 147 nəfər Bakı küçələrində həlak olub.", [("killed", 147, "exact", "total", None)]),
        (
            "1990-cı ilin yanvarında 131 nəfər sovet tanklarının altında şəhid oldu.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "Hücum zamanı 147 nəfər əsgərlərin atəşi nəticəsində öldürülüb, 744 nəfər yaralanıb.",
            [("killed", 147, "exact", "total", None), ("injured", 744, "exact", "total", None)],
        ),
        # some of a group named before the number, with a place between it and the verb
        (
            "Sovyet askerlerinden 21'i de olaylarda öldü.",
            [("killed", 21, "exact", "total", "soldiers")],
        ),
        ("Şehitlerin 20'si Bakü sokaklarında can verdi.", [("killed", 20, "exact", "partial", None)]),
        # the people as the object of an active verb, in the accusative, with a place between
        ("Sovyet ordusu 147 sivili sokaklarda katletti.", [("killed", 147, "exact", "total", "civilians")]),
        ("Askerler 120 kişiyi Bakü sokaklarında öldürdü.", [("killed", 120, "exact", "total", None)]),
        ("Sovet ordusu 147 nəfəri küçələrdə qətlə yetirdi.", [("killed", 147, "exact", "total", None)]),
        # a part bounded in place, and the soldiers' own loss, stay so
        ("Lenkeran'da 5 kişi sokaklarda hayatını kaybetti.", [("killed", 5, "exact", "partial", None)]),
        ("O gece 21 asker Bakü sokaklarında hayatını kaybetti.", [("killed", 21, "exact", "total", "soldiers")]),
    ],
)
def test_a_stretch_before_a_verb_final_verb(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


NOT_FIGURES = [
    # a participle that goes on: those who died are remembered, by a crowd of a number
    "150 kişi Şehitler Hıyabanı'nda 1990'da hayatını kaybedenleri andı.",
    "150 kişi törende can verenler için dua etti.",
    "150 öğrenci anma töreninde şehit olanları andı.",
    "150 nəfər tədbirdə 20 Yanvarda şəhid olanları anıb.",
    # another subject, or another clause, before the verb
    "26 bin asker Bakü'ye girdi ve sokaklarda çok kişi hayatını kaybetti.",
    "150 kişi meydanda toplanırken askerler ateş açtı, birçok kişi öldü.",
    "150 kişi meydanda toplandı ve yüzlerce kişi hayatını kaybetti.",
    # a number that is no time in the stretch, and a negated verb
    "300 kişi sokaklarda 3 gün boyunca yaralandı.",
    "150 kişi o gece hayatını kaybetmedi.",
    # no count of people: "hundreds"
    "Yüzlerce kişi sokaklarda hayatını kaybetti.",
    # two categories joined: no figure of either
    "800-dən çox insan küçələrdə həlak olub və yaralanıb.",
    # other events
    "1992'de Hocalı'da 613 kişi Ermeni birliklerinin saldırısında hayatını kaybetti.",
    "Sumgayıt olaylarında 32 kişi sokaklarda hayatını kaybetti.",
    "Karabağ savaşında 3 bin asker cephede şehit oldu.",
    "Birinci Qarabağ müharibəsində 11 min nəfər döyüşlərdə həlak olub.",
    # an active verb whose subject the number is, or that is negated
    "26 bin asker Bakü sokaklarında katletti.",
    "150 kişi sokaklarda katletti.",
    "Sovyet ordusu 147 sivili sokaklarda katletmedi.",
    # a day's ending is no part of a group
    "1990'ın 20'si gecesi Bakü'de can verdi.",
    # a participle after the people goes on to a noun: those remembered, not the crowd
    "Bugün 500 kişi Şehitler Hıyabanı'nda şehit olanları andı.",
    "Bu gün 500 nəfər Bakıda həlak olanları anıb.",
    # the Alley of Martyrs is a place, its visitors no dead
    "Tədbirdən sonra 300 nəfər Şəhidlər xiyabanını ziyarət edib.",
    "150 nəfər Şəhidlər xiyabanında həlak olanların xatirəsini yad edib.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_no_figure_across_a_stretch(text: str) -> None:
    assert rows(text) == []
