"""Casualty figures told by verbs in every tense, in Turkish above all ("150 sivili katletti", "130 kişi şehit
oldu", "700'ü aşkın yaralı"), and by pairs of verbs, each with its own count ("killed 82 and wounded 20",
"убили 82 и ранили 20", "82 nəfəri öldürüb, 20 nəfəri yaralayıb"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count as the object of an active verb, in the accusative, in several tenses
        ("Sovyet birlikleri o gece 150 sivili katletti.", [("killed", 150, "exact", "total", "civilians")]),
        ("Ordu şehre girince 147 sivili katletmişti.", [("killed", 147, "exact", "total", "civilians")]),
        (
            "Askerler 120 kişiyi öldürdü, 600 kişiyi de yaraladı.",
            [("killed", 120, "exact", "total", None), ("injured", 600, "exact", "total", None)],
        ),
        (
            "Birlikler 150 kadar sivili katletti, yüzlerce vatandaşı ise yaraladı.",
            [("killed", 150, "approx", "total", "civilians")],
        ),
        # passives and intransitives
        ("O gece Bakü sokaklarında 130 sivil katledildi.", [("killed", 130, "exact", "total", "civilians")]),
        ("Tankların önünde 130 kişi şehit oldu.", [("killed", 130, "exact", "total", None)]),
        ("Olaylarda 131 kişi şehit düşmüştü.", [("killed", 131, "exact", "total", None)]),
        ("Resmi verilere göre 147 kişi şehit edildi.", [("killed", 147, "exact", "total", None)]),
        ("Kadın ve çocuk demeden 130 kişi şehit olarak can verdi.", [("killed", 130, "exact", "total", None)]),
        (
            "Saldırıda 120 kişi yaşamını yitirdi, 600 kişi yaralandı.",
            [("killed", 120, "exact", "total", None), ("injured", 600, "exact", "total", None)],
        ),
        (
            "Resmi rakamlara göre 147 kişi öldürülmüş, 744 kişi yaralanmış, 841 kişi tutuklanmıştı.",
            [
                ("killed", 147, "exact", "total", None),
                ("injured", 744, "exact", "total", None),
                ("arrested", 841, "exact", "total", None),
            ],
        ),
        ("O günlerde 800'ü aşkın kişi gözaltına alınmıştı.", [("arrested", 800, "at_least", "total", None)]),
        ("Ayrıca 841 kişi hapsedildi.", [("arrested", 841, "exact", "total", None)]),
        ("4 kişi kayboldu.", [("missing", 4, "exact", "total", None)]),
        ("O geceden sonra 4 kişi hâlâ kayıp.", [("missing", 4, "exact", "total", None)]),
        # a case ending on the number, with the qualifiers that follow it
        ("Olaylarda 700'ü aşkın da yaralı vardı.", [("injured", 700, "at_least", "total", None)]),
        ("Olaylarda 700'ü aşan yaralı vardı.", [("injured", 700, "at_least", "total", None)]),
        (
            "Bakü'de 131 kişi hayatını kaybetti, 250'den fazlası ise yaralandı.",
            [("killed", 131, "exact", "total", None), ("injured", 250, "at_least", "total", None)],
        ),
        ("Şehit sayısı 147'dir.", [("killed", 147, "exact", "total", None)]),
        ("Ölü sayısı sonradan 147'ye yükseldi.", [("killed", 147, "exact", "total", None)]),
        (
            "Sovyet ordusu 147 şehit ve 744 yaralı bıraktı.",
            [("killed", 147, "exact", "total", None), ("injured", 744, "exact", "total", None)],
        ),
        ("Yaklaşık olarak 130 kişi öldü.", [("killed", 130, "approx", "total", None)]),
        ("En az 130 kişi hayatını kaybetti.", [("killed", 130, "at_least", "total", None)]),
        # scope: a part of the toll
        ("Sadece Bakü'de 131 kişi şehit oldu.", [("killed", 131, "exact", "partial", None)]),
        ("Olağanüstü hal ilan edilene kadar 82 kişi öldürüldü.", [("killed", 82, "exact", "partial", None)]),
        ("Sokağa çıkma yasağından önce askerler 82 kişiyi öldürmüştü.", [("killed", 82, "exact", "partial", None)]),
    ],
)
def test_turkish_casualty_verbs(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hocalı'da Ermeni birlikleri 613 kişiyi katletti.",  # another event
        "2020'deki Vatan Savaşı'nda 2900 asker şehit oldu.",
        "44 günlük savaşta yüzlerce asker şehit düştü.",
        "İkinci Karabağ savaşında 2900 asker hayatını kaybetti.",
        "26 bin kişilik Sovyet ordusu şehre girdi.",  # troops, not a toll
        "Yüzlerce kişi yaralandı.",  # no number
        "Törene 300 kişi katıldı.",  # no casualty word
        "Şehitler Hıyabanı'na 20 dakika içinde ulaştık.",
    ],
)
def test_turkish_non_figures(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair of verbs, each with its own count
        (
            "The troops killed 82 people and wounded 20.",
            [("killed", 82, "exact", "total", None), ("injured", 20, "exact", "total", None)],
        ),
        (
            "Soldiers shot dead 60 residents and injured 300 more.",
            [("killed", 60, "exact", "total", None), ("injured", 300, "exact", "total", None)],
        ),
        (
            "Военные убили 82 человека и ранили 20.",
            [("killed", 82, "exact", "total", None), ("injured", 20, "exact", "total", None)],
        ),
        (
            "Hərbçilər 82 nəfəri öldürüb, 20 nəfəri yaralayıb.",
            [("killed", 82, "exact", "total", None), ("injured", 20, "exact", "total", None)],
        ),
        (
            "Qoşunlar 82 nəfəri öldürmüş, 20 nəfəri yaralamışdı.",
            [("killed", 82, "exact", "total", None), ("injured", 20, "exact", "total", None)],
        ),
        (
            "Askerler 82 kişiyi öldürdü ve 20 kişiyi yaraladı.",
            [("killed", 82, "exact", "total", None), ("injured", 20, "exact", "total", None)],
        ),
        # "fatally wounded" died of the wounds: both counts are of the dead
        (
            "Before the curfew troops killed 82 people and fatally wounded 20.",
            [("killed", 82, "exact", "partial", None), ("killed", 20, "exact", "partial", None)],
        ),
        # soldiers are who the figure counts when the text says so
        (
            "Troops killed 82 civilians and wounded 20 soldiers.",
            [("killed", 82, "exact", "total", "civilians"), ("injured", 20, "exact", "total", "soldiers")],
        ),
    ],
)
def test_verb_pairs(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Khojaly the attackers killed 613 people and wounded 487.",
        "Во время Карабахской войны противник убил 30 и ранил 40 человек.",
        "Xocalıda 613 nəfəri öldürüb, 487 nəfəri yaralayıblar.",
    ],
)
def test_verb_pairs_of_another_event(text: str) -> None:
    assert rows(text) == []
