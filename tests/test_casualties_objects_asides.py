"""Casualty figures as the object of a verb far after them (Azerbaijani and Turkish are verb-final): an aside that
names women and children, an adverb of manner, a relative clause before the figure; the same asides in Russian and
English, whose verb comes first; figures written as words with case endings; and figures of other events named in
the same sentence or the one before. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside opened after a comma runs up to the verb, with no comma closing it
        (
            "Hərbçilər yüzdən çox dinc sakini, o cümlədən qadınları və qocaları vəhşicəsinə qətlə yetiriblər.",
            [("killed", 100, "at_least", "total", "civilians")],
        ),
        (
            "Qoşun hissələri 130 nəfəri, həmçinin yeniyetmələri və qadınları amansızcasına öldürdülər.",
            [("killed", 130, "exact", "total", None)],
        ),
        (
            "Sovyet askerleri 150 sivili, aralarında kadınları ve yaşlıları da hunharca katlettiler.",
            [("killed", 150, "exact", "total", "civilians")],
        ),
        # a relative clause before the figure, an adverb between it and the verb
        (
            "Tanklar, içlerinde kadın ve çocukların da olduğu 137 kişiyi alçakça katletti.",
            [("killed", 137, "exact", "total", None)],
        ),
        ("O gece askerler 120 kişiyi gaddarca öldürdü.", [("killed", 120, "exact", "total", None)]),
        ("Cəza dəstələri 82 nəfəri xüsusi qəddarlıqla öldürüb.", [("killed", 82, "exact", "total", None)]),
        # more than that many of them, the object of a second verb
        (
            "Əsgərlər 130-dan çox insanı qətlə yetirdilər, 700-dən çoxunu isə yaraladılar.",
            [("killed", 130, "at_least", "total", None), ("injured", 700, "at_least", "total", None)],
        ),
        # an aside closed by a comma before the verb
        (
            "131 человек, в том числе женщины, подростки и старики, погибли в ту ночь.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "147 мирных жителей, среди которых были женщины, были убиты.",
            [("killed", 147, "exact", "total", "civilians")],
        ),
        # the aside's own figures are parts of the one before it
        (
            "Hərbçilər 147 nəfəri, o cümlədən 21 qadını və 7 uşağı qətlə yetiriblər.",
            [
                ("killed", 147, "exact", "total", None),
                ("killed", 21, "exact", "partial", None),
                ("killed", 7, "exact", "partial", None),
            ],
        ),
        (
            "Askerler 147 kişiyi, aralarında 21 kadını ve 7 çocuğu da katletti.",
            [
                ("killed", 147, "exact", "total", None),
                ("killed", 21, "exact", "partial", None),
                ("killed", 7, "exact", "partial", None),
            ],
        ),
        # the verb first, the aside after the figure
        ("Каратели убили 131 человека, в том числе стариков и подростков.", [("killed", 131, "exact", "total", None)]),
        (
            "Soldiers shot dead 147 people, among them women, children and the elderly.",
            [("killed", 147, "exact", "total", None)],
        ),
        # figures as words, with case endings
        ("Askerler yüz otuz yedi kişiyi öldürdü.", [("killed", 137, "exact", "total", None)]),
        ("Sekiz yüz kırk bir kişi gözaltına alındı.", [("arrested", 841, "exact", "total", None)]),
        ("Гибель ста тридцати одного человека потрясла город.", [("killed", 131, "exact", "total", None)]),
        ("Около семисот человек получили ранения.", [("injured", 700, "approx", "total", None)]),
        ("Медики рассказали о семистах раненых.", [("injured", 700, "exact", "total", None)]),
        ("Врачи занимались семьюстами сорока четырьмя ранеными.", [("injured", 744, "exact", "total", None)]),
    ],
)
def test_figures_far_before_their_verb(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # hundreds: no figure
        "Askerler yüzlerce kişiyi yaraladı.",
        "Qoşunlar yüzlərlə adamı yaraladı.",
        # an aside with no verb after it
        "Hərbçilər 82 nəfəri, o cümlədən 10 qadını",
        # a participle after the aside that goes on into another clause is no verb of the figure
        "Mərasimə 500 nəfər, o cümlədən veteranlar həlak olanları yad etməyə gəlmişdi.",
        "Toplantıya 500 kişi, aralarında gaziler de, katledilenleri anmak için geldi.",
        "Собрались 500 человек, в том числе ветераны, которые вспоминали погибших.",
        # a stop inside the aside ends it
        "Qonaqlar 50 nəfəri, o cümlədən tələbələri salamladılar. Onlar sonra öldürülənləri andılar.",
        # an aside that never reaches a casualty verb
        "Nümayəndələr 30 nəfəri, o cümlədən tələbələri və müəllimləri qəbul etdilər.",
        "Heyet 40 kişiyi, aralarında öğrencileri ve öğretmenleri de ağırladı.",
    ],
)
def test_no_figure_without_its_verb(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xocalıda 613 nəfər, 20 Yanvarda isə 147 nəfər həlak olub.", [("killed", 147, "exact", "total", None)]),
        ("20 Yanvarda 147 nəfər, Xocalıda isə 613 nəfər həlak olub.", [("killed", 147, "exact", "total", None)]),
        (
            "Hocalı katliamında 613 kişi öldürüldü; Kara Ocak'ta ise 147 kişi hayatını kaybetti.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "1918-ci ilin mart soyqırımında 12 min nəfər öldürülüb, 20 Yanvarda isə 147 nəfər həlak olub.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "Vatan Savaşı'nda 2 907 şehit verdik; 20 Ocak'ta ise 147 şehit verilmişti.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "Khojaly, where 613 were killed, and Black January, when 147 people died, are mourned together.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "Sumqayıt hadisələrindən iki il sonra, 20 Yanvarda 147 nəfər həlak oldu.",
            [("killed", 147, "exact", "total", None)],
        ),
    ],
)
def test_each_figure_is_of_the_event_named_before_it(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ziyarətçilər 20 Yanvar şəhidlərini, eləcə də Vətən müharibəsində canından keçən 2 907 şəhidi anıblar.",
        "Xocalı soyqırımı 1992-ci ilin fevralında törədilib. Həmin gecə 613 nəfər qətlə yetirilib.",
        "Hocalı katliamı 1992 yılında yaşandı. O gece 613 kişi öldürüldü.",
        "Ходжалинская трагедия случилась в 1992 году. Там погибли 613 человек.",
        "The Khojaly massacre happened in 1992. There, 613 civilians were killed.",
    ],
)
def test_another_events_figure_in_the_sentence_or_the_next(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Делегация побывала и у мемориала Ходжалы. 20 января 1990 года погибли 147 человек.",
        "Qonaqlar Vətən müharibəsi şəhidlərini də andılar. Qoşunlar 1990-cı ildə 147 nəfəri qətlə yetirmişdi.",
        "The guests also visited the Khojaly memorial. Soldiers killed 147 people that night in Baku.",
    ],
)
def test_a_passing_mention_of_another_event_keeps_the_figure(text: str) -> None:
    assert rows(text) == [("killed", 147, "exact", "total", None)]
