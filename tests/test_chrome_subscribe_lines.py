"""A "subscribe" button's line in Azerbaijani, Russian and Turkish ("Abunə olmaq", "Подписаться", "Abone ol") is page
interface: out of the text and never the title, so the page's own headline is (here one about another event, whose
figures are then not 1990's). Texts written for these tests."""

from __future__ import annotations

import pytest

from jan20.archive.facts import extract_facts
from jan20.reading.articles import articles_from_document
from jan20.reading.chrome import is_chrome_line


@pytest.mark.parametrize("line", ["Abunə olmaq", "Abunə olun", "Подписаться", "Подпишитесь на нас", "Abone ol"])
def test_a_subscribe_line_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ["Abunəçilərimiz artıb.", "Подписаться на петицию призвали все депутаты."])
def test_prose_is_not(line: str) -> None:
    assert not is_chrome_line(line)


def test_the_headline_above_the_button_is_the_title() -> None:
    text = (
        "Xocalı soyqırımının qurbanları Bakıda anıldı\n"
        "Abunə olmaq\n"
        "Bu gün paytaxtda anım mərasimi keçirilib.\n\n"
        "Soyqırım zamanı 613 nəfər qətlə yetirilib, 487 nəfər yaralanıb.\n"
    )
    [article] = articles_from_document("page.txt", text)
    assert article.title == "Xocalı soyqırımının qurbanları Bakıda anıldı"
    assert "Abunə" not in article.text
    assert extract_facts(article.title, article.text).casualties == []
