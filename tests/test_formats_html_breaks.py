"""A saved page's line breaks and a table cell's paragraphs part words: a <br> list of guests is a line each, not
"included:Professor Jane Wilkinson,Member of Parliament …" run together (trafilatura's <lb/> has no text)."""

from __future__ import annotations

from jan20.reading.formats.html import decode_page, read_page

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Evening of memory in Ottawa</title></head><body>
<article><h1>Evening of memory<br>in Ottawa</h1>
<p>On 20 January 2023 the Embassy of Azerbaijan in Canada held an evening of memory for the victims.</p>
<p>The guests of the evening:<br>Professor Jane Wilkinson,<br/>Member of Parliament Tom Brady,<br>
journalist Omar Khan.</p>
<table><tr><td>killed<br>in Baku</td><td><p>147</p><p>people</p></td></tr></table>
<ul><li>flowers<br>laid</li></ul>
</article></body></html>"""


def test_line_breaks_and_a_cells_paragraphs_part_words() -> None:
    text = read_page(b"", decode_page(PAGE.encode())).text
    assert text.startswith("## Evening of memory in Ottawa\n\n")  # a heading stays one line
    assert "The guests of the evening:\nProfessor Jane Wilkinson,\nMember of Parliament Tom Brady,\n" in text
    assert "| killed in Baku | 147 people |" in text  # a row stays one line
    assert "- flowers laid" in text
    assert "evening:Professor" not in text and "Wilkinson,Member" not in text


def test_a_reference_to_a_control_character_does_not_lose_the_page() -> None:
    # a CMS's form feed or escape as a character reference: lxml refused the page, and it was "no article text"
    for reference in ("&#12;", "&#x1B;", "&#0027;", "&#X1f", "&#11;"):
        page = PAGE.replace("for the victims.", f"for the victims.{reference} Flowers were laid.")
        text = read_page(b"", decode_page(page.encode())).text
        assert "for the victims. Flowers were laid." in text
    kept = PAGE.replace("for the victims.", "for the victims.&#13;&#x20;&#128;")
    assert "victims." in (text := read_page(b"", decode_page(kept.encode())).text) and "€" in text  # no C0 control


def test_a_soft_hyphen_leaves_the_word_whole() -> None:
    # news sites write &shy; into long words for the browser to break at; a name must not keep it
    page = PAGE.replace("Tom Brady", "Tom Bra&shy;dy").replace("Wilkinson", "Wil\u00adkin&#173;son")
    text = read_page(b"", decode_page(page.encode())).text
    assert "Member of Parliament Tom Brady," in text and "Professor Jane Wilkinson," in text
    assert "\u00ad" not in text


def test_two_line_breaks_in_a_row_part_paragraphs() -> None:
    # an old site's story in one block, its paragraphs parted by <br><br>: each is a paragraph of its own (search
    # returns paragraphs; a speaker is placed by the paragraph that reports the event held)
    page = (
        "<html><body><div class='news-text'>On 20 January 2019 the embassy held an evening of remembrance for the "
        "victims.<br /><br />Ambassador John Smith laid a wreath at the memorial and spoke to the guests.<br/> <br>"
        "<br>Professor Ann Lee gave a lecture on the events in Baku.<br>Then a film was shown.<br></div></body></html>"
    )
    text = read_page(b"", decode_page(page.encode())).text
    assert text.split("\n\n") == [
        "On 20 January 2019 the embassy held an evening of remembrance for the victims.",
        "Ambassador John Smith laid a wreath at the memorial and spoke to the guests.",
        "Professor Ann Lee gave a lecture on the events in Baku.\nThen a film was shown.",
    ]
