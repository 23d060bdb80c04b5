"""Word files (.docx, python-docx): paragraphs in order, headings as Markdown headings (so a compilation kept in
one Word file splits into its dated reports like a Markdown one), tables as rows of cells."""

from __future__ import annotations

import io
import re
from typing import Any

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


def docx_text(data: bytes) -> str:
    """The text of a Word file, one block per paragraph, heading or table, separated by blank lines."""
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    # Heading levels by style id, looked up once (python-docx's paragraph.style searches the styles each time).
    levels = {style.style_id: _heading_level(style.name or "") for style in document.styles}
    blocks: list[str] = []
    for item in document.iter_inner_content():
        block = _table(item) if isinstance(item, Table) else _paragraph(item, levels)
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)


def _paragraph(paragraph: Any, levels: dict[str, int]) -> str:
    text = " ".join(paragraph.text.split())
    if not text:
        return ""
    level = levels.get(paragraph._p.style or "", 0)  # (a style the file names but does not define: body text)
    return f"{'#' * level} {text}" if level else text


def _heading_level(name: str) -> int:
    if name.lower() == "title":
        return 1
    found = _HEADING_STYLE.match(name)
    return min(int(found.group(1)), 6) if found else 0


def _table(table: Any) -> str:
    rows = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()) for cell in row.cells]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)
