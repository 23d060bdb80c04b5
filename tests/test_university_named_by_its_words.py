"""Issue #16: a university the data does not list keeps the name the text gives it, in every language: its own
words before its noun are taken into the title before a name ("Dokuz Eylül Üniversitesi Rektörü X", "Foo University
Vice-Rector X"); a Russian title names it word by word from the data ("ректор Сумгаитского государственного
университета": "Rector of Sumgait State University"), and a word the data does not know leaves the post alone.
A department's head and a faculty's dean keep the department or faculty the same way, only when the data has each
word of its name ("Ümumi tarix kafedrasının müdiri": "Head of the Department of General History"; else "Head of
Department", "Dean"). Names, universities and sentences are invented for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("ректор Гянджинского государственного университета", "Rector of Ganja State University"),
        ("проректор Нахчыванского государственного университета", "Vice-Rector of Nakhchivan State University"),
        ("ректора Азербайджанского технического университета", "Rector of Azerbaijan Technical University"),
        ("Pamukkale Üniversitesi (PAÜ) Rektörü", "Rector of Pamukkale University"),
        ("Ege Teknik Üniversitesi Rektör Yardımcısı", "Vice-Rector of Ege Technical University"),
        ("Lənkəran Dövlət Universitetinin prorektoru", "Vice-Rector of Lankaran State University"),
        ("Northfield University Vice-Rector", "Vice-Rector of Northfield University"),
        ("Northfield University pro-rector", "Vice-Rector of Northfield University"),
    ],
)
def test_a_university_the_data_does_not_list_is_kept(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    "title",
    [
        # a word of the name the data does not know: the post alone, never half in English
        "ректор Гянджинского кооперативного университета",
        "ректор Сумгаитского университета искусств",
        "ректор университета",
        "Üniversitesi (PAÜ) Rektörü",
    ],
)
def test_an_unknown_word_leaves_the_post_alone(title: str) -> None:
    assert canonical_role(title) == "Rector"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Ümumi tarix kafedrasının müdiri", "Head of the Department of General History"),
        ("Azərbaycan tarixi kafedrasının müdiri", "Head of the Department of Azerbaijan History"),
        ("Fəlsəfə kafedrasının müdiri", "Head of the Department of Philosophy"),
        ("Kimya fakültəsinin dekanı", "Dean of the Faculty of Chemistry"),
        ("İlahiyat Fakültesi Dekanı", "Dean of the Faculty of Theology"),
        ("Dean of the Faculty of Mathematics at Northfield University", "Dean of the Faculty of Mathematics"),
        ("Sumqayıt Neft və Sənaye Universitetinin rektoru", "Rector of Sumgait Oil and Industry University"),
        # a word of the name the data does not know: the post alone
        ("Kvant optikası kafedrasının müdiri", "Head of Department"),
        ("kafedra müdiri", "Head of Department"),
        ("Tıp Fakültesi Dekanı", "Dean"),
        # (the university before the faculty is left out, as "of BSU" after it is)
        ("Atatürk Üniversitesi Hukuk Fakültesi Dekanı", "Dean of the Faculty of Law"),
        ("Atatürk Üniversitesi Tıp Fakültesi Dekanı", "Dean"),
        ("Dean of the Faculty", "Dean"),
    ],
)
def test_a_department_or_faculty_named_word_by_word(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denizli'de bir anma programı yapıldı. Programda Pamukkale Üniversitesi Rektörü Selim Arıkan konuştu.",
            {"Selim Arıkan": "Rector of Pamukkale University"},
        ),
        (
            "Denizli'de bir anma programı yapıldı. Programda Ege Teknik Üniversitesi (ETÜ) Rektörü Selim Arıkan "
            "konuştu.",
            {"Selim Arıkan": "Rector of Ege Technical University"},
        ),
        (
            "В университете прошел вечер памяти. Вечер открыл ректор Гянджинского государственного университета "
            "Расим Мамедов.",
            {"Расим Мамедов": "Rector of Ganja State University"},
        ),
        (
            "The victims were remembered in silence. Northfield University Vice-Rector Laura Benning laid flowers.",
            {"Laura Benning": "Vice-Rector of Northfield University"},
        ),
        (
            "A memorial evening was held. The evening was opened by the Rector of Northfield State University Laura "
            "Benning.",
            {"Laura Benning": "Rector of Northfield State University"},
        ),
        (
            "Şəhidlərin xatirəsi anılıb. Tədbirdə Lənkəran Dövlət Universitetinin rektoru Rasim Məmmədov çıxış edib.",
            {"Rasim Məmmədov": "Rector of Lankaran State University"},
        ),
        (
            "Şəhidlərin xatirəsi anılıb. Tədbirdə Ümumi tarix kafedrasının müdiri Rasim Məmmədov çıxış edib.",
            {"Rasim Məmmədov": "Head of the Department of General History"},
        ),
        # a word of the name the data does not know: the post alone
        (
            "В университете прошел вечер памяти. Вечер открыл ректор Гянджинского кооперативного университета "
            "Расим Мамедов.",
            {"Расим Мамедов": "Rector"},
        ),
        # the sentence's opening scene word is no part of the university's name
        (
            "Denizli'de bir anma programı yapıldı. Törende Üniversitesi Rektörü Selim Arıkan konuştu.",
            {"Selim Arıkan": "Rector"},
        ),
    ],
)
def test_the_university_in_a_sentence(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected
