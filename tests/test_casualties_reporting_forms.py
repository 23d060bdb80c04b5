"""Casualty figures as reports word them (issue #16): Russian adverbial participles before the number ("убив
147 человек"), Azerbaijani and Turkish people with words between the number and the verb ("744 günahsız şəhər
sakini"), asides closed by a comma before a verb-final verb, "-dək" (at most). The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian adverbial participle before the number
        (
            "Колонны бронетехники прошли через город, убив 140 человек и ранив более 650.",
            [("killed", 140, "exact", "total", None), ("injured", 650, "at_least", "total", None)],
        ),
        ("Ночью армия вошла в столицу, убив 133 мирных жителя.", [("killed", 133, "exact", "total", "civilians")]),
        ("Солдаты открыли огонь, тяжело ранив около 600 горожан.", [("injured", 600, "approx", "total", None)]),
        ("Патруль открыл огонь по машине, застрелив 3 человек.", [("killed", 3, "exact", "total", None)]),
        # Azerbaijani: words of the people between the number and its verb
        ("Həmin gecə 740 günahsız şəhər sakini yaralanıb.", [("injured", 740, "exact", "total", None)]),
        ("O gecə 120 bakı sakini qətlə yetirilib.", [("killed", 120, "exact", "total", None)]),
        # an aside closed by a comma before the verb
        (
            "Hücum zamanı 135 nəfər, aralarında qadınlar və qocalar da olmaqla, qətlə yetirilib.",
            [("killed", 135, "exact", "total", None)],
        ),
        (
            "Həmin gecə 700 nəfər dinc sakin, o cümlədən yeniyetmələr, yaralanıb.",
            [("injured", 700, "exact", "total", "civilians")],
        ),
        # "-dək" after the number: at most
        ("Toqquşmalarda 650-dək insan yaralanıb.", [("injured", 650, "at_most", "total", None)]),
        ("Yaralananların sayı 750-dək idi.", [("injured", 750, "at_most", "total", None)]),
        ("Ordu 150-yə yaxın insanı qətlə yetirdi.", [("killed", 150, "at_most", "total", None)]),
        # Turkish: the verb after its people and an auxiliary
        (
            "Saldırıda 140 kişi şehit edilmiş, 700'den fazla kişi yaralanmıştı.",
            [("killed", 140, "exact", "total", None), ("injured", 700, "at_least", "total", None)],
        ),
    ],
)
def test_figures_read(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Убив время в зале ожидания, 40 делегатов отправились на церемонию.",
        "Делегация из 12 человек возложила цветы, ранив сердца собравшихся стихами.",
        "Şəhərin 700-dək sakini mitinqə toplaşıb.",
        "Şəhər sakinləri 20 Yanvar şəhidlərinin xatirəsi üçün 150 gül qoyublar.",
        "Aksiyada 300 nəfər, o cümlədən tələbələr, iştirak edib.",
    ],
)
def test_no_figure(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Toplantıya 400 kişi, aralarında öğrenciler de, katledilenleri anmak için geldi.",
        "Mərasimə 500 nəfər, o cümlədən veteranlar, həlak olanları anmağa gəlib.",
        "Mərasimə 300 nəfər, aralarında tələbələr də olmaqla, şəhidlərin məzarlarını ziyarət etməyə gəlib.",
    ],
)
def test_aside_before_another_verb(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish number word in the genitive before "above": more than that
        ("O gece yüz ellinin üzerinde kişi hayatını kaybetti.", [("killed", 150, "at_least", "total", None)]),
        ("Askerler yüzün üstünde sivili öldürdü.", [("killed", 100, "at_least", "total", "civilians")]),
        ("Birlikler yedi yüzün üzerinde kişiyi yaraladı.", [("injured", 700, "at_least", "total", None)]),
        ("Olaylarda 140'ın üzerinde kişi öldü.", [("killed", 140, "at_least", "total", None)]),
    ],
)
def test_genitive_before_above(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Azerbaijani "üçün" (for) is no number, nor is a genitive before any other word
        "Şəhidlər üçün 150 qərənfil düzülüb, həlak olanlar anılıb.",
        "Anma törenine otuzun üzerinde ülkeden konuk katıldı.",
        "Yüzün üzerinde çelenk bırakıldı, şehitler anıldı.",
        "Ellinin altında öğrenci şehitliği ziyaret etti.",
    ],
)
def test_genitive_elsewhere(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact box's row: the bare figure under a side's toll is that side's, the civilians' as the soldiers'
        (
            "Losses\n125–160 civilians killed\n650–750 injured\n20–30 soldiers killed\n85 injured",
            [
                ("killed", 125, "range", "total", "civilians"),
                ("injured", 650, "range", "total", "civilians"),
                ("killed", 20, "range", "total", "soldiers"),
                ("injured", 85, "exact", "total", "soldiers"),
            ],
        ),
        (
            "Потери\n25 военнослужащих погибли\n80 ранены",
            [("killed", 25, "exact", "total", "soldiers"), ("injured", 80, "exact", "total", "soldiers")],
        ),
        # prose, or a row of its own people: as written
        (
            "Some 25 soldiers were killed in the clashes that night, the ministry later said.\n80 injured",
            [("killed", 25, "approx", "total", "soldiers"), ("injured", 80, "exact", "total", None)],
        ),
        (
            "25 soldiers killed\n80 civilians injured",
            [("killed", 25, "exact", "total", "soldiers"), ("injured", 80, "exact", "total", "civilians")],
        ),
    ],
)
def test_fact_box_rows(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a verb-final passive between the people and the verb
        (
            "Həmin gecə 140 nəfər Bakı sakini sovet əsgərləri tərəfindən qətlə yetirildi.",
            [("killed", 140, "exact", "total", None)],
        ),
        (
            "O gece 135 kişi Sovyet askerleri tarafından katledildi ve 700 kişi yaralandı.",
            [("killed", 135, "exact", "total", None), ("injured", 700, "exact", "total", None)],
        ),
        # an aside of most of them, closed before the verb
        ("Həmin gecə 130 nəfər, əsasən gənclər, həlak olub.", [("killed", 130, "exact", "total", None)]),
        ("O gece 130 kişi, çoğu genç, şehit edildi.", [("killed", 130, "exact", "total", None)]),
        # a clause of time ending in a converb, set off by commas before the verb
        ("130 nəfər, sovet tankları şəhərə girərkən, həlak olub.", [("killed", 130, "exact", "total", None)]),
        ("130 kişi, Sovyet birlikleri şehre girerken, hayatını kaybetti.", [("killed", 130, "exact", "total", None)]),
        # compatriots; bodily injuries
        ("Faciə nəticəsində 140 həmvətənimiz şəhid olub.", [("killed", 140, "exact", "total", None)]),
        ("O gecə 740 nəfər müxtəlif dərəcəli bədən xəsarəti alıb.", [("injured", 740, "exact", "total", None)]),
    ],
)
def test_verb_final_fillers(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirə 200 nəfər sovet əsgərləri tərəfindən qətlə yetirilənlərin xatirəsini yad etmək üçün gəlib.",
        "Anmaya 200 kişi Sovyet askerleri tarafından katledilenleri anmak için katıldı.",
        "Mərasimdə 300 nəfər, əsasən gənclər, iştirak edib.",
        "300 nəfər, mərasim keçirilərkən, həlak olanları anıb.",
        "300 kişi, tören yapılırken, şehit olanları andı.",
        "26 bin asker Sovyet yönetimi tarafından Bakü'ye gönderildi.",
    ],
)
def test_verb_final_fillers_no_figure(text: str) -> None:
    assert rows(text) == []
