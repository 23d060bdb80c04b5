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
